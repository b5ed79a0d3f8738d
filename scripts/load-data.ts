/**
 * Reads and validates every file in `data/`: the one loader used by the build, the generators and
 * the tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDataset } from "../src/checks.js";
import { COLLECTION_NAMES, COLLECTIONS, checkFile, formatProblem, type DatasetInput, type Problem } from "../src/schema.js";

export interface LoadResult {
  /** The validated records (zod's output), set only when every check passed. */
  data?: DatasetInput;
  /** The same records as written in data/, key order kept (for the files the build writes). */
  asWritten?: DatasetInput;
  problems: Problem[];
}

/** Parses raw file contents (by collection) and validates them; `data` is set only when all is well. */
export function validateDataset(raw: Partial<Record<keyof DatasetInput, string>>): LoadResult {
  const problems: Problem[] = [];
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
  return crossProblems.length ? { problems: crossProblems } : { data: dataset, asWritten: asWritten as unknown as DatasetInput, problems: [] };
}

/** Reads `data/` from disk and validates it. */
export function loadDataDir(dir = "data"): LoadResult {
  const raw: Partial<Record<keyof DatasetInput, string>> = {};
  for (const name of COLLECTION_NAMES) {
    try {
      raw[name] = readFileSync(join(dir, COLLECTIONS[name].file), "utf8");
    } catch {
      // reported as a missing file by validateDataset
    }
  }
  return validateDataset(raw);
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
