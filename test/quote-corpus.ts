/**
 * Where each citation's quote can be checked word for word: the seed articles and the verified
 * excerpts in the project's shared folder (when present), and the DfE list committed as a fixture.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(import.meta.dirname, "..", "..", "shared");
export const hasShared = existsSync(join(SHARED, "seeds")) && existsSync(join(SHARED, "facts", "verified.md"));

/** The source id of each seed article, by the seed file's number. */
export const SEED_SOURCES: Record<string, string> = {
  "000": "ncc-2020-11-02",
  "001": "cc-2020-11-08",
  "002": "nt-mou",
  "003": "nt-2019-04-26",
  "004": "nt-2020-02-28",
};

// The one liberty the rules allow: a non-breaking space may become an ordinary space.
const normalise = (s: string) => s.replace(/\u00a0/g, " ");

/** Text against which quotes of a source are checked, or undefined when it is not available here. */
export function corpusFor(sourceId: string): string | undefined {
  if (sourceId === "dfe-las") return readFileSync(join(import.meta.dirname, "fixtures", "dfe-las.csv"), "utf8");
  if (!hasShared) return undefined;
  const seed = Object.entries(SEED_SOURCES).find(([, id]) => id === sourceId)?.[0];
  if (seed) {
    const file = readdirSync(join(SHARED, "seeds")).find((f) => f.startsWith(`${seed}_`));
    return file ? normalise(readFileSync(join(SHARED, "seeds", file), "utf8")) : undefined;
  }
  return normalise(readFileSync(join(SHARED, "facts", "verified.md"), "utf8"));
}

/** The pieces of a quote (joined by " … " where words were skipped) missing from the text. */
export function missingPieces(quote: string, text: string): string[] {
  return normalise(quote)
    .split(" … ")
    .filter((piece) => !text.includes(piece));
}
