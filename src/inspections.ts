/**
 * `childrens-services-trusts/inspections`: Ofsted's judgements of every authority and the DfE's
 * statistical neighbours, with the questions that read them. A subpath of its own because its
 * records weigh more than the rest of the package: importing the main entry does not load them.
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-inspections.js";
export { inspectionsFor, judgementOn, judgementsOn, outcomesOf } from "./judgements.js";
export type { AreaInspections, ArrangementOutcomes, JudgedShare, Judgement, Judgements } from "./judgements.js";
