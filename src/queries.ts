/**
 * Typed, date-aware questions over the frozen data. Lookup indexes are built once, on first use.
 */
import { certaintyOfSpan, comparePartialDates, periodOf, type Certainty, type DateInput, type OpenDates } from "./dates.js";
import { redirects } from "./redirects.js";
import { areas, budgets, keyDates, officeHolders, organisations, people, services, sources } from "./dataset.js";
import type {
  Area,
  AreaId,
  Budget,
  Citation,
  KeyDate,
  KeyDateStatus,
  OfficeHolder,
  Organisation,
  OrganisationId,
  Person,
  PersonId,
  Role,
  Service,
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

/** Search form of a name: case, apostrophes, punctuation and spacing do not matter. */
function searchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
}

// Newest areas first, so a name or DfE number shared by a county and its successor finds the successor.
const areasNewestFirst = (): readonly Area[] => [...areas].sort((a, b) => (b.start ?? "").localeCompare(a.start ?? "") || Number(!!a.end) - Number(!!b.end));
const areaSearchKeys = (a: Area) => [a.id, a.gss.toLowerCase(), ...(a.formerGss ?? []).map((f) => f.gss.toLowerCase()), String(a.dfe), searchKey(a.name), ...(a.authority ? [searchKey(a.authority)] : []), ...(a.aliases ?? []).map(searchKey)];
const organisationSearchKeys = (o: Organisation) => [o.id, searchKey(o.name), ...(o.aliases ?? []).map(searchKey)];
let areasByNewest: readonly Area[] | undefined;

/**
 * Finds an area by id, ONS code (current or former), DfE number, name, alias or council name, ignoring
 * case and apostrophe style. `undefined` when nothing matches.
 * @example findArea("E10000021")?.name // "Northamptonshire"
 * @example findArea(941)?.id // "west-northamptonshire"
 */
export function findArea(query: string | number): Area | undefined {
  if (typeof query !== "string" && typeof query !== "number") return undefined;
  areasByNewest ??= areasNewestFirst();
  const index = indexOf(areasByNewest, areaSearchKeys);
  const raw = String(query).trim();
  return index.get(currentId("areas", raw.toLowerCase())) ?? index.get(searchKey(raw));
}

/**
 * Finds an organisation by id, name or alias, ignoring case and apostrophe style.
 * @example findOrganisation("Northamptonshire Children’s Trust")?.id // "northamptonshire-childrens-trust"
 */
export function findOrganisation(query: string): Organisation | undefined {
  if (typeof query !== "string") return undefined;
  const index = indexOf(organisations, organisationSearchKeys);
  return index.get(currentId("organisations", query.trim())) ?? index.get(searchKey(query));
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
  getArea(area);
  return Object.freeze(services.filter((s) => s.area === area).sort(byStart));
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
  if (filter?.organisation !== undefined) getOrganisation(filter.organisation);
  if (filter?.person !== undefined) getPerson(filter.person);
  const matches = officeHolders.filter(
    (h) =>
      (filter?.role === undefined || h.role === filter.role) &&
      (filter?.organisation === undefined || h.organisation === filter.organisation) &&
      (filter?.person === undefined || h.person === filter.person),
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
  const operator = getOrganisation(s.operator).name;
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
  if (filter?.subject !== undefined && !findSubject(filter.subject)) throw new UnknownIdError("areas, organisations or people", filter.subject);
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
        (filter?.subject === undefined || e.subjects.includes(filter.subject)) &&
        (filter?.status === undefined || e.status === filter.status)
      );
    }),
  );
}

function findSubject(id: unknown): Area | Organisation | Person | undefined {
  if (typeof id !== "string") return undefined;
  return indexOf(areas, areaIds).get(id) ?? indexOf(organisations, organisationIds).get(id) ?? indexOf(people, personIds).get(id);
}

/**
 * The money and budget-share figures about an area, organisation or person, by period.
 * @example budgetsFor("northamptonshire-childrens-trust").map((b) => b.value)
 */
export function budgetsFor(subject: SubjectId): readonly Budget[] {
  if (!findSubject(subject)) throw new UnknownIdError("areas, organisations or people", subject);
  return Object.freeze(budgets.filter((b) => b.subject === subject).sort((a, b) => (a.period ?? "").localeCompare(b.period ?? "")));
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
}

/**
 * How many authorities there were on a date, how many had independently run children's services,
 * and how many operators ran them.
 * @example summaryOn("2024-09-24") // { authorities: 153, independent: 12, operators: 9, share: 7.84... }
 */
export function summaryOn(date: DateInput, options?: OnOptions): Summary {
  const authorities = areasOn(date, options).length;
  const on = servicesOn(date, options);
  const independent = new Set(on.map((s) => s.area)).size;
  return Object.freeze({ authorities, independent, operators: new Set(on.map((s) => s.operator)).size, share: authorities ? (100 * independent) / authorities : 0 });
}
