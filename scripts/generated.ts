/**
 * The source files derived from the registry and `data/`, as path → content: `src/ids.ts`,
 * `src/types.ts`, each entry point's `src/dataset*.ts`, `src/meta.ts` and `schema.json`. The
 * generator writes them; the build fails when a committed copy is stale.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionEntry,
  type CollectionName,
  type DatasetInput,
  ENTRIES,
  type EntryName,
  moduleOf,
} from "../src/build/registry.js";
import { fileSchema } from "../src/build/validate.js";
import { redirects } from "../src/redirects.js";
import { describe, fieldDocs } from "./field-docs.js";

/** The id type of a collection with ids. */
const idTypeOf = (name: CollectionName) => (COLLECTIONS[name] as CollectionEntry).idType!;

const HEADER = "// Generated from data/ by scripts/generate.ts: do not edit.\n";

/** `src/ids.ts`: one literal union of ids per collection. */
export function idsModule(data: DatasetInput): string {
  const parts = COLLECTION_NAMES.filter((name) => "idType" in COLLECTIONS[name]).map((name) => {
    // Renamed ids stay in the union until the next major release, so users' code keeps compiling.
    const old = Object.keys((redirects as Record<string, Record<string, string> | undefined>)[name] ?? {});
    const ids = [...(data[name] as { id: string }[]).map((r) => r.id), ...old].map((id) => JSON.stringify(id)).sort();
    const union = ids.length ? ids.map((i) => `\n  | ${i}`).join("") : " never";
    return `/** Every id in \`data/${COLLECTIONS[name].file}\`. */\nexport type ${idTypeOf(name)} =${union};\n`;
  });
  const any = `/** Any id of any collection. */\nexport type AnyId = ${COLLECTION_NAMES.filter((n) => "idType" in COLLECTIONS[n])
    .map(idTypeOf)
    .join(" | ")};\n`;
  return HEADER + "\n" + [...parts, any].join("\n");
}

/** The names of the types a collection's module exports (its public record type and its parts). */
export function exportedTypes(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]!);
}

/**
 * `src/types.ts`: the public types, re-exported by name from each collection's module (never
 * `export type *`, which would also re-export the zod schemas' types into the published `.d.ts`).
 */
export function typesModule(): string {
  const lines = [
    `export type { Citation, Cited, CitedPart, Confirmed, Conflict } from "./collections/common.js";`,
    ...COLLECTION_NAMES.map(
      (n) =>
        `export type { ${exportedTypes(moduleOf(n)).join(", ")} } from "./${moduleOf(n)
          .replace(/^src\//, "")
          .replace(/\.ts$/, ".js")}";`,
    ),
    `export type { ${COLLECTION_NAMES.filter((n) => "idType" in COLLECTIONS[n])
      .map(idTypeOf)
      .join(", ")} } from "./ids.js";`,
  ];
  return `${HEADER}\n/** The public, readonly types of every record, from each collection's module (src/collections/). */\n${lines.join("\n")}\n`;
}

/** The variable a collection's records are imported as. */
const recordsVar = (name: CollectionName) => `${name}Records`;

/** `src/dataset*.ts`: the frozen collections of one entry point, each its own JSON import, so bundlers drop the unused. */
export function datasetModule(entry: EntryName): string {
  const names = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].entry === entry);
  const imports = names.map((n) => `import { records as ${recordsVar(n)} } from "../data/${COLLECTIONS[n].file}";`);
  const types = [...new Set(names.map((n) => COLLECTIONS[n].type))].sort();
  const exports = names.map((n) => {
    const t = COLLECTIONS[n].type;
    return `/** ${COLLECTIONS[n].description} */\nexport const ${n}: readonly ${t}[] = /* @__PURE__ */ deepFreeze(${recordsVar(n)} as unknown as readonly ${t}[]);`;
  });
  return `${HEADER}
/**
 * The validated records of the \`${ENTRIES[entry].subpath}\` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. \`@__PURE__\` lets bundlers drop a collection nobody imports.
 */
${imports.join("\n")}
import { deepFreeze } from "./freeze.js";
import type { ${types.join(", ")} } from "./types.js";

${exports.join("\n\n")}
`;
}

/**
 * `schema.json`: the JSON Schema of every data file, generated from the zod schemas. One `$defs`
 * entry per collection; a file is valid when it matches one of them. (Cross-record rules such as
 * unique ids cannot be said in JSON Schema: the build checks those.)
 */
export function jsonSchema(): string {
  const docs = fieldDocs();
  const $defs = Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const schema = z.toJSONSchema(fileSchema(COLLECTIONS[name].schema as unknown as z.ZodType), { io: "input", unrepresentable: "any" }) as Record<
        string,
        unknown
      >;
      delete schema.$schema;
      // Each field's description, from the TSDoc of its public type.
      describe((schema.properties as { records: { items: Record<string, unknown> } }).records.items, docs[name]);
      return [name, { title: `data/${COLLECTIONS[name].file}`, ...schema }];
    }),
  );
  const root = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/childrens-services-trusts/schema.json",
    title: "childrens-services-trusts data files",
    description: "A file of records: { $schema?, asOf?, version?, records }. See $defs for each collection.",
    anyOf: COLLECTION_NAMES.map((name) => ({ $ref: `#/$defs/${name}` })),
    $defs,
  };
  return JSON.stringify(root, null, 2) + "\n";
}

/** `src/meta.ts`: the package version and the date the data was last checked, from package.json. */
export function metaModule(pkg: { version: string; dataAsOf: string }): string {
  return `${HEADER}
/** This package's version (semantic versioning for data: see the README). */
export const version = ${JSON.stringify(pkg.version)};

/** The date the data was last checked against its sources (\`YYYY-MM-DD\`). */
export const asOf = ${JSON.stringify(pkg.dataAsOf)};
`;
}

export function generatedFiles(data: DatasetInput, pkg: { version: string; dataAsOf: string }): Record<string, string> {
  const files: Record<string, string> = { "src/ids.ts": idsModule(data), "src/types.ts": typesModule(), "src/meta.ts": metaModule(pkg) };
  for (const entry of Object.keys(ENTRIES) as EntryName[]) files[ENTRIES[entry].dataset] = datasetModule(entry);
  files["schema.json"] = jsonSchema();
  return files;
}

/** The fields of package.json the generated files use. */
export function packageMeta(root = "."): { version: string; dataAsOf: string } {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8"));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pkg.dataAsOf ?? "")) throw new Error('package.json: "dataAsOf" must be the YYYY-MM-DD date the data was last checked');
  return { version: pkg.version, dataAsOf: pkg.dataAsOf };
}
