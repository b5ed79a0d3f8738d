import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, packageMeta } from "../scripts/generated.js";
import { renderReadme } from "../scripts/readme-tables.js";
import { loadDataOrThrow } from "../scripts/load-data.js";
import { ROOT } from "./helpers.js";

describe("files generated from data/", () => {
  const files = generatedFiles(loadDataOrThrow(join(ROOT, "data")), packageMeta(ROOT));
  it.each(Object.keys(files))("%s is in step with data/ (run `npm run generate`)", (path) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(files[path]);
  });

  it("README.md's generated tables are in step with data/ (run `npm run generate`)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(renderReadme(readme)).toBe(readme);
  });

  it("every data file points at its JSON Schema", () => {
    for (const path of Object.keys(files).filter((p) => p.startsWith("schema/"))) {
      const name = path.slice("schema/".length, -".schema.json".length);
      const file = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const json = JSON.parse(readFileSync(join(ROOT, "data", `${file}.json`), "utf8"));
      expect(json.$schema).toBe(`../${path}`);
    }
  });
});
