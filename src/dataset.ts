// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `.` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as sourcesRecords } from "../data/sources.json";
import { records as areasRecords } from "../data/areas.json";
import { records as organisationsRecords } from "../data/organisations.json";
import { records as servicesRecords } from "../data/services.json";
import { records as peopleRecords } from "../data/people.json";
import { records as officeHoldersRecords } from "../data/office-holders.json";
import { records as keyDatesRecords } from "../data/key-dates.json";
import { records as budgetsRecords } from "../data/budgets.json";
import { records as governanceRecords } from "../data/governance.json";
import { deepFreeze } from "./freeze.js";
import type { Area, Budget, Governance, KeyDate, OfficeHolder, Organisation, Person, Service, Source } from "./types.js";

/** Every publication the data quotes. */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourcesRecords as unknown as readonly Source[]);

/** Every English local authority area with children's services responsibility since 1 April 2014. */
export const areas: readonly Area[] = /* @__PURE__ */ deepFreeze(areasRecords as unknown as readonly Area[]);

/** Operators (trusts and companies), councils, departments, regulators and consultancies. */
export const organisations: readonly Organisation[] = /* @__PURE__ */ deepFreeze(organisationsRecords as unknown as readonly Organisation[]);

/** The list: every period of an area's children's services run by an independent operator. */
export const services: readonly Service[] = /* @__PURE__ */ deepFreeze(servicesRecords as unknown as readonly Service[]);

/** Every named person. */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(peopleRecords as unknown as readonly Person[]);

/** Who held which office, where and when. */
export const officeHolders: readonly OfficeHolder[] = /* @__PURE__ */ deepFreeze(officeHoldersRecords as unknown as readonly OfficeHolder[]);

/** Dated events, including plans that were postponed, superseded or cancelled. */
export const keyDates: readonly KeyDate[] = /* @__PURE__ */ deepFreeze(keyDatesRecords as unknown as readonly KeyDate[]);

/** Money and budget-share figures. */
export const budgets: readonly Budget[] = /* @__PURE__ */ deepFreeze(budgetsRecords as unknown as readonly Budget[]);

/** Cited statements on ownership, independence, scope and powers. */
export const governance: readonly Governance[] = /* @__PURE__ */ deepFreeze(governanceRecords as unknown as readonly Governance[]);
