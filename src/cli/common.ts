/**
 * What the commands share: the common options, reading dates and names through the library's own
 * helpers (the library's search, its date rules, its scope rule), and building rows with their
 * evidence. Field names are the library's: camelCase in JSON; CSV writes them in snake_case.
 */
import {
  assertDateInput,
  citationsOf,
  findArea,
  findOrganisation,
  findPerson,
  type Citation,
  type Conflict,
  type ResolvedCitation,
  type SubjectId,
} from "../for-cli.js";
import { UsageError, type CommandSpec, type OptionSpec, type ParsedArguments } from "./args.js";
import type { Answer, Column, Listing, Row, Value } from "./output.js";

/** A command: what it accepts and says about itself, and how it answers. */
export interface Command extends CommandSpec {
  readonly answer: (input: ParsedArguments) => Answer;
}

/** `--format`: the output format. */
export const FORMAT: OptionSpec = { name: "format", value: "<format>", description: "table (the default), json or csv, in any case" };
/** `--help`, `-h`. */
export const HELP: OptionSpec = { name: "help", short: "h", description: "this help" };
/** The options of every command. */
export const COMMON: readonly OptionSpec[] = [FORMAT, HELP];
/** `--sources`: the evidence under each row. */
export const SOURCES: OptionSpec = { name: "sources", description: "the citations behind each row (source, date, URL, quote) and any conflicting claim" };
/** `--possible`: add what a partial date leaves open. */
export const POSSIBLE: OptionSpec = { name: "possible", description: "also what is only possibly true on the date (a date known only to the month or year)" };

/** A user's input, quoted in a message. */
export const q = (text: unknown) => JSON.stringify(text);
/** An option's text value, or undefined when not given. */
export const textOption = (input: ParsedArguments, name: string) => (typeof input.options[name] === "string" ? (input.options[name] as string) : undefined);
/** Whether a switch was given. */
export const flag = (input: ParsedArguments, name: string) => input.options[name] === true;

/** A date as typed, checked by the library's own rule: its RangeError quotes the input and the accepted forms. */
export function dateOf(value: string): string {
  assertDateInput(value);
  return value;
}

/** A date option, checked, or undefined when not given. */
export function dateOption(input: ParsedArguments, name: string): string | undefined {
  const value = textOption(input, name);
  return value === undefined ? undefined : dateOf(value);
}

/** A note that `--possible` would add rows, so that the default's certain-only answer is not taken for all there is. */
export function widerNote(shown: number, possible: number, date: string, [one, many]: readonly [string, string]): string[] {
  const more = possible - shown;
  return more > 0 ? [`${more} more ${more === 1 ? one : many} only possibly so on ${date}: add --possible to list ${more === 1 ? "it" : "them"}`] : [];
}

const LEGEND = '"possible": a date known only to the month or year, or an office known only from a dated sighting, leaves it open.';
/** The legend of "possible", when a row shows it. */
export const legendFor = (rows: readonly Row[]) => (rows.some((r) => r.values.certainty === "possible") ? LEGEND : undefined);

// ---- Names: the library's search; a name that finds nothing is a "not found" (exit 1) naming the query ----

/** A value found, or a "not found" usage error (exit 1) with the message. */
export function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new UsageError(message, 1);
  return value;
}

/** The area a query finds (the library's findArea), or "not found". */
export const areaOf = (query: string) => found(findArea(query), `unknown area ${q(query)}: give a name, an ONS code (E10000021) or a DfE number (928)`);
/** The organisation a query finds (findOrganisation), or "not found". */
export const organisationOf = (query: string) => found(findOrganisation(query), `unknown organisation ${q(query)}: give a name or an id`);
/** The person a query finds (findPerson: a full name, a surname or an id), or "not found". */
export const personOf = (query: string) => found(findPerson(query), `unknown person ${q(query)}: give a name, a surname or an id`);
/** The area, organisation or person a query finds, or the one a record's id names. */
export const subjectNamed = (query: string) =>
  found(findArea(query) ?? findOrganisation(query) ?? findPerson(query), `no area, organisation or person matches ${q(query)}`);
/** The id of the area, organisation or person a query finds. */
export const subjectOf = (query: string): SubjectId => subjectNamed(query).id;

// ---- Rows ----

type Cited = { readonly citations: readonly Citation[]; readonly conflicts?: readonly Conflict[] };

/** A row: its values, and the citations and conflicts of the records it states (each citation once). */
export function row(values: Record<string, Value>, ...records: readonly Cited[]): Row {
  const all = records.flatMap((r) => citationsOf(r));
  const same = (a: ResolvedCitation, b: ResolvedCitation) => a.source.id === b.source.id && a.quote === b.quote;
  const citations = all.filter((c, i) => all.findIndex((d) => same(c, d)) === i);
  const conflicts = records.flatMap((r) => r.conflicts ?? []).map((k) => ({ note: k.note, citations: citationsOf(k) }));
  return { values, citations, conflicts };
}

/** A listing of rows under its key, noun and columns. */
export const listing = (key: string, noun: [string, string], columns: readonly Column[], rows: readonly Row[], title?: string): Listing => ({
  key,
  noun,
  columns,
  rows,
  ...(title && { title }),
});
