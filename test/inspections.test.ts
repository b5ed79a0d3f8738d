/** Ofsted's judgements: every report of the history file, the trust areas' gaps filled from quoted sources, and the comparison. */
import { describe, expect, it } from "vitest";
import { JUDGEMENTS, historyRows, lookupRows } from "../scripts/import-ofsted.js";
import { periodOf } from "../src/dates.js";
import { areas, areasOn, getArea, services, servicesOn, summaryOn, UnknownIdError, type Inspection } from "../src/index.js";
import { inspections, inspectionsFor, judgementOn, judgementsOn, neighbours, outcomesOf } from "../src/inspections.js";

const dmy = (d: string) => {
  const [dd, mm, yy] = d.split("/");
  return `${yy!.length === 2 ? `20${yy}` : yy}-${mm}-${dd}`;
};
const rows = historyRows();
const lookup = new Map(lookupRows().map((l) => [l.urn!, l]));
const byReport = new Map(inspections.filter((i) => i.report).map((i) => [i.report!, i]));
const citesHistory = (i: Inspection) => i.citations.some((c) => c.source === "ofsted-ilacs-history");

describe("inspections: the history file, whole", () => {
  it("has every report of the file once, with the authority, dates and grades the file gives", () => {
    expect(rows).toHaveLength(497);
    const problems: string[] = [];
    for (const row of rows) {
      const i = byReport.get(row.inspection_link!);
      if (!i) {
        problems.push(`missing ${row.inspection_link}`);
        continue;
      }
      const area = getArea(i.area);
      const l = lookup.get(row.urn!)!;
      // Joined on codes, never names: the area has the lookup's ONS code (now or before) or DfE number.
      if (area.gss !== l.la_code_new && !area.formerGss?.some((f) => f.gss === l.la_code_new) && String(area.dfe) !== l.la_code)
        problems.push(`${i.id}: area ${area.gss} is not ${l.la_code_new}`);
      if (i.published !== dmy(row.publication_date!)) problems.push(`${i.id}: published ${i.published}`);
      if (area.start && i.published < area.start) problems.push(`${i.id}: before ${area.id} existed`);
      if ((i.start ?? "") !== (row.inspection_start_date ? dmy(row.inspection_start_date) : "")) problems.push(`${i.id}: start`);
      if ((i.end ?? "") !== (row.inspection_end_date ? dmy(row.inspection_end_date) : "")) problems.push(`${i.id}: end`);
      for (const [column, field] of Object.entries(JUDGEMENTS)) {
        const fileGrade = row[column]!;
        const isGrade = ["outstanding", "good", "requires improvement", "inadequate"].includes(fileGrade);
        if (isGrade && i[field] !== fileGrade && !i.conflicts?.length) problems.push(`${i.id}: ${field} ${i[field]} but the file says ${fileGrade}`);
      }
      if (row.overall_effectiveness_grade === "not_reported_post_reform" && (i.overall || i.framework !== "ILACS 2026"))
        problems.push(`${i.id}: post-reform report with an overall grade`);
      const fileFramework = row.inspection_framework === "standard" ? "ILACS standard" : row.inspection_framework === "short" ? "ILACS short" : undefined;
      if (
        fileFramework &&
        i.framework !== fileFramework &&
        i.framework !== "ILACS 2026" &&
        !i.conflicts?.some((k) => k.citations.some((c) => c.source === "ofsted-ilacs-history"))
      )
        problems.push(`${i.id}: framework ${i.framework}, file ${fileFramework}, no conflict recorded`);
    }
    expect(problems).toEqual([]);
    expect(byReport.size).toBe(rows.length);
  });

  it("adds only reports the file lacks, each from a quoted source other than the file", () => {
    const extra = inspections.filter((i) => !citesHistory(i));
    expect(extra.map((i) => i.id).sort()).toEqual(
      inspections
        .filter((i) => !i.report || !rows.some((r) => r.inspection_link === i.report))
        .map((i) => i.id)
        .sort(),
    );
    for (const i of extra) expect(i.citations.length).toBeGreaterThan(0);
    expect(inspections).toHaveLength(rows.length + extra.length);
  });

  it("every area run independently (and West Sussex) has an overall judgement for every report, from the file or a quoted source", () => {
    const trustAreas = new Set<string>([...services.map((s) => s.area), "west-sussex"]);
    const ungraded = inspections.filter((i) => trustAreas.has(i.area) && !i.overall && i.framework !== "ILACS 2026").map((i) => i.id);
    expect(ungraded).toEqual([]);
  });

  it("a trust area's grade the file lacks is cited to another source", () => {
    const trustAreas = new Set<string>([...services.map((s) => s.area), "west-sussex"]);
    for (const i of inspections.filter((x) => trustAreas.has(x.area) && x.overall)) {
      const row = rows.find((r) => r.inspection_link === i.report);
      if (row?.overall_effectiveness_grade === i.overall) continue;
      expect(
        i.citations.some((c) => c.source !== "ofsted-ilacs-history"),
        i.id,
      ).toBe(true);
    }
  });

  it("every graded trust-area row of the file is checked against a second source, but for the few listed in the README", () => {
    const trustAreas = new Set<string>([...services.map((s) => s.area), "west-sussex"]);
    const unchecked = inspections
      .filter(
        (i) =>
          trustAreas.has(i.area) &&
          citesHistory(i) &&
          rows.find((r) => r.inspection_link === i.report)?.impact_of_leaders_grade?.match(/^(outstanding|good|requires improvement|inadequate)$/),
      )
      .filter((i) => !i.citations.some((c) => c.source !== "ofsted-ilacs-history"))
      .map((i) => i.id);
    // Reports for which no second source was found yet; the README names them. This list may only shrink.
    expect(unchecked.sort()).toEqual([
      "bradford-2026-05-21",
      "kingston-upon-thames-2025-01-29",
      "north-northamptonshire-2026-07-07",
      "west-northamptonshire-2026-07-07",
    ]);
  });

  it("leaves out focused and monitoring visits: every report is an inspection with judgements or a framework", () => {
    for (const i of inspections) expect(["pre-SIF", "SIF", "ILACS", "ILACS standard", "ILACS short", "ILACS 2026"]).toContain(i.framework);
    expect(rows.every((r) => !/focused|monitoring/i.test(r.pdf_filename!))).toBe(true);
  });
});

