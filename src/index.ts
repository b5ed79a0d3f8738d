/**
 * childrens-services-trusts: England's independently run children's services, every fact cited.
 * @packageDocumentation
 */
export * from "./dataset.js";
export * from "./queries.js";
export { asOf, version } from "./meta.js";
export { citationLine, holdingTitle, sourceLine } from "./labels.js";
export * from "./vocab.js";
export { ACCEPTED_DATE_FORMS, assertDateInput, comparePartialDates, isPartialDate } from "./dates.js";
export type { Certainty, DateInput, PartialDate } from "./dates.js";
export type * from "./types.js";
export { confirmationWords, dateInWords, dateNotes, GRADE_LABELS, inspectionGrade, money } from "./labels.js";
export type { GradeLabel } from "./labels.js";
export { dataReach, dayInEngland } from "./dates.js";
export type { DataReach } from "./dates.js";
