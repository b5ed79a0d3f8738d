// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./sources` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as sourcesRecords } from "../data/sources.json";
import { deepFreeze } from "./freeze.js";
import type { Source } from "./types.js";

/** Every publication the data quotes. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourcesRecords as unknown as readonly Source[]);
