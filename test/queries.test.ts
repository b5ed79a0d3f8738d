import { describe, expect, it } from "vitest";
import {
  areasOn,
  budgetsFor,
  certaintyOn,
  citationsOf,
  findArea,
  findOrganisation,
  getArea,
  getOrganisation,
  getPerson,
  getService,
  getSource,
  nameOn,
  officeHoldersOn,
  operatorOn,
  servicesFor,
  servicesOn,
  summaryOn,
  timeline,
  UnknownIdError,
} from "../scripts/package.js";
import type { AreaId } from "../scripts/package.js";

describe("the list on a date", () => {
  it("gives the 11 areas of Community Care's list on 8 November 2020", () => {
    const names = servicesOn("2020-11-08")
      .map((s) => getArea(s.area).name)
      .sort();
    expect(names).toEqual([
      "Birmingham",
      "Doncaster",
      "Kingston upon Thames",
      "Northamptonshire",
      "Reading",
      "Richmond upon Thames",
      "Sandwell",
      "Slough",
      "Sunderland",
      "Windsor and Maidenhead",
      "Worcestershire",
    ]);
    expect(new Set(servicesOn("2020-11-08").map((s) => s.operator)).size).toBe(9);
  });

  it("gives 10 the day before Northamptonshire's trust launched", () => {
    expect(servicesOn("2020-10-31")).toHaveLength(10);
    expect(servicesOn(new Date(Date.UTC(2020, 10, 1)))).toHaveLength(11);
  });

  it("Reading: services passed on 1 December 2018, as the council's record says (fostering later), until 30 September 2025", () => {
    const reading = getService("reading-2018");
    expect(servicesOn("2018-11-30")).not.toContain(reading);
    expect(servicesOn("2018-12-01")).toContain(reading);
    expect(certaintyOn(reading, "2018-12")).toBe("certain");
    expect(certaintyOn(reading, "2025-10-01")).toBe("no");
    expect(reading.conflicts?.map((k) => k.note).join(" ")).toContain("November 2018");
  });

  it("matches Community Care's counts of September 2024 (12 areas, nine companies) and after Worcestershire's return (11 of 153)", () => {
    expect(summaryOn("2024-09-24")).toMatchObject({ authorities: 153, independent: 12, operators: 9 });
    expect(summaryOn("2024-10-01")).toMatchObject({ authorities: 153, independent: 11 });
  });
});

describe("an area's history", () => {
  it("Northamptonshire: the county until 31 March 2021, then the two unitaries", () => {
    expect(servicesFor("northamptonshire").map((s) => [s.start, s.end])).toEqual([["2020-11-01", "2021-03-31"]]);
    expect(getArea("northamptonshire").replacedBy).toEqual(["north-northamptonshire", "west-northamptonshire"]);
    for (const unitary of getArea("northamptonshire").replacedBy!) {
      expect(operatorOn(unitary, "2021-04-01")?.id).toBe("northamptonshire-childrens-trust");
      expect(operatorOn(unitary, "2021-03-31")).toBeUndefined();
    }
  });

  it("Slough: one company, renamed; two arrangements (independent trust, then council-owned)", () => {
    expect(servicesFor("slough").map((s) => [s.operator, s.origin.kind])).toEqual([
      ["slough-children-first", "statutory-direction"],
      ["slough-children-first", "council-decision"],
    ]);
    expect(nameOn("slough-children-first", "2021-03-31")).toBe("Slough Children's Services Trust");
    expect(nameOn("slough-children-first", "2021-04-01")).toBe("Slough Children First");
    expect(getOrganisation("slough-childrens-services-trust" as never).id).toBe("slough-children-first"); // the old id redirects
    expect(findOrganisation("Slough Children's Services Trust")?.id).toBe("slough-children-first");
    expect(() => nameOn("slough-children-first", "2021-02-30")).toThrow(RangeError);
  });

  it("an area never run independently has no history and no operator", () => {
    expect(servicesFor("west-sussex")).toEqual([]);
    expect(operatorOn("west-sussex", "2021-10-01")).toBeUndefined();
    expect(timeline({ subject: "west-sussex" }).map((e) => e.status)).toContain("cancelled");
  });

  it("the services back in-house are no longer independent", () => {
    expect(operatorOn("worcestershire", "2024-09-30")?.name).toBe("Worcestershire Children First");
    expect(operatorOn("worcestershire", "2024-10-01")).toBeUndefined();
    expect(operatorOn("reading", "2025-10-01")).toBeUndefined();
    expect(operatorOn("doncaster", "2022-09-01")).toBeUndefined();
  });
});

