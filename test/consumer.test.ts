/**
 * The packed package, installed into fresh projects the way a consumer gets it: `npm pack`, then
 * `npm install <tarball>`. Needs `npm run build` first.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const execFileAsync = promisify(execFile);
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);
const sh = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let work: string;
let tarball: string;
let project: string;
let files: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cst-consumer-"));
  const packed = JSON.parse(sh("npm", ["pack", "--json", "--pack-destination", work], ROOT));
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = join(work, "project");
  sh("mkdir", ["-p", project], work);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  sh("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], project);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the tarball", () => {
  it("holds only what `files` allows", () => {
    const allowed =
      /^(package\.json|README\.md|LICENSE|schema\.json|datapackage\.json|docs\/timeline\.svg|dist\/([\w-]+\.(js|cjs|d\.ts|d\.cts)|data\/[a-z-]+\.json|csv\/[a-z-]+\.csv))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).toContain("dist/csv/services.csv");
    expect(files).toContain("LICENSE");
  });

  it("says where it comes from, and its README's images work on the npm site (absolute URLs of files it ships)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const field of ["repository", "homepage", "bugs", "license"]) expect(pkg[field], field).toBeTruthy();
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    const images = [...readFileSync(join(ROOT, "README.md"), "utf8").matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) {
      // A relative path breaks on npmjs.com; unpkg serves the file from the published tarball, at an
      // address pinned to this version, so a later release never changes the picture under a reader.
      expect(src.startsWith(`https://unpkg.com/childrens-services-trusts@${pkg.version}/`), src).toBe(true);
      expect(files).toContain(src.replace(/^https:\/\/unpkg\.com\/childrens-services-trusts(@[^/]+)?\//, ""));
    }
  });

  it("has no dependencies, no install scripts, and no zod or type-fest anywhere", () => {
    const installed = join(project, "node_modules", "childrens-services-trusts");
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts?.[hook], hook).toBeUndefined();
    expect(readdirSync(join(project, "node_modules")).filter((d) => !d.startsWith("."))).toEqual(["childrens-services-trusts"]);
    for (const f of files.filter((f) => f.startsWith("dist/index"))) expect(readFileSync(join(installed, f), "utf8"), f).not.toMatch(/\b(zod|type-fest)\b/);
  });
});

describe("JavaScript consumers", () => {
  const probe = "JSON.stringify([m.servicesOn('2020-11-08').map((s) => s.area), m.version, m.asOf, m.areas.length])";
  it("ESM import and CJS require work and return the same data", () => {
    writeFileSync(join(project, "esm.mjs"), `import * as m from "childrens-services-trusts";\nconsole.log(${probe});\n`);
    writeFileSync(join(project, "cjs.cjs"), `const m = require("childrens-services-trusts");\nconsole.log(${probe});\n`);
    const esm = sh(process.execPath, ["esm.mjs"], project);
    expect(sh(process.execPath, ["cjs.cjs"], project)).toBe(esm);
    expect(JSON.parse(esm)[0]).toHaveLength(11);
  });

  it("the JSON and CSV subpaths resolve from both module systems", () => {
    writeFileSync(
      join(project, "json.mjs"),
      `import d from "childrens-services-trusts/data/services.json" with { type: "json" };\nimport { services, version, asOf } from "childrens-services-trusts";\nconsole.log(JSON.stringify(d.records) === JSON.stringify(services) && d.version === version && d.asOf === asOf);\n`,
    );
    expect(sh(process.execPath, ["json.mjs"], project).trim()).toBe("true");
    writeFileSync(
      join(project, "csv.cjs"),
      `const fs = require("node:fs");\nconst csv = fs.readFileSync(require.resolve("childrens-services-trusts/csv/services.csv"), "utf8");\nconsole.log(csv.split("\\r\\n")[0]);\nconsole.log(require("childrens-services-trusts/schema.json").$defs.services.title);\n`,
    );
    expect(sh(process.execPath, ["csv.cjs"], project)).toMatch(/^id,area,area_name,area_gss,area_dfe,operator,operator_name,start,end,/);
  });
});

describe("the command line, installed", () => {
  it("runs through the package's bin, as `npx childrens-services-trusts` does", () => {
    const out = sh(join(project, "node_modules", ".bin", "childrens-services-trusts"), ["on", "2020-11-08", "--format", "json"], project);
    expect(JSON.parse(out)).toHaveLength(11);
  });
});

describe("TypeScript consumers (skipLibCheck: false)", () => {
  const good = `import { getArea, servicesOn, type AreaId } from "childrens-services-trusts";
const id: AreaId = "northamptonshire";
const s = servicesOn("2020-11-08")[0]!;
// @ts-expect-error: records are readonly
s.start = "1999";
export const gss: string = getArea(id).gss;
`;
  const bad = `import { getArea } from "childrens-services-trusts";\nexport const a = getArea("narnia");\n`;
  const modes: [string, Record<string, string>][] = [
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ];
  // The three compilers run at once: each is a separate process, and together they are the slowest
  // part of the suite.
  it("node16, nodenext and bundler: type-check from ESM and CJS, and a wrong id fails to compile", async () => {
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const outputs = await Promise.all(
      modes.map(async ([mode, options]) => {
        const dir = join(project, `ts-${mode}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "good.mts"), good);
        writeFileSync(join(dir, "good.cts"), good);
        writeFileSync(join(dir, "bad.mts"), bad);
        // skipLibCheck stays false, so the package's .d.ts files are checked; TypeScript's own lib
        // files are not (skipDefaultLibCheck), which keeps each run to a second or two.
        const config = {
          compilerOptions: { ...options, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [] },
          include: ["good.mts", "good.cts", "bad.mts"],
        };
        writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
        const result = await execFileAsync(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: dir }).then(
          () => ({ failed: false, out: "" }),
          (e: { stdout: string; stderr: string }) => ({ failed: true, out: `${e.stdout}${e.stderr}` }),
        );
        return [mode, result] as const;
      }),
    );
    for (const [mode, { failed, out }] of outputs) {
      expect(failed, mode).toBe(true);
      // The only error is the wrong id: the good files (ESM and CJS) and the package's types check.
      expect(out.trim().split("\n"), mode).toEqual([
        expect.stringMatching(/^bad\.mts\(2,\d+\): error TS2345: Argument of type '"narnia"' is not assignable to parameter of type 'AreaId'/),
      ]);
    }
  });
});

describe("package linters", () => {
  it("publint --strict and attw --pack report no problems", () => {
    expect(sh(bin("publint"), ["--strict"], ROOT)).toMatch(/All good!/);
    // The tarball packed above, rather than packing again.
    // Node 10 resolution (no `exports`) cannot see the subpath entry; the package needs Node 20 (engines).
    // attw exits non-zero on any problem (sh throws); both entry points must have been resolved.
    const report = sh(bin("attw"), ["--profile", "node16", tarball], ROOT);
    expect(report).toContain('"childrens-services-trusts/inspections"');
    expect(report.split("\n").filter((l) => /💀|❌|🐛|⚠️|🥴|🎭|❗️/.test(l) && !l.includes("(ignored"))).toEqual([]);
  });
});
