// Generated from data/ by scripts/generate.ts: do not edit.

/** The public, readonly types of every record, from each collection's module (src/collections/). */
export type { Citation, Cited, CitedPart, Confirmed, Conflict } from "./collections/common.js";
export type { SourceKind, Source } from "./collections/sources.js";
export type { AreaType, Area } from "./collections/areas.js";
export type { OrganisationKind, LegalForm, Organisation } from "./collections/organisations.js";
export type { Origin, Service } from "./collections/services.js";
export type { Person } from "./collections/people.js";
export type { Role, OfficeHolder } from "./collections/office-holders.js";
export type { SubjectId, KeyDateStatus, KeyDate } from "./collections/key-dates.js";
export type { BudgetUnit, Qualifier, Budget } from "./collections/budgets.js";
export type { GovernanceTopic, Governance } from "./collections/governance.js";
export type { Framework, Grade, PreSifGrade, Inspection } from "./collections/inspections.js";
export type { Neighbours } from "./collections/neighbours.js";
export type { MeasureFamily, PeriodType, Measure } from "./collections/measures.js";
export type { NullReason, RegionCode, Indicator } from "./collections/indicators.js";
export type { InterventionKind, InterventionEnd, Recommendation, InterventionOutcome, Intervention } from "./collections/interventions.js";
export type { SourceId, AreaId, OrganisationId, ServiceId, PersonId, OfficeHolderId, KeyDateId, BudgetId, GovernanceId, InspectionId, NeighbourId, MeasureId, InterventionId } from "./ids.js";
