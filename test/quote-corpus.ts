/**
 * Where each citation's quote is checked word for word: `evidence/<source>.txt` holds the passages
 * of each source that the data quotes (short excerpts, with the URL and the day they were read);
 * the datasets quoted row by row are committed whole in `test/fixtures/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
export const EVIDENCE = join(ROOT, "evidence");

/** Sources quoted from a committed dataset rather than an excerpt. */
export const DATASET_FIXTURES: Record<string, string> = {
  "dfe-las": "dfe-las.csv",
  "ofsted-ilacs-history": "ofsted-ilacs-history.csv",
  "ofsted-provider-lookup": "ofsted-provider-lookup.csv",
};

/** One evidence file: its header and its passages. */
export interface Evidence {
  readonly url: string;
  readonly read: string;
  readonly text: string;
  readonly passages: readonly string[];
}

// The one liberty the rules allow: a non-breaking space may become an ordinary space.
const normalise = (s: string) => s.replace(/\u00a0/g, " ");

/** Parses `evidence/<id>.txt`: `url:` and `read:` lines, a blank line, passages separated by a line "…". */
export function parseEvidence(content: string, file = "evidence file"): Evidence {
  const [head = "", ...rest] = content.split("\n\n");
  const fields = Object.fromEntries(head.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
  if (!fields.url || !/^\d{4}-\d{2}-\d{2}$/.test(fields.read ?? "")) throw new Error(`${file}: needs "url:" and "read: YYYY-MM-DD" lines, then a blank line`);
  const text = normalise(rest.join("\n\n")).trimEnd();
  if (!text) throw new Error(`${file}: no excerpt`);
  return { url: fields.url, read: fields.read!, text, passages: text.split("\n…\n") };
}

/** Every evidence file, by source id. */
export function allEvidence(): Map<string, Evidence> {
  const files = existsSync(EVIDENCE) ? readdirSync(EVIDENCE).filter((f) => f.endsWith(".txt")) : [];
  return new Map(files.map((f) => [f.replace(/\.txt$/, ""), parseEvidence(readFileSync(join(EVIDENCE, f), "utf8"), `evidence/${f}`)]));
}

/** Text against which quotes of a source are checked, or undefined when the repository holds none. */
export function corpusFor(sourceId: string): string | undefined {
  const fixture = DATASET_FIXTURES[sourceId];
  if (fixture) return readFileSync(join(ROOT, "test", "fixtures", fixture), "utf8");
  const file = join(EVIDENCE, `${sourceId}.txt`);
  return existsSync(file) ? parseEvidence(readFileSync(file, "utf8"), file).text : undefined;
}

/** The pieces of a quote (joined by " … " where words were skipped) missing from the text. */
export function missingPieces(quote: string, text: string): string[] {
  return normalise(quote)
    .split(" … ")
    .filter((piece) => !text.includes(piece));
}

/** The project's shared folder of ground truth, beside the repository, where present (not in CI). */
export const SHARED = join(ROOT, "..", "shared");
export const hasShared = existsSync(join(SHARED, "seeds")) && existsSync(join(SHARED, "facts", "verified.md"));