describe("office-holders", () => {
  it("Clare Chamberlain chaired Northamptonshire Children's Trust (interim) in October 2020", () => {
    const chairs = officeHoldersOn("2020-10", { organisation: "northamptonshire-childrens-trust", role: "chair" });
    expect(chairs.map((h) => [getPerson(h.person).name, h.interim])).toEqual([["Clare Chamberlain", true]]);
  });

  it("Ian Curryer was chair in June 2020 and is only possibly so in September 2020", () => {
    const filter = { organisation: "northamptonshire-childrens-trust", role: "chair" } as const;
    expect(officeHoldersOn("2020-06-15", filter).map((h) => h.person)).toEqual(["ian-curryer"]);
    expect(officeHoldersOn("2020-09-15", filter)).toEqual([]);
    // Not Julian Wooster: only his title in November 2022 is sourced, but he succeeded Clare
    // Chamberlain, who was still interim chair on 8 November 2020, so he began after that.
    expect(
      officeHoldersOn("2020-09-15", { ...filter, possible: true })
        .map((h) => h.person)
        .sort(),
    ).toEqual(["clare-chamberlain", "ian-curryer"]);
  });

  it("an office known only from a sighting is never certain beyond it", () => {
    // Julian Wooster: first seen as chairman on 26 April 2022, his start unknown.
    expect(officeHoldersOn("2022-04-25", { person: "julian-wooster" })).toEqual([]);
    expect(officeHoldersOn("2022-04-25", { person: "julian-wooster", possible: true })).toHaveLength(1);
    expect(officeHoldersOn("2022-04-26", { person: "julian-wooster" })).toHaveLength(1);
    expect(officeHoldersOn("2025", { person: "cathi-hadley" })).toEqual([]);
  });

  it("the seed's 'chair' for Chamberlain is kept as a conflict", () => {
    const interim = officeHoldersOn("2020-11-02", { person: "clare-chamberlain", role: "chair" })[0]!;
    expect(interim.conflicts?.[0]?.citations[0]?.quote).toBe("Clare Chamberlain, chair of the Trust");
  });
});

describe("lookups", () => {
  it("find an area by id, ONS code, former code, DfE number, name or council", () => {
    expect(findArea("E10000021")?.id).toBe("northamptonshire");
    expect(findArea("e06000062")?.id).toBe("west-northamptonshire");
    expect(findArea(928)?.id).toBe("northamptonshire");
    expect(findArea("941")?.id).toBe("west-northamptonshire");
    expect(findArea("E10000023")?.id).toBe("north-yorkshire");
    expect(findArea("E08000016")?.id).toBe("barnsley");
    expect(findArea("  KINGSTON UPON THAMES ")?.id).toBe("kingston-upon-thames");
    expect(findArea("City of Doncaster Council")?.id).toBe("doncaster");
    expect(findArea("Kingston")?.id).toBe("kingston-upon-thames"); // as Community Care lists it
    expect(findArea("Buckinghamshire")?.id).toBe("buckinghamshire");
    expect(findArea(825)?.id).toBe("buckinghamshire");
    expect(findArea("Narnia")).toBeUndefined();
  });

  it("find an organisation by name or alias with either apostrophe", () => {
    expect(findOrganisation("Northamptonshire Children’s Trust")?.id).toBe("northamptonshire-childrens-trust");
    expect(findOrganisation("northamptonshire children's trust")?.id).toBe("northamptonshire-childrens-trust");
    expect(findOrganisation("AfC")?.id).toBe("achieving-for-children");
    expect(findOrganisation("Birmingham Children’s’ Trust")?.id).toBe("birmingham-childrens-trust");
    expect(findOrganisation("")).toBeUndefined();
  });

  it("get* throw an error naming the id and the collection", () => {
    expect(() => getArea("atlantis" as AreaId)).toThrow(UnknownIdError);
    expect(() => getArea("atlantis" as AreaId)).toThrow('Unknown areas id "atlantis"');
    expect(() => getPerson("nobody" as never)).toThrow('Unknown people id "nobody"');
    expect(() => getSource(42 as never)).toThrow("Unknown sources id 42");
    expect(() => servicesFor("atlantis" as AreaId)).toThrow('Unknown areas id "atlantis"');
  });
});

