/** Ofsted's judgements: every report of the history file, the trust areas' gaps filled from quoted sources, and the comparison. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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
      // The official statistics' date wins; the file's is then kept as a conflict.
      if (i.published !== dmy(row.publication_date!) && !i.conflicts?.some((k) => k.note.includes(dmy(row.publication_date!))))
        problems.push(`${i.id}: published ${i.published}`);
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
    // 2009-2013 inspections have their own grades instead (safeguarding, lookedAfter, childProtection).
    const early = (i: Inspection) => ["SLAC", "CPI", "TLAC", "pre-SIF"].includes(i.framework);
    const ungraded = inspections
      .filter(
        (i) => trustAreas.has(i.area) && (early(i) ? !(i.safeguarding || i.lookedAfter || i.childProtection) : !i.overall && i.framework !== "ILACS 2026"),
      )
      .map((i) => i.id);
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
    for (const i of inspections)
      expect(["pre-SIF", "SLAC", "CPI", "TLAC", "SIF", "ILACS", "ILACS standard", "ILACS short", "ILACS 2026"]).toContain(i.framework);
    expect(rows.every((r) => !/focused|monitoring/i.test(r.pdf_filename!))).toBe(true);
  });
});

describe("inspection queries", () => {
  it("inspectionsFor: an area's reports oldest first, frozen; an unknown area throws", () => {
    const list = inspectionsFor("sunderland");
    expect(list.map((i) => i.published)).toEqual([...list.map((i) => i.published)].sort());
    // First its 2009-2013 inspection, graded on that scale only; then SIF and ILACS.
    expect(list.map((i) => i.overall)).toEqual([undefined, "inadequate", "inadequate", "outstanding", "outstanding"]);
    expect(list[0]).toMatchObject({ framework: "SLAC", published: "2012-04-10" });
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
    // Its 2012 child protection inspection (inadequate) is on the 2009-2013 scale: no overall judgement to compare.
    expect(doncaster.before).toBeUndefined();
    expect(inspectionsFor("doncaster").find((i) => i.framework === "CPI")).toMatchObject({
      published: "2012-11-16",
      childProtection: "inadequate",
      framework: "CPI",
    });
    expect(doncaster.during.map((i) => [i.published, i.overall])).toEqual([
      ["2015-11-27", "inadequate"],
      ["2018-01-19", "good"],
      ["2022-04-08", "requires improvement"],
    ]);
    expect(doncaster.after).toMatchObject({ published: "2025-03-18", overall: "good" });

    // An area created later takes the judgement of the area it replaced.
    expect(outcomesOf("west-northamptonshire-2021").before).toMatchObject({ area: "northamptonshire", overall: "inadequate", published: "2019-07-29" });
    expect(outcomesOf("slough-2015").before).toMatchObject({ published: "2014-02-11", overall: "inadequate" });
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
      const earlier = inspections.filter((i) => (i.area === s.area || getArea(i.area).replacedBy?.includes(s.area)) && i.published < s.start && i.overall);
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

// ---- Ofsted's official statistics, read here with a parser of their own (not the import's). ----

/** RFC 4180 CSV: fields in double quotes may hold commas and doubled quotes. */
function csvRows(text: string): { cells: string[]; line: string }[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
          cells.push(cell);
          cell = "";
        } else cell += ch;
      }
      cells.push(cell);
      return { cells, line };
    });
}

