/**
 * Questions about a date: what was true then, how certain, and in what order things happened.
 */
import {
  boundsOfSpan,
  certaintyOfBounds,
  comparePartialDates,
  inScope,
  monthsBefore,
  periodOf,
  type Bounds,
  type Certainty,
  type DateInput,
  type OpenDates,
  type PartialDate,
  type Period,
} from "./dates.js";
import { areas, keyDates, officeHolders, services } from "./dataset.js";
import { asOf } from "./meta.js";
import { getArea, getOrganisation, getPerson, subjectOf } from "./lookups.js";
import type {
  Area,
  AreaId,
  Citation,
  KeyDate,
  KeyDateStatus,
  OfficeHolder,
  Organisation,
  OrganisationId,
  PersonId,
  Role,
  Service,
  SubjectId,
} from "./types.js";

/**
 * The name an organisation went by on a date: a former name up to its last day, then the next.
 * Throws {@link UnknownIdError} for an unknown organisation, a `RangeError` for an invalid date.
 * @example nameOn("slough-children-first", "2020-01-01") // "Slough Children's Services Trust"
 */
export function nameOn(organisation: OrganisationId, date: PartialDate): string;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function nameOn(organisation: OrganisationId, date: Date): string;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function nameOn(organisation: OrganisationId, date: DateInput): string;
export function nameOn(organisation: OrganisationId, date: DateInput): string {
  const o = getOrganisation(organisation);
  const day = periodOf(date).first;
  const former = [...(o.formerNames ?? [])].sort((a, b) => comparePartialDates(a.end, b.end)).find((n) => day <= periodOf(n.end).last);
  return former?.name ?? o.name;
}

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

/** Offices one person holds at a time: a later holder of the same post ends the earlier holding. */
const SINGLE_HOLDER_ROLES: ReadonlySet<Role> = new Set<Role>(["chair", "chief-executive", "managing-director", "director-of-childrens-services"]);

const NEVER: Bounds = Object.freeze({ possibleFrom: Infinity, possibleTo: -Infinity, certainFrom: Infinity, certainTo: -Infinity });

const isDated = (h: OfficeHolder) => h.start !== undefined || h.end !== undefined || (h.seen?.length ?? 0) > 0;
/** The first and last days a source shows a holding true (its start, its sightings). */
function evidenceOf(h: OfficeHolder): { first: Period; last: Period } {
  const dates = [...(h.start ? [h.start] : []), ...(h.seen ?? [])].map((d) => periodOf(d));
  if (!dates.length) return { first: periodOf(h.end!), last: periodOf(h.end!) };
  const sorted = [...dates].sort((a, b) => a.first - b.first || b.last - a.last);
  return { first: sorted[0]!, last: sorted.at(-1)! };
}

/** An operator's last day, when every arrangement it ran has ended; `undefined` while it runs one (or ran none). */
function lastDayOf(organisation: string): number | undefined {
  const ran = services.filter((s) => s.operator === organisation);
  if (!ran.length || ran.some((s) => !s.end)) return undefined;
  return Math.max(...ran.map((s) => periodOf(s.end!).last));
}
const isRunning = (organisation: string) => services.some((s) => s.operator === organisation && !s.end);

/**
 * An office-holding's bounds, by its own dates and its post's other holders:
 * - a holding with no date at all is never answered for a date;
 * - in a post one person holds at a time (chair, chief executive, managing director, director of
 *   children's services), a holding with no end ends by its successor's start, and one with no
 *   start begins after its predecessor's last evidence;
 * - the current holder of such a post at an operator still running an arrangement is, like a
 *   running arrangement, in post "as far as the sources say" (see {@link lastConfirmed});
 * - otherwise a holding with no end is certain to its last evidence, and possible after it up to
 *   its successor's start or its operator's last day.
 */
function holdingBounds(h: OfficeHolder): Bounds {
  if (!isDated(h)) return NEVER;
  const own = boundsOfSpan(h, OPEN_HOLDING);
  if (!SINGLE_HOLDER_ROLES.has(h.role)) return own;
  const post = officeHolders
    .filter((x) => x.organisation === h.organisation && x.role === h.role && isDated(x))
    .map((x) => ({ x, e: evidenceOf(x) }))
    .sort((a, b) => a.e.first.last - b.e.first.last || a.e.last.last - b.e.last.last);
  // Ordered by the day each is certainly in post from: a start known only to the year comes after a dated one that year.
  const i = post.findIndex((p) => p.x === h);
  const prev = post[i - 1];
  const next = post[i + 1];
  const mine = post[i]!.e;
  let { possibleFrom, possibleTo, certainTo } = own;
  if (!h.start && prev) possibleFrom = Math.max(possibleFrom, prev.x.end ? periodOf(prev.x.end).first : prev.e.last.first);
  if (!h.end) {
    if (next) possibleTo = Math.max(mine.last.last, next.x.start ? periodOf(next.x.start).last : next.e.first.last);
    else if (isRunning(h.organisation)) certainTo = Infinity;
    else possibleTo = lastDayOf(h.organisation) ?? possibleTo;
  }
  return { possibleFrom, possibleTo, certainFrom: own.certainFrom, certainTo: Math.min(certainTo, possibleTo) };
}

