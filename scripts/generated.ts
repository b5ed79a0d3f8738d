/**
 * The files derived from `data/`, as path → content. The generator writes them; a test checks the
 * committed copies are in step.
 */
import { z } from "zod";
import { COLLECTION_NAMES, COLLECTIONS, fileSchema, type DatasetInput } from "../src/schema.js";

const HEADER = "// Generated from data/ by scripts/generate.ts: do not edit.\n";

/** `src/ids.ts`: one literal union of ids per collection. */
export function idsModule(data: DatasetInput): string {
  const parts = COLLECTION_NAMES.map((name) => {
    const ids = data[name].map((r) => JSON.stringify(r.id)).sort();
    const union = ids.length ? ids.map((i) => `\n  | ${i}`).join("") : " never";
    return `/** Every id in \`data/${COLLECTIONS[name].file}\`. */\nexport type ${COLLECTIONS[name].idType} =${union};\n`;
  });
  return HEADER + "\n" + parts.join("\n");
}

/** JSON Schema of one data file, generated from its zod schema. */
export function jsonSchemaOf(name: keyof DatasetInput): string {
  const schema = z.toJSONSchema(fileSchema(COLLECTIONS[name].schema as z.ZodType), { io: "input", unrepresentable: "any" });
  return JSON.stringify({ title: `childrens-services-trusts: data/${COLLECTIONS[name].file}`, ...schema }, null, 2) + "\n";
}

export function generatedFiles(data: DatasetInput): Record<string, string> {
  const files: Record<string, string> = { "src/ids.ts": idsModule(data) };
  for (const name of COLLECTION_NAMES) files[`schema/${name}.schema.json`] = jsonSchemaOf(name);
  return files;
}