describe("timeline, budgets, citations", () => {
  it("orders Northamptonshire's key dates and keeps plans apart from what happened", () => {
    const entries = timeline({ subject: "northamptonshire-childrens-trust", from: "2020-06", to: "2020-11" });
    expect(entries.map((e) => [e.date, e.status])).toContainEqual(["2020-07", "postponed"]);
    expect(entries.at(-1)?.date).toBe("2020-11-02");
    expect(entries.some((e) => e.date === "2020-11-01" && e.status === "happened")).toBe(true);
    const dates = entries.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(entries.every((e) => e.date >= "2020-06" || e.date === "2020")).toBe(true);
  });

  it("includes every arrangement's start and end", () => {
    const launches = timeline({ subject: "achieving-for-children" }).filter((e) => e.record && "operator" in e.record);
    expect(launches.map((e) => e.date)).toEqual(["2014-04-01", "2014-04-01", "2017-08-01"]);
  });

  it("budgets carry period and qualifier", () => {
    const b = budgetsFor("northamptonshire-childrens-trust");
    expect(b.map((x) => [x.period, x.value])).toContainEqual(["2023/24", 143_000_000]);
    expect(b.find((x) => x.qualifier === "in the region of")?.value).toBe(97_000_000);
    expect(budgetsFor("northamptonshire-county-council").find((x) => x.qualifier === "more than")?.value).toBe(7_000_000);
  });

  it("citationsOf resolves the sources", () => {
    const c = citationsOf(getService("northamptonshire-2020"));
    expect(c[0]?.source.publisher).toBe("Northamptonshire County Council");
    expect(c.map((x) => x.source.url).every((u) => u.startsWith("http"))).toBe(true);
  });
});

describe("areas over time", () => {
  it("counts 151 authorities in mid-2020 and 153 since April 2023", () => {
    expect(areasOn("2020-07-01")).toHaveLength(151);
    expect(areasOn("2023-04-01")).toHaveLength(153);
    expect(areasOn("2026-11-23")).toHaveLength(153);
  });

  it("a county ends the day before its successors begin", () => {
    expect(areasOn("2021-03-31").map((a) => a.id)).toContain("northamptonshire");
    expect(areasOn("2021-04-01").map((a) => a.id)).not.toContain("northamptonshire");
    expect(areasOn("2021-04-01").map((a) => a.id)).toEqual(expect.arrayContaining(["north-northamptonshire", "west-northamptonshire"]));
  });

  it("a code change does not count an authority twice", () => {
    const on = areasOn("2025-05-01");
    expect(on.filter((a) => a.dfe === 370)).toHaveLength(1);
    expect(new Set(on.map((a) => a.dfe)).size).toBe(on.length);
  });

  it("a date that begins before the package's scope is refused by every on-a-date helper alike", () => {
    for (const date of ["2010", "2014", "2014-03", "2014-03-31"]) {
      for (const ask of [
        () => areasOn(date),
        () => areasOn(date, { possible: true }),
        () => servicesOn(date),
        () => summaryOn(date),
        () => officeHoldersOn(date),
        () => operatorOn("sunderland", date),
      ])
        expect(ask).toThrow(
          new RangeError(`"${date}" ${date === "2014" ? "begins" : "is"} before 2014-04-01, where this package's scope begins: ask about a date from then on`),
        );
    }
    expect(areasOn("2014-04").length).toBe(152);
    expect(summaryOn("2014-04-01").authorities).toBe(152);
  });
});

describe("safety", () => {
  it("records and results are frozen", () => {
    const s = servicesOn("2020-11-08");
    expect(Object.isFrozen(s)).toBe(true);
    expect(() => ((s[0] as { start: string }).start = "1999")).toThrow(TypeError);
    expect(() => (getArea("slough").citations as unknown[]).push({})).toThrow(TypeError);
    expect(() => (servicesFor("slough") as unknown[]).pop()).toThrow(TypeError);
    expect(getArea("slough").gss).toBe("E06000039");
  });

  it("dates are checked", () => {
    expect(() => servicesOn("2020-13-01")).toThrow(RangeError);
    expect(() => officeHoldersOn("yesterday")).toThrow('Invalid date "yesterday"');
    expect(() => timeline({ from: "" })).toThrow(RangeError);
    expect(() => areasOn("2020-02-30")).toThrow("YYYY, YYYY-MM or YYYY-MM-DD");
  });
});
