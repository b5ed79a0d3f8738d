/**
 * Validation of one data file against its collection's schema, and the problem type every check
 * reports with: file, record and field. Build-time only.
 */
import { z } from "zod";
import { partialDate } from "../collections/common.js";
import { COLLECTIONS, type CollectionName, keyOf, labelOf } from "./registry.js";

/** One problem in `data/`, located by file, record and field. */
export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** `data/<file>: record "<id>": <field>: <message>`: the line the build prints for a problem. */
export function formatProblem(p: Problem): string {
  return `data/${p.file}: record ${p.record}: ${p.field ? `${p.field}: ` : ""}${p.message}`;
}

/**
 * The shape of a data file: `{ "$schema": ..., "records": [...] }` in the repository; the package's
 * `data/*.json` add `asOf` and `version`.
 */
export function fileSchema<T extends z.ZodType>(record: T) {
  return z.object({ $schema: z.string().optional(), asOf: partialDate.optional(), version: z.string().optional(), records: z.array(record) }).strict();
}

/** Validates one parsed file against its collection's schema. */
export function checkFile(name: CollectionName, json: unknown): { problems: Problem[]; records?: unknown[] } {
  const { file, schema } = COLLECTIONS[name];
  // Through `unknown`: comparing the union of every schema with ZodType costs the type-checker seconds.
  const result = fileSchema(schema as unknown as z.ZodType).safeParse(json);
  if (result.success) return { problems: [], records: result.data.records };
  const raw = (json as { records?: unknown[] } | null)?.records;
  const problems = result.error.issues.map((issue): Problem => {
    const [top, index, ...rest] = issue.path;
    if (top !== "records" || typeof index !== "number") return { file, record: "<file>", field: issue.path.join("."), message: issue.message };
    const record = Array.isArray(raw) ? raw[index] : undefined;
    // The record's id (or key), else its position: a record may be too malformed to have either.
    const named = record && typeof record === "object" && keyOf(name).every((k) => typeof (record as Record<string, unknown>)[k] === "string");
    return { file, record: named ? labelOf(name, record as Record<string, unknown>) : `#${index}`, field: rest.join("."), message: issue.message };
  });
  return { problems };
}
