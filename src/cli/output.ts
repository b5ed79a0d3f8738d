/**
 * Writing an answer of the command line in its three formats. JSON and CSV are data (numbers stay
 * numbers, a missing value is null or an empty field, notes go to stderr); the table is for people
 * (labels, wrapped text, the citations under each row, a count line under each table).
 */
import { csvHeader, toCsv } from "../csv.js";
// labels.ts holds no data, so bundling it here costs a few lines and keeps one wording.
import { sourceLine } from "../labels.js";
import type { ResolvedCitation } from "../citations.js";
import { grid, indented } from "./table.js";

/** A value of an answer. JSON keeps it as it is; CSV and the table write it as text. */
export type Value = string | number | boolean | null | readonly string[] | readonly Readonly<Record<string, string>>[];

/** A conflicting claim recorded beside a record: what it is, and its sources' words. */
export interface ResolvedConflict {
  readonly note: string;
  readonly citations: readonly ResolvedCitation[];
}

/** One row of an answer: its values by column key, and the evidence behind it for `--sources`. */
export interface Row {
  readonly values: Readonly<Record<string, Value>>;
  readonly citations: readonly ResolvedCitation[];
  readonly conflicts: readonly ResolvedConflict[];
}

/** A column: its key in JSON and CSV, and how the table format shows it. */
export interface Column {
  /**
   * The library's field name, camelCase, as JSON writes it; a dotted path nests in JSON. CSV writes
   * it in snake_case.
   */
  readonly key: string;
  /** The table format's header or label; the key when absent. */
  readonly label?: string;
  /**
   * Where the table format puts it: in the grid (absent), `"below"` the row as "label: value" (a
   * long unbreakable value, such as a URL), or `"none"` (ids: kept in JSON and CSV only).
   */
  readonly table?: "below" | "none";
  /** How the table format writes it, when not as plain text (e.g. money with its unit). */
  readonly show?: (values: Readonly<Record<string, Value>>) => string;
}

/** One table of an answer. */
export interface Listing {
  /** Its key when an answer has several (JSON writes an object of them). */
  readonly key: string;
  /** Its heading in the table format, when an answer has several. */
  readonly title?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** The count line's noun, singular and plural: `["area", "areas"]`. */
  readonly noun?: readonly [string, string];
  /** A single record: JSON writes an object; the table, one "label value" line per known value. */
  readonly record?: boolean;
}

/** What a command answers. */
export interface Answer {
  readonly listings: readonly Listing[];
  /** The listing CSV writes when there are several (CSV holds one table); the first by default. */
  readonly csv?: string;
  /** Remarks on the question (a date outside the data's span): after the table, or on stderr. */
  readonly notes?: readonly string[];
  /** What a word of the table means; table format only, since JSON and CSV carry the data itself. */
  readonly legend?: string;
}

/** The output formats, as `--format` names them. */
export const FORMATS = ["table", "json", "csv"] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

// ---- Values as text ----

const known = (v: Value | undefined) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length);

/** A value as text; `separator` joins the items of a list. */
function plain(value: Value | undefined, separator: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return String(value);
  return value.map((item) => (typeof item === "string" ? item : Object.values(item).join(" "))).join(separator);
}

const cellText = (column: Column, row: Row) => (column.show ? column.show(row.values) : plain(row.values[column.key], ", "));

// ---- JSON ----

/** A citation as data: the source's id and description, and the quote. */
function citationJson(c: ResolvedCitation) {
  const { id, publisher, title, published, url } = c.source;
  return { source: id, publisher, title, published: published ?? null, url, quote: c.quote, ...(c.note && { note: c.note }) };
}

/** Values by column key, with a dotted key ("judgements.others.judged") written as nested objects. */
function nested(entries: readonly [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const path = key.split(".");
    let at = out;
    for (const part of path.slice(0, -1)) {
      at[part] ??= {};
      at = at[part] as Record<string, unknown>;
    }
    at[path.at(-1)!] = value;
  }
  return out;
}

function jsonRow(row: Row, columns: readonly Column[], sources: boolean) {
  const values = nested(columns.map((c) => [c.key, row.values[c.key] ?? null]));
  if (!sources) return values;
  return {
    ...values,
    citations: row.citations.map(citationJson),
    conflicts: row.conflicts.map((k) => ({ note: k.note, citations: k.citations.map(citationJson) })),
  };
}

function jsonListing(listing: Listing, sources: boolean) {
  const rows = listing.rows.map((r) => jsonRow(r, listing.columns, sources));
  return listing.record ? (rows[0] ?? null) : rows;
}

function json(answer: Answer, sources: boolean): string {
  const { listings } = answer;
  const data = listings.length === 1 ? jsonListing(listings[0]!, sources) : Object.fromEntries(listings.map((l) => [l.key, jsonListing(l, sources)]));
  return JSON.stringify(data, null, 2) + "\n";
}

// ---- CSV ----

/** The evidence columns of `--sources` (citation columns as in the package's own csv/ files). */
const EVIDENCE_COLUMNS = ["citation_sources", "citation_urls", "citation_quotes", "conflict_notes"];

