/**
 * The fixed lists of the DfE indicators: measure ids, families, period types, the reasons a figure
 * is missing, the region codes and the sources. Plain constants (no zod), shared by the build-time
 * schemas in `src/collections/` and the run-time module `src/indicators.ts`.
 */

/**
 * Every measure in `data/measures.json`, in the order the import writes them.
 * @example MEASURE_IDS.filter((id) => id.startsWith("workforce-")).length // 5
 */
export const MEASURE_IDS = [
  "spending-cyp-gross",
  "spending-cyp-gross-per-child",
  "spending-cla-gross",
  "spending-cla-gross-per-child",
  "spending-safeguarding-gross",
  "spending-safeguarding-gross-per-child",
  "spending-social-work-unit-cost",
  "spending-adoption-unit-cost",
  "spending-leaving-care-gross",
  "workforce-agency-rate",
  "workforce-turnover-rate",
  "workforce-vacancy-rate",
  "workforce-caseload",
  "workforce-social-workers-fte",
  "demand-children-in-need-rate",
  "demand-child-protection-plan-rate",
  "demand-looked-after-rate",
  "demand-referral-rate",
  "practice-re-referrals",
  "practice-cpp-two-years-or-more",
  "practice-referrals-no-further-action",
  "practice-assessed-not-in-need",
  "care-leavers-suitable-accommodation",
  "care-leavers-eet",
  "adoption-cla-adopted",
] as const;

/**
 * The families measures are grouped in.
 * @example MEASURE_FAMILIES[0] // "spending"
 */
export const MEASURE_FAMILIES = ["spending", "workforce", "demand", "practice", "care-leavers", "adoption"] as const;

/**
 * What a measure's period is: a financial year (April to March), or a day (31 March, 30 September).
 * @example PERIOD_TYPES.includes("financial-year") // true
 */
export const PERIOD_TYPES = ["financial-year", "31-march", "30-september"] as const;

/**
 * Why a figure is `null`: `x`, `-` and similar codes are `"not-published"`, `c` (and `u`, `low`) `"suppressed"`, `z` `"not-applicable"`.
 * @example NULL_REASONS.length // 4
 */
export const NULL_REASONS = ["suppressed", "not-collected", "not-applicable", "not-published"] as const;

/**
 * England (`E92000001`) and its nine regions (`E12000001` North East … `E12000009` South West).
 * @example REGION_CODES[0] // "E92000001"
 */
export const REGION_CODES = [
  "E92000001",
  "E12000001",
  "E12000002",
  "E12000003",
  "E12000004",
  "E12000005",
  "E12000006",
  "E12000007",
  "E12000008",
  "E12000009",
] as const;

/**
 * The raw files the indicators come from (their records are in `data/sources.json`).
 * @example INDICATOR_SOURCE_IDS[0] // "dfe-lait-bds-long"
 */
export const INDICATOR_SOURCE_IDS = ["dfe-lait-bds-long", "dfe-lait-data-dictionary", "dfe-csc-csww-indicators", "dfe-csc-ons-population"] as const;

/** The id of a measure. */
export type MeasureId = (typeof MEASURE_IDS)[number];
/** A measure's family. */
export type MeasureFamily = (typeof MEASURE_FAMILIES)[number];
/** A measure's kind of period. */
export type PeriodType = (typeof PERIOD_TYPES)[number];
/** Why a figure is missing. */
export type NullReason = (typeof NULL_REASONS)[number];
/** The ONS code of England or one of its regions. */
export type RegionCode = (typeof REGION_CODES)[number];
/** The id of a raw file the indicators cite. */
export type IndicatorSourceId = (typeof INDICATOR_SOURCE_IDS)[number];
