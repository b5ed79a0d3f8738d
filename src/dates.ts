/**
 * Partial dates: the one module that parses, validates and compares them.
 *
 * A partial date stands for its whole period: "2018" is any day of 2018, "2018-04" any day of April
 * 2018. Internally a period is a pair of UTC day numbers (days since 1970-01-01), inclusive.
 */

/** An ISO 8601 date at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/**
 * What the date-taking helpers accept. Prefer a {@link PartialDate} string (`"2018-04-01"`): it says
 * the day itself. A `Date` is an instant, so it is read as the calendar day it falls on in England
 * (Europe/London time, where the services are): `new Date(2018, 3, 1)` built in London, at
 * 2018-03-31T23:00Z, is 1 April 2018, and so is `new Date("2018-04-01")`. The same `Date` gives the
 * same answer on every machine, whatever its time zone.
 */
export type DateInput = PartialDate | Date;

/** How sure an answer is: true on every day asked about, on some day it might be, or not at all. */
export type Certainty = "certain" | "possible" | "no";

/** An inclusive span of UTC day numbers. */
export interface Period {
  readonly first: number;
  readonly last: number;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** The first day of the package's scope: the list begins on 1 April 2014. */
export const SCOPE_START = "2014-04-01";

/** The accepted forms, quoted in every date error. */
export const ACCEPTED_DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), or a valid Date";

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/**
 * Why a string is not a valid partial date, or `undefined` when it is.
 * @example describePartialDateProblem("2020-02-30") // 'not a real calendar date'
 */
export function describePartialDateProblem(value: string): string | undefined {
  const m = FORM.exec(value);
  if (!m) return `not in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return undefined;
  const month = Number(mo);
  if (month < 1 || month > 12) return `not a valid month (${mo})`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2020-02-30 over to 2020-03-01; a real date survives the round trip.
  if (day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `not a real calendar date`;
  return undefined;
}

/** `true` when `value` is a valid {@link PartialDate}. */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "string" && describePartialDateProblem(value) === undefined;
}

function invalid(input: unknown): RangeError {
  const shown = input instanceof Date ? "Invalid Date" : typeof input === "string" ? JSON.stringify(input) : String(input);
  return new RangeError(`Invalid date ${shown}: expected ${ACCEPTED_DATE_FORMS}`);
}

let londonDays: Intl.DateTimeFormat | undefined;

/**
 * The day a `Date` falls on in England (Europe/London), as `YYYY-MM-DD`: the one rule for `Date`
 * inputs (see {@link DateInput}). Throws a `RangeError` for an invalid `Date`.
 * @example dayInEngland(new Date("2018-03-31T23:30:00Z")) // "2018-04-01" (British Summer Time)
 */
export function dayInEngland(date: Date): string {
  if (Number.isNaN(date.getTime())) throw invalid(date);
  londonDays ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
  const parts = Object.fromEntries(londonDays.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// The periods of the data's own date strings, parsed once each (the data holds a few thousand).
const parsed = /* @__PURE__ */ new Map<string, Period>();

function parse(input: string): Period {
  if (describePartialDateProblem(input) !== undefined) throw invalid(input);
  const [y, m, d] = input.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return Object.freeze({ first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) });
  if (d === undefined) return Object.freeze({ first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 0) });
  const day = dayNumber(y, m, d);
  return Object.freeze({ first: day, last: day });
}

/**
 * The period a date input stands for. Throws a `RangeError` quoting the bad input otherwise.
 * A `Date` stands for its day in England (see {@link DateInput}).
 * @example periodOf("2018-04") // { first: <1 April 2018>, last: <30 April 2018> }
 */
export function periodOf(input: DateInput): Period {
  if (input instanceof Date) return periodOf(dayInEngland(input));
  if (typeof input !== "string") throw invalid(input);
  let period = parsed.get(input);
  if (!period) {
    period = parse(input);
    // Valid strings only, and a bounded cache: users' own dates cannot grow it without end.
    if (parsed.size < 20_000) parsed.set(input, period);
  }
  return period;
}

/** A date input as text for a message: the string itself, or a `Date`'s day in England. */
export function shownDate(input: DateInput): string {
  return input instanceof Date ? dayInEngland(input) : input;
}

/**
 * The one scope rule of every helper answering "on a date" (`servicesOn`, `areasOn`, `operatorOn`,
 * `officeHoldersOn`, `summaryOn`): a date whose period begins before {@link SCOPE_START} is out of
 * scope, and refused with a `RangeError` ("2014" begins on 1 January 2014, so it is refused too).
 * Returns the date's period otherwise. Throws the usual `RangeError` for an invalid date.
 * @example inScope("2014-04") // { first: <1 April 2014>, last: <30 April 2014> }
 */
export function inScope(input: DateInput): Period {
  const period = periodOf(input);
  if (period.first < periodOf(SCOPE_START).first) {
    const shown = shownDate(input);
    throw new RangeError(
      `${JSON.stringify(shown)} ${period.last < periodOf(SCOPE_START).first ? "is" : "begins"} before ${SCOPE_START}, where this package's scope begins: ask about a date from then on`,
    );
  }
  return period;
}

/** Where a date stands against the data: before its scope, after the day it was last checked, both or neither. */
export interface DataReach {
  /** `"is"` when the date lies wholly before {@link SCOPE_START}, `"begins"` when it only begins before it. */
  readonly beforeScope?: "is" | "begins";
  /** `"is"` when the date lies wholly after `asOf`, `"runs"` when it only runs past it. */
  readonly afterAsOf?: "is" | "runs";
}

