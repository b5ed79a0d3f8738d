// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./interventions` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as interventionsRecords } from "../data/interventions.json";
import { deepFreeze } from "./freeze.js";
import type { Intervention } from "./types.js";

/** Every improvement notice, statutory direction and commissioner in a council's children's services since 2010 that a source records. */
export const interventions: readonly Intervention[] = /* @__PURE__ */ deepFreeze(interventionsRecords as unknown as readonly Intervention[]);
