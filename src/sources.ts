/**
 * `childrens-services-trusts/sources`: every publication the data quotes, and each record's
 * citations with their sources resolved. A subpath of its own so that the main entry, which
 * carries the list, stays light (see "Cost" in the README).
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-sources.js";
export { citationsOf, getSource } from "./citations.js";
export type { ResolvedCitation } from "./citations.js";