const RAW = "raw/ofsted";
const officialTables = ["ofsted-la-inspections-2009-2023.csv", "ofsted-la-inspections-2009-2023-former-authorities.csv"].map((f) => {
  const [head, ...body] = csvRows(readFileSync(`${RAW}/${f}`, "utf8"));
  return { header: head!.cells, rows: body };
});
// The table's spellings of names that data/areas.json spells otherwise.
const SPELLINGS: Record<string, string> = {
  "Bedford Borough": "Bedford",
  Bristol: "Bristol, City of",
  Durham: "County Durham",
  Herefordshire: "Herefordshire, County of",
  "Kingston Upon Hull": "Kingston upon Hull, City of",
  "Richmond Upon Thames": "Richmond upon Thames",
  "St Helens": "St. Helens",
};
const areaNamed = (name: string, day: string) => {
  const found = areas.filter((a) => a.name === (SPELLINGS[name] ?? name) && (!a.start || a.start <= day) && (!a.end || a.end >= day));
  expect(found, `${name} on ${day}`).toHaveLength(1);
  return found[0]!;
};
const EARLY_FRAMEWORKS = ["SLAC", "CPI", "TLAC", "pre-SIF"];
const SIF_FIELDS = ["overall", "leaders", "helpAndProtection", "inCare", "careLeavers", "adoption", "lscb"] as const;
const EARLY_FIELDS = ["safeguarding", "lookedAfter", "childProtection"] as const;
/** The official inspections: date column, framework, and each field's column. */
const OFFICIAL_COLUMNS: { date: number; framework: string; fields: Record<string, number> }[] = [
  { date: 4, framework: "SLAC", fields: { safeguarding: 5, lookedAfter: 6 } },
  { date: 7, framework: "SLAC", fields: { safeguarding: 8 } },
  { date: 9, framework: "SLAC", fields: { lookedAfter: 10 } },
  { date: 11, framework: "CPI", fields: { childProtection: 12 } },
  { date: 13, framework: "CPI", fields: { childProtection: 14 } },
  { date: 15, framework: "TLAC", fields: { lookedAfter: 16 } },
  { date: 17, framework: "SIF", fields: { overall: 18, helpAndProtection: 19, inCare: 20, adoption: 21, careLeavers: 22, leaders: 23, lscb: 24 } },
  { date: 25, framework: "SIF", fields: { overall: 26, helpAndProtection: 27, inCare: 28, adoption: 29, careLeavers: 30, leaders: 31 } },
];
const officialWord = (cell: string, framework: string) =>
  cell.trim() === "-" || cell === ""
    ? undefined
    : cell === "Requires improvement to be good"
      ? framework === "SIF"
        ? "requires improvement"
        : "adequate"
      : cell.toLowerCase();
const official = officialTables.flatMap(({ header, rows }) => {
  expect(header[4]).toMatch(/^Safeguarding & Looked After Children \(SLAC\) Inspection publication date$/);
  expect(header[17]).toMatch(/First SIF publication date$/);
  expect(header[25]).toMatch(/SIF Re-inspection publication date$/);
  expect(header[24]).toBe("LSCB Overall Effectiveness");
  return rows.flatMap(({ cells, line }) =>
    OFFICIAL_COLUMNS.filter((c) => cells[c.date]).map((c) => ({
      area: areaNamed(cells[1]!, cells[c.date]!).id,
      published: cells[c.date]!,
      framework: c.framework,
      grades: Object.fromEntries(Object.entries(c.fields).map(([f, i]) => [f, officialWord(cells[i]!, c.framework)])),
      line,
    })),
  );
});

