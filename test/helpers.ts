/** Shared by the tests: the real data files, and a way to feed altered copies to the validator. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "../src/build/registry.js";
import { formatProblem } from "../src/build/validate.js";
import { validateDataset, type ValidateOptions } from "../scripts/load-data.js";

export const ROOT = join(import.meta.dirname, "..");

type Files = Record<CollectionName, { $schema?: string; records: Record<string, unknown>[] }>;

/** A fresh, mutable copy of every data file. */
export function realFiles(): Files {
  const files = {} as Files;
  for (const name of COLLECTION_NAMES) files[name] = JSON.parse(readFileSync(join(ROOT, "data", COLLECTIONS[name].file), "utf8"));
  return files;
}

/** Validates data files, as text; returns the formatted problem lines. With `quotesFrom`, quotes are checked too, as the build does. */
export function problemsOf(files: Files | Partial<Record<CollectionName, string>>, options: ValidateOptions = {}): string[] {
  const raw = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  return validateDataset(raw, options).problems.map(formatProblem);
}

/** The record with this id in a collection of `files`. */
export function recordOf(files: Files, name: CollectionName, id: string): Record<string, unknown> {
  const found = files[name].records.find((r) => r.id === id);
  if (!found) throw new Error(`test setup: no ${name} record ${id}`);
  return found;
}
