/**
 * Look-ups: records by id (following redirects), by name, and by any part of a name. Each index
 * is a named {@link LazyIndex}, built on first use and kept.
 */
import { areas, organisations, people, services } from "./dataset.js";
import { UnknownIdError } from "./errors.js";
import { redirects } from "./redirects.js";
import type { Area, AreaId, Organisation, OrganisationId, Person, PersonId, Service } from "./types.js";

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
 * Borough Council", "Hull City Council") or common short name ("Hull", "BCP"), ignoring case,
 * apostrophes and punctuation; failing that, the one area whose name holds every word of the query
 * as a whole word. `undefined` when nothing (or more than one area) matches. Uses the same search
 * as {@link searchNames}.
 * @example findArea("E10000021")?.name // "Northamptonshire"
 * @example findArea(941)?.id // "west-northamptonshire"
 * @example findArea("Hull")?.id // "kingston-upon-hull-city-of"
 */
export function findArea(query: string | number): Area | undefined {
  if (typeof query !== "string" && typeof query !== "number") return undefined;
  const found = lookUp(areasByName, "areas", String(query)) ?? onlyWholeWordMatch(String(query), "area");
  return found as Area | undefined;
}

/**
 * Finds an organisation by id, name, former name or alias, ignoring case, apostrophes and
 * punctuation ("Northamptonshire Childrens Trust" finds it); failing that, the one organisation
 * whose name holds every word of the query as a whole word. Uses the same search as {@link searchNames}.
 * @example findOrganisation("Northamptonshire Children’s Trust")?.id // "northamptonshire-childrens-trust"
 */
export function findOrganisation(query: string): Organisation | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(organisationsByName, "organisations", query) ?? (onlyWholeWordMatch(query, "organisation") as Organisation | undefined);
}

const peopleByName = /* @__PURE__ */ new LazyIndex<Person>(
  () => people,
  (p) => [p.id, searchKey(p.name)],
);

/**
 * Finds a person by id or full name, ignoring case and apostrophes; failing that, the one person
 * whose name holds every word of the query as a whole word ("Curryer"). Uses the same search as
 * {@link searchNames}.
 * @example findPerson("clare chamberlain")?.id // "clare-chamberlain"
 * @example findPerson("Curryer")?.id // "ian-curryer"
 */
export function findPerson(query: string): Person | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(peopleByName, "people", query) ?? (onlyWholeWordMatch(query, "person") as Person | undefined);
}

/** One hit of {@link searchNames}. */
export interface NameMatch {
  /** What was found. */
  readonly kind: "area" | "organisation" | "person";
  /** Its id. */
  readonly id: AreaId | OrganisationId | PersonId;
  /** Its name. */
  readonly name: string;
  /**
   * How it matched, best first: `"exact"` (an id, code, number, name, council name or short name),
   * `"words"` (every word of the query is a whole word of a name: "Hull" in "Kingston upon Hull"),
   * `"prefix"` (every word begins a word of a name: "northampton" in "Northamptonshire").
   */
  readonly match: "exact" | "words" | "prefix";
}

interface Candidate {
  readonly kind: NameMatch["kind"];
  readonly record: Area | Organisation | Person;
  /** Keys it is found by exactly. */
  readonly keys: ReadonlySet<string>;
  /** The words of each of its names. */
  readonly names: readonly (readonly string[])[];
}

let candidates: readonly Candidate[] | undefined;

function allCandidates(): readonly Candidate[] {
  const words = (names: readonly string[]) => names.flatMap(nameKeys).map((k) => k.split(" "));
  candidates ??= [
    ...areasNewestFirst().map((a): Candidate => {
      const names = [a.name, ...(a.authority ? [a.authority] : []), ...(a.aliases ?? [])];
      return { kind: "area", record: a, keys: new Set(areaSearchKeys(a)), names: words(names) };
    }),
    ...organisations.map((o): Candidate => {
      const names = [o.name, ...(o.formerNames ?? []).map((n) => n.name), ...(o.aliases ?? [])];
      return { kind: "organisation", record: o, keys: new Set(organisationSearchKeys(o)), names: words(names) };
    }),
    ...people.map((p): Candidate => ({ kind: "person", record: p, keys: new Set([p.id, searchKey(p.name)]), names: words([p.name]) })),
  ];
  return candidates;
}

