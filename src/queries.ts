/**
 * Typed, date-aware questions over the frozen data. Lookup indexes are built once, on first use.
 */
import { certaintyOfSpan, comparePartialDates, periodOf, type Certainty, type DateInput, type OpenDates, type PartialDate } from "./dates.js";
import { asOf } from "./meta.js";
import { redirects } from "./redirects.js";
import { areas, budgets, inspections, keyDates, neighbours, officeHolders, organisations, people, services, sources } from "./dataset.js";
import type {
  Area,
  AreaId,
  Budget,
  Citation,
  Grade,
  Inspection,
  KeyDate,
  KeyDateStatus,
  OfficeHolder,
  Organisation,
  OrganisationId,
  Person,
  PersonId,
  Role,
  Service,
  ServiceId,
  Source,
  SourceId,
  SubjectId,
} from "./types.js";

/** Thrown by the `get*` helpers (and helpers taking an id) for an id that is not in the data. */
export class UnknownIdError extends Error {
  /** The collection searched, e.g. `"areas"`. */
  readonly collection: string;
  /** The id that was not found, as given. */
  readonly id: unknown;
  constructor(collection: string, id: unknown) {
    super(`Unknown ${collection} id ${typeof id === "string" ? JSON.stringify(id) : String(id)}: not in childrens-services-trusts' ${collection}`);
    this.name = "UnknownIdError";
    this.collection = collection;
    this.id = id;
  }
}

// ---- The one lookup mechanism: a lazily built map per key function. ----

const indexes = new WeakMap<object, Map<string, unknown>>();

/** A map from key to record, built on first use and kept. Earlier records win over later ones. */
function indexOf<T>(records: readonly T[], keysOf: (record: T) => readonly string[]): Map<string, T> {
  let index = indexes.get(keysOf) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const record of records) for (const key of keysOf(record)) if (!index.has(key)) index.set(key, record);
    indexes.set(keysOf, index);
  }
  return index;
}

const idKeys = (r: { readonly id: string }) => [r.id];

/** The current id of a possibly renamed one (see `redirects`). */
function currentId(collection: string, id: string): string {
  return (redirects as Record<string, Readonly<Record<string, string>> | undefined>)[collection]?.[id] ?? id;
}

function getById<T extends { readonly id: string }>(records: readonly T[], collection: string, keys: (r: T) => readonly string[], id: unknown): T {
  const found = typeof id === "string" ? indexOf(records, keys).get(currentId(collection, id)) : undefined;
  if (!found) throw new UnknownIdError(collection, id);
  return found;
}

// One key function per collection: an index is cached per key function, so two collections must
// never share one.
const areaIds = (r: Area) => idKeys(r);
const organisationIds = (r: Organisation) => idKeys(r);
const personIds = (r: Person) => idKeys(r);
const sourceIds = (r: Source) => idKeys(r);
const serviceIds = (r: Service) => idKeys(r);

/**
 * The area with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getArea("northamptonshire").gss // "E10000021"
 */
export function getArea(id: AreaId): Area {
  return getById(areas, "areas", areaIds, id);
}

/**
 * The organisation with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getOrganisation("achieving-for-children").name // "Achieving for Children"
 */
export function getOrganisation(id: OrganisationId): Organisation {
  return getById(organisations, "organisations", organisationIds, id);
}

/**
 * The person with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getPerson("clare-chamberlain").name // "Clare Chamberlain"
 */
export function getPerson(id: PersonId): Person {
  return getById(people, "people", personIds, id);
}

/**
 * The source with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getSource("cc-2020-11-08").publisher // "Community Care"
 */
export function getSource(id: SourceId): Source {
  return getById(sources, "sources", sourceIds, id);
}

/**
 * The name an organisation went by on a date: a former name up to its last day, then the next.
 * Throws {@link UnknownIdError} for an unknown organisation, a `RangeError` for an invalid date.
 * @example nameOn("slough-children-first", "2020-01-01") // "Slough Children's Services Trust"
 */
