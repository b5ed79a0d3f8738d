/**
 * The quote check: every citation's quote must be its source's words. One matcher, used by the
 * build (which stops on a quote not found), the tests and `check-sources` (against the live page).
 *
 * Where the words are kept: `evidence/<source>.txt` holds the passages of each source that the data
 * quotes (the URL, the day read, short excerpts); datasets quoted row by row are in `raw/` whole.
 * Build-time only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CitationInput } from "../collections/common.js";
import { COLLECTION_NAMES, COLLECTIONS, type DatasetInput, labelOf } from "./registry.js";
import type { Problem } from "./validate.js";

/** Sources quoted from a whole file in `raw/` rather than an excerpt: source id → path under `raw/`. */
export const DATASET_FILES: Readonly<Record<string, string>> = {
  "dfe-las": "dfe/las.csv",
  "ofsted-ilacs-history": "ofsted-scrape/ilacs-history.csv",
  "ofsted-provider-lookup": "ofsted-scrape/provider-lookup.csv",
  "dfe-lait-data-dictionary": "dfe/lait-lait_data_dictionary.csv",
  "dfe-csc-csww-indicators": "dfe/csc-csww_indicators_2017_to_2025.csv",
  "dfe-csc-ons-population": "dfe/csc-ons_mid-year_population_estimates_2012_to_2024.csv",
};

/** One evidence file: its header and its passages. */
export interface Evidence {
  readonly url: string;
  readonly read: string;
  readonly text: string;
  readonly passages: readonly string[];
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The one rule for comparing a quote with a text: invisible characters (soft hyphens, zero-width
 * spaces) are dropped and every run of white space, non-breaking spaces included, is one space.
 * Nothing else is forgiven: apostrophes, quotation marks, spelling and typos stay as written.
 */
export function normaliseQuoteText(s: string): string {
  return s
    .replace(INVISIBLE, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Parses `evidence/<id>.txt`: `url:` and `read:` lines, a blank line, passages separated by a line "…". */
export function parseEvidence(content: string, file = "evidence file"): Evidence {
  const [head = "", ...rest] = content.split("\n\n");
  const fields = Object.fromEntries(head.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
  if (!fields.url || !/^\d{4}-\d{2}-\d{2}$/.test(fields.read ?? "")) throw new Error(`${file}: needs "url:" and "read: YYYY-MM-DD" lines, then a blank line`);
  const text = rest.join("\n\n").trimEnd();
  if (!text) throw new Error(`${file}: no excerpt`);
  return { url: fields.url, read: fields.read!, text, passages: text.split("\n…\n") };
}

/** Every evidence file in `dir`, by source id. */
export function allEvidence(dir = "evidence"): Map<string, Evidence> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];
  return new Map(files.map((f) => [f.replace(/\.txt$/, ""), parseEvidence(readFileSync(join(dir, f), "utf8"), `evidence/${f}`)]));
}

/** The normalised text a source's quotes are checked against, or undefined when the repository holds none. */
export function corpusFor(sourceId: string, root = "."): string | undefined {
  const dataset = DATASET_FILES[sourceId];
  if (dataset) return normaliseQuoteText(readFileSync(join(root, "raw", dataset), "utf8"));
  const file = join(root, "evidence", `${sourceId}.txt`);
  return existsSync(file) ? normaliseQuoteText(parseEvidence(readFileSync(file, "utf8"), file).text) : undefined;
}

/** A piece of a quote that is not in the text, with the first words that differ. */
export interface MissingPiece {
  /** The piece (a quote is split into pieces at " … "). */
  readonly piece: string;
  /** The piece from the first word the text does not continue with, shortened for a message. */
  readonly differsAt: string;
}

/** The pieces of a quote (joined by " … " where words were skipped) not found in an already normalised text. */
export function missingPieces(quote: string, normalisedText: string): MissingPiece[] {
  return quote
    .split(" … ")
    .map(normaliseQuoteText)
    .filter((piece) => piece !== "" && !normalisedText.includes(piece))
    .map((piece) => {
      // The longest run of the piece's first words that the text holds; the difference starts after it.
      const words = piece.split(" ");
      let found = 0;
      while (found < words.length && normalisedText.includes(words.slice(0, found + 1).join(" "))) found++;
      const rest = words.slice(found).join(" ");
      return { piece, differsAt: rest.length > 60 ? `${rest.slice(0, 60)}…` : rest };
    });
}

/** Every citation in a record, with its path: its own, its conflicts', and those of its cited parts (a service's origin). */
export function citationsIn(record: object, path = ""): [string, CitationInput][] {
  const found: [string, CitationInput][] = [];
  for (const [key, value] of Object.entries(record)) {
    const at = path ? `${path}.${key}` : key;
    if (key === "citations" && Array.isArray(value)) value.forEach((c: CitationInput, i) => found.push([`${at}.${i}`, c]));
    else if (Array.isArray(value)) value.forEach((v, i) => v && typeof v === "object" && found.push(...citationsIn(v, `${at}.${i}`)));
    else if (value && typeof value === "object") found.push(...citationsIn(value, at));
  }
  return found;
}

/**
 * The build's quote check: every quote of every record is found in its source's evidence (or raw
 * dataset), each problem naming the file, record, field, source and the first words that differ.
 */
export function checkQuotes(data: DatasetInput, root = "."): Problem[] {
  const corpora = new Map<string, string | undefined>();
  const corpus = (id: string) => {
    if (!corpora.has(id)) corpora.set(id, corpusFor(id, root));
    return corpora.get(id);
  };
  return COLLECTION_NAMES.flatMap((name) =>
    (data[name] as unknown as Record<string, unknown>[]).flatMap((r) =>
      citationsIn(r).flatMap(([at, c]) => {
        const text = corpus(c.source);
        const problem = (message: string): Problem => ({ file: COLLECTIONS[name].file, record: labelOf(name, r), field: `${at}.quote`, message });
        if (text === undefined) return [problem(`source ${JSON.stringify(c.source)} has no evidence/${c.source}.txt (and no file in raw/)`)];
        return missingPieces(c.quote, text).map((m) => problem(`not in source ${JSON.stringify(c.source)}'s evidence: differs at "${m.differsAt}"`));
      }),
    ),
  );
}

/** Evidence files that disagree with their source record (URL, day read), or that no source owns. */
export function checkEvidenceFiles(data: DatasetInput, dir = "evidence"): Problem[] {
  const evidence = allEvidence(dir);
  const file = COLLECTIONS.sources.file;
  const problems: Problem[] = [];
  for (const s of data.sources) {
    const e = evidence.get(s.id);
    const at = (field: string, message: string) => problems.push({ file, record: JSON.stringify(s.id), field, message });
    if (!e) {
      if (!DATASET_FILES[s.id]) at("id", `no evidence/${s.id}.txt`);
      continue;
    }
    if (e.url !== s.url) at("url", `evidence/${s.id}.txt says url ${e.url}`);
    if (e.read !== s.read) at("read", `evidence/${s.id}.txt says read ${e.read}`);
  }
  const ids = new Set(data.sources.map((s) => s.id));
  for (const id of evidence.keys())
    if (!ids.has(id)) problems.push({ file, record: JSON.stringify(id), field: "", message: `evidence/${id}.txt belongs to no source` });
  return problems;
}
