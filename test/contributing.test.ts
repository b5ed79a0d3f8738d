/** The contributor's guide names the places a change touches: check each still exists and says what the guide says. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REFERENCES, CHECKS } from "../src/checks.js";
import { COLLECTION_NAMES, COLLECTIONS } from "../src/schema.js";
import { RECORD_TYPES } from "../scripts/field-docs.js";
import { ROOT } from "./helpers.js";

const guide = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8");

it("every file the guide names exists", () => {
  const files = [...new Set([...guide.matchAll(/`((?:src|scripts|test|data|docs|evidence)\/[\w./<>*-]+)`/g)].map((m) => m[1]!))].filter((f) => !/[<*]/.test(f));
  expect(files.length).toBeGreaterThan(15);
  expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
});

it("a collection lives in exactly the places the guide lists (shown on inspections and neighbours)", () => {
  for (const name of ["inspections", "neighbours"] as const) {
    expect(existsSync(join(ROOT, "data", COLLECTIONS[name].file))).toBe(true); // 1
    expect(read("src/schema.ts")).toContain(`${name}: { file:`); // 3
    expect(read("src/types.ts")).toMatch(new RegExp(`${RECORD_TYPES[name][0]!.toLowerCase()}${RECORD_TYPES[name].slice(1)}MatchesSchema`)); // 4
    expect(REFERENCES.some((r) => r.from === name)).toBe(true); // 5
    expect(read("src/dataset.ts")).toContain(`export const ${name}:`); // 6
  }
  // Every collection is in each of those places, so none was added by touching other files.
  expect(Object.keys(RECORD_TYPES).sort()).toEqual([...COLLECTION_NAMES].sort());
  expect(CHECKS.length).toBeGreaterThan(10);
});

it("a command is a module in src/cli/ and one entry of the COMMANDS table, and its help comes from it", () => {
  const cli = read("src/cli.ts");
  const table = /const COMMANDS: readonly Command\[\] = \[([^\]]*)\]/
    .exec(cli)![1]!
    .split(",")
    .map((s) => s.trim());
  expect(table).toEqual(["ON", "AREA", "HOLDERS", "TIMELINE", "SUMMARY", "BUDGETS", "INSPECTIONS"]);
  const modules = ["on", "area", "holders", "timeline", "summary", "budgets"].map((m) => read(`src/cli/${m}.ts`)).join("\n");
  const names = [...modules.matchAll(/^ {2}name: "([a-z]+)",$/gm)].map((m) => m[1]).sort();
  expect(names).toEqual(["area", "budgets", "holders", "inspections", "on", "summary", "timeline"]);
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