// Each record's bounds, worked out once: the data is frozen.
const boundsCache = /* @__PURE__ */ new WeakMap<SpanRecord, Bounds>();
function boundsOf(record: SpanRecord): Bounds {
  let b = boundsCache.get(record);
  if (!b) {
    b = "person" in record ? holdingBounds(record) : boundsOfSpan(record, "gss" in record ? OPEN_AREA : OPEN_SERVICE);
    boundsCache.set(record, b);
  }
  return b;
}

/**
 * How certain it is that a record was true on the whole of `date`: `"certain"`, `"possible"` (a
 * partial date, or an office-holding known only from sightings, leaves it open) or `"no"`.
 * An area without a `start` is certain from 1 April 2014, where the package's scope begins, and
 * only possible before. An office-holding without an `end` ends by its successor's start; the
 * current holder of a post at a running operator is in post as far as the sources say; an
 * office-holding with no date at all is `"no"` on every date (see the README's "Dates, ends and
 * certainty"). Throws a `RangeError` for an invalid date.
 * @example certaintyOn(getService("reading-2018"), "2018-12-10") // "possible": the start is "2018-12"
 */
export function certaintyOn(record: SpanRecord, date: PartialDate): Certainty;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function certaintyOn(record: SpanRecord, date: Date): Certainty;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function certaintyOn(record: SpanRecord, date: DateInput): Certainty;
export function certaintyOn(record: SpanRecord, date: DateInput): Certainty {
  return certaintyOfBounds(boundsOf(record), periodOf(date));
}

/** The records of a list true on a period (or possibly true, with `possible`). @internal */
export function holdsOn<T extends SpanRecord>(records: readonly T[], period: Period, options: OnOptions | undefined): T[] {
  const possible = options?.possible === true;
  return records.filter((r) => {
    const c = certaintyOfBounds(boundsOf(r), period);
    return c === "certain" || (possible && c === "possible");
  });
}

const byStart = <T extends { readonly start?: string }>(a: T, b: T) =>
  a.start && b.start ? comparePartialDates(a.start, b.start) : a.start ? 1 : b.start ? -1 : 0;

/**
 * The arrangements in force on a date: areas whose children's services an independent operator ran.
 * @example servicesOn("2020-11-08").length // 11, the list of Community Care's November 2020 article
 */
export function servicesOn(date: PartialDate, options?: OnOptions): readonly Service[];
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function servicesOn(date: Date, options?: OnOptions): readonly Service[];
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function servicesOn(date: DateInput, options?: OnOptions): readonly Service[];
export function servicesOn(date: DateInput, options?: OnOptions): readonly Service[] {
  return Object.freeze(holdsOn(services, inScope(date), options));
}

/**
 * The local authority areas in existence on a date. Throws a `RangeError` for a date that begins
 * before 1 April 2014 (see {@link SCOPE_START}).
 * @example areasOn("2020-07-01").length // 151
 */
export function areasOn(date: PartialDate, options?: OnOptions): readonly Area[];
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function areasOn(date: Date, options?: OnOptions): readonly Area[];
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function areasOn(date: DateInput, options?: OnOptions): readonly Area[];
export function areasOn(date: DateInput, options?: OnOptions): readonly Area[] {
  return Object.freeze(holdsOn(areas, inScope(date), options));
}

/**
 * The independent operator running an area's children's services on a date, or `undefined` when,
 * as far as the data knows, the council ran them itself; its `name` is the name it had on that
 * date (see {@link nameOn}). With `{ possible: true }`, also an operator only possibly in charge
 * then. Throws a `RangeError` for a date that begins before 1 April 2014.
 * @example operatorOn("slough", "2020-11-08")?.name // "Slough Children's Services Trust"
 */
export function operatorOn(area: AreaId, date: PartialDate, options?: OnOptions): Organisation | undefined;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function operatorOn(area: AreaId, date: Date, options?: OnOptions): Organisation | undefined;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function operatorOn(area: AreaId, date: DateInput, options?: OnOptions): Organisation | undefined;
export function operatorOn(area: AreaId, date: DateInput, options?: OnOptions): Organisation | undefined {
  const service = holdsOn(servicesFor(area), inScope(date), options)[0];
  if (!service) return undefined;
  const o = getOrganisation(service.operator);
  const name = nameOn(o.id, date);
  return name === o.name ? o : Object.freeze({ ...o, name });
}

/**
 * The arrangements an operator ran (or runs), oldest first: "an operator's arrangements".
 * Throws {@link UnknownIdError} for an unknown organisation.
 * @example servicesBy("achieving-for-children").map((s) => s.area) // ["kingston-upon-thames", "richmond-upon-thames", "windsor-and-maidenhead"]
 */