/**
 * "Is this date inside the data?", written once: how a date stands against the scope's first day
 * and the day the data was last checked (`asOf`). The command line, the page and the README use it.
 * @example dataReach("2014", "2026-11-26") // { beforeScope: "begins" }
 */
export function dataReach(input: DateInput, asOf: PartialDate): DataReach {
  const p = periodOf(input);
  const scope = periodOf(SCOPE_START).first;
  const checked = periodOf(asOf).last;
  return {
    ...(p.first < scope && { beforeScope: p.last < scope ? "is" : "begins" }),
    ...(p.last > checked && { afterAsOf: p.first > checked ? "is" : "runs" }),
  };
}

/**
 * Checks a date input against the package's rules and returns it; throws the same `RangeError`
 * as every date-taking helper (quoting the input and the accepted forms) when it is invalid.
 * @example assertDateInput("2020-02-30") // throws RangeError: Invalid date "2020-02-30": expected YYYY, ...
 */
export function assertDateInput(input: unknown): DateInput {
  periodOf(input as DateInput);
  return input as DateInput;
}

/**
 * The day number of the day `months` months before a date's first day (the same day of the month,
 * or the month's last day where it has none).
 * @example isoDay(monthsBefore("2026-11-26", 12)) // "2025-11-26"
 */
export function monthsBefore(date: DateInput, months: number): number {
  const first = periodOf(date).first;
  const d = new Date(first * DAY_MS);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() - months];
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** The ISO day (`YYYY-MM-DD`) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Orders partial dates: by their first day, then the less precise (longer) period first.
 * @example ["2020-11-01", "2020"].sort(comparePartialDates) // ["2020", "2020-11-01"]
 */
export function comparePartialDates(a: DateInput, b: DateInput): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  return pa.first - pb.first || pb.last - pa.last;
}

/** `true` when the period of `end` lies wholly before the period of `start` (an end before its start). */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  // "2021-03" may end in the same month as a "2021-03-10" start, so only a wholly earlier end is an error.
  return periodOf(end).last < periodOf(start).first;
}

/** The dates that bound something true over a span of time. */
export interface Span {
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  /** With no `end`: a date by which a source shows it had ended (Wikidata's "latest end date"). */
  readonly endedBy?: PartialDate;
  /** Dates on which a source shows the thing to be true. */
  readonly seen?: readonly PartialDate[];
}

/**
 * What a record's missing dates mean. `ongoing`: an absent `end` means still true as far as the
 * sources say (arrangements, areas); otherwise the record is certain only up to its last evidence
 * (office-holders). `certainSince`: with no `start`, the record is certainly true from this day
 * (areas: the package's scope begins on 1 April 2014) and possibly true before it; when absent,
 * only `seen` evidence makes it certain.
 */
export interface OpenDates {
  readonly ongoing: boolean;
  readonly certainSince?: PartialDate;
}

/**
 * The days a record may be true on (`possibleFrom` to `possibleTo`) and the days it is certainly
 * true on (`certainFrom` to `certainTo`), as UTC day numbers, inclusive; infinite where open.
 */
export interface Bounds {
  readonly possibleFrom: number;
  readonly possibleTo: number;
  readonly certainFrom: number;
  readonly certainTo: number;
}

/** The {@link Bounds} of a span, by the rules of {@link OpenDates}. */
export function boundsOfSpan(span: Span, open: OpenDates): Bounds {
  const seen = (span.seen ?? []).map((s) => periodOf(s));
  const start = span.start === undefined ? undefined : periodOf(span.start);
  const end = span.end === undefined ? undefined : periodOf(span.end);
  // Ended by a date: possibly true up to it, never after.
  const endedBy = span.endedBy === undefined ? Infinity : periodOf(span.endedBy).last;
  // Certainly true from the latest possible start (or the first sighting) ...
  const since = open.certainSince === undefined ? Infinity : periodOf(open.certainSince).last;
  const certainFrom = start ? start.last : Math.min(since, ...seen.map((p) => p.last));
  // ... to the earliest possible end, or, with no end, forever or to the last evidence.
  const lastEvidence = Math.max(start ? start.last : -Infinity, ...seen.map((p) => p.first));
  return {
    possibleFrom: start ? start.first : -Infinity,
    possibleTo: end ? end.last : endedBy,
    certainFrom,
    certainTo: end ? end.first : Math.min(endedBy, open.ongoing ? Infinity : lastEvidence),
  };
}

/** How certain a record with these bounds is on the whole of a period. */
export function certaintyOfBounds(b: Bounds, q: Period): Certainty {
  if (q.last < b.possibleFrom || q.first > b.possibleTo) return "no";
  return b.certainFrom <= q.first && q.last <= b.certainTo ? "certain" : "possible";
}

/**
 * How certain it is that something spanning `span` was true during the whole of `on`.
 * The single place the certainty rule lives; every `*On` query goes through it (office-holdings
 * first narrow their bounds by their post's other holders: see `on-date.ts`).
 */
export function certaintyOfSpan(span: Span, on: DateInput, open: OpenDates): Certainty {
  return certaintyOfBounds(boundsOfSpan(span, open), periodOf(on));
}
