// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `.` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as areasRecords } from "../data/areas.json";
import { records as organisationsRecords } from "../data/organisations.json";
import { records as servicesRecords } from "../data/services.json";
import { records as peopleRecords } from "../data/people.json";
import { deepFreeze } from "./freeze.js";
import type { Area, Organisation, Person, Service } from "./types.js";

/** Every English local authority area with children's services responsibility since 1 April 2014. */
export const areas: readonly Area[] = /* @__PURE__ */ deepFreeze(areasRecords as unknown as readonly Area[]);

/** Operators (trusts and companies), councils, departments, regulators and consultancies. */
export const organisations: readonly Organisation[] = /* @__PURE__ */ deepFreeze(organisationsRecords as unknown as readonly Organisation[]);

/** The list: every period of an area's children's services run by an independent operator. */
export const services: readonly Service[] = /* @__PURE__ */ deepFreeze(servicesRecords as unknown as readonly Service[]);

/** Every named person. */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(peopleRecords as unknown as readonly Person[]);
