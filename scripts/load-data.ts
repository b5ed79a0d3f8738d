/**
 * Reads and validates every file in `data/`: the one loader used by the build, the generators and
 * the tests. Validation is, in order: each file against its collection's schema (from the
 * registry), the checks across records, and, when the data is read from disk, the quote check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkDataset } from "../src/build/checks.js";
import { checkEvidenceFiles, checkQuotes } from "../src/build/quotes.js";
import { COLLECTION_NAMES, COLLECTIONS, type DatasetInput } from "../src/build/registry.js";
import { checkFile, formatProblem, type Problem } from "../src/build/validate.js";

export interface LoadResult {
  /** The validated records (zod's output), set only when every check passed. */
  data?: DatasetInput;
  /** The same records as written in data/, key order kept (for the files the build writes). */
  asWritten?: DatasetInput;
  problems: Problem[];
}

/** Options of {@link validateDataset}. */
export interface ValidateOptions {
  /** The repository root whose `evidence/` and `raw/` hold the sources' words: when given, every quote is checked against them. */
  quotesFrom?: string;
  /** Files found in `data/` besides the registry's: each is a problem. */
  otherFiles?: readonly string[];
}

/** Parses raw file contents (by collection) and validates them; `data` is set only when all is well. */
export function validateDataset(raw: Partial<Record<keyof DatasetInput, string>>, options: ValidateOptions = {}): LoadResult {
  const problems: Problem[] = (options.otherFiles ?? []).map((file) => ({
    file,
    record: "<file>",
    field: "",
    message: "no collection in the registry (src/build/registry.ts) reads this file: add its line there, or remove the file",
  }));
  const data = {} as Record<string, unknown[]>;
  const asWritten = {} as Record<string, unknown[]>;
  for (const name of COLLECTION_NAMES) {
    const file = COLLECTIONS[name].file;
    const text = raw[name];
    if (text === undefined) {
      problems.push({ file, record: "<file>", field: "", message: "file is missing" });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      problems.push({ file, record: "<file>", field: "", message: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    const result = checkFile(name, json);
    problems.push(...result.problems);
    if (result.records) {
      data[name] = result.records;
      asWritten[name] = (json as { records: unknown[] }).records;
    }
  }
  if (problems.length) return { problems };
  const dataset = data as unknown as DatasetInput;
  const crossProblems = checkDataset(dataset);
  if (options.quotesFrom !== undefined) {
    const root = options.quotesFrom;
    crossProblems.push(...checkEvidenceFiles(dataset, join(root, "evidence")), ...checkQuotes(dataset, root));
  }
  return crossProblems.length ? { problems: crossProblems } : { data: dataset, asWritten: asWritten as unknown as DatasetInput, problems: [] };
}

/** Reads `data/` from disk and validates it, quotes included (against the `evidence/` and `raw/` beside it). */
export function loadDataDir(dir = "data"): LoadResult {
  const raw: Partial<Record<keyof DatasetInput, string>> = {};
  for (const name of COLLECTION_NAMES) {
    try {
      raw[name] = readFileSync(join(dir, COLLECTIONS[name].file), "utf8");
    } catch {
      // reported as a missing file by validateDataset
    }
  }
  const known = new Set<string>(COLLECTION_NAMES.map((n) => COLLECTIONS[n].file));
  const otherFiles = readdirSync(dir).filter((f) => f.endsWith(".json") && !known.has(f));
  return validateDataset(raw, { quotesFrom: dirname(dir), otherFiles });
}

/** Loads `data/` or throws one error listing every problem, one line each. */
export function loadDataOrThrow(dir = "data"): { data: DatasetInput; asWritten: DatasetInput } {
  const { data, asWritten, problems } = loadDataDir(dir);
  if (!data || !asWritten) throw new Error(`Data validation failed (${problems.length} problem(s)):\n${problems.map(formatProblem).join("\n")}`);
  return { data, asWritten };
}

/** One line: how many records each collection has. */
export function summary(data: DatasetInput): string {
  return `data ok: ${COLLECTION_NAMES.map((n) => `${data[n].length} ${n}`).join(", ")}`;
}