const RANKS = ["exact", "words", "prefix"] as const;
const KINDS = ["area", "organisation", "person"] as const;

/** The one search: every candidate's best match for a query, best first. */
function search(query: string): { candidate: Candidate; match: NameMatch["match"] }[] {
  if (typeof query !== "string" && typeof query !== "number") return [];
  const raw = String(query).trim();
  const keys = [raw.toLowerCase(), ...nameKeys(raw)].filter(Boolean);
  if (!keys.length) return [];
  // The words asked for: without council words ("Hull City Council" asks for "hull") where any remain.
  const asked = keys.at(-1)!.split(" ").filter(Boolean);
  const hits: { candidate: Candidate; match: NameMatch["match"] }[] = [];
  for (const candidate of allCandidates()) {
    const ids = keys.map((k) => currentId(`${candidate.kind === "person" ? "people" : `${candidate.kind}s`}`, k));
    let match: NameMatch["match"] | undefined;
    if ([...keys, ...ids].some((k) => candidate.keys.has(k))) match = "exact";
    else if (candidate.names.some((name) => asked.every((w) => name.includes(w)))) match = "words";
    else if (candidate.names.some((name) => asked.every((w) => name.some((n) => n.startsWith(w))))) match = "prefix";
    if (match) hits.push({ candidate, match });
  }
  return hits.sort(
    (a, b) =>
      RANKS.indexOf(a.match) - RANKS.indexOf(b.match) ||
      KINDS.indexOf(a.candidate.kind) - KINDS.indexOf(b.candidate.kind) ||
      (a.match === "exact" && a.candidate.kind === "area" ? 0 : searchKey(nameOf(a.candidate)).localeCompare(searchKey(nameOf(b.candidate)))),
  );
}

const nameOf = (c: Candidate) => c.record.name;

/** The one record of a kind whose name holds every word of the query as a whole word, if exactly one does. */
function onlyWholeWordMatch(query: string, kind: NameMatch["kind"]): Area | Organisation | Person | undefined {
  const words = search(query).filter((h) => h.candidate.kind === kind && h.match === "words");
  return words.length === 1 ? words[0]!.candidate.record : undefined;
}

/**
 * Areas, organisations and people found by a query, best match first: exact matches (an id, ONS
 * code, DfE number, name, former name, council name or short name such as "Hull", "BCP" or "Hull
 * City Council"), then names holding every word of the query as a whole word (a surname:
 * "Curryer"), then names with a word beginning with each word ("northampton" finds
 * Northamptonshire). Part of a word inside another is no match: "Hull" does not find Solihull.
 * Within a rank, areas, then organisations, then people, each alphabetical. An empty query finds
 * nothing. The command line and the page use this search; {@link findArea}, {@link findOrganisation}
 * and {@link findPerson} take its one best record.
 * @example searchNames("Hull").map((m) => m.id) // ["kingston-upon-hull-city-of"]
 * @example searchNames("achieving for children").map((m) => m.id) // ["achieving-for-children"]
 */
export function searchNames(query: string): readonly NameMatch[] {
  return Object.freeze(
    search(query).map(
      ({ candidate, match }) => Object.freeze({ kind: candidate.kind, id: candidate.record.id, name: candidate.record.name, match }) as NameMatch,
    ),
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

/**
 * Whose figures `budgetsFor` gives for a subject: an area, its council and the operators that
 * ran its services; an organisation or a person alone. @internal
 */
export function moneySubjects(subject: Area | Organisation | Person): readonly (Area | Organisation | Person)[] {
  if (!("gss" in subject)) return [subject];
  const council = [subject.authority, subject.name]
    .map((n) => (n === undefined ? undefined : lookUp(organisationsByName, "organisations", n)))
    .find((o) => o?.kind === "council");
  const operators = services.filter((s) => s.area === subject.id).map((s) => getOrganisation(s.operator));
  const all = [subject, ...(council ? [council] : []), ...operators];
  return all.filter((n, i) => all.findIndex((m) => m.id === n.id) === i);
}
