/** The built package (dist/, made by `npm run build`) from both module systems. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "../src/build/registry.js";
import { ROOT } from "./helpers.js";

const dist = join(ROOT, "dist");
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
const probe =
  "JSON.stringify({ n: m.servicesOn('2020-11-08').length, areas: m.areas.length, frozen: Object.isFrozen(m.services[0]), ops: new Set(m.servicesOn('2020-11-08').map((s) => s.operator)).size })";

describe("the built package", () => {
  it("exists, every entry point in both module systems with its types (run `npm run build` before `npm test`)", () => {
    const files = Object.values(ENTRIES).flatMap((e) => [".js", ".cjs", ".d.ts", ".d.cts"].map((x) => e.module.replace(/^src\//, "").replace(/\.ts$/, x)));
    expect(files.filter((f) => !existsSync(join(dist, f)))).toEqual([]);
  });

  it("the command line carries no data: it imports the entry points beside it", () => {
    const bin = readFileSync(join(dist, "bin.js"), "utf8");
    expect(bin).not.toMatch(/^\/\/ data\//m);
    expect(bin.length).toBeLessThan(100_000);
    expect(bin).toContain('from "./index.js"');
  });

  it("ESM import and CJS require give the same typed, frozen data: 11 areas and 9 operators in November 2020", () => {
    const esm = run(["--input-type=module", "-e", `import * as m from "./dist/index.js"; console.log(${probe})`]);
    const cjs = run(["-e", `const m = require("./dist/index.cjs"); console.log(${probe})`]);
    expect(JSON.parse(esm)).toEqual({ n: 11, areas: 159, frozen: true, ops: 9 });
    expect(cjs).toBe(esm);
  });

  it("its code and types name neither zod nor type-fest, and it has no runtime dependencies", () => {
    for (const f of readdirSync(dist).filter((f) => /\.(c?js|d\.c?ts)$/.test(f)))
      expect(readFileSync(join(dist, f), "utf8"), f).not.toMatch(/(from |import\(|require\()["'](zod|type-fest)["']/);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
