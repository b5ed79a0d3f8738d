/**
 * Look-ups: records by id (following redirects), by name, and by any part of a name. Each index
 * is a named {@link LazyIndex}, built on first use and kept.
 */
import { areas, organisations, people, services } from "./dataset.js";
import { UnknownIdError } from "./errors.js";
import { redirects } from "./redirects.js";
import type { Area, AreaId, Organisation, OrganisationId, Person, PersonId, Service } from "./types.js";

/** Thrown for an id that is not in the data (defined in `errors.ts`, so other entries can throw it without the look-ups). */
export { UnknownIdError };

/**
 * The one lookup mechanism: a map from key to record, built from the records on first use and kept.
 * Where two records share a key, the first wins.
 */
export class LazyIndex<T> {
  #map: Map<string, T> | undefined;
  readonly #records: () => readonly T[];
  readonly #keysOf: (record: T) => readonly string[];
  /** @param records the records, read on first use; @param keysOf the keys each record is found by */
  constructor(records: () => readonly T[], keysOf: (record: T) => readonly string[]) {
    this.#records = records;
    this.#keysOf = keysOf;
  }
  /** The record with this key, if any. */
  get(key: string): T | undefined {
    if (!this.#map) {
      this.#map = new Map();
      for (const record of this.#records()) for (const key of this.#keysOf(record)) if (!this.#map.has(key)) this.#map.set(key, record);
    }
    return this.#map.get(key);
  }
}

export const byId = (r: { readonly id: string }) => [r.id];
// `@__PURE__`: a bundle that never looks anything up drops the indexes and their collections.
const areasById = /* @__PURE__ */ new LazyIndex<Area>(() => areas, byId);
const organisationsById = /* @__PURE__ */ new LazyIndex<Organisation>(() => organisations, byId);
const peopleById = /* @__PURE__ */ new LazyIndex<Person>(() => people, byId);
const servicesById = /* @__PURE__ */ new LazyIndex<Service>(() => services, byId);

/** The current id of a possibly renamed one (see `redirects`). */
export function currentId(collection: string, id: string): string {
  return (redirects as Record<string, Readonly<Record<string, string>> | undefined>)[collection]?.[id] ?? id;
}

export function getById<T>(index: LazyIndex<T>, collection: string, id: unknown): T {
  const found = typeof id === "string" ? index.get(currentId(collection, id)) : undefined;
  if (!found) throw new UnknownIdError(collection, id);
  return found;
}

/**
 * The area with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getArea("northamptonshire").gss // "E10000021"
 */
export function getArea(id: AreaId): Area {
  return getById(areasById, "areas", id);
}

/**
 * The organisation with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getOrganisation("achieving-for-children").name // "Achieving for Children"
 */
export function getOrganisation(id: OrganisationId): Organisation {
  return getById(organisationsById, "organisations", id);
}

/**
 * The person with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getPerson("clare-chamberlain").name // "Clare Chamberlain"
 */
export function getPerson(id: PersonId): Person {
  return getById(peopleById, "people", id);
}

/**
 * The service with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getService("northamptonshire-2020").start // "2020-11-01"
 */
export function getService(id: Service["id"]): Service {
  return getById(servicesById, "services", id);
}
/** Search form of a name: case, apostrophes, punctuation, "&" and spacing do not matter. */
function searchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´']/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// How people name a council: "City of Bristol", "Reading Borough Council", "Bristol, City of".
const COUNCIL_WORDS =
  /^(?:the |royal borough of |london borough of |city and county of |city of |county of |borough of )+|(?: city of| county of| metropolitan borough council| metropolitan district council| borough council| city council| county council| district council| council| mbc)+$/g;

/** Common short names the official ones do not contain (search vocabulary, not facts). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  hull: "kingston-upon-hull-city-of",
  durham: "county-durham",
  southend: "southend-on-sea",
  telford: "telford-and-wrekin",
  brighton: "brighton-and-hove",
  bcp: "bournemouth-christchurch-and-poole",
  "st helens": "st-helens",
  windsor: "windsor-and-maidenhead",
  rbwm: "windsor-and-maidenhead",
};

/** The keys a name is found by: its search form, and that form without council words. */
function nameKeys(name: string): string[] {
  const key = searchKey(name);
  const bare = key.replace(COUNCIL_WORDS, "").trim();
  return bare && bare !== key ? [key, bare] : [key];
}

// Newest areas first, so a name or DfE number shared by a county and its successor finds the successor.
const areasNewestFirst = (): readonly Area[] => [...areas].sort((a, b) => (b.start ?? "").localeCompare(a.start ?? "") || Number(!!a.end) - Number(!!b.end));
const areaSearchKeys = (a: Area) => [
  a.id,
  a.gss.toLowerCase(),
  ...(a.formerGss ?? []).map((f) => f.gss.toLowerCase()),
  String(a.dfe),
  ...[a.name, a.id.replace(/-/g, " "), ...(a.authority ? [a.authority] : []), ...(a.aliases ?? [])].flatMap(nameKeys),
  ...Object.entries(SHORT_NAMES)
    .filter(([, id]) => id === a.id)
    .map(([short]) => short),
];
const areasByName = /* @__PURE__ */ new LazyIndex<Area>(areasNewestFirst, areaSearchKeys);
const organisationSearchKeys = (o: Organisation) => [o.id, ...[o.name, ...(o.formerNames ?? []).map((n) => n.name), ...(o.aliases ?? [])].flatMap(nameKeys)];
const organisationsByName = /* @__PURE__ */ new LazyIndex<Organisation>(() => organisations, organisationSearchKeys);

/** Looks a query up in an index: as an id (following a redirect), then by its name keys. */
function lookUp<T>(index: LazyIndex<T>, collection: string, query: string): T | undefined {
  const raw = query.trim();
  const byId = index.get(currentId(collection, raw.toLowerCase()));
  if (byId) return byId;
  for (const key of nameKeys(raw)) {
    const found = index.get(key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds an area by id, ONS code (current or former), DfE number, name, council name ("Reading
 * Borough Council", "City of Bristol") or common short name ("Hull", "BCP"), ignoring case,
 * apostrophes and punctuation. `undefined` when nothing matches.
 * @example findArea("E10000021")?.name // "Northamptonshire"
 * @example findArea(941)?.id // "west-northamptonshire"
 * @example findArea("Hull")?.id // "kingston-upon-hull-city-of"
 */
export function findArea(query: string | number): Area | undefined {
  if (typeof query !== "string" && typeof query !== "number") return undefined;
  return lookUp(areasByName, "areas", String(query));
}

/**
 * Finds an organisation by id, name, former name or alias, ignoring case, apostrophes and
 * punctuation ("Northamptonshire Childrens Trust" finds it).
 * @example findOrganisation("Northamptonshire Children’s Trust")?.id // "northamptonshire-childrens-trust"
 */
export function findOrganisation(query: string): Organisation | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(organisationsByName, "organisations", query);
}

const peopleByName = /* @__PURE__ */ new LazyIndex<Person>(
  () => people,
  (p) => [p.id, searchKey(p.name)],
);

/**
 * Finds a person by id or full name, ignoring case and apostrophes. For a part of a name, see
 * {@link searchNames}.
 * @example findPerson("clare chamberlain")?.id // "clare-chamberlain"
 */
export function findPerson(query: string): Person | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(peopleByName, "people", query);
}

/** One hit of {@link searchNames}. */
export interface NameMatch {
  /** What was found. */
  readonly kind: "area" | "organisation" | "person";
  /** Its id. */
  readonly id: AreaId | OrganisationId | PersonId;
  /** Its name. */
  readonly name: string;
}

/**
 * Areas, organisations and people whose name (or former name, alias or council name) contains
 * every word of the query, in that order of kinds, each alphabetical. An empty query finds nothing.
 * @example searchNames("achieving for children").map((m) => m.id) // ["achieving-for-children"]
 */
export function searchNames(query: string): readonly NameMatch[] {
  const words = typeof query === "string" ? searchKey(query).split(" ").filter(Boolean) : [];
  if (!words.length) return Object.freeze([]);
  const hits = (names: readonly string[]) => names.some((n) => words.every((w) => searchKey(n).includes(w)));
  const byName = (a: NameMatch, b: NameMatch) => a.name.localeCompare(b.name);
  return Object.freeze(
    [
      ...areas
        .filter((a) => hits([a.name, ...(a.authority ? [a.authority] : []), ...(a.aliases ?? [])]))
        .map((a): NameMatch => ({ kind: "area", id: a.id, name: a.name }))
        .sort(byName),
      ...organisations
        .filter((o) => hits([o.name, ...(o.formerNames ?? []).map((n) => n.name), ...(o.aliases ?? [])]))
        .map((o): NameMatch => ({ kind: "organisation", id: o.id, name: o.name }))
        .sort(byName),
      ...people
        .filter((p) => hits([p.name]))
        .map((p): NameMatch => ({ kind: "person", id: p.id, name: p.name }))
        .sort(byName),
    ].map((m) => Object.freeze(m)),
  );
}

/** The area, organisation or person with this id (following a redirect). Throws {@link UnknownIdError}. @internal */
export function subjectOf(id: unknown): Area | Organisation | Person {
  const found =
    typeof id !== "string"
      ? undefined
      : (areasById.get(currentId("areas", id)) ?? organisationsById.get(currentId("organisations", id)) ?? peopleById.get(currentId("people", id)));
  if (!found) throw new UnknownIdError("areas, organisations or people", id);
  return found;
}