describe("inspections: Ofsted's official statistics (raw/ofsted), read independently", () => {
  it("the raw files are the ones hashed in raw/SHA256SUMS", () => {
    const sums = readFileSync("raw/SHA256SUMS", "utf8").trim().split("\n");
    const listed = sums.filter((l) => l.includes("  ofsted/"));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const l of listed) {
      const [hash, path] = l.split("  ");
      expect(
        createHash("sha256")
          .update(readFileSync(`raw/${path}`))
          .digest("hex"),
        path,
      ).toBe(hash);
    }
  });

  it("every inspection of the tables is a record, with the tables' framework, date and every grade", () => {
    expect(official.filter((o) => o.framework === "SIF")).toHaveLength(173);
    const problems: string[] = [];
    const seen = new Map<string, number>();
    for (const o of official) {
      const i = inspections.find((x) => x.area === o.area && x.published === o.published && x.framework === o.framework);
      if (!i) {
        problems.push(`${o.area} ${o.published} ${o.framework}: no record`);
        continue;
      }
      seen.set(i.id, (seen.get(i.id) ?? 0) + 1);
      for (const [field, grade] of Object.entries(o.grades))
        if ((i as unknown as Record<string, string | undefined>)[field] !== grade)
          problems.push(`${i.id}: ${field} ${(i as unknown as Record<string, string>)[field]}, tables ${grade}`);
      const quotes = i.citations.filter((c) => c.source === "ofsted-la-inspections-2009-2023").map((c) => c.quote);
      if (!quotes.length) problems.push(`${i.id}: does not cite the tables`);
      // Each quote is the authority's name and cells of one row of the tables: the row of this record.
      for (const q of quotes) if (!q.split(" … ").every((piece) => o.line.includes(piece))) problems.push(`${i.id}: quote not from its row`);
    }
    expect(problems).toEqual([]);
    // Two re-inspections published the same day (Cornwall's and Warrington's) are one report.
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual(["cornwall-2011-02-25", "warrington-2011-02-25"]);
  });

  it("every SIF inspection of the data has the tables' grades, or says why it cannot", () => {
    for (const i of inspections.filter((x) => x.framework === "SIF")) {
      const o = official.find((x) => x.area === i.area && x.published === i.published && x.framework === "SIF");
      if (!o) {
        expect(i.note, i.id).toMatch(/^Not in Ofsted's official statistics/);
        expect(
          SIF_FIELDS.filter((f) => i[f]).filter(() => !i.citations.some((c) => c.source !== "ofsted-ilacs-history")),
          i.id,
        ).toEqual([]);
        continue;
      }
      for (const f of SIF_FIELDS) expect(i[f], `${i.id} ${f}`).toBe(o.grades[f]);
      for (const f of SIF_FIELDS) if (!o.grades[f] && f !== "lscb") expect(i.note, `${i.id} lacks ${f}`).toMatch(/official statistics give no/);
    }
    expect(inspections.filter((i) => i.framework === "SIF" && !i.overall).map((i) => i.id)).toEqual(["surrey-2015-08-03"]);
  });

  it("every 2009-2013 inspection is in the tables, under its own framework and scale, never on the SIF/ILACS one", () => {
    const early = inspections.filter((i) => EARLY_FRAMEWORKS.includes(i.framework));
    expect(early).toHaveLength(official.filter((o) => o.framework !== "SIF").length - 2); // Cornwall's and Warrington's pairs
    for (const i of early) {
      expect(
        official.some((o) => o.area === i.area && o.published === i.published && o.framework === i.framework),
        i.id,
      ).toBe(true);
      for (const f of SIF_FIELDS) expect(i[f], `${i.id} ${f}`).toBeUndefined();
    }
    for (const i of inspections.filter((x) => !EARLY_FRAMEWORKS.includes(x.framework)))
      for (const f of EARLY_FIELDS) expect(i[f], `${i.id} ${f}`).toBeUndefined();
    // The 2009-2013 frameworks share no value with SIF or ILACS, and their scale is another.
    const later = new Set(inspections.filter((i) => !EARLY_FRAMEWORKS.includes(i.framework)).map((i) => i.framework));
    expect(EARLY_FRAMEWORKS.filter((f) => later.has(f as never))).toEqual([]);
    expect([...later].every((f) => f === "SIF" || f.startsWith("ILACS"))).toBe(true);
    expect(new Set(early.flatMap((i) => EARLY_FIELDS.map((f) => i[f]).filter(Boolean)))).toEqual(new Set(["outstanding", "good", "adequate", "inadequate"]));
    // No query compares them: they have no overall judgement, so judgementOn and summaryOn never see them.
    expect(judgementOn("kingston-upon-thames", "2014-03-31")).toBeUndefined();
  });

  it("a publication date the scrape gives otherwise is the tables', the scrape's kept as a conflict", () => {
    const moved = inspections.filter((i) => {
      const row = rows.find((r) => r.inspection_link === i.report);
      return row && dmy(row.publication_date!) !== i.published;
    });
    expect(moved.map((i) => i.id).sort()).toEqual([
      "hackney-2016-09-21",
      "kingston-upon-hull-city-of-2015-02-10",
      "manchester-2014-09-03",
      "norfolk-2015-10-20",
      "slough-2014-02-14",
      "stoke-on-trent-2015-08-12",
    ]);
    for (const i of moved) {
      const row = rows.find((r) => r.inspection_link === i.report)!;
      expect(
        i.conflicts?.some(
          (k) => k.note.includes(dmy(row.publication_date!)) && k.citations.some((c) => c.source === "ofsted-ilacs-history" && row.line.includes(c.quote)),
        ),
        i.id,
      ).toBe(true);
    }
  });
});
