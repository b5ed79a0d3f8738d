/**
 * `childrens-services-trusts/office-holders`: who held which office (chairs, chief executives,
 * commissioners, ministers), where and when, and who held office on a date. A subpath of its own
 * so that the main entry, which carries the list, stays light (see "Cost" in the README).
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-office-holders.js";
export { holdingCertaintyOn, holdingLastConfirmed, holdingUnconfirmedSince, officeHoldersOf, officeHoldersOn } from "./holdings.js";
export type { OfficeHolderFilter } from "./holdings.js";
