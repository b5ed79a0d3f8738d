/**
 * `childrens-services-trusts/details`: the key dates (directions, decisions, launches, returns,
 * and plans that never happened), the money figures and the governance facts of every operator,
 * with the timeline and the figures of an area, operator or person. A subpath of its own so that
 * the main entry, which carries the list, stays light (see "Cost" in the README).
 * @packageDocumentation
 */
export * from "./dataset-details.js";
export { budgetsFor, timeline } from "./events.js";
export type { TimelineEntry, TimelineFilter } from "./events.js";
