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
import { areas, services } from "./dataset.js";
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

/** A record that is true over a span of time (an office-holding's rules are in `childrens-services-trusts/office-holders`). */
export type SpanRecord = Service | Area;

// What missing dates mean, per kind of record (see OpenDates).
const OPEN_SERVICE: OpenDates = { ongoing: true };
const OPEN_AREA: OpenDates = { ongoing: true, certainSince: "2014-04-01" };

// Each record's bounds, worked out once: the data is frozen.
/** A record's bounds, worked out once per record by `compute` and kept (the data is frozen). @internal */
export function cachedBounds<T extends object>(compute: (record: T) => Bounds): (record: T) => Bounds {
  const cache = new WeakMap<T, Bounds>();
  return (record) => {
    let b = cache.get(record);
    if (!b) {
      b = compute(record);
      cache.set(record, b);
    }
    return b;
  };
}

/** A service's or area's bounds, by the one certainty rule (cached). @internal */
export const boundsOf = /* @__PURE__ */ cachedBounds<SpanRecord>((record) => boundsOfSpan(record, "gss" in record ? OPEN_AREA : OPEN_SERVICE));

/**
 * How certain it is that a record was true on the whole of `date`: `"certain"`, `"possible"` (a
 * partial date leaves it open) or `"no"`. An area without a `start` is certain from 1 April
 * 2014, where the package's scope begins, and only possible before. (An office-holding's:
 * `holdingCertaintyOn` in `childrens-services-trusts/office-holders`.) Throws a `RangeError` for an invalid date.
 * @example certaintyOn(getService("reading-2018"), "2018") // "possible": it began on 1 December 2018
 */
export function certaintyOn(record: SpanRecord, date: PartialDate): Certainty;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function certaintyOn(record: SpanRecord, date: Date): Certainty;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function certaintyOn(record: SpanRecord, date: DateInput): Certainty;
export function certaintyOn(record: SpanRecord, date: DateInput): Certainty {
  return certaintyOfBounds(boundsOf(record), periodOf(date));
}

/** The records of a list true on a period (or possibly true, with `possible`), by their bounds. @internal */
export function holdsOnBy<T>(records: readonly T[], period: Period, options: OnOptions | undefined, bounds: (r: T) => Bounds): T[] {
  const possible = options?.possible === true;
  return records.filter((r) => {
    const c = certaintyOfBounds(bounds(r), period);
    return c === "certain" || (possible && c === "possible");
  });
}

/** The records of a list true on a period (or possibly true, with `possible`). @internal */
export function holdsOn<T extends SpanRecord>(records: readonly T[], period: Period, options: OnOptions | undefined): T[] {
  return holdsOnBy(records, period, options, boundsOf);
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

/**
 * The latest date a source showed a still-open record true: a running arrangement's `confirmed`
 * date (else its start), an operator's most recently confirmed running arrangement. `undefined`
 * for an arrangement that has ended, or an operator with nothing running. (An office-holding's:
 * `holdingLastConfirmed` in `childrens-services-trusts/office-holders`.)
 * @example lastConfirmed(getService("sandwell-2018")) // "2025-12-05"
 */
export function lastConfirmed(record: Service | Organisation): string | undefined {
  if ("operator" in record) return record.end ? undefined : (record.confirmed?.date ?? record.start);
  const running = services.filter((x) => x.operator === record.id && !x.end);
  return running.length ? latestOf([record.confirmed?.date, ...running.map((x) => lastConfirmed(x))]) : record.confirmed?.date;
}

/** How long a confirmation stays fresh: a record last confirmed longer ago than this before `asOf` is shown as unconfirmed. */
export const FRESH_MONTHS = 12;

/**
 * For a still-open record last confirmed more than {@link FRESH_MONTHS} months before the data's
 * `asOf` date, the date of that last confirmation ("unconfirmed since"); `undefined` when it is
 * recent, or the record has ended.
 * @example unconfirmedSince(getService("doncaster-2014")) // undefined: it ended in 2022
 */
export function unconfirmedSince(record: Service | Organisation): string | undefined {
  return staleSince(lastConfirmed(record));
}

/** The date of a last confirmation when it is older than {@link FRESH_MONTHS} months before `asOf`. @internal */
export function staleSince(last: string | undefined): string | undefined {
  return last !== undefined && periodOf(last).last < monthsBefore(asOf, FRESH_MONTHS) ? last : undefined;
}

/** The latest of some partial dates. @internal */
export const latestOf = (dates: readonly (string | undefined)[]): string | undefined =>
  dates
    .filter((d): d is string => !!d)
    .sort(comparePartialDates)
    .at(-1);