export function nameOn(organisation: OrganisationId, date: DateInput): string {
  const o = getOrganisation(organisation);
  const day = periodOf(date).first;
  const former = [...(o.formerNames ?? [])].sort((a, b) => comparePartialDates(a.end, b.end)).find((n) => day <= periodOf(n.end).last);
  return former?.name ?? o.name;
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
const COUNCIL_WORDS = /^(?:the |royal borough of |london borough of |city and county of |city of |county of |borough of )+|(?: city of| county of| metropolitan borough council| metropolitan district council| borough council| city council| county council| district council| council| mbc)+$/g;

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
  ...Object.entries(SHORT_NAMES).filter(([, id]) => id === a.id).map(([short]) => short),
];
const organisationSearchKeys = (o: Organisation) => [o.id, ...[o.name, ...(o.formerNames ?? []).map((n) => n.name), ...(o.aliases ?? [])].flatMap(nameKeys)];
let areasByNewest: readonly Area[] | undefined;

/** Looks a query up in an index: as an id (following a redirect), then by its name keys. */
function lookUp<T>(index: Map<string, T>, collection: string, query: string): T | undefined {
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
  areasByNewest ??= areasNewestFirst();
  return lookUp(indexOf(areasByNewest, areaSearchKeys), "areas", String(query));
}

/**
 * Finds an organisation by id, name, former name or alias, ignoring case, apostrophes and
 * punctuation ("Northamptonshire Childrens Trust" finds it).
 * @example findOrganisation("Northamptonshire Children’s Trust")?.id // "northamptonshire-childrens-trust"
 */
export function findOrganisation(query: string): Organisation | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(indexOf(organisations, organisationSearchKeys), "organisations", query);
}

const personSearchKeys = (p: Person) => [p.id, searchKey(p.name)];

/**
 * Finds a person by id or full name, ignoring case and apostrophes. For a part of a name, see
 * {@link searchNames}.
 * @example findPerson("clare chamberlain")?.id // "clare-chamberlain"
 */
export function findPerson(query: string): Person | undefined {
  if (typeof query !== "string") return undefined;
  return lookUp(indexOf(people, personSearchKeys), "people", query);
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
  return Object.freeze([
    ...areas.filter((a) => hits([a.name, ...(a.authority ? [a.authority] : []), ...(a.aliases ?? [])])).map((a): NameMatch => ({ kind: "area", id: a.id, name: a.name })).sort(byName),
    ...organisations.filter((o) => hits([o.name, ...(o.formerNames ?? []).map((n) => n.name), ...(o.aliases ?? [])])).map((o): NameMatch => ({ kind: "organisation", id: o.id, name: o.name })).sort(byName),
    ...people.filter((p) => hits([p.name])).map((p): NameMatch => ({ kind: "person", id: p.id, name: p.name })).sort(byName),
  ].map((m) => Object.freeze(m)));
}

// ---- Time ----

/** Options of the `*On` helpers. */
export interface OnOptions {
  /** Also include records only possibly true on the date (a partial date leaves it open). */
  readonly possible?: boolean;
}

/** A record that is true over a span of time. */
export type SpanRecord = Service | Area | OfficeHolder;

// What missing dates mean, per kind of record (see OpenDates).
const OPEN_HOLDING: OpenDates = { ongoing: false };
const OPEN_SERVICE: OpenDates = { ongoing: true };
const OPEN_AREA: OpenDates = { ongoing: true, certainSince: "2014-04-01" };
const openDatesOf = (record: SpanRecord): OpenDates => ("person" in record ? OPEN_HOLDING : "gss" in record ? OPEN_AREA : OPEN_SERVICE);

/**
 * How certain it is that a record was true on the whole of `date`: `"certain"`, `"possible"` (a
 * partial date, or an office-holding known only from sightings, leaves it open) or `"no"`.
 * An area without a `start` is certain from 1 April 2014, where the package's scope begins, and
 * only possible before. An office-holding without an `end` is certain only to its last evidence.
 * Throws a `RangeError` for an invalid date.
 * @example certaintyOn(getService("reading-2018"), "2018-12-10") // "possible": the start is "2018-12"
 */
