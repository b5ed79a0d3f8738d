/**
 * RFC 4180 CSV: the one writer, used by the command line and by the build's csv/ files. (The
 * package has no runtime dependencies, so it does not borrow a library for these few lines.)
 */

/** A field, quoted when it holds a comma, a quote or a line break; quotes doubled inside. */
function field(value: string | number | boolean | undefined | null): string {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV with a header line, CRLF line ends, in the order of `columns`.
 * @example toCsv([{ a: 1, b: "x,y" }], ["a", "b"]) // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(rows: readonly Readonly<Record<string, string | number | boolean | undefined | null>>[], columns: readonly string[]): string {
  return [columns.map(field), ...rows.map((r) => columns.map((c) => field(r[c])))].map((r) => r.join(",")).join("\r\n") + "\r\n";
}

/**
 * The package's one rule for CSV column names: a field's name in snake_case, as the JSON and the
 * library name it otherwise ("judgements.others.goodOrBetter" → "judgements_others_good_or_better").
 * Used by the build's csv/ files and the command line's CSV alike.
 * @example csvHeader("issuedBy") // "issued_by"
 */
export const csvHeader = (key: string): string =>
  key
    .replace(/\./g, "_")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
