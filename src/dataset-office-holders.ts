// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./office-holders` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as officeHoldersRecords } from "../data/office-holders.json";
import { deepFreeze } from "./freeze.js";
import type { OfficeHolder } from "./types.js";

/** Who held which office, where and when. */
export const officeHolders: readonly OfficeHolder[] = /* @__PURE__ */ deepFreeze(officeHoldersRecords as unknown as readonly OfficeHolder[]);