export function servicesBy(operator: OrganisationId): readonly Service[] {
  const id = getOrganisation(operator).id;
  return Object.freeze(services.filter((s) => s.operator === id).sort((a, b) => byStart(a, b) || a.area.localeCompare(b.area)));
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

/** The first day a source shows a holding true, for ordering (undated holdings last). */
const firstEvidence = (h: OfficeHolder) => (isDated(h) ? evidenceOf(h).first.first : Infinity);

/**
 * Every office-holding, whatever its dates, optionally only one role, organisation or person, in
 * the order they began (as far as the sources show; holdings with no date last): "an organisation's
 * office-holders", "a person's offices". Throws {@link UnknownIdError} for an unknown id.
 * @example officeHoldersOf({ organisation: "sandwell-childrens-trust", role: "chair" }).map((h) => h.person)
 */
export function officeHoldersOf(filter?: Omit<OfficeHolderFilter, "possible">): readonly OfficeHolder[] {
  const organisation = filter?.organisation === undefined ? undefined : getOrganisation(filter.organisation).id;
  const person = filter?.person === undefined ? undefined : getPerson(filter.person).id;
  return Object.freeze(
    officeHolders
      .filter(
        (h) =>
          (filter?.role === undefined || h.role === filter.role) &&
          (organisation === undefined || h.organisation === organisation) &&
          (person === undefined || h.person === person),
      )
      .sort((a, b) => firstEvidence(a) - firstEvidence(b)),
  );
}

/**
 * Who held office on a date, optionally only one role, organisation or person. In a post one person
 * holds at a time, a holding ends by its successor's start, and the current holder at a running
 * operator answers for today: check {@link lastConfirmed} for the last date a source showed them in
 * post. Throws a `RangeError` for a date that begins before 1 April 2014.
 * @example officeHoldersOn("2020-10", { organisation: "northamptonshire-childrens-trust", role: "chair" })[0]?.person // "clare-chamberlain"
 */
export function officeHoldersOn(date: PartialDate, filter?: OfficeHolderFilter): readonly OfficeHolder[];
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function officeHoldersOn(date: Date, filter?: OfficeHolderFilter): readonly OfficeHolder[];
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function officeHoldersOn(date: DateInput, filter?: OfficeHolderFilter): readonly OfficeHolder[];
export function officeHoldersOn(date: DateInput, filter?: OfficeHolderFilter): readonly OfficeHolder[] {
  const period = inScope(date);
  return Object.freeze(holdsOn(officeHoldersOf(filter), period, filter));
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
      ...keyDates.map(
        (k): TimelineEntry => Object.freeze({ date: k.date, title: k.title, status: k.status, subjects: k.subjects, citations: k.citations, record: k }),
      ),
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

/**
 * The latest date a source showed a still-open record true: a running arrangement's `confirmed`
 * date (else its start), an office-holding's last sighting (else its start), an operator's most
 * recently confirmed running arrangement. `undefined` for a record that has ended (an office-holding
 * also when a successor's start or its operator's last day has ended it, or when it has no date at
 * all), or an operator with nothing running.
 * @example lastConfirmed(getService("sandwell-2018")) // "2025-12-05"
 */
export function lastConfirmed(record: Service | OfficeHolder | Organisation): string | undefined {
  const latest = (dates: readonly (string | undefined)[]) =>
    dates
      .filter((d): d is string => !!d)
      .sort(comparePartialDates)
      .at(-1);
  if ("operator" in record) return record.end ? undefined : (record.confirmed?.date ?? record.start);
  if ("person" in record) {
    // Ended: by its own end, by a successor's start, or with its operator; or never dated at all.
    if (record.end || !isDated(record) || boundsOf(record).possibleTo < periodOf(asOf).first) return undefined;
    return latest([record.start, ...(record.seen ?? [])]);
  }
  const running = services.filter((x) => x.operator === record.id && !x.end);
  return running.length ? latest([record.confirmed?.date, ...running.map((x) => lastConfirmed(x))]) : record.confirmed?.date;
}

/** How long a confirmation stays fresh: a record last confirmed longer ago than this before `asOf` is shown as unconfirmed. */
export const FRESH_MONTHS = 12;

/**
 * For a still-open record last confirmed more than {@link FRESH_MONTHS} months before the data's
 * `asOf` date, the date of that last confirmation ("unconfirmed since"); `undefined` when it is
 * recent, or the record has ended.
 * @example unconfirmedSince(getService("doncaster-2014")) // undefined: it ended in 2022
 */
export function unconfirmedSince(record: Service | OfficeHolder | Organisation): string | undefined {
  const last = lastConfirmed(record);
  if (last === undefined) return undefined;
  return periodOf(last).last < monthsBefore(asOf, FRESH_MONTHS) ? last : undefined;
}
