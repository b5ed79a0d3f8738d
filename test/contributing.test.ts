/** The contributor's guide names the places a change touches: check each still exists and says what the guide says. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { CHECKS } from "../src/build/checks.js";
import { COLLECTION_NAMES, COLLECTIONS, ENTRIES, moduleOf } from "../src/build/registry.js";
import { ROOT } from "./helpers.js";

const guide = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8");

it("every file the guide names exists", () => {
  const files = [...new Set([...guide.matchAll(/`((?:src|scripts|test|data|docs|evidence|raw)\/[\w./<>*-]+)`/g)].map((m) => m[1]!))].filter(
    (f) => !/[<*]/.test(f),
  );
  expect(files.length).toBeGreaterThan(15);
  expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
});

it("every collection has its data file and its module, and every entry point its module and its subpath in package.json", () => {
  for (const name of COLLECTION_NAMES) {
    expect(existsSync(join(ROOT, "data", COLLECTIONS[name].file)), name).toBe(true);
    expect(read(moduleOf(name)), name).toContain(`export interface ${COLLECTIONS[name].type}`);
  }
  const exportsField = JSON.parse(read("package.json")).exports as Record<string, unknown>;
  for (const entry of Object.values(ENTRIES)) {
    expect(existsSync(join(ROOT, entry.module)), entry.module).toBe(true);
    expect(exportsField[entry.subpath], entry.subpath).toBeDefined();
  }
  // Each subpath module imports the main entry, so its modules share one chunk (two files to load, not seven).
  for (const entry of Object.values(ENTRIES).filter((e) => e.subpath !== ".")) expect(read(entry.module), entry.module).toMatch(/^import "\.\/index\.js";$/m);
  // The API reference documents every entry point.
  expect(JSON.parse(read("typedoc.json")).entryPoints.sort()).toEqual(
    Object.values(ENTRIES)
      .map((e) => e.module)
      .sort(),
  );
  expect(CHECKS.length).toBeGreaterThan(10);
});

it("the run-time code never imports zod or the build-time modules", () => {
  const runtime = [
    ...Object.values(ENTRIES).flatMap((e) => [e.module, e.dataset]),
    ...[
      "lookups",
      "on-date",
      "summaries",
      "judgements",
      "holdings",
      "events",
      "citations",
      "directions",
      "indicator-queries",
      "dates",
      "labels",
      "queries",
      "for-cli",
    ].map((m) => `src/${m}.ts`),
  ];
  for (const file of runtime) {
    const text = read(file);
    expect(text, file).not.toMatch(/from "zod"/);
    expect(text, file).not.toMatch(/from "\.\/build\//);
    // Types from a collection's module are fine; a value import would bring its schema (and zod) in.
    expect(text, file).not.toMatch(/^import \{(?![^}]*\btype\b)[^}]*\} from "\.\/collections\//m);
  }
});

it("a command is a module in src/cli/ and one entry of the COMMANDS table, and its help comes from it", () => {
  const cli = read("src/cli.ts");
  const table = /const COMMANDS: readonly Command\[\] = \[([^\]]*)\]/
    .exec(cli)![1]!
    .split(",")
    .map((s) => s.trim());
  expect(table).toEqual(["ON", "AREA", "HOLDERS", "TIMELINE", "SUMMARY", "BUDGETS", "INSPECTIONS", "INTERVENTIONS", "INDICATORS", "COMPARE"]);
  const modules = ["on", "area", "holders", "timeline", "summary", "budgets", "interventions", "figures"].map((m) => read(`src/cli/${m}.ts`)).join("\n");
  const names = [...modules.matchAll(/^ {2}name: "([a-z]+)",$/gm)].map((m) => m[1]).sort();
  expect(names).toEqual(["area", "budgets", "compare", "holders", "indicators", "inspections", "interventions", "on", "summary", "timeline"]);
  expect(guide).toContain("one entry in `COMMANDS` in `src/cli.ts`");
  // The command line reaches the library only through src/for-cli.ts (the build keeps that one import external).
  for (const m of ["common", "on", "area", "holders", "timeline", "summary", "budgets"])
    expect(read(`src/cli/${m}.ts`)).not.toMatch(/from "\.\.\/(index|queries|on-date|lookups|judgements)\.js"/);
});

it("the pull request template asks for the source URL and the quote", () => {
  const template = read(".github/pull_request_template.md");
  expect(template).toContain("- URL:");
  expect(template).toContain("- Quote:");
  expect(read(".github/ISSUE_TEMPLATE/fact.yml")).toMatch(/Source URL[\s\S]*exact words/);
});