export function certaintyOn(record: SpanRecord, date: DateInput): Certainty {
  return certaintyOfSpan(record, date, openDatesOf(record));
}

function holdsOn<T extends SpanRecord>(records: readonly T[], date: DateInput, options: OnOptions | undefined): T[] {
  periodOf(date); // validate once, even when there are no records
  const wanted = (c: Certainty) => c === "certain" || (options?.possible === true && c === "possible");
  return records.filter((r) => wanted(certaintyOn(r, date)));
}

const byStart = <T extends { readonly start?: string }>(a: T, b: T) =>
  a.start && b.start ? comparePartialDates(a.start, b.start) : a.start ? 1 : b.start ? -1 : 0;

/**
 * The service with this id. Throws {@link UnknownIdError} for an id not in the data.
 * @example getService("northamptonshire-2020").start // "2020-11-01"
 */
export function getService(id: Service["id"]): Service {
  return getById(services, "services", serviceIds, id);
}

/**
 * The arrangements in force on a date: areas whose children's services an independent operator ran.
 * @example servicesOn("2020-11-08").length // 11, the list of Community Care's November 2020 article
 */
export function servicesOn(date: DateInput, options?: OnOptions): readonly Service[] {
  return Object.freeze(holdsOn(services, date, options));
}

/**
 * An area's arrangements, oldest first (empty when the council always ran its own services).
 * Throws {@link UnknownIdError} for an unknown area.
 * @example servicesFor("slough").map((s) => s.operator) // ["slough-childrens-services-trust", "slough-children-first"]
 */
export function servicesFor(area: AreaId): readonly Service[] {
  const id = getArea(area).id;
  return Object.freeze(services.filter((s) => s.area === id).sort(byStart));
}

/** Filters of {@link officeHoldersOn}. */
export interface OfficeHolderFilter extends OnOptions {
  /** Only this kind of office. */
  readonly role?: Role;
  /** Only offices of this organisation. */
  readonly organisation?: OrganisationId;
  /** Only this person's offices. */
  readonly person?: PersonId;
}

/**
 * Who held office on a date, optionally only one role, organisation or person.
 * @example officeHoldersOn("2020-10", { organisation: "northamptonshire-childrens-trust", role: "chair" })[0]?.person // "clare-chamberlain"
 */
export function officeHoldersOn(date: DateInput, filter?: OfficeHolderFilter): readonly OfficeHolder[] {
  const organisation = filter?.organisation === undefined ? undefined : getOrganisation(filter.organisation).id;
  const person = filter?.person === undefined ? undefined : getPerson(filter.person).id;
  const matches = officeHolders.filter(
    (h) =>
      (filter?.role === undefined || h.role === filter.role) &&
      (organisation === undefined || h.organisation === organisation) &&
      (person === undefined || h.person === person),
  );
  return Object.freeze(holdsOn(matches, date, filter));
}

/** One entry of the {@link timeline}: a key date, or the start or last day of an arrangement. */
export interface TimelineEntry {
  /** When, at the precision the source gives. */
  readonly date: string;
  /** What happened. */
  readonly title: string;
  /** Whether it happened or was only planned (arrangements' starts and ends have happened). */
  readonly status: KeyDateStatus;
  /** The areas, organisations and people it is about. */
  readonly subjects: readonly SubjectId[];
  /** The sources' words. */
  readonly citations: readonly Citation[];
  /** The record the entry comes from. */
  readonly record: KeyDate | Service;
}

/** Filters of {@link timeline}. */
export interface TimelineFilter {
  /** Only entries about this area, organisation or person. */
  readonly subject?: SubjectId;
  /** Only entries that may fall on or after this date. */
  readonly from?: DateInput;
  /** Only entries that may fall on or before this date. */
  readonly to?: DateInput;
  /** Only entries with this status, e.g. `"postponed"`. */
  readonly status?: KeyDateStatus;
}

let allEntries: readonly TimelineEntry[] | undefined;

