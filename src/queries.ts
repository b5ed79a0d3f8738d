/**
 * The package's questions, grouped by job: look-ups (`lookups.ts`), questions about a date
 * (`on-date.ts`), and authorities, judgements and summaries (`summaries.ts`). This file only says
 * which of their exports are public.
 */
export {
  LazyIndex,
  UnknownIdError,
  findArea,
  findOrganisation,
  findPerson,
  getArea,
  getOrganisation,
  getPerson,
  getService,
  searchNames,
} from "./lookups.js";
export type { NameMatch } from "./lookups.js";
export { certaintyOn, lastConfirmed, nameOn, servicesFor, servicesOn } from "./on-date.js";
export type { OnOptions, SpanRecord } from "./on-date.js";
export { SCOPE_START, areasOn, operatorOn, summaryOn } from "./summaries.js";
export type { Summary } from "./summaries.js";