describe("inspection queries", () => {
  it("inspectionsFor: an area's reports oldest first, frozen; an unknown area throws", () => {
    const list = inspectionsFor("sunderland");
    expect(list.map((i) => i.published)).toEqual([...list.map((i) => i.published)].sort());
    expect(list.map((i) => i.overall)).toEqual(["inadequate", "inadequate", "outstanding", "outstanding"]);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => inspectionsFor("atlantis" as never)).toThrow(UnknownIdError);
  });

  it("judgementOn: the latest published overall judgement as of a date", () => {
    expect(judgementOn("birmingham", "2023-04-17")).toMatchObject({ grade: "requires improvement", published: "2019-01-17" });
    expect(judgementOn("birmingham", "2023-04-18")).toMatchObject({ grade: "good", published: "2023-04-18" });
    expect(judgementOn("birmingham", "2012-01-01")).toBeUndefined();
    // The April 2026 framework gives no overall judgement: the 2022 one still stands.
    expect(judgementOn("north-northamptonshire", "2026-08-01")).toMatchObject({ grade: "requires improvement", published: "2022-11-25" });
    // A month stands for its last day.
    expect(judgementOn("birmingham", "2023-04")?.published).toBe("2023-04-18");
    expect(() => judgementOn("birmingham", "2023-02-30")).toThrow(RangeError);
  });

  it("outcomesOf: before, during and after, on real arrangements", () => {
    const sunderland = outcomesOf("sunderland-2017");
    expect(sunderland.before).toMatchObject({ published: "2015-07-20", overall: "inadequate" });
    expect(sunderland.during.map((i) => i.overall)).toEqual(["inadequate", "outstanding", "outstanding"]);
    expect(sunderland.after).toBeUndefined();

    const doncaster = outcomesOf("doncaster-2014");
    expect(doncaster.before).toMatchObject({ published: "2012-11-16", overall: "inadequate", framework: "pre-SIF" }); // not in the history file: quoted from news reports
    expect(doncaster.during.map((i) => [i.published, i.overall])).toEqual([
      ["2015-11-27", "inadequate"],
      ["2018-01-19", "good"],
      ["2022-04-08", "requires improvement"],
    ]);
    expect(doncaster.after).toMatchObject({ published: "2025-03-18", overall: "good" });

    // An area created later takes the judgement of the area it replaced.
    expect(outcomesOf("west-northamptonshire-2021").before).toMatchObject({ area: "northamptonshire", overall: "inadequate", published: "2019-07-29" });
    expect(outcomesOf("slough-2015").before).toMatchObject({ published: "2014-02-14", overall: "inadequate" });
  });

  it("outcomesOf: the neighbours' reports over the same span, and nothing outside it", () => {
    const o = outcomesOf("birmingham-2018");
    expect(o.neighbours).toHaveLength(10);
    const [lo, hi] = [periodOf(o.span.from).first, periodOf(o.span.to).last];
    expect(o.span.from).toBe(o.before!.published);
    for (const n of o.neighbours) {
      expect(n.area).not.toBe("birmingham");
      for (const i of n.inspections) expect(periodOf(i.published).first >= lo && periodOf(i.published).last <= hi).toBe(true);
      const all = inspectionsFor(n.area).filter((i) => periodOf(i.published).first >= lo && periodOf(i.published).last <= hi);
      expect(n.inspections).toEqual(all);
    }
    expect(outcomesOf("northamptonshire-2020").neighbours).toEqual([]); // the county has no neighbours today
    expect(() => outcomesOf("nowhere-2020" as never)).toThrow(UnknownIdError);
  });

  it("every trust area has its last judgement before the trust began, where any report came before", () => {
    for (const s of services) {
      const earlier = inspections.filter((i) => (i.area === s.area || getArea(i.area).replacedBy?.includes(s.area)) && i.published < s.start);
      if (earlier.length) expect(outcomesOf(s.id).before, s.id).toBeDefined();
    }
  });

  it("summaryOn: the share judged good or better, for areas run independently and for the rest, counted afresh", () => {
    for (const day of ["2016-04-01", "2020-11-08", "2024-09-24", "2026-11-01"]) {
      const judgements = judgementsOn(day);
      const run = new Set(servicesOn(day).map((s) => s.area));
      const count = (inGroup: boolean) => {
        const group = areasOn(day).filter((a) => run.has(a.id) === inGroup);
        const latest = group.map(
          (a) =>
            inspections
              .filter((i) => i.area === a.id && i.overall && i.published <= day)
              .sort((x, y) => x.published.localeCompare(y.published))
              .at(-1)?.overall,
        );
        const judged = latest.filter(Boolean);
        return { areas: group.length, judged: judged.length, goodOrBetter: judged.filter((g) => g === "good" || g === "outstanding").length };
      };
      expect(judgements.independent, day).toMatchObject(count(true));
      expect(judgements.others, day).toMatchObject(count(false));
    }
    expect(() => summaryOn("2014-03-31")).toThrow("before 2014-04-01, where this package's scope begins");
  });
});

describe("statistical neighbours", () => {
  it("ten distinct live areas for each of the 153 live authorities, none its own neighbour", () => {
    const live = areasOn("2026-11-01");
    expect(neighbours).toHaveLength(live.length);
    for (const n of neighbours) {
      expect(new Set(n.neighbours).size).toBe(10);
      expect(n.neighbours).not.toContain(n.area);
      for (const id of n.neighbours) expect(getArea(id).end).toBeUndefined();
    }
    expect(areas.filter((a) => !a.end).every((a) => neighbours.some((n) => n.area === a.id))).toBe(true);
  });
});