function serviceEntries(s: Service): TimelineEntry[] {
  const operator = nameOn(s.operator, s.start);
  const area = getArea(s.area).name;
  const base = { status: "happened" as const, subjects: Object.freeze([s.area, s.operator]), citations: s.citations, record: s };
  const entries: TimelineEntry[] = [{ ...base, date: s.start, title: `${operator} begins running ${area}'s children's services` }];
  if (s.end) entries.push({ ...base, date: s.end, title: `Last day of ${operator} running ${area}'s children's services` });
  return entries;
}

/**
 * Key dates and the starts and ends of arrangements, in date order, optionally filtered.
 * @example timeline({ subject: "northamptonshire-childrens-trust", from: "2020" }).map((e) => e.date)
 */
export function timeline(filter?: TimelineFilter): readonly TimelineEntry[] {
  const from = filter?.from === undefined ? -Infinity : periodOf(filter.from).first;
  const to = filter?.to === undefined ? Infinity : periodOf(filter.to).last;
  const subject = filter?.subject === undefined ? undefined : subjectOf(filter.subject).id;
  allEntries ??= Object.freeze(
    [
      ...keyDates.map((k): TimelineEntry => Object.freeze({ date: k.date, title: k.title, status: k.status, subjects: k.subjects, citations: k.citations, record: k })),
      ...services.flatMap((s) => serviceEntries(s).map((e) => Object.freeze(e))),
    ].sort((a, b) => comparePartialDates(a.date, b.date)),
  );
  return Object.freeze(
    allEntries.filter((e) => {
      const p = periodOf(e.date);
      return (
        p.last >= from &&
        p.first <= to &&
        (subject === undefined || e.subjects.includes(subject)) &&
        (filter?.status === undefined || e.status === filter.status)
      );
    }),
  );
}

/** The area, organisation or person with this id (following a redirect). Throws {@link UnknownIdError}. */
function subjectOf(id: unknown): Area | Organisation | Person {
  const found =
    typeof id !== "string"
      ? undefined
      : indexOf(areas, areaIds).get(currentId("areas", id)) ?? indexOf(organisations, organisationIds).get(currentId("organisations", id)) ?? indexOf(people, personIds).get(currentId("people", id));
  if (!found) throw new UnknownIdError("areas, organisations or people", id);
  return found;
}

/**
 * The money and budget-share figures about an area, organisation or person, by period.
 * @example budgetsFor("northamptonshire-childrens-trust").map((b) => b.value)
 */
export function budgetsFor(subject: SubjectId): readonly Budget[] {
  const id = subjectOf(subject).id;
  return Object.freeze(budgets.filter((b) => b.subject === id).sort((a, b) => (a.period ?? "").localeCompare(b.period ?? "")));
}

/** A citation with its source resolved. */
export interface ResolvedCitation {
  /** The source record itself. */
  readonly source: Source;
  /** The source's exact words. */
  readonly quote: string;
  /** How the quote supports the record, where that is not obvious. */
  readonly note?: string;
}

/**
 * A record's citations, each with its source record in place of the source id.
 * @example citationsOf(getService("northamptonshire-2020"))[0]?.source.publisher // "Northamptonshire County Council"
 */
export function citationsOf(record: { readonly citations: readonly Citation[] }): readonly ResolvedCitation[] {
  return Object.freeze(record.citations.map((c) => Object.freeze({ ...c, source: getSource(c.source) })));
}

// ---- Areas over time ----

/**
 * The local authority areas in existence on a date.
 * @example areasOn("2020-07-01").length // 151
 */
export function areasOn(date: DateInput, options?: OnOptions): readonly Area[] {
  return Object.freeze(holdsOn(areas, date, options));
}

/**
 * The independent operator running an area's children's services on a date, or `undefined` when,
 * as far as the data knows, the council ran them itself. With `{ possible: true }`, also an operator
 * only possibly in charge then.
 * @example operatorOn("reading", "2024-01-01")?.name // "Brighter Futures for Children"
 */
export function operatorOn(area: AreaId, date: DateInput, options?: OnOptions): Organisation | undefined {
  const service = holdsOn(servicesFor(area), date, options)[0];
  return service ? getOrganisation(service.operator) : undefined;
}

// ---- Inspections and outcomes ----

