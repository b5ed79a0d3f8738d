/**
 * The main entry's questions, grouped by job: look-ups (`lookups.ts`), questions about a date
 * (`on-date.ts`) and the counts (`summaries.ts`). The questions that read the other collections
 * live behind their own entry points (`holdings.ts`, `citations.ts`, `events.ts`, `judgements.ts`,
 * `indicator-queries.ts`, `directions.ts`). This file only says which exports are public.
 */
export { LazyIndex, UnknownIdError, findArea, findOrganisation, findPerson, getArea, getOrganisation, getPerson, getService, searchNames } from "./lookups.js";
export type { NameMatch } from "./lookups.js";
export { FRESH_MONTHS, areasOn, certaintyOn, lastConfirmed, nameOn, operatorOn, servicesBy, servicesFor, servicesOn, unconfirmedSince } from "./on-date.js";
export type { OnOptions, SpanRecord } from "./on-date.js";
export { SCOPE_START } from "./dates.js";
export { summaryOn } from "./summaries.js";
export type { Summary } from "./summaries.js";
