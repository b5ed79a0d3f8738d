/**
 * `childrens-services-trusts/interventions`: every improvement notice, statutory direction and
 * commissioner in a council's children's services since 2010 that a source records, which councils
 * were under one on a date, and what came of each direction: the comparison every claim about
 * trusts needs.
 * @packageDocumentation
 */
// The main entry's modules in one shared chunk: importing the main entry loads two files, not seven.
import "./index.js";
export * from "./dataset-interventions.js";
export { directedCouncils, firstDateOf, interventionsFor, underInterventionOn } from "./directions.js";
export type { DirectedCouncil, UnderIntervention } from "./directions.js";
