import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { allGeneratedFiles } from "../scripts/generate.js";
import { loadDataOrThrow } from "../scripts/load-data.js";
import { ROOT } from "./helpers.js";

describe("files generated from data/ and the registry", async () => {
  const files = await allGeneratedFiles(loadDataOrThrow(join(ROOT, "data")).data);
  it.each(Object.keys(files))("%s is in step (run `npm run generate`)", (path) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(files[path]);
  });

  it("docs/freshness.md lists the open records stalest first", () => {
    const dates = [...files["docs/freshness.md"]!.matchAll(/^\| (\d{4}(?:-\d{2}){0,2}) \|/gm)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates).toEqual([...dates].sort((a, b) => a.localeCompare(b)));
  });

  it("every data file points at the JSON Schema and is valid under it", () => {
    const schema = JSON.parse(files["schema.json"]!);
    const ajv = new Ajv2020({ allErrors: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    // And it rejects what zod rejects field by field.
    expect(validate({ records: [{ id: "x", area: "y", operator: "z", start: "2020", citations: [], extra: 1 }] })).toBe(false);
    for (const name of Object.keys(schema.$defs)) {
      const file = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const json = JSON.parse(readFileSync(join(ROOT, "data", `${file}.json`), "utf8"));
      expect(json.$schema).toBe("../schema.json");
      // The 38,000 figures: every 20th is enough to show the schema fits them (zod checks them all in the build).
      if (json.records.length > 5000) json.records = json.records.filter((_: unknown, i: number) => i % 20 === 0);
      expect(validate(json), `${file}.json: ${ajv.errorsText(validate.errors?.slice(0, 5))}`).toBe(true);
    }
  });
});

describe("schema.json explains every field", () => {
  it("every property of every record, nested ones too, has a description from the TSDoc of its public type", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schema.json"), "utf8"));
    const missing: string[] = [];
    const walk = (props: Record<string, { description?: string; type?: string; items?: { properties?: object }; properties?: object }>, path: string) => {
      for (const [key, prop] of Object.entries(props)) {
        if (!prop.description) missing.push(path + key);
        const inner = prop.type === "array" ? prop.items : prop;
        if (inner?.properties) walk(inner.properties as never, `${path}${key}.`);
      }
    };
    for (const [name, def] of Object.entries(schema.$defs as Record<string, { properties: { records: { items: { properties: never } } } }>))
      walk(def.properties.records.items.properties, `${name}.`);
    expect(missing).toEqual([]);
    expect(schema.$defs.services.properties.records.items.properties.operator.description).toBe("The trust or company that ran them.");
  });
});