const byPublished = (a: Inspection, b: Inspection) => comparePartialDates(a.published, b.published);
let inspectionsByArea: Map<string, Inspection[]> | undefined;

/** One area's own inspections, oldest first (the index is built on first use). */
function ownInspections(area: string): readonly Inspection[] {
  if (!inspectionsByArea) {
    inspectionsByArea = new Map();
    for (const i of [...inspections].sort(byPublished)) inspectionsByArea.set(i.area, [...(inspectionsByArea.get(i.area) ?? []), i]);
  }
  return inspectionsByArea.get(area) ?? [];
}

/**
 * Every published Ofsted inspection of an area's children's services, oldest first. Throws
 * {@link UnknownIdError} for an unknown area.
 * @example inspectionsFor("sunderland").map((i) => i.overall) // [..., "outstanding", "outstanding"]
 */
export function inspectionsFor(area: AreaId): readonly Inspection[] {
  return Object.freeze([...ownInspections(getArea(area).id)]);
}

/** An area's overall judgement as of a date, with the inspection that gave it. */
export interface Judgement {
  /** Ofsted's overall effectiveness grade. */
  readonly grade: Grade;
  /** When the report was published. */
  readonly published: PartialDate;
  /** The inspection. */
  readonly inspection: Inspection;
}

/** The last day of a date's period, as a number for comparison. */
const lastDayOf = (date: DateInput) => periodOf(date).last;

/**
 * The latest overall judgement of an area published on or before a date (for a month or a year,
 * on or before its last day), or `undefined` when none was. Inspections under the April 2026
 * framework give no overall judgement, so the one before stands. Throws for an unknown area or an
 * invalid date.
 * @example judgementOn("birmingham", "2024-01-01")?.grade // "good"
 */
export function judgementOn(area: AreaId, date: DateInput): Judgement | undefined {
  const last = lastDayOf(date);
  const found = ownInspections(getArea(area).id).filter((i) => i.overall && periodOf(i.published).last <= last).at(-1);
  return found ? Object.freeze({ grade: found.overall!, published: found.published, inspection: found }) : undefined;
}

/** One area's inspections over a span of time, for {@link ArrangementOutcomes}. */
export interface AreaInspections {
  /** The area. */
  readonly area: AreaId;
  /** Its inspections published in the span, oldest first. */
  readonly inspections: readonly Inspection[];
}

/** An arrangement with the judgements before, during and after it, and its area's neighbours' over the same years. */
export interface ArrangementOutcomes {
  /** The arrangement. */
  readonly service: Service;
  /**
   * The last inspection with an overall judgement published before the arrangement began: of the
   * area, or, for an area created later, of the area it replaced (West Northamptonshire: the
   * county's).
   */
  readonly before?: Inspection;
  /** Every inspection published while the arrangement ran (to its last day, or to `asOf` for a running one). */
  readonly during: readonly Inspection[];
  /** The first inspection with an overall judgement published after the arrangement ended. */
  readonly after?: Inspection;
  /** First and last day of the span the neighbours' inspections are taken from: `before`'s publication to `after`'s (or the arrangement's end, or `asOf`). */
  readonly span: { readonly from: PartialDate; readonly to: PartialDate };
  /** The area's ten statistical neighbours (today's DfE list) and their inspections over the same span; empty for an abolished area. */
  readonly neighbours: readonly AreaInspections[];
}

/** The areas an area replaced (Northamptonshire for West Northamptonshire). */
const predecessorsOf = (area: string) => areas.filter((a) => a.replacedBy?.includes(area as AreaId)).map((a) => a.id);

/**
 * For an arrangement: the last judgement before it began, every inspection during it, the first
 * judgement after it ended, and its area's statistical neighbours' inspections over the same span.
 * A comparison, not a cause: see "Outcomes" in the README. Throws {@link UnknownIdError}.
 * @example outcomesOf("sunderland-2017").before?.overall // "inadequate"
 */
