/**
 * Text layout for the table format: padded columns that fit a 100-column terminal, and indented
 * lines that wrap. Text wraps at spaces only: a cell is data, so no word is ever cut (a line with
 * one long word, such as a URL, stays long).
 */

/** The widest line the table format aims for. */
export const WIDTH = 100;
const GAP = "  ";

/**
 * Text in lines of at most `width` characters (the first line: `firstWidth`), broken at spaces;
 * runs of spaces and line breaks count as one space. A longer word keeps a line of its own.
 * Given a list, its items are the words (each kept whole, spaces and all).
 * @example wrapWords("requires improvement", 11) // ["requires", "improvement"]
 */
export function wrapWords(text: string | readonly string[], width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of typeof text === "string" ? text.split(/\s+/).filter(Boolean) : text) {
    if (line && line.length + 1 + word.length > (lines.length ? width : firstWidth)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * A word too long for a line (a URL) in pieces that fit: broken after a "/" (else a "?", "&", "-"
 * or ".") where one falls in the line, else at the width. Only text under a row or in help is broken this
 * way; a grid's cells never are.
 */
function pieces(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (rest.length > width) {
    const window = rest.slice(0, width);
    // After the last "/" that leaves a fair part of the line, else after another separator, else at the width.
    const at = [["/"], ["?", "&", "-", "."]].map((seps) => Math.max(...seps.map((c) => window.lastIndexOf(c)))).find((i) => i > width / 3);
    const cut = at === undefined ? width : at + 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...out, rest];
}

/**
 * Text indented by `indent` spaces and wrapped at {@link WIDTH}; continuation lines are indented by
 * `hanging` spaces, so a label's text lines up after the label. A word longer than a line (a URL)
 * continues on the next line, so no line is wider than {@link WIDTH}.
 * @example indented("source: GOV.UK, https://www.gov.uk/…", 4, 12)
 */
export function indented(text: string | readonly string[], indent: number, hanging: number): string[] {
  // wrapWords gives a word longer than a line a line of its own: that line continues on the next ones.
  const lines = wrapWords(text, WIDTH - hanging, WIDTH - indent).flatMap((line, i) =>
    line.length > WIDTH - (i ? hanging : indent) ? pieces(line, WIDTH - hanging) : [line],
  );
  return lines.map((line, i) => " ".repeat(i ? hanging : indent) + line);
}

/** The longest word of a text: the narrowest a column can wrap it to. */
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

/**
 * Column widths that fit {@link WIDTH}: while the table is too wide, the widest column that can
 * still wrap gives up a character (and whatever its wrapped lines then leave unused), so long text
 * columns shrink first and end up alike; none shrinks below its longest word.
 */
function fitWidths(cells: readonly (readonly string[])[]): number[] {
  const columns = cells[0]?.length ?? 0;
  const column = (i: number) => cells.map((r) => r[i]!);
  const wrappedWidth = (i: number, width: number) => Math.max(0, ...column(i).flatMap((c) => wrapWords(c, width).map((l) => l.length)));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...column(i).map((c) => c.length)));
  const minimums = Array.from({ length: columns }, (_, i) => Math.max(0, ...column(i).map(longestWord)));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (columns - 1);
  while (total() > WIDTH) {
    const widest = widths.reduce((best, w, i) => (w > minimums[i]! && (best < 0 || w > widths[best]!) ? i : best), -1);
    if (widest < 0) break; // every column is down to its longest word: the table stays wider
    widths[widest] = wrappedWidth(widest, widths[widest]! - 1);
  }
  return widths;
}

/** One row of cells as lines: each cell wrapped to its column, padded, the columns side by side. */
function rowLines(cells: readonly string[], widths: readonly number[], right: readonly boolean[]): string[] {
  const wrapped = cells.map((c, i) => wrapWords(c, widths[i]!));
  const height = Math.max(...wrapped.map((w) => w.length));
  return Array.from({ length: height }, (_, line) =>
    wrapped
      .map((w, i) => (right[i] ? (w[line] ?? "").padStart(widths[i]!) : (w[line] ?? "").padEnd(widths[i]!)))
      .join(GAP)
      .trimEnd(),
  );
}

/** A laid-out table: the header's lines (with its rule), and each row's lines. */
export interface Grid {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Lays out a table to fit {@link WIDTH} columns, wrapping the widest text columns' cells (see
 * {@link fitWidths}). `right` aligns a column to the right (numbers); without `header` the table
 * has no header lines (a record's "field value" lines).
 */
export function grid(header: readonly string[] | undefined, rows: readonly (readonly string[])[], right: readonly boolean[]): Grid {
  // A line break inside a cell would break the layout: within a cell, all white space is one space.
  const oneLine = (cells: readonly string[]) => cells.map((c) => c.replace(/\s+/g, " ").trim());
  const [head, body] = [header && oneLine(header), rows.map(oneLine)];
  const widths = fitWidths(head ? [head, ...body] : body);
  return {
    head: head ? [...rowLines(head, widths, right), widths.map((w) => "-".repeat(w)).join(GAP)] : [],
    rows: body.map((r) => rowLines(r, widths, right)),
  };
}