function evidenceCells(row: Row): Record<string, string> {
  const join = (values: readonly string[]) => values.join(" | ");
  return {
    citation_sources: join(row.citations.map((c) => c.source.id)),
    citation_urls: join(row.citations.map((c) => c.source.url)),
    citation_quotes: join(row.citations.map((c) => c.quote)),
    conflict_notes: join(row.conflicts.map((k) => k.note)),
  };
}

function csv(listing: Listing, sources: boolean): string {
  const keys = listing.columns.map((c) => csvHeader(c.key));
  // Lists are joined by "; ", as in the package's csv/ files.
  const rows = listing.rows.map((r) => ({
    ...Object.fromEntries(listing.columns.map((c) => [csvHeader(c.key), plain(r.values[c.key], "; ")])),
    ...(sources && evidenceCells(r)),
  }));
  return toCsv(rows, sources ? [...keys, ...EVIDENCE_COLUMNS] : keys);
}

// ---- Table ----

/** A citation under its row: the source line, then the quote (and the citation's note). */
function citationLines(c: ResolvedCitation, indent: number): string[] {
  return [
    ...indented(`source: ${sourceLine(c.source)}`, indent, indent + 8),
    ...indented(`"${c.quote}"`, indent + 2, indent + 3),
    ...(c.note ? indented(`note: ${c.note}`, indent + 2, indent + 8) : []),
  ];
}

/** A row's evidence: each citation, then each conflicting claim with its own citations. */
function evidenceLines(row: Row): string[] {
  return [
    ...row.citations.flatMap((c) => citationLines(c, 4)),
    ...row.conflicts.flatMap((k) => [...indented(`conflict: ${k.note}`, 4, 14), ...k.citations.flatMap((c) => citationLines(c, 6))]),
  ];
}

/** The "label: value" lines a row's below-the-row columns print under it (those with a value). */
function belowLines(columns: readonly Column[], row: Row): string[] {
  return columns.filter((c) => known(row.values[c.key])).flatMap((c) => indented(`${c.label ?? c.key}: ${cellText(c, row)}`, 4, 6 + (c.label ?? c.key).length));
}

const countLine = (listing: Listing) => {
  const [one, many] = listing.noun ?? ["row", "rows"];
  return `${listing.rows.length} ${listing.rows.length === 1 ? one : many}`;
};

/** A single record as "label value" lines, the values it has only, then its evidence. */
function recordLines(listing: Listing, sources: boolean): string[] {
  const row = listing.rows[0];
  if (!row) return [];
  const shown = listing.columns.filter((c) => c.table !== "none" && known(row.values[c.key]));
  const { rows } = grid(
    undefined,
    shown.map((c) => [c.label ?? c.key, cellText(c, row)]),
    [false, false],
  );
  return [...rows.flat(), ...(sources ? evidenceLines(row) : [])];
}

/** A list of rows as a grid, each row followed by its below-the-row values and evidence, then the count. */
function gridLines(listing: Listing, sources: boolean): string[] {
  const shown = listing.columns.filter((c) => c.table === undefined);
  const below = listing.columns.filter((c) => c.table === "below");
  const isNumber = (v: Value | undefined) => typeof v === "number";
  const right = shown.map(
    (c) => listing.rows.some((r) => isNumber(r.values[c.key])) && listing.rows.every((r) => isNumber(r.values[c.key]) || !known(r.values[c.key])),
  );
  const { head, rows } = grid(
    shown.map((c) => c.label ?? c.key),
    listing.rows.map((r) => shown.map((c) => cellText(c, r))),
    right,
  );
  const body = rows.flatMap((lines, i) => {
    const row = listing.rows[i]!;
    return [...lines, ...belowLines(below, row), ...(sources ? evidenceLines(row) : [])];
  });
  return [...head, ...body, countLine(listing)];
}

function table(answer: Answer, sources: boolean): string {
  const several = answer.listings.length > 1;
  const blocks = answer.listings.map((l) =>
    [...(several && l.title ? [l.title] : []), ...(l.record ? recordLines(l, sources) : gridLines(l, sources))].join("\n"),
  );
  if (answer.legend) blocks.push(indented(answer.legend, 0, 0).join("\n"));
  if (answer.notes?.length) blocks.push(answer.notes.flatMap((n) => indented(`note: ${n}`, 0, 6)).join("\n"));
  return blocks.join("\n\n") + "\n";
}

/**
 * An answer in a format: what goes to stdout, and the notes left for stderr, so that JSON and CSV
 * stay clean data (in the table format the notes follow the table).
 */
export function render(answer: Answer, format: Format, sources: boolean): { stdout: string; notes: readonly string[] } {
  if (format === "table") return { stdout: table(answer, sources), notes: [] };
  if (format === "json") return { stdout: json(answer, sources), notes: answer.notes ?? [] };
  const listing = answer.listings.find((l) => l.key === answer.csv) ?? answer.listings[0]!;
  const partial =
    answer.listings.length > 1 ? [`csv holds one table, the ${listing.key}; --format json has all of ${answer.listings.map((l) => l.key).join(", ")}`] : [];
  return { stdout: csv(listing, sources), notes: [...(answer.notes ?? []), ...partial] };
}