export function outcomesOf(service: ServiceId): ArrangementOutcomes {
  const s = getService(service);
  const first = periodOf(s.start).first;
  const last = s.end ? periodOf(s.end).last : lastDayOf(asOf);
  const graded = (list: readonly Inspection[]) => list.filter((i) => i.overall);
  const own = ownInspections(s.area);
  const earlier = (list: readonly Inspection[]) => graded(list).filter((i) => periodOf(i.published).last < first).at(-1);
  const before = earlier(own) ?? predecessorsOf(s.area).map((p) => earlier(ownInspections(p))).filter((i) => i !== undefined).sort(byPublished).at(-1);
  const during = own.filter((i) => periodOf(i.published).first >= first && periodOf(i.published).last <= last);
  const after = s.end ? graded(own).find((i) => periodOf(i.published).first > last) : undefined;
  const from = before?.published ?? s.start;
  const to = after?.published ?? s.end ?? asOf;
  const [lo, hi] = [periodOf(from).first, periodOf(to).last];
  const list = neighbours.find((n) => n.area === s.area)?.neighbours ?? [];
  return Object.freeze({
    service: s,
    ...(before && { before }),
    during: Object.freeze(during),
    ...(after && { after }),
    span: Object.freeze({ from, to }),
    neighbours: Object.freeze(
      list.map((area) => Object.freeze({ area, inspections: Object.freeze(ownInspections(area).filter((i) => periodOf(i.published).first >= lo && periodOf(i.published).last <= hi)) })),
    ),
  });
}

/** How many areas of a group had a judgement, and how many of those were good or outstanding. */
export interface JudgedShare {
  /** Areas in the group. */
  readonly areas: number;
  /** Areas with an overall judgement published by the date. */
  readonly judged: number;
  /** Of those, areas whose latest judgement was good or outstanding. */
  readonly goodOrBetter: number;
  /** `goodOrBetter` as a share of `judged`, in percent (0 when none was judged). */
  readonly share: number;
}

/** The counts {@link summaryOn} returns. */
export interface Summary {
  /** Local authority areas in existence. */
  readonly authorities: number;
  /** Areas whose children's services an independent operator ran. */
  readonly independent: number;
  /** Distinct operators running them. */
  readonly operators: number;
  /** `independent` as a share of `authorities`, in percent. */
  readonly share: number;
  /**
   * The latest overall Ofsted judgements as of the date: for areas run independently then, and for
   * the rest. Older reports without a grade in the data count as not judged.
   */
  readonly judgements: { readonly independent: JudgedShare; readonly others: JudgedShare };
}

/** The first day of the package's scope: the list begins on 1 April 2014. */
export const SCOPE_START = "2014-04-01";

function judgedShare(group: readonly Area[], date: DateInput): JudgedShare {
  const grades = group.map((a) => judgementOn(a.id, date)?.grade).filter((g) => g !== undefined);
  const goodOrBetter = grades.filter((g) => g === "good" || g === "outstanding").length;
  return Object.freeze({ areas: group.length, judged: grades.length, goodOrBetter, share: grades.length ? (100 * goodOrBetter) / grades.length : 0 });
}

/**
 * How many authorities there were on a date, how many had independently run children's services,
 * how many operators ran them, and the share of each group judged good or better. Throws a
 * `RangeError` for a date before 1 April 2014, where the package's scope begins.
 * @example summaryOn("2024-09-24") // { authorities: 153, independent: 12, operators: 9, share: 7.84..., judgements: {...} }
 */
export function summaryOn(date: DateInput, options?: OnOptions): Summary {
  if (periodOf(date).last < periodOf(SCOPE_START).first) throw new RangeError(`${date instanceof Date ? date.toISOString().slice(0, 10) : JSON.stringify(date)} is before ${SCOPE_START}, where this package's scope begins`);
  const live = areasOn(date, options);
  const on = servicesOn(date, options);
  const run = new Set<string>(on.map((s) => s.area));
  return Object.freeze({
    authorities: live.length,
    independent: run.size,
    operators: new Set(on.map((s) => s.operator)).size,
    share: live.length ? (100 * run.size) / live.length : 0,
    judgements: Object.freeze({ independent: judgedShare(live.filter((a) => run.has(a.id)), date), others: judgedShare(live.filter((a) => !run.has(a.id)), date) }),
  });
}
