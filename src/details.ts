/**
 * `childrens-services-trusts/details`: the key dates (directions, decisions, launches, returns,
 * and plans that never happened), the money figures and the governance facts of every operator,
 * with the timeline and the figures of an area, operator or person. A subpath of its own so that
 * the main entry, which carries the list, stays light (see "Cost" in the README).
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-details.js";
export { budgetsFor, timeline } from "./events.js";
export type { TimelineEntry, TimelineFilter } from "./events.js";
