/**
 * Partial dates: the one module that parses, validates and compares them.
 *
 * A partial date stands for its whole period: "2018" is any day of 2018, "2018-04" any day of April
 * 2018. Internally a period is a pair of UTC day numbers (days since 1970-01-01), inclusive.
 */

/** An ISO 8601 date at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** What the date-taking helpers accept: a {@link PartialDate} string or a `Date` (its UTC day). */
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

/**
 * The period a date input stands for. Throws a `RangeError` quoting the bad input otherwise.
 * @example periodOf("2018-04") // { first: <1 April 2018>, last: <30 April 2018> }
 */
export function periodOf(input: DateInput): Period {
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) throw invalid(input);
    const day = Math.floor(t / DAY_MS);
    return { first: day, last: day };
  }
  if (typeof input !== "string" || describePartialDateProblem(input) !== undefined) throw invalid(input);
  const [y, m, d] = input.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
  if (d === undefined) return { first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 0) };
  const day = dayNumber(y, m, d);
  return { first: day, last: day };
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
 * How certain it is that something spanning `span` was true during the whole of `on`.
 * The single place the certainty rule lives; every `*On` query goes through it.
 */
export function certaintyOfSpan(span: Span, on: DateInput, open: OpenDates): Certainty {
  const q = periodOf(on);
  const seen = (span.seen ?? []).map((s) => periodOf(s));
  const start = span.start === undefined ? undefined : periodOf(span.start);
  const end = span.end === undefined ? undefined : periodOf(span.end);

  const possibleFrom = start ? start.first : -Infinity;
  const possibleTo = end ? end.last : Infinity;
  if (q.last < possibleFrom || q.first > possibleTo) return "no";

  // Certainly true from the latest possible start (or the first sighting) ...
  const since = open.certainSince === undefined ? Infinity : periodOf(open.certainSince).last;
  const certainFrom = start ? start.last : Math.min(since, ...seen.map((p) => p.last));
  // ... to the earliest possible end, or, with no end, forever or to the last evidence.
  const lastEvidence = Math.max(start ? start.last : -Infinity, ...seen.map((p) => p.first));
  const certainTo = end ? end.first : open.ongoing ? Infinity : lastEvidence;
  return certainFrom <= q.first && q.last <= certainTo ? "certain" : "possible";
}
