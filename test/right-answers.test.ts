/**
 * Issue 19, "Right answers, second round": each answer a newcomer got wrong, asked again of the
 * library, the command line and (for what only they show) the README generator.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  asOf,
  budgetsFor,
  findArea,
  findOrganisation,
  findPerson,
  holdingCertaintyOn,
  holdingLastConfirmed,
  holdingUnconfirmedSince,
  judgementOn,
  judgementsOn,
  lastConfirmed,
  officeHolders,
  officeHoldersOn,
  operatorOn,
  organisations,
  searchNames,
  services,
  servicesOn,
  timeline,
  summaryOn,
  unconfirmedSince,
  type Role,
} from "../scripts/package.js";
import { monthsBefore, periodOf } from "../src/dates.js";
import { run } from "../src/cli.js";
import { problemsOf, realFiles, recordOf, ROOT } from "./helpers.js";

const json = (...args: string[]) => {
  const r = run([...args, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
const runningOperators = () => organisations.filter((o) => o.kind === "operator" && services.some((s) => s.operator === o.id && !s.end));

describe("who holds an office today", () => {
  it("answers 'who chairs Sandwell's trust today?' with the current chair, and when a source last confirmed it", () => {
    const [chair, ...more] = officeHoldersOn(asOf, { organisation: "sandwell-childrens-trust", role: "chair" });
    expect(more).toEqual([]);
    expect(chair?.person).toBe("graham-archer");
    expect(holdingLastConfirmed(chair!)).toBe("2025-12-05");
  });

  it("a successor's start ends a holding with no end: on the data's own date, at most one chair and one chief executive per operator", () => {
    for (const o of organisations.filter((x) => x.kind === "operator"))
      for (const role of ["chair", "chief-executive"] as Role[]) {
        const possible = officeHoldersOn(asOf, { organisation: o.id, role, possible: true });
        expect(possible.length, `${o.id} ${role}: ${possible.map((h) => h.id)}`).toBeLessThanOrEqual(1);
      }
    // Slough's chairs seen in 2016 and 2021 were followed by Tony Hunter: neither is possible today.
    expect(officeHoldersOn(asOf, { organisation: "slough-children-first", role: "chair", possible: true }).map((h) => h.person)).toEqual(["tony-hunter"]);
  });

  it("a holding with no date at all is never answered for a date, not even as possible", () => {
    const undated = officeHolders.filter((h) => !h.start && !h.end && !h.seen?.length);
    for (const date of ["2015", "2020-06-01", asOf])
      for (const h of undated) expect(officeHoldersOn(date, { person: h.person, possible: true }).map((x) => x.id)).not.toContain(h.id);
  });

  it("every running operator's current chair and chief executive: confirmed within twelve months, or shown as unconfirmed since a date", () => {
    // Together for Children's chief executive after Jill Colbert (who left in September 2024) is Simon Marshall, seen in 2025.
    expect(officeHoldersOn(asOf, { organisation: "together-for-children", role: "chief-executive" }).map((h) => h.person)).toEqual(["simon-marshall"]);
    const cutoff = monthsBefore(asOf, 12);
    for (const o of runningOperators())
      for (const role of ["chair", "chief-executive"] as Role[]) {
        const current = officeHoldersOn(asOf, { organisation: o.id, role });
        // A post no record answers for today is a gap the freshness report names, never a wrong answer.
        if (current.length === 0) {
          expect(readFileSync(join(ROOT, "docs", "freshness.md"), "utf8"), `${o.id} ${role}`).toMatch(
            new RegExp(`no holder in the data today \\(\\d+\\):.*\\(\`${o.id}\`\\)`),
          );
          continue;
        }
        expect(current.length, `${o.id} ${role}`).toBe(1);
        const h = current[0]!;
        const last = holdingLastConfirmed(h)!;
        if (periodOf(last).last >= cutoff) expect(holdingUnconfirmedSince(h)).toBeUndefined();
        else {
          expect(holdingUnconfirmedSince(h)).toBe(last);
          const shown = run(["holders", "--organisation", o.id, "--role", role, "--on", asOf]).stdout;
          expect(shown).toContain(`last confirmed: unconfirmed since ${last}`);
        }
      }
  });
});

describe("names at the time", () => {
  it("operatorOn gives the name the operator had on the date", () => {
    expect(operatorOn("slough", "2020-11-08")?.name).toBe("Slough Children's Services Trust");
    expect(operatorOn("slough", "2021-04-01")?.name).toBe("Slough Children First");
    expect(operatorOn("slough", "2020-11-08")?.id).toBe("slough-children-first");
  });

  it("the command line's `on` names each operator as it was on the date asked about", () => {
    const slough = (json("on", "2020-11-08") as { area: string; operatorName: string }[]).find((r) => r.area === "slough");
    expect(slough?.operatorName).toBe("Slough Children's Services Trust");
    expect(run(["on", "2020-11-08"]).stdout).not.toContain("Slough Children First");
  });
});

describe("one answer to one question", () => {
  it("budgetsFor(area) answers what `budgets <area>` answers: the area's, its council's and its operators' figures", () => {
    const library = budgetsFor("birmingham").map((b) => b.id);
    expect(library.length).toBeGreaterThan(0);
    expect((json("budgets", "Birmingham") as { id: string }[]).map((r) => r.id)).toEqual(library);
    expect((json("budgets", "Northamptonshire") as { id: string }[]).map((r) => r.id)).toEqual(budgetsFor("northamptonshire").map((b) => b.id));
  });

  it("one search: exact and whole-word matches first, part of a word never ('Hull' is not Solihull)", () => {
    expect(searchNames("Hull").map((m) => m.id)).toEqual(["kingston-upon-hull-city-of"]);
    expect(searchNames("Hull City Council")[0]).toMatchObject({ id: "kingston-upon-hull-city-of", match: "exact" });
    expect(findArea("Hull City Council")?.id).toBe("kingston-upon-hull-city-of");
    expect(findArea("BCP")?.id).toBe("bournemouth-christchurch-and-poole");
    expect(searchNames("BCP")[0]?.id).toBe("bournemouth-christchurch-and-poole");
    expect(findPerson("Curryer")?.id).toBe("ian-curryer");
    expect(searchNames("Curryer").map((m) => m.id)).toEqual(["ian-curryer"]);
    expect(findOrganisation("Sandwell Childrens Trust")?.id).toBe("sandwell-childrens-trust");
    // Exact before whole words before word starts.
    const ranks = searchNames("northampton").map((m) => m.match);
    expect(ranks.every((r) => r === "prefix")).toBe(true);
    expect(searchNames("Slough")[0]).toMatchObject({ id: "slough", match: "exact" });
    // The command line uses the same search.
    expect(json("area", "Hull", "City", "Council").area.id).toBe("kingston-upon-hull-city-of");
    expect((json("holders", "--person", "Curryer") as { person: string }[]).every((h) => h.person === "ian-curryer")).toBe(true);
  });

  it("the latest report stands beside the latest overall grade when it gives none", () => {
    const j = judgementOn("north-northamptonshire", asOf)!;
    expect(j.grade).toBe("requires improvement");
    expect(j.latestReport?.framework).toBe("ILACS 2026");
    expect(j.latestReport?.overall).toBeUndefined();
    expect(judgementOn("north-northamptonshire", "2024-01-01")?.latestReport).toBeUndefined();
  });

  it("the types steer callers to YYYY-MM-DD strings: each on-a-date helper's Date form is marked deprecated in favour of a string", () => {
    const source = ["src/on-date.ts", "src/judgements.ts", "src/summaries.ts", "src/holdings.ts"].map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n");
    for (const name of [
      "servicesOn",
      "areasOn",
      "operatorOn",
      "officeHoldersOn",
      "summaryOn",
      "judgementsOn",
      "judgementOn",
      "certaintyOn",
      "holdingCertaintyOn",
      "nameOn",
    ]) {
      expect(source, name).toMatch(
        new RegExp(
          `export function ${name}\\([^)]*: PartialDate[^)]*\\)[^;]*;\\n/\\*\\* @deprecated Prefer a \`YYYY-MM-DD\` string[^\\n]*\\*/\\nexport function ${name}\\([^)]*: Date\\b`,
        ),
      );
    }
  });

  it("a Date stands for its day in England: local midnight in London in summer is that day", () => {
    // new Date(2018, 3, 1) built in London is 2018-03-31T23:00Z.
    expect(servicesOn(new Date("2018-03-31T23:00:00Z")).length).toBe(servicesOn("2018-04-01").length);
    expect(servicesOn(new Date("2018-04-01T00:00:00Z")).length).toBe(servicesOn("2018-04-01").length);
    expect(servicesOn("2018-04-01").length).toBe(8);
  });
});

describe("one naming style", () => {
  it("the command line's JSON is the library's own shape and names; its CSV the same names in snake_case", () => {
    const { date, ...rest } = json("summary", "2024-09-24");
    expect(date).toBe("2024-09-24");
    expect(rest).toEqual(JSON.parse(JSON.stringify({ ...summaryOn("2024-09-24"), judgements: judgementsOn("2024-09-24") })));
    const csv = parse(run(["summary", "2024-09-24", "--format", "csv"]).stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).toContain("judgements_independent_good_or_better");
    for (const args of [["on", "2020-11-08"], ["holders"], ["timeline"], ["budgets", "Slough"], ["inspections", "Slough"], ["area", "Slough"]]) {
      const header = run([...args, "--format", "csv"]).stdout.split("\r\n")[0]!;
      for (const h of header.split(",")) expect(h, `${args[0]}: ${h}`).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      const rows = json(...args);
      const first = Array.isArray(rows) ? rows[0] : rows.arrangements[0];
      for (const k of Object.keys(first)) expect(k, `${args[0]}: ${k}`).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    }
  });
});

describe("summary shares say what they rest on", () => {
  it("each group's share counts its graded areas, and is not comparable when most areas have no grade", () => {
    const early = judgementsOn("2015-04-01").others;
    expect(early.judged * 2).toBeLessThanOrEqual(early.areas);
    expect(early.comparable).toBe(false);
    expect(judgementsOn("2024-09-24").others.comparable).toBe(true);
    const r = run(["summary", "2015-04-01"]);
    expect(r.stdout).toContain("not comparable");
    expect(r.stdout).toMatch(/of \d+ judged/);
  });
});

describe("the command line fits 100 columns", () => {
  it("--sources tables and every help text stay within 100 columns (long URLs continue on the next line)", () => {
    const asked = [
      ["--help"],
      ...["on", "area", "holders", "timeline", "summary", "budgets", "inspections"].map((c) => [c, "--help"]),
      ["on", "2020-11-08", "--sources"],
      ["holders", "--sources"],
      ["timeline", "--sources"],
      ["budgets", "Northamptonshire", "--sources"],
      ["area", "Slough", "--sources"],
      ["inspections", "Sunderland", "--sources"],
    ];
    for (const args of asked) for (const line of run(args).stdout.split("\n")) expect([...line].length, `${args.join(" ")}: ${line}`).toBeLessThanOrEqual(100);
  });
});

describe("facts found again in the stored pages", () => {
  it("Slough's 2025 review of Slough Children First's readiness to rejoin the council is a key date, quoted", () => {
    const review = timeline({ subject: "slough-children-first", from: "2025" }).find((e) => /readiness for reintegration/.test(e.title));
    expect(review?.date).toBe("2025-05");
    expect(review?.citations.map((c) => c.source)).toContain("mutualventures-2025-scf-strategic-review");
  });
});

describe("a holding known to have ended by a date (endedBy), its end unknown", () => {
  const holding = (id: string) => officeHolders.find((h) => h.id === id)!;

  it("is possible up to the date and never after; it is no longer open, so the freshness report leaves it out", () => {
    // Alan Wood, Doncaster's commissioner from 2013: last seen in December 2013; every direction lifted in January 2021.
    const wood = holding("alan-wood-doncaster-council-commissioner");
    expect([wood.end, wood.endedBy]).toEqual([undefined, "2021-01"]);
    expect(holdingCertaintyOn(wood, "2015-06-01")).toBe("possible");
    expect(holdingCertaintyOn(wood, "2021-01")).toBe("possible");
    expect(holdingCertaintyOn(wood, "2021-02-01")).toBe("no");
    expect(holdingLastConfirmed(wood)).toBeUndefined();
    // Andy Couldrick, "former chief executive" of Birmingham Children's Trust by 15 March 2024.
    const couldrick = holding("andy-couldrick-bct-chief-executive");
    expect(holdingCertaintyOn(couldrick, "2024-03-16")).toBe("no");
    expect(
      officeHoldersOn("2024-06-01", { organisation: "birmingham-childrens-trust", role: "chief-executive", possible: true }).map((h) => h.id),
    ).not.toContain(couldrick.id);
    const freshness = readFileSync(join(ROOT, "docs", "freshness.md"), "utf8");
    for (const h of officeHolders.filter((x) => x.endedBy)) expect(freshness).not.toContain(`\`${h.id}\``);
  });

  it("is refused beside an end, before its start, or before a sighting, naming the record and field", () => {
    const files = realFiles();
    const r = recordOf(files, "officeHolders", "andy-couldrick-bct-chief-executive");
    r.end = "2023-12";
    expect(problemsOf(files)).toEqual([
      'data/office-holders.json: record "andy-couldrick-bct-chief-executive": endedBy: is only for a holding whose end no source gives: it has an end',
    ]);
    delete r.end;
    r.endedBy = "2023-01";
    expect(problemsOf(files)).toEqual([
      'data/office-holders.json: record "andy-couldrick-bct-chief-executive": seen.1: "2023-05-26" is outside start–end (ended by 2023-01)',
      'data/office-holders.json: record "andy-couldrick-bct-chief-executive": seen.2: "2023-06-08" is outside start–end (ended by 2023-01)',
    ]);
  });
});
