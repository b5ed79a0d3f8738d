/**
 * The package's questions, grouped by job: look-ups (`lookups.ts`), questions about a date
 * (`on-date.ts`), and Ofsted's judgements (`judgements.ts`, the only module reading `inspections`
 * and `neighbours`). This file only says which of their exports are public.
 */
export {
  LazyIndex,
  UnknownIdError,
  budgetsFor,
  citationsOf,
  findArea,
  findOrganisation,
  findPerson,
  getArea,
  getOrganisation,
  getPerson,
  getService,
  getSource,
  searchNames,
} from "./lookups.js";
export type { NameMatch, ResolvedCitation } from "./lookups.js";
export {
  FRESH_MONTHS,
  areasOn,
  certaintyOn,
  lastConfirmed,
  nameOn,
  officeHoldersOf,
  officeHoldersOn,
  operatorOn,
  servicesBy,
  servicesFor,
  servicesOn,
  timeline,
  unconfirmedSince,
} from "./on-date.js";
export type { OfficeHolderFilter, OnOptions, SpanRecord, TimelineEntry, TimelineFilter } from "./on-date.js";
export { SCOPE_START } from "./dates.js";
export { inspectionsFor, judgementOn, outcomesOf, summaryOn } from "./judgements.js";
export type { AreaInspections, ArrangementOutcomes, JudgedShare, Judgement, Summary } from "./judgements.js";
