/**
 * `datapackage.json` (written by `npm run generate`) at the repository root, a Frictionless Tabular
 * Data Package (https://specs.frictionlessdata.io/data-package/, /table-schema/, /csv-dialect/)
 * describing the CSV files the build writes to `dist/csv/`: one resource per collection.
 *
 * Generated, never written by hand: the columns and their order from `csvColumns` (the build's
 * own), the types, required fields, enums, patterns and bounds from the zod schemas, the
 * descriptions from the registry and the TSDoc of each collection's public type, the foreign keys
 * from the registry's references, the version and licence from `package.json`. A test keeps the committed file in step and validates every CSV against it.
 *
 * Decisions:
 * - Dates are partial (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision a source gives), and
 *   Table Schema's `date` type takes only full dates, so every date field is a `string` with a
 *   `pattern`; the description says what it holds. No field is typed `date`.
 * - Lists are joined by "; " in the CSV (citations by " | "), so they are `string` fields; where
 *   the items have a form (ids, dates) the `pattern` spells out the whole list.
 * - Patterns are XML Schema regular expressions, as the spec asks: anchored implicitly, written
 *   without `^`, `$` or `(?:`.
 * - `budgets.subject`, `governance.subject` and `key-dates.subjects` may name an area, an
 *   organisation or a person: a foreign key cannot point at three resources, so the description
 *   says so instead.
 * - `sources` points at the sources resource (every cited page with its URL) rather than copying
 *   its rows here, so this file changes with the schema, not with each new source.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { partialDate } from "../src/collections/common.js";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, keyOf, type Reference } from "../src/build/registry.js";
import { fieldDocs } from "./field-docs.js";
import { csvHeader } from "../src/csv.js";
import { csvColumns } from "./formats.js";

const ROOT = join(import.meta.dirname, "..");
export const DATAPACKAGE_FILE = join(ROOT, "datapackage.json");

/** The fields of a Table Schema field descriptor used here. */
export interface Field {
  name: string;
  title?: string;
  type: "string" | "integer" | "number" | "boolean";
  format?: "default" | "uri";
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: (string | number | boolean)[]; pattern?: string; minimum?: number; maximum?: number };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface Resource {
  profile: "tabular-data-resource";
  name: string;
  path: string;
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: { fields: Field[]; missingValues: string[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[] };
}

// ---- Descriptions, from the registry and each collection's public type ----

interface Docs {
  /** The collection's description. */
  about: string;
  /** Each top-level field's description. */
  members: Map<string, string>;
}

const tidy = (s: string) =>
  s
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, "$1")
    .replace(/\s+/g, " ")
    .trim();

/** The descriptions of every collection and its fields. */
export function typeDocs(): Map<CollectionName, Docs> {
  const docs = fieldDocs(ROOT);
  return new Map(
    COLLECTION_NAMES.map((name) => [
      name,
      { about: COLLECTIONS[name].description, members: new Map(Object.entries(docs[name]).map(([k, v]) => [k, tidy(v.description)])) },
    ]),
  );
}

// ---- Types and constraints, from the zod schemas ----

const PARTIAL_DATE = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
const DATE_NOTE = "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (a partial date stands for its whole year or month).";

