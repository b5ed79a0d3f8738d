/** The built package (dist/, made by `npm run build`) from both module systems. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const dist = join(ROOT, "dist");
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
const probe =
  "JSON.stringify({ n: m.servicesOn('2020-11-08').length, areas: m.areas.length, frozen: Object.isFrozen(m.services[0]), ops: new Set(m.servicesOn('2020-11-08').map((s) => s.operator)).size })";

describe("the built package", () => {
  it("exists (run `npm run build` before `npm test`)", () => {
    expect(
      existsSync(join(dist, "index.js")) &&
        existsSync(join(dist, "index.cjs")) &&
        existsSync(join(dist, "index.d.ts")) &&
        existsSync(join(dist, "index.d.cts")),
    ).toBe(true);
  });

  it("ESM import and CJS require give the same typed, frozen data: 11 areas and 9 operators in November 2020", () => {
    const esm = run(["--input-type=module", "-e", `import * as m from "./dist/index.js"; console.log(${probe})`]);
    const cjs = run(["-e", `const m = require("./dist/index.cjs"); console.log(${probe})`]);
    expect(JSON.parse(esm)).toEqual({ n: 11, areas: 159, frozen: true, ops: 9 });
    expect(cjs).toBe(esm);
  });

  it("its types name neither zod nor type-fest, and it has no runtime dependencies", async () => {
    const { readFileSync } = await import("node:fs");
    for (const f of ["index.d.ts", "index.d.cts", "index.js", "index.cjs"]) expect(readFileSync(join(dist, f), "utf8")).not.toMatch(/\b(zod|type-fest)\b/);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
