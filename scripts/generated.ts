/**
 * The files derived from `data/`, as path → content. The generator writes them; a test checks the
 * committed copies are in step.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { redirects } from "../src/redirects.js";
import { COLLECTION_NAMES, COLLECTIONS, fileSchema, type DatasetInput } from "../src/schema.js";
import { describe, fieldDocs } from "./field-docs.js";

const HEADER = "// Generated from data/ by scripts/generate.ts: do not edit.\n";

/** `src/ids.ts`: one literal union of ids per collection. */
export function idsModule(data: DatasetInput): string {
  const parts = COLLECTION_NAMES.map((name) => {
    // Renamed ids stay in the union until the next major release, so users' code keeps compiling.
    const old = Object.keys((redirects as Record<string, Record<string, string> | undefined>)[name] ?? {});
    const ids = [...data[name].map((r) => r.id), ...old].map((id) => JSON.stringify(id)).sort();
    const union = ids.length ? ids.map((i) => `\n  | ${i}`).join("") : " never";
    return `/** Every id in \`data/${COLLECTIONS[name].file}\`. */\nexport type ${COLLECTIONS[name].idType} =${union};\n`;
  });
  return HEADER + "\n" + parts.join("\n");
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
  const files: Record<string, string> = { "src/ids.ts": idsModule(data), "src/meta.ts": metaModule(pkg) };
  files["schema.json"] = jsonSchema();
  return files;
}

/** The fields of package.json the generated files use. */
export function packageMeta(root = "."): { version: string; dataAsOf: string } {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8"));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pkg.dataAsOf ?? "")) throw new Error('package.json: "dataAsOf" must be the YYYY-MM-DD date the data was last checked');
  return { version: pkg.version, dataAsOf: pkg.dataAsOf };
}
