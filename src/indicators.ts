/**
 * `childrens-services-trusts/indicators`: the DfE's yearly figures for every authority (spending,
 * workforce, demand, practice, care leavers, adoption), the regions and England, joined to who ran
 * each area's children's services. A subpath of its own: the main entry does not carry the figures.
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-indicators.js";
export { compare, getMeasure, indicatorSummary, indicatorsFor } from "./indicator-queries.js";
export type { Comparison, ComparisonRow, IndicatorSummary, Phase, SummaryGroup } from "./indicator-queries.js";
