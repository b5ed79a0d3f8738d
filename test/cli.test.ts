/** The built command, run as a user runs it: a spawned process with real arguments. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { version } from "../src/index.js";
import { ROOT } from "./helpers.js";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "dist", "bin.js"), ...args], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe("childrens-services-trusts on <date>", () => {
  it("lists the 11 areas of 8 November 2020 with operator and since-when", () => {
    const { stdout, stderr, code } = cli("on", "2020-11-08");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const rows = stdout.trim().split("\n").slice(2);
    expect(rows).toHaveLength(11);
    expect(stdout).toMatch(/^Northamptonshire\s+E10000021\s+928\s+Northamptonshire Children's Trust\s+2020-11-01\s+certain$/m);
  });

  it("says when an answer is only possible", () => {
    const { stdout } = cli("holders", "--on", "2020-05-10", "--organisation", "Northamptonshire Children's Trust", "--role", "chair");
    expect(stdout).toMatch(/^Ian Curryer\s+.*2020-05\s+2020-09\s+possible$/m);
    expect(stdout).toContain('"possible": a date known only to the month');
  });

  it("gives the same rows as JSON and as CSV", () => {
    const json = JSON.parse(cli("on", "2024-09-24", "--format", "json").stdout);
    const rows = parse(cli("on", "2024-09-24", "--format", "csv").stdout, { columns: true });
    expect(json).toHaveLength(12);
    expect(rows).toEqual(json);
  });

  it("shows the citations with --sources", () => {
    const { stdout } = cli("on", "2020-11-08", "--sources");
    expect(stdout).toContain("    source: Community Care, 2020-11-08, https://www.communitycare.co.uk/2020/11/08/independent-trust-takes-childrens-services-council/");
    expect(stdout).toContain('      "Kingston (Achieving for Children)"');
    const json = JSON.parse(cli("on", "2020-11-08", "--sources", "--format", "json").stdout);
    expect(json[0].sources).toMatch(/^GOV\.UK, https:\/\/www\.gov\.uk\/.*: "Achieving for Children launched on 1 April 2014/);
  });
});

describe("the other commands", () => {
  it("area: by name, ONS code or DfE number", () => {
    for (const q of ["Slough", "E06000039", "871"]) {
      const { stdout, code } = cli("area", q, "--format", "json");
      expect(code).toBe(0);
      expect(JSON.parse(stdout).map((r: { operator: string }) => r.operator)).toEqual(["Slough Children's Services Trust", "Slough Children First"]);
    }
    expect(cli("area", "West", "Sussex").stdout).toContain("(none: the council ran its own services");
  });

  it("holders: the chair of Northamptonshire Children's Trust in October 2020", () => {
    const rows = JSON.parse(cli("holders", "--on", "2020-10", "--organisation", "Northamptonshire Children’s Trust", "--role", "chair", "--format", "json").stdout);
    expect(rows.filter((r: { certainty: string }) => r.certainty === "certain").map((r: { person: string }) => r.person)).toEqual(["Clare Chamberlain"]);
  });

  it("timeline: filtered by subject and dates, with statuses", () => {
    const rows = JSON.parse(cli("timeline", "--subject", "northamptonshire-childrens-trust", "--from", "2020-06", "--to", "2020-08", "--format", "json").stdout);
    expect(rows).toEqual([{ date: "2020-07", status: "postponed", event: "Original launch date of the trust" }]);
  });

  it("--version and --help", () => {
    expect(cli("--version").stdout.trim()).toBe(version);
    expect(cli("--help").stdout).toContain("Usage: childrens-services-trusts <command>");
    for (const c of ["on", "area", "holders", "timeline"]) expect(cli(c, "--help").stdout).toMatch(new RegExp(`^Usage: childrens-services-trusts ${c}`));
  });
});

describe("bad input: one line on stderr, a non-zero exit, no stack trace", () => {
  it.each([
    [["on", "2020-13-01"], 2, 'Invalid date "2020-13-01": expected YYYY, YYYY-MM or YYYY-MM-DD'],
    [["on"], 2, "missing date"],
    [["area", "Narnia"], 1, 'unknown area "Narnia"'],
    [["holders", "--organisation", "Acme"], 1, 'unknown organisation "Acme"'],
    [["timeline", "--subject", "nobody at all"], 1, 'no area, organisation or person matches "nobody at all"'],
    [["frobnicate"], 2, 'unknown command "frobnicate"'],
    [["holders", "--bogus"], 2, "Unknown option '--bogus'"],
    [["on", "2020", "--format", "xml"], 2, 'unknown format "xml"'],
  ])("%j", (args, code, message) => {
    const r = cli(...args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
