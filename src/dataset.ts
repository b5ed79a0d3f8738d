/**
 * The validated records of `data/`, deeply frozen and typed. Each collection is its own export and
 * its own JSON import, so a bundler drops the collections a consumer does not use.
 */
import { records as areaRecords } from "../data/areas.json";
import { records as budgetRecords } from "../data/budgets.json";
import { records as governanceRecords } from "../data/governance.json";
import { records as inspectionRecords } from "../data/inspections.json";
import { records as keyDateRecords } from "../data/key-dates.json";
import { records as neighbourRecords } from "../data/neighbours.json";
import { records as officeHolderRecords } from "../data/office-holders.json";
import { records as organisationRecords } from "../data/organisations.json";
import { records as personRecords } from "../data/people.json";
import { records as serviceRecords } from "../data/services.json";
import { records as sourceRecords } from "../data/sources.json";
import { deepFreeze } from "./freeze.js";
import type { Area, Budget, Governance, Inspection, KeyDate, Neighbours, OfficeHolder, Organisation, Person, Service, Source } from "./types.js";

// The casts are safe: `npm run build` validates every file against the zod schemas first.
// `@__PURE__` lets bundlers drop a collection nobody imports (freezing is its only effect).

/** Every publication the data quotes. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourceRecords as unknown as readonly Source[]);
/** Every English local authority area with children's services responsibility since 1 April 2014. */
export const areas: readonly Area[] = /* @__PURE__ */ deepFreeze(areaRecords as unknown as readonly Area[]);
/** Operators (trusts and companies), councils, departments, regulators and consultancies. */
export const organisations: readonly Organisation[] = /* @__PURE__ */ deepFreeze(organisationRecords as unknown as readonly Organisation[]);
/** The list: every period of an area's children's services run by an independent operator. */
export const services: readonly Service[] = /* @__PURE__ */ deepFreeze(serviceRecords as unknown as readonly Service[]);
/** Every named person. */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(personRecords as unknown as readonly Person[]);
/** Who held which office, where and when. */
export const officeHolders: readonly OfficeHolder[] = /* @__PURE__ */ deepFreeze(officeHolderRecords as unknown as readonly OfficeHolder[]);
/** Dated events, including plans that were postponed, superseded or cancelled. */
export const keyDates: readonly KeyDate[] = /* @__PURE__ */ deepFreeze(keyDateRecords as unknown as readonly KeyDate[]);
/** Money and budget-share figures. */
export const budgets: readonly Budget[] = /* @__PURE__ */ deepFreeze(budgetRecords as unknown as readonly Budget[]);
/** Cited statements on ownership, independence, scope and powers. */
export const governance: readonly Governance[] = /* @__PURE__ */ deepFreeze(governanceRecords as unknown as readonly Governance[]);
/** Every published Ofsted inspection of an English authority's children's services since 2012, with its judgements. */
export const inspections: readonly Inspection[] = /* @__PURE__ */ deepFreeze(inspectionRecords as unknown as readonly Inspection[]);
/** Each live area's ten statistical neighbours, as the DfE lists them. */
export const neighbours: readonly Neighbours[] = /* @__PURE__ */ deepFreeze(neighbourRecords as unknown as readonly Neighbours[]);
