/** Look-ups by the names people type: official, short and council names of every area, tested against the DfE list. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { areas, findArea, findOrganisation, findPerson, organisations, people, searchNames } from "../src/index.js";
import { ROOT } from "./helpers.js";

const dfe: Record<string, string>[] = parse(readFileSync(join(ROOT, "raw", "dfe", "las.csv")), { columns: true });
const codesOf = (gss: string) => areas.filter((a) => a.gss === gss || a.formerGss?.some((f) => f.gss === gss));

describe("findArea", () => {
  it("finds the names people type", () => {
    const cases: [string, string][] = [
      ["Hull", "E06000010"],
      ["Kingston upon Hull", "E06000010"],
      ["Bristol", "E06000023"],
      ["City of Bristol", "E06000023"],
      ["Herefordshire", "E06000019"],
      ["Durham", "E06000047"],
      ["Southend", "E06000033"],
      ["Telford", "E06000020"],
      ["Brighton", "E06000043"],
      ["BCP", "E06000058"],
      ["Reading Borough Council", "E06000038"],
      ["Kingston", "E09000021"],
      ["Royal Borough of Windsor and Maidenhead", "E06000040"],
      ["London Borough of Richmond upon Thames", "E09000027"],
      ["St Helens", "E08000013"],
    ];
    expect(cases.map(([q]) => `${q}: ${findArea(q)?.gss}`)).toEqual(cases.map(([q, gss]) => `${q}: ${gss}`));
  });

  it("finds every authority of the DfE list by its name, its name with a council word, and its codes", () => {
    const rows = dfe.filter((r) => !r.new_la_code!.includes("/") && codesOf(r.new_la_code!).length);
    expect(rows.length).toBeGreaterThan(150);
    const misses: string[] = [];
    for (const r of rows) {
      const name = r.la_name!;
      // A name shared by a county and its successor finds the successor: either has the name.
      const byName = (q: string) => findArea(q)?.name === name || codesOf(r.new_la_code!).includes(findArea(q)!);
      for (const q of [name, name.toUpperCase(), `${name} Council`, `${name.replace(/, (City|County) of$/, "")} Council`])
        if (!byName(q)) misses.push(`${q} → ${findArea(q)?.id}`);
      if (!codesOf(r.new_la_code!).includes(findArea(r.new_la_code!)!)) misses.push(`${r.new_la_code} → ${findArea(r.new_la_code!)?.id}`);
      if (String(findArea(r.old_la_code!)?.dfe) !== r.old_la_code) misses.push(`${r.old_la_code} → ${findArea(r.old_la_code!)?.id}`);
    }
    expect(misses).toEqual([]);
  });

  it("finds every area by the council name its record gives", () => {
    for (const a of areas.filter((x) => x.authority)) expect(findArea(a.authority!)?.id, a.authority).toBe(a.id);
  });

  it("finds nothing for a name it cannot know", () => {
    expect(findArea("Narnia")).toBeUndefined();
    expect(findArea("")).toBeUndefined();
    expect(findArea("Council")).toBeUndefined();
  });
});

describe("findOrganisation, findPerson and searchNames", () => {
  it("finds organisations by name without the apostrophe, by former name and by id", () => {
    expect(findOrganisation("Northamptonshire Childrens Trust")?.id).toBe("northamptonshire-childrens-trust");
    expect(findOrganisation("Slough Children's Services Trust")?.id).toBe("slough-children-first");
    for (const o of organisations) expect(findOrganisation(o.name.toLowerCase())?.id).toBe(o.id);
  });

  it("finds every person by full name and id", () => {
    for (const p of people) {
      // Two people share a name (James Thomas): a name finds the first; the id finds each.
      if (people.filter((q) => q.name === p.name)[0] === p) expect(findPerson(p.name.toUpperCase())?.id).toBe(p.id);
      expect(findPerson(p.id)?.id).toBe(p.id);
    }
    // A surname finds the one person who has it; a name two people share finds no one by it alone.
    expect(findPerson("Chamberlain")?.id).toBe("clare-chamberlain");
    expect(findPerson("Curryer")?.id).toBe("ian-curryer");
    expect(findPerson("Thomas")).toBeUndefined();
  });

  it("searchNames finds organisations, people and areas by any part of the name", () => {
    expect(searchNames("Achieving for Children").map((m) => m.id)).toEqual(["achieving-for-children"]);
    const trusts = searchNames("trust");
    expect(trusts.every((m) => m.kind === "organisation")).toBe(true);
    expect(trusts.map((m) => m.id)).toContain("northamptonshire-childrens-trust");
    const northampton = searchNames("northampton");
    expect(northampton.filter((m) => m.kind === "area").map((m) => m.id)).toEqual(["north-northamptonshire", "northamptonshire", "west-northamptonshire"]);
    expect(northampton.some((m) => m.kind === "organisation")).toBe(true);
    expect(searchNames("chamberlain").map((m) => `${m.kind}:${m.id}`)).toEqual(["person:clare-chamberlain"]);
    expect(searchNames("   ")).toEqual([]);
  });
});
