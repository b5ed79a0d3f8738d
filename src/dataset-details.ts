// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./details` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as keyDatesRecords } from "../data/key-dates.json";
import { records as budgetsRecords } from "../data/budgets.json";
import { records as governanceRecords } from "../data/governance.json";
import { deepFreeze } from "./freeze.js";
import type { Budget, Governance, KeyDate } from "./types.js";

/** Dated events, including plans that were postponed, superseded or cancelled. */
export const keyDates: readonly KeyDate[] = /* @__PURE__ */ deepFreeze(keyDatesRecords as unknown as readonly KeyDate[]);

/** Money and budget-share figures. */
export const budgets: readonly Budget[] = /* @__PURE__ */ deepFreeze(budgetsRecords as unknown as readonly Budget[]);

/** Cited statements on ownership, independence, scope and powers. */
export const governance: readonly Governance[] = /* @__PURE__ */ deepFreeze(governanceRecords as unknown as readonly Governance[]);
