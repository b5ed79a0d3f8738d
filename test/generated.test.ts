import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { generatedFiles, packageMeta } from "../scripts/generated.js";
import { renderReadme } from "../scripts/readme-tables.js";
import { timelineSvg } from "../scripts/timeline-svg.js";
import { loadDataOrThrow } from "../scripts/load-data.js";
import { ROOT } from "./helpers.js";

describe("files generated from data/", () => {
  const files = generatedFiles(loadDataOrThrow(join(ROOT, "data")).data, packageMeta(ROOT));
  it.each(Object.keys(files))("%s is in step with data/ (run `npm run generate`)", (path) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(files[path]);
  });

  it("docs/timeline.svg is in step with data/ (run `npm run generate`)", () => {
    expect(readFileSync(join(ROOT, "docs", "timeline.svg"), "utf8")).toBe(timelineSvg());
  });

  it("README.md's generated tables are in step with data/ (run `npm run generate`)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(renderReadme(readme)).toBe(readme);
  });

  it("every data file points at the JSON Schema and is valid under it", () => {
    const schema = JSON.parse(files["schema.json"]!);
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    // And it rejects what zod rejects field by field.
    expect(validate({ records: [{ id: "x", area: "y", operator: "z", start: "2020", citations: [], extra: 1 }] })).toBe(false);
    for (const name of Object.keys(schema.$defs)) {
      const file = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const json = JSON.parse(readFileSync(join(ROOT, "data", `${file}.json`), "utf8"));
      expect(json.$schema).toBe("../schema.json");
      expect(validate(json), `${file}.json: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});