/** A JSON Schema pattern (JavaScript regex, anchored with ^ and $) as an XML Schema one. */
export function xsdPattern(js: string): string {
  const p = js.replace(/^\^/, "").replace(/\$$/, "").replace(/\(\?:/g, "(");
  if (/\(\?|\\[bBkp]|[\^$]/.test(p)) throw new Error(`datapackage: pattern ${js} has no XML Schema equivalent`);
  return p;
}

/** The pattern of a list of items joined by `sep`, from its item count bounds. */
const listPattern = (item: string, min = 1, max?: number, sep = "; ") => {
  const rest = max === undefined ? (min <= 1 ? "*" : `{${min - 1},}`) : max === min ? `{${min - 1}}` : `{${Math.max(0, min - 1)},${max - 1}}`;
  return `(${item})(${sep.replace(/\|/g, "\\|")}(${item}))${rest}`;
};

type JsonSchema = {
  type?: string;
  enum?: (string | number)[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
};
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** Values of these fields have a form zod checks in code (a refinement), so JSON Schema cannot say it. */
const REFINED_PATTERNS: Partial<Record<CollectionName, Record<string, { pattern: string; note: string }>>> = {
  budgets: { period: { pattern: String.raw`\d{4}/\d{2}`, note: "Financial years run April to March." } },
};

const LIST_NOTE = 'Several values, separated by "; ".';
const SUBJECT_NOTE =
  "The id of an area, an organisation or a person (resources areas, organisations and people share one namespace of ids, so it names exactly one of them); no foreign key is declared, as it may point to any of the three.";

/** A column that holds one field of the zod schema. */
function schemaField(name: CollectionName, key: string, zodField: z.ZodType, doc: string): Field {
  const optional = zodField instanceof z.ZodOptional;
  const unwrapped = (optional ? (zodField as z.ZodOptional<z.ZodType>).unwrap() : zodField) as z.ZodType;
  // A nullable field is an empty cell when null (missingValues: [""]), so it is not required.
  const nullable = unwrapped instanceof z.ZodNullable;
  const inner = (nullable ? (unwrapped as z.ZodNullable<z.ZodType>).unwrap() : unwrapped) as z.ZodType;
  const json = jsonSchemaOf(inner) as JsonSchema & { anyOf?: JsonSchema[] };
  const required = !optional && !nullable;
  const constraints: NonNullable<Field["constraints"]> = required ? { required: true } : {};
  const notes: string[] = [];
  let type: Field["type"] = "string";
  let format: Field["format"];
  let extra: Partial<Field> = {};

  const refined = REFINED_PATTERNS[name]?.[key];
  const isObject = (s: z.ZodType) => s instanceof z.ZodObject;
  if (refined) {
    constraints.pattern = refined.pattern;
    notes.push(refined.note);
  } else if (inner === partialDate) {
    constraints.pattern = PARTIAL_DATE;
    notes.push(DATE_NOTE);
  } else if (key === "conflicts") {
    notes.push(CONFLICTS_FORMAT);
  } else if (isObject(inner) || (inner instanceof z.ZodArray && isObject((inner as z.ZodArray<z.ZodType>).element))) {
    notes.push(`Structured in the JSON data (dist/data/${COLLECTIONS[name].file}), where it is whole.`);
    if (key === "owners") notes.push('In this CSV each owner is "ORGANISATION-ID (SHARE%)", or the id alone where no share is given, separated by "; ".');
  } else if (inner instanceof z.ZodArray) {
    const element = (inner as z.ZodArray<z.ZodType>).element;
    const item = element === partialDate ? PARTIAL_DATE : json.items?.pattern ? xsdPattern(json.items.pattern) : undefined;
    if (item) constraints.pattern = listPattern(item, json.minItems, json.maxItems);
    notes.push(element === partialDate ? `${LIST_NOTE} Each a date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.` : LIST_NOTE);
  } else if (json.type === "integer" || json.type === "number") {
    type = json.type;
    if (json.minimum !== undefined) constraints.minimum = json.minimum;
    if (json.maximum !== undefined) constraints.maximum = json.maximum;
  } else if (json.type === "boolean") {
    type = "boolean";
    extra = { trueValues: ["true"], falseValues: ["false"] };
    if (json.const !== undefined) {
      constraints.enum = [json.const as boolean];
      notes.push("Only true is written; empty otherwise.");
    }
  } else if (json.anyOf?.every((a) => a.type === "string")) {
    const patterns = json.anyOf.map((a) => (a.enum ? a.enum.join("|") : a.pattern ? xsdPattern(a.pattern) : ".*"));
    constraints.pattern = patterns.map((p) => `(${p})`).join("|");
  } else if (json.type === "string") {
    if (json.enum) constraints.enum = json.enum;
    if (json.pattern) constraints.pattern = xsdPattern(json.pattern);
    if (json.format === "uri") format = "uri";
  } else throw new Error(`datapackage: ${name}.${key} has a zod type this generator does not map (${JSON.stringify(json)})`);

  if ((name === "budgets" || name === "governance") && key === "subject") notes.push(SUBJECT_NOTE);
  if (name === "keyDates" && key === "subjects") notes.push(SUBJECT_NOTE.replace("The id of", "Each the id of"));
  return {
    name: key,
    type,
    ...(format ? { format } : {}),
    description: [doc, ...notes, ...(nullable ? ["Empty when null."] : [])].filter(Boolean).join(" "),
    ...extra,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The columns of a cited part of a record (a service's origin, end reason, confirmation): its value, then its citations. */
function citedPartColumn(name: CollectionName, column: string, docs: Docs): Field | undefined {
  if (name !== "services" && name !== "organisations") return undefined;
  const parts: Record<string, { field: string; value: Omit<Field, "name" | "description">; what: string }> = {
    origin: {
      field: "origin",
      value: { type: "string", constraints: { required: true, enum: ["statutory-direction", "council-decision"] } },
      what: "the arrangement's origin",
    },
    end_reason: { field: "endReason", value: { type: "string" }, what: "the reason the arrangement ended" },
    confirmed: {
      field: "confirmed",
      value: { type: "string", constraints: { pattern: PARTIAL_DATE } },
      what: "the latest confirmation that the arrangement still runs",
    },
  };
  const m = /^(origin|end_reason|confirmed)(?:_(sources|urls|quotes))?$/.exec(column);
  if (!m) return undefined;
  const part = parts[m[1]!]!;
  const doc = docs.members.get(part.field) ?? "";
  if (!m[2]) return { name: column, description: `${doc} ${m[1] === "confirmed" ? DATE_NOTE : ""}`.trim(), ...part.value };
  const what = { sources: "The ids of the sources cited for", urls: "The URL of each source cited for", quotes: "The exact words of each source cited for" }[
    m[2] as "sources" | "urls" | "quotes"
  ];
  return {
    name: column,
    type: "string",
    description: `${what} ${part.what}, in order, separated by " | ".`,
    ...(m[1] === "origin" ? { constraints: { required: true } } : {}),
  };
}

/** Columns the build adds that are not fields of the zod schema. */
function derivedField(name: CollectionName, column: string, docs: Docs, citationsRequired: boolean): Field {
  const ID = xsdPattern(jsonSchemaOf(COLLECTIONS.sources.schema.shape.id).pattern!);
  const req = (on: boolean) => (on ? { required: true } : {});
  switch (column) {
    case "citation_sources":
      return {
        name: column,
        type: "string",
        description: 'The ids of the sources cited for the record (rows of the sources resource), in order, separated by " | ".',
        constraints: { ...req(citationsRequired), pattern: listPattern(ID, 1, undefined, " | ") },
      };
    case "citation_urls":
      return {
        name: column,
        type: "string",
        description: 'The URL of each cited source, in the same order, separated by " | ".',
        constraints: req(citationsRequired),
      };
    case "citation_quotes":
      return {
        name: column,
        type: "string",
        description: `Each cited source's exact words, in the same order, separated by " | "; the pieces of one quote are joined by " … " where words were skipped.`,
        constraints: req(citationsRequired),
      };
    case "former_gss":
      return {
        name: column,
        type: "string",
        description: `${docs.members.get("formerGss") ?? ""} Each as "CODE (to DATE)", separated by "; ".`.trim(),
        constraints: { pattern: listPattern(String.raw`E\d{8} \(to ${PARTIAL_DATE}\)`) },
      };
    case "former_names":
      return {
        name: column,
        type: "string",
        description: `${docs.members.get("formerNames") ?? ""} Each as "NAME (to DATE)", separated by "; ".`.trim(),
      };
    case "area_name":
      return { name: column, type: "string", description: "The area's name (areas.name), repeated to save a join.", constraints: { required: true } };
    case "area_gss":
      return {
        name: column,
        type: "string",
        description: "The area's ONS (GSS) code (areas.gss), repeated to save a join.",
        constraints: { required: true, pattern: String.raw`E\d{8}` },
      };
    case "area_dfe":
      return {
        name: column,
        type: "integer",
        description: "The area's DfE three-digit local authority number (areas.dfe), repeated to save a join.",
        constraints: { required: true, minimum: 100, maximum: 999 },
      };
    case "operator_name":
      return {
        name: column,
        type: "string",
        description: "The operator's name on the arrangement's start date (a company renamed later shows its name then).",
        constraints: { required: true },
      };
  }
  throw new Error(`datapackage: column ${column} of ${name} is neither a schema field nor a known derived column`);
}

/** Foreign keys to other resources, from the registry: each reference held in one column naming one collection (the self-reference of `predecessor`: resource ""). */
const foreignKeysOf = (name: CollectionName): [string, CollectionName][] =>
  (COLLECTIONS[name].references as readonly Reference[])
    .filter((r) => !r.path.includes("[]") && r.to.length === 1 && !r.allow)
    .map((r) => [csvHeader(r.path), r.to[0] as CollectionName]);

/** The resource name and CSV path of a collection: its file's name (`office-holders`). */
export const resourceName = (name: CollectionName) => COLLECTIONS[name].file.replace(/\.json$/, "");
const titleOf = (name: CollectionName) => {
  const words = resourceName(name).replace(/-/g, " ");
  return words[0]!.toUpperCase() + words.slice(1);
};

const CONFLICTS_FORMAT =
  'In the CSV each conflict is its note followed by its citations in brackets (source: "quote", separated by "; "), conflicts separated by " | ".';

/** The resource describing one collection's CSV. */
export function resourceFor(name: CollectionName, docs: Map<CollectionName, Docs>): Resource {
  const d = docs.get(name)!;
  const shape = (COLLECTIONS[name].schema as unknown as z.ZodObject<Record<string, z.ZodType>>).shape;
  const citationsRequired = "citations" in shape && !(shape.citations instanceof z.ZodOptional);
  // A column holding one schema field is that field's name in snake_case (csvHeader).
  const fieldOf = new Map(Object.keys(shape).map((k) => [csvHeader(k), k]));
  const fields = csvColumns(name).map((column) => {
    const key = fieldOf.get(column);
    const part = citedPartColumn(name, column, d);
    if (part) return part;
    if (key === undefined || !shape[key]) return derivedField(name, column, d, citationsRequired);
    const field = { ...schemaField(name, key, shape[key]!, d.members.get(key) ?? ""), name: column };
    if (!field.description) throw new Error(`datapackage: ${name}.${key} has no description (add a doc comment to its public type in src/collections/)`);
    return field;
  });
  const names = new Set(fields.map((f) => f.name));
  const foreignKeys = foreignKeysOf(name).map(([field, target]): ForeignKey => {
    if (!names.has(field)) throw new Error(`datapackage: foreign key ${name}.${field} is not a column`);
    return { fields: field, reference: { resource: target === name ? "" : resourceName(target), fields: "id" } };
  });
  const file = resourceName(name);
  const key = keyOf(name).map(csvHeader);
  return {
    profile: "tabular-data-resource",
    name: file,
    path: `dist/csv/${file}.csv`,
    title: titleOf(name),
    description: `${d.about} One row per record of data/${COLLECTIONS[name].file}, written by the build (npm run build).`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields, missingValues: [""], primaryKey: key.length === 1 ? key[0]! : [...key], ...(foreignKeys.length ? { foreignKeys } : {}) },
  };
}

/** The whole descriptor. */
export function dataPackage(
  pkg: { name: string; version: string; description: string; license: string; homepage?: string; keywords?: string[]; author?: string } = JSON.parse(
    readFileSync(join(ROOT, "package.json"), "utf8"),
  ),
) {
  if (pkg.license !== "MIT") throw new Error(`datapackage: the licence entry below is written for MIT, not ${pkg.license}`);
  const docs = typeDocs();
  return {
    profile: "tabular-data-package",
    name: pkg.name,
    title: "England's independently run children's services",
    description:
      `${pkg.description} Every fact is cited: each row carries its sources' ids, URLs and exact words. ` +
      "Dates are at the precision a source gives (YYYY, YYYY-MM or YYYY-MM-DD), so they are strings with a pattern, not Table Schema dates. " +
      'Lists are joined by "; ", citations by " | ". The CSV files are written to dist/csv/ by the build (npm run build) and ship in the npm package. ' +
      "Generated by scripts/datapackage.ts (npm run generate): do not edit.",
    version: pkg.version,
    ...(pkg.homepage ? { homepage: pkg.homepage } : {}),
    ...(pkg.keywords ? { keywords: pkg.keywords } : {}),
    licenses: [
      {
        name: "MIT",
        path: "https://opensource.org/licenses/MIT",
        title: "MIT License, for the compilation (see LICENSE); quotations remain their publishers' work, reproduced for citation",
      },
      {
        name: "OGL-UK-3.0",
        path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        title: "Open Government Licence v3.0, for the Crown copyright material: Ofsted's judgements and the DfE list of local authorities",
      },
    ],
    ...(pkg.author ? { contributors: [{ title: pkg.author, role: "author" }] } : {}),
    sources: [
      { title: "The publications the data quotes: one row each in the sources resource, with publisher, title, date and URL", path: "dist/csv/sources.csv" },
    ],
    resources: COLLECTION_NAMES.map((name) => resourceFor(name, docs)),
  };
}

/** The file's text. */
export const renderDataPackage = () => JSON.stringify(dataPackage(), null, 2) + "\n";
