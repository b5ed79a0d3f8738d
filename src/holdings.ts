/**
 * Who held office on a date, and how certain: an office-holding's own rules (a post one person
 * holds at a time ends a holding by its successor's start; the current holder at a running operator
 * answers for today). Exported by the `childrens-services-trusts/office-holders` entry point, with
 * the `officeHolders` collection, so the main entry does not carry them.
 */
import {
  boundsOfSpan,
  type Bounds,
  type Certainty,
  certaintyOfBounds,
  type DateInput,
  inScope,
  type OpenDates,
  type PartialDate,
  type Period,
  periodOf,
} from "./dates.js";
import { services } from "./dataset.js";
import { officeHolders } from "./dataset-office-holders.js";
import { getOrganisation, getPerson } from "./lookups.js";
import { asOf } from "./meta.js";
import { cachedBounds, holdsOnBy, latestOf, type OnOptions, staleSince } from "./on-date.js";
import type { OfficeHolder, OrganisationId, PersonId, Role } from "./types.js";

const OPEN_HOLDING: OpenDates = { ongoing: false };

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
 *   its successor's start or its operator's last day;
 * - a holding with `endedBy` (a source calls the person "former" by then) is never true after it.
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
  // A date by which it had ended (endedBy) bounds it whatever its post's other holders say.
  possibleTo = Math.min(possibleTo, own.possibleTo);
  return { possibleFrom, possibleTo, certainFrom: own.certainFrom, certainTo: Math.min(certainTo, possibleTo) };
}

// Each holding's bounds, worked out once: the data is frozen.
const boundsOf = /* @__PURE__ */ cachedBounds(holdingBounds);

/**
 * How certain it is that an office-holding was true on the whole of `date`: `"certain"`,
 * `"possible"` (a partial date, or a holding known only from sightings, leaves it open) or `"no"`.
 * A holding without an `end` ends by its successor's start, and is never true after its `endedBy`
 * date; the current holder of a post at a running operator is in post as far as the sources say; a
 * holding with no date at all is `"no"`
 * on every date (see the README's "Dates, ends and certainty"). Throws a `RangeError` for an
 * invalid date.
 * @example holdingCertaintyOn(officeHolders.find((h) => h.id === "ian-curryer-nct-chair")!, "2020-05-10") // "possible"
 */
export function holdingCertaintyOn(holding: OfficeHolder, date: PartialDate): Certainty;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function holdingCertaintyOn(holding: OfficeHolder, date: Date): Certainty;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function holdingCertaintyOn(holding: OfficeHolder, date: DateInput): Certainty;
export function holdingCertaintyOn(holding: OfficeHolder, date: DateInput): Certainty {
  return certaintyOfBounds(boundsOf(holding), periodOf(date));
}

/** The holdings of a list true on a period (or possibly true, with `possible`). */
const holdingsOn = (list: readonly OfficeHolder[], period: Period, options: OnOptions | undefined) => holdsOnBy(list, period, options, boundsOf);

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
 * office-holders", "a person's offices". Throws `UnknownIdError` for an unknown id.
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
 * operator answers for today: check {@link holdingLastConfirmed} for the last date a source showed them in
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
  return Object.freeze(holdingsOn(officeHoldersOf(filter), period, filter));
}

/**
 * The latest date a source showed a still-open office-holding true: its last sighting, else its
 * start. `undefined` when it has ended: by its own end, by its `endedBy` date, by a successor's
 * start, with its operator, or when it has no date at all.
 * @example holdingLastConfirmed(officeHolders.find((h) => h.id === "clare-chamberlain-nct-interim-chair")!) // undefined: it ended
 */
export function holdingLastConfirmed(holding: OfficeHolder): string | undefined {
  if (holding.end || !isDated(holding) || boundsOf(holding).possibleTo < periodOf(asOf).first) return undefined;
  return latestOf([holding.start, ...(holding.seen ?? [])]);
}

/**
 * For a still-open office-holding last confirmed more than twelve months before the data's `asOf`
 * date, the date of that last confirmation ("unconfirmed since"); `undefined` when it is recent or
 * has ended.
 * @example holdingUnconfirmedSince(officeHolders.find((h) => h.id === "clare-chamberlain-nct-interim-chair")!) // undefined
 */
export function holdingUnconfirmedSince(holding: OfficeHolder): string | undefined {
  return staleSince(holdingLastConfirmed(holding));
}
