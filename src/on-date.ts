/**
 * Questions about a date: what was true then, how certain, and in what order things happened.
 */
import { certaintyOfSpan, comparePartialDates, periodOf, type Certainty, type DateInput, type OpenDates } from "./dates.js";
import { services } from "./dataset.js";
import { getArea, getOrganisation } from "./lookups.js";
import type { Area, AreaId, OfficeHolder, Organisation, OrganisationId, Service } from "./types.js";

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

/** The records of a list true on a date (or possibly true, with `possible`). @internal */
export function holdsOn<T extends SpanRecord>(records: readonly T[], date: DateInput, options: OnOptions | undefined): T[] {
  periodOf(date); // validate once, even when there are no records
  const wanted = (c: Certainty) => c === "certain" || (options?.possible === true && c === "possible");
  return records.filter((r) => wanted(certaintyOn(r, date)));
}

const byStart = <T extends { readonly start?: string }>(a: T, b: T) =>
  a.start && b.start ? comparePartialDates(a.start, b.start) : a.start ? 1 : b.start ? -1 : 0;

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

/**
 * The latest date a source showed a still-open record true: a running arrangement's `confirmed`
 * date (else its start), an office-holding's last sighting (else its start), an operator's most
 * recently confirmed running arrangement. `undefined` for a record that has ended, or an operator
 * with nothing running.
 * @example lastConfirmed(getService("sandwell-2018")) // "2025-12-05"
 */
export function lastConfirmed(record: Service | OfficeHolder | Organisation): string | undefined {
  const latest = (dates: readonly (string | undefined)[]) =>
    dates
      .filter((d): d is string => !!d)
      .sort(comparePartialDates)
      .at(-1);
  if ("operator" in record) return record.end ? undefined : (record.confirmed?.date ?? record.start);
  if ("person" in record) return record.end ? undefined : latest([record.start, ...(record.seen ?? [])]);
  const running = services.filter((x) => x.operator === record.id && !x.end);
  return running.length ? latest([record.confirmed?.date, ...running.map((x) => lastConfirmed(x))]) : record.confirmed?.date;
}
