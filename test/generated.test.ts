import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/generated.js";
import { loadDataOrThrow } from "../scripts/load-data.js";
import { ROOT } from "./helpers.js";

describe("files generated from data/", () => {
  const files = generatedFiles(loadDataOrThrow(join(ROOT, "data")));
  it.each(Object.keys(files))("%s is in step with data/ (run `npm run generate`)", (path) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(files[path]);
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
