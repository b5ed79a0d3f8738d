/** Tests of the facts themselves, against the DfE's own list and against each other. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { areas, areasOn, getArea, organisations, services, sources } from "../scripts/package.js";
import { realFiles } from "./helpers.js";

interface LaRow {
  new_la_code: string;
  la_name: string;
  date_of_operation: string;
  date_of_termination: string;
  parent_geography_code: string;
  entity_code: string;
  status: string;
  old_la_code: string;
}
const rows: LaRow[] = parse(readFileSync(join(import.meta.dirname, "..", "raw", "dfe", "las.csv")), { columns: true });
// Authorities only: not the combined reporting rows ("E06000061 / E06000062") nor BFPO ("z").
const authorityRows = rows.filter((r) => /^E\d{8}$/.test(r.new_la_code));
const iso = (d: string) => (d ? d.split("/").reverse().join("-") : undefined);

describe("areas against the DfE list", () => {
  it("every DfE authority row in existence since 1 April 2014 is an area's current or former code", () => {
    const since2014 = authorityRows.filter((r) => !r.date_of_termination || iso(r.date_of_termination)! >= "2014-04-01");
    for (const row of since2014) {
      const area = areas.find((a) => a.gss === row.new_la_code || a.formerGss?.some((f) => f.gss === row.new_la_code));
      expect(area, row.new_la_code).toBeDefined();
      expect(area!.dfe, row.new_la_code).toBe(Number(row.old_la_code));
      expect(area!.name, row.new_la_code).toBe(row.la_name);
      expect(area!.region, row.new_la_code).toBe(row.parent_geography_code);
    }
  });

  it("every area's code, end and start agree with the DfE row", () => {
    for (const area of areas) {
      const row = authorityRows.find((r) => r.new_la_code === area.gss)!;
      expect(row, area.id).toBeDefined();
      expect(area.end, area.id).toBe(iso(row.date_of_termination));
      // date_of_operation 01/01/2009 is when the code system began: never published as a start.
      expect(area.start === undefined || area.start === iso(row.date_of_operation), area.id).toBe(true);
      expect(area.start, area.id).not.toBe("2009-01-01");
      for (const former of area.formerGss ?? [])
        expect(iso(authorityRows.find((r) => r.new_la_code === former.gss)!.date_of_termination), former.gss).toBe(former.end);
    }
  });

  it("counts on 1 April of each year agree with counting the DfE rows", () => {
    for (let year = 2014; year <= 2026; year++) {
      const day = `${year}-04-01`;
      const live = authorityRows.filter((r) => iso(r.date_of_operation)! <= day && (!r.date_of_termination || iso(r.date_of_termination)! >= day));
      expect(areasOn(day).length, day).toBe(live.length);
    }
  });

  it("the 11 areas of November 2020 carry the codes verified in the DfE list", () => {
    const codes = Object.fromEntries(
      services.filter((s) => s.start <= "2020-11-08" && (!s.end || s.end >= "2020-11-08")).map((s) => [s.area, [getArea(s.area).gss, getArea(s.area).dfe]]),
    );
    expect(codes).toEqual({
      birmingham: ["E08000025", 330],
      doncaster: ["E08000017", 371],
      "kingston-upon-thames": ["E09000021", 314],
      northamptonshire: ["E10000021", 928],
      reading: ["E06000038", 870],
      "richmond-upon-thames": ["E09000027", 318],
      sandwell: ["E08000028", 333],
      slough: ["E06000039", 871],
      sunderland: ["E08000024", 394],
      "windsor-and-maidenhead": ["E06000040", 868],
      worcestershire: ["E10000034", 885],
    });
  });
});

describe("the records hang together", () => {
  it("every operator in the list is an organisation of kind operator, and every operator runs something", () => {
    const operators = new Set(services.map((s) => s.operator));
    for (const id of operators) expect(organisations.find((o) => o.id === id)?.kind, id).toBe("operator");
    expect(
      organisations
        .filter((o) => o.kind === "operator")
        .map((o) => o.id)
        .sort(),
    ).toEqual([...operators].sort());
  });

  it("every source is cited by some record", () => {
    const cited = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.source === "string" && typeof o.quote === "string") cited.add(o.source);
        Object.values(o).forEach(collect);
      }
    };
    collect(Object.values(realFiles()));
    expect(sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("mirror sources say they are copies", () => {
    for (const s of sources.filter((x) => x.kind === "mirror")) expect(s.note, s.id).toMatch(/cop(y|ies)/i);
  });
});
