// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./indicators` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as measuresRecords } from "../data/measures.json";
import { records as indicatorsRecords } from "../data/indicators.json";
import { deepFreeze } from "./freeze.js";
import type { Indicator, Measure } from "./types.js";

/** Each of the DfE's measures described once: name, unit, whether higher is better, period, definition, publication. */
export const measures: readonly Measure[] = /* @__PURE__ */ deepFreeze(measuresRecords as unknown as readonly Measure[]);

/** The DfE's figures for every authority, region and England: one per area, measure and period. */
export const indicators: readonly Indicator[] = /* @__PURE__ */ deepFreeze(indicatorsRecords as unknown as readonly Indicator[]);
