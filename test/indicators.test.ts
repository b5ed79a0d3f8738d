/**
 * The DfE indicators: the files validate, every reference exists, and the figures match the raw
 * files in raw/dfe/ read by a different code path from the import (hyparquet's column-array API
 * instead of its objects API, the CSVs split by hand here instead of csv-parse, areas found by ONS
 * code or DfE number with their own date rule, LAIT regions by name). compare() and
 * indicatorSummary() are checked on real cases against figures computed here from the raw rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { asyncBufferFromFile, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { beforeAll, describe, expect, it } from "vitest";
import { UnknownIdError } from "../src/errors.js";
import { compare, getMeasure, indicatorSummary, indicators, indicatorsFor, measures } from "../src/indicators.js";
import { problemsOf, realFiles } from "./helpers.js";
import { ROOT } from "./helpers.js";

const read = (p: string): string => readFileSync(join(ROOT, p), "utf8");
const json = <T>(p: string): T => JSON.parse(read(p)) as T;

interface AreaRow {
  id: string;
  gss: string;
  dfe: number;
  start?: string;
  end?: string;
  formerGss?: { gss: string; end: string }[];
}
interface ServiceRow {
  id: string;
  area: string;
  start: string;
  end?: string;
}
const areas = json<{ records: AreaRow[] }>("data/areas.json").records;
const services = json<{ records: ServiceRow[] }>("data/services.json").records;
const neighbourLists = json<{ records: { area: string; neighbours: string[] }[] }>("data/neighbours.json").records;
const sourceIds = new Set(json<{ records: { id: string }[] }>("data/sources.json").records.map((s) => s.id));
const areaIds = new Set(areas.map((a) => a.id));
const REGIONS_BY_NAME: Record<string, string> = {
  England: "E92000001",
  "North East": "E12000001",
  "North West": "E12000002",
  "Yorkshire and the Humber": "E12000003",
  "Yorkshire and The Humber": "E12000003",
  "East Midlands": "E12000004",
  "West Midlands": "E12000005",
  "East of England": "E12000006",
  London: "E12000007",
  "South East": "E12000008",
  "South West": "E12000009",
};
const REGION_IDS = new Set(Object.values(REGIONS_BY_NAME));

/** A CSV line split by hand: commas outside double quotes. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
function csvByHand(p: string): Record<string, string>[] {
  const lines = read(p)
    .replace(/^\uFEFF/, "")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const header = splitCsvLine(lines[0]!.replace(/\r$/, ""));
  return lines.slice(1).map((l) => {
    const f = splitCsvLine(l.replace(/\r$/, ""));
    return Object.fromEntries(header.map((h, k) => [h, f[k]!]));
  });
}

/** What this test expects for a raw cell: a number, or null with the reason. */
function expectedOf(raw: string): { value: number | null; reason?: string } {
  const t = raw.trim();
  if (t !== "" && !Number.isNaN(Number(t))) return { value: Number(t) };
  const reasons: Record<string, string> = {
    "-": "not-published",
    x: "not-published",
    c: "suppressed",
    u: "suppressed",
    low: "suppressed",
    z: "not-applicable",
  };
  if (!(t in reasons)) throw new Error(`test does not know the raw code ${JSON.stringify(raw)}`);
  return { value: null, reason: reasons[t]! };
}
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The areas' ONS codes, current and former. */
const gssOf = (id: string): string[] => {
  const a = areas.find((x) => x.id === id)!;
  return [a.gss, ...(a.formerGss ?? []).map((f) => f.gss)];
};

type LaitCells = [code: string, years: string, name: string, value: string, la: number];
let lait: LaitCells[] = [];
let laitIndex = new Map<string, LaitCells>();
const workforce = csvByHand("raw/dfe/csc-csww_indicators_2017_to_2025.csv");
const population = csvByHand("raw/dfe/csc-ons_mid-year_population_estimates_2012_to_2024.csv");
const measureById = new Map(measures.map((m) => [m.id, m]));

beforeAll(async () => {
  const file = await asyncBufferFromFile(join(ROOT, "raw/dfe/lait-bds_long_0.parquet"));
  await parquetRead({
    file,
    compressors,
    columns: ["Short Desc", "Years", "LA and Regions", "Values", "LA Number"],
    rowFormat: "array",
    onComplete: (rows) => {
      lait = rows as unknown as LaitCells[];
    },
  });
  laitIndex = new Map(lait.map((r) => [`${r[0]}|${r[1]}|${r[4]}`, r]));
});

/** The LAIT `Years` of a period, written as the file writes it for this code. */
function laitYears(code: string, period: string): string {
  const fy = /^(\d{4})\/(\d{2})$/.exec(period);
  if (fy) return code === "LeaveCareSupServTotExp" ? `${fy[1]}-${fy[2]}` : `${fy[1]}-${fy[2]} (OT)`;
  return period.slice(0, 4);
}
/** The LAIT row of an area (by DfE number) or region (by name). */
function laitRow(code: string, area: string, period: string): LaitCells | undefined {
  const years = laitYears(code, period);
  if (REGION_IDS.has(area)) return lait.find((r) => r[0] === code && r[1] === years && r[4] >= 970 && REGIONS_BY_NAME[r[2]] === area);
  const dfe = areas.find((a) => a.id === area)!.dfe;
  return laitIndex.get(`${code}|${years}|${dfe}`);
}
/** The workforce CSV row of an area (by ONS code, joint rows included) or region. */
function workforceRow(area: string, year: string): Record<string, string> | undefined {
  if (area === "E92000001") return workforce.find((r) => r.time_period === year && r.geographic_level === "National");
  if (REGION_IDS.has(area)) return workforce.find((r) => r.time_period === year && r.geographic_level === "Regional" && r.region_code === area);
  const codes = gssOf(area);
  return workforce.find(
    (r) => r.time_period === year && r.geographic_level === "Local authority" && r.new_la_code!.split(" / ").some((c) => codes.includes(c)),
  );
}
function populationOf(area: string, year: string): number | undefined {
  const row =
    area === "E92000001"
      ? population.find((r) => r.time_period === year && r.geographic_level === "National")
      : REGION_IDS.has(area)
        ? population.find((r) => r.time_period === year && r.geographic_level === "Regional" && r.region_code === area)
        : population.find((r) => r.time_period === year && r.geographic_level === "Local authority" && gssOf(area).includes(r.new_la_code!));
  const v = row ? expectedOf(row.population_estimate!).value : null;
  return v ?? undefined;
}

/** The figure the raw files give for a record's area, measure and period, computed here. */
function rawExpected(area: string, measure: string, period: string): { value: number | null; reason?: string } | undefined {
  const m = measureById.get(measure as never)!;
  if (m.source === "dfe-csc-csww-indicators") {
    const row = workforceRow(area, period.slice(0, 4));
    return row ? expectedOf(row[m.code]!) : undefined;
  }
  const row = laitRow(m.code, area, period);
  if (!row) return undefined;
  const gross = expectedOf(row[3]);
  if (!m.derived) return gross;
  if (gross.value === null) return gross;
  const pop = populationOf(area, period.slice(0, 4));
  return pop === undefined ? { value: null, reason: "not-published" } : { value: Math.round((gross.value / pop) * 100) / 100 };
}

/** A small seeded generator, so a failing sample can be reproduced. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("indicators: the files", () => {
  it("a figure with a null value and no reason, or a duplicate, fails validation naming the record", () => {
    const files = realFiles();
    const rows = files.indicators.records as { area: string; measure: string; period: string; value: number | null; reason?: string }[];
    const first = rows[0]!;
    rows.push({ ...first });
    const nulled = rows.find((r) => r.value !== null && r.area === "doncaster")!;
    nulled.value = null;
    expect(problemsOf(files)).toEqual([
      `data/indicators.json: record ${JSON.stringify(`${nulled.area} / ${nulled.measure} / ${nulled.period}`)}: reason: is given when, and only when, the value is null`,
    ]);
    nulled.value = 1;
    expect(problemsOf(files)).toEqual([
      `data/indicators.json: record ${JSON.stringify(`${first.area} / ${first.measure} / ${first.period}`)}: area, measure, period: duplicate key ${JSON.stringify(`${first.area} / ${first.measure} / ${first.period}`)}`,
    ]);
  });

  it("name only areas, regions, measures and sources that exist; periods fit the measure", () => {
    const bad: string[] = [];
    const shape = { "financial-year": /^\d{4}\/\d{2}$/, "31-march": /^\d{4}-03-31$/, "30-september": /^\d{4}-09-30$/ };
    for (const r of indicators) {
      const m = measureById.get(r.measure);
      if (!areaIds.has(r.area) && !REGION_IDS.has(r.area)) bad.push(`area ${r.area}`);
      if (!m) bad.push(`measure ${r.measure}`);
      else if (!shape[m.period].test(r.period)) bad.push(`${r.measure} period ${r.period}`);
      if (!sourceIds.has(r.source)) bad.push(`source ${r.source}`);
      for (const j of r.joint ?? []) if (!areaIds.has(j)) bad.push(`joint ${j}`);
    }
    for (const m of measures) {
      if (!sourceIds.has(m.source)) bad.push(`measure source ${m.source}`);
      for (const c of m.citations) if (!sourceIds.has(c.source)) bad.push(`citation source ${c.source}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("cover every live area, the nine regions and England for every measure", () => {
    const live = areas.filter((a) => a.end === undefined).map((a) => a.id);
    for (const m of measures) {
      const have = new Set<string>(indicators.filter((r) => r.measure === m.id).map((r) => r.area));
      expect(
        live.filter((a) => !have.has(a)),
        m.id,
      ).toEqual([]);
      expect(
        [...REGION_IDS].filter((a) => !have.has(a)),
        m.id,
      ).toEqual([]);
    }
  });

  it("quote their sources: every quote is in its evidence, every CSV passage in its raw file, every LAIT passage a row of the file", () => {
    const evidence = new Map<string, string>();
    for (const m of measures)
      for (const c of m.citations) {
        if (!evidence.has(c.source)) evidence.set(c.source, read(`evidence/${c.source}.txt`));
        for (const piece of c.quote.split(" … ")) expect(evidence.get(c.source), `${m.id}: ${piece}`).toContain(piece);
      }
    const raw: Record<string, string> = {
      "dfe-lait-data-dictionary": read("raw/dfe/lait-lait_data_dictionary.csv"),
      "dfe-csc-csww-indicators": read("raw/dfe/csc-csww_indicators_2017_to_2025.csv"),
      "dfe-csc-ons-population": read("raw/dfe/csc-ons_mid-year_population_estimates_2012_to_2024.csv"),
    };
    const sources = json<{ records: { id: string; url: string; read: string }[] }>("data/sources.json").records;
    for (const [source, text] of evidence) {
      const [head, body] = text.split("\n\n", 2) as [string, string];
      const record = sources.find((s) => s.id === source)!;
      expect(head).toBe(`url: ${record.url}\nread: ${record.read}`);
      // An excerpt, as the project's rule for evidence files asks (at most 3,000 characters), unless the whole file is in raw/.
      if (!raw[source]) expect(body.trimEnd().length, source).toBeLessThanOrEqual(3000);
      expect(head).toMatch(/^url: https:\/\/github\.com\/dfe-analytical-services\/.+\/blob\/[0-9a-f]{40}\/.+\nread: 2026-12-04$/);
      for (const passage of body.trimEnd().split("\n…\n")) {
        if (source === "dfe-lait-bds-long") {
          const m = /^Short Desc: (.+?); Data item: .*; Years: (.+?); LA Number: (\d+); Values: (.+)$/.exec(passage);
          expect(m, passage).not.toBeNull();
          expect(laitIndex.get(`${m![1]}|${m![2]}|${m![3]}`)?.[3]).toBe(m![4]);
        } else expect(raw[source], `${source}: ${passage.slice(0, 80)}`).toContain(passage);
      }
    }
  });

  it("match the raw files on a random sample of 400 records, read independently", () => {
    const next = seeded(17);
    const mismatches: string[] = [];
    for (let k = 0; k < 400; k++) {
      const r = indicators[Math.floor(next() * indicators.length)]!;
      const want = rawExpected(r.area, r.measure, r.period);
      const ok =
        want !== undefined &&
        (want.value === null ? r.value === null && r.reason === want.reason : r.value !== null && close(r.value, want.value) && r.reason === undefined);
      if (!ok) mismatches.push(`${r.area} ${r.measure} ${r.period}: have ${r.value} ${r.reason ?? ""}, raw ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("hold exactly the LAIT file's figures for each measure: no figure lost, none made up, no zero where the file has none", () => {
    for (const m of measures.filter((x) => x.source === "dfe-lait-bds-long" && !x.derived)) {
      const rawFigures = lait.filter((r) => r[0] === m.code && r[4] !== 987 && r[4] !== 988 && expectedOf(r[3]).value !== null);
      const have = indicators.filter((r) => r.measure === m.id && r.value !== null);
      expect(have.length, m.id).toBe(rawFigures.length);
      const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
      expect(close(sum(have.map((r) => r.value!)), sum(rawFigures.map((r) => Number(r[3]))))).toBe(true);
    }
    // A zero is a zero in the raw file; a missing figure is never zero.
    for (const r of indicators.filter((x) => x.value === 0)) {
      const m = measureById.get(r.measure)!;
      const raw = m.source === "dfe-csc-csww-indicators" ? workforceRow(r.area, r.period.slice(0, 4))?.[m.code] : laitRow(m.code, r.area, r.period)?.[3];
      expect(Number(raw), `${r.area} ${r.measure} ${r.period}`).toBe(0);
    }
    // Every workforce code that means missing became a null with a reason.
    for (const row of workforce)
      for (const m of measures.filter((x) => x.source === "dfe-csc-csww-indicators")) {
        const want = expectedOf(row[m.code]!);
        if (want.value !== null || row.geographic_level === "Regional") continue;
        const area = areas.find((a) => gssOf(a.id).includes(row.new_la_code!.split(" / ")[0]!))?.id ?? "E92000001";
        const rec = indicators.find((r) => r.measure === m.id && r.area === area && r.period === `${row.time_period}-09-30`);
        expect(rec && rec.value === null && rec.reason === want.reason, `${m.id} ${area} ${row.time_period}`).toBe(true);
      }
  });

  it("mark the joint returns: Kingston and Richmond's workforce, and North and West Northamptonshire's", () => {
    const jointRows = workforce.filter((r) => r.old_la_code!.includes(" / "));
    expect(jointRows.length).toBeGreaterThan(0);
    const workforceMeasures = measures.filter((m) => m.family === "workforce");
    for (const row of jointRows) {
      const ids = row.new_la_code!.split(" / ").map((g) => areas.find((a) => gssOf(a.id).includes(g))!.id);
      for (const m of workforceMeasures)
        for (const id of ids) {
          const rec = indicators.find((r) => r.area === id && r.measure === m.id && r.period === `${row.time_period}-09-30`)!;
          expect(rec.joint, `${id} ${m.id} ${row.time_period}`).toEqual([...ids].sort());
          expect(rec.value).toEqual(expectedOf(row[m.code]!).value);
        }
    }
    const k = indicatorsFor("kingston-upon-thames", "workforce-agency-rate");
    expect(k.length).toBe(9);
    expect(k.every((r) => r.joint?.join() === "kingston-upon-thames,richmond-upon-thames")).toBe(true);
    expect(
      indicatorsFor("west-northamptonshire", "workforce-social-workers-fte").every((r) => r.joint?.join() === "north-northamptonshire,west-northamptonshire"),
    ).toBe(true);
    // Only workforce figures are joint, and only these four areas' (the other files give one figure each).
    const jointAreas = new Set(indicators.filter((r) => r.joint).map((r) => r.area));
    expect([...jointAreas].sort()).toEqual(["kingston-upon-thames", "north-northamptonshire", "richmond-upon-thames", "west-northamptonshire"]);
    expect(indicators.filter((r) => r.joint && measureById.get(r.measure)!.family !== "workforce")).toEqual([]);
  });

  it("print their sizes", () => {
    const rawBytes = Buffer.byteLength(read("data/indicators.json"));
    const minified = JSON.stringify(json<{ records: unknown[] }>("data/indicators.json").records);
    const gz = gzipSync(minified, { level: 9 }).length;
    console.log(
      `indicators.json: ${indicators.length} records, ${rawBytes} bytes as written, ${Buffer.byteLength(minified)} minified, ${gz} gzip of the minified records`,
    );
    expect(gz).toBeGreaterThan(0);
  });
});

/** Phase of a day or financial year against an arrangement, by plain ISO string comparison (full dates only). */
function expectedPhase(period: string, s: ServiceRow): string {
  const fy = /^(\d{4})\/\d{2}$/.exec(period);
  const first = fy ? `${fy[1]}-04-01` : period;
  const last = fy ? `${Number(fy[1]) + 1}-03-31` : period;
  if (last < s.start) return "before";
  if (s.end && first > s.end) return "after";
  if (first >= s.start && (!s.end || last <= s.end)) return "during";
  return "partly";
}
const medianOf = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe("compare and indicatorSummary, on real cases, against the raw files", () => {
  it("Doncaster's agency rate during and after its trust (2014-2022), beside its neighbours and England", () => {
    const c = compare("doncaster-2014", "workforce-agency-rate");
    const doncaster = services.find((s) => s.id === "doncaster-2014")!;
    const neighbours = neighbourLists.find((n) => n.area === "doncaster")!.neighbours;
    expect(c.neighbours).toEqual(neighbours);
    expect(c.rows.map((r) => r.period)).toEqual(["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"].map((y) => `${y}-09-30`));
    for (const row of c.rows) {
      const year = row.period.slice(0, 4);
      expect(row.value).toBe(expectedOf(workforceRow("doncaster", year)!.agency_rate_fte!).value);
      expect(row.england).toBe(expectedOf(workforceRow("E92000001", year)!.agency_rate_fte!).value);
      const values = neighbours.map((n) => expectedOf(workforceRow(n, year)?.agency_rate_fte ?? "x").value).filter((v): v is number => v !== null);
      expect(row.neighboursWithValue).toBe(values.length);
      expect(close(row.neighboursMedian!, medianOf(values)!)).toBe(true);
      expect(row.phase).toBe(expectedPhase(row.period, doncaster));
    }
    expect(c.rows.filter((r) => r.phase === "during").length).toBe(5);
    expect(c.rows.filter((r) => r.phase === "after").length).toBe(4);
  });

  it("Sunderland's spending per child before and during its trust, from the LAIT gross and the ONS population", () => {
    const c = compare("sunderland", "spending-cyp-gross-per-child");
    const trust = services.filter((s) => s.area === "sunderland");
    expect(c.services).toEqual(trust.map((s) => s.id));
    for (const row of c.rows) {
      const want = rawExpected("sunderland", "spending-cyp-gross-per-child", row.period)!;
      expect(row.value).toBe(want.value);
      expect(row.england).toBe(rawExpected("E92000001", "spending-cyp-gross-per-child", row.period)!.value);
      expect(row.phase).toBe(expectedPhase(row.period, trust[0]!));
    }
    expect(c.rows[0]).toMatchObject({ period: "2016/17", phase: "before" });
    expect(c.rows.some((r) => r.phase === "during")).toBe(true);
  });

  it("Slough's children in need rate across its two arrangements", () => {
    const c = compare("slough", "demand-children-in-need-rate");
    expect(c.services).toEqual(services.filter((s) => s.area === "slough").map((s) => s.id));
    expect(c.services.length).toBe(2);
    const neighbours = neighbourLists.find((n) => n.area === "slough")!.neighbours;
    for (const row of c.rows) {
      expect(row.value).toBe(expectedOf(laitRow("CIN", "slough", row.period)![3]).value);
      const values = neighbours.map((n) => expectedOf(laitRow("CIN", n, row.period)![3]).value).filter((v): v is number => v !== null);
      expect(close(row.neighboursMedian!, medianOf(values)!)).toBe(true);
      expect(row.neighboursWithValue).toBe(values.length);
    }
    // One arrangement followed the other: a day is during one of them or between them.
    expect(c.rows.every((r) => r.phase === "during" || r.phase === "between" || r.phase === "partly")).toBe(true);
  });

  it("Reading's arrangement began and ended inside financial years: those years are partly, never during", () => {
    const reading = services.find((s) => s.area === "reading")!;
    expect([reading.start, reading.end]).toEqual(["2018-12-01", "2025-09-30"]);
    const phases = new Map(compare("reading", "spending-cyp-gross-per-child").rows.map((r) => [r.period, r.phase]));
    expect([phases.get("2017/18"), phases.get("2018/19"), phases.get("2019/20"), phases.get("2024/25")]).toEqual(["before", "partly", "during", "during"]);
  });

  it("indicatorSummary: trust-run areas against the rest, agency rate at 30 September 2020", () => {
    const period = "2020-09-30";
    const s = indicatorSummary("workforce-agency-rate", period);
    const runOn = new Set(services.filter((x) => expectedPhase(period, x) === "during").map((x) => x.area));
    const partly = new Set(services.filter((x) => expectedPhase(period, x) === "partly").map((x) => x.area));
    const inFile = indicators.filter((r) => r.measure === "workforce-agency-rate" && r.period === period && !REGION_IDS.has(r.area)).map((r) => r.area);
    const value = (a: string): number | null => expectedOf(workforceRow(a, "2020")!.agency_rate_fte!).value;
    const independent = inFile.filter((a) => runOn.has(a) && value(a) !== null);
    const rest = inFile.filter((a) => !runOn.has(a) && !partly.has(a) && value(a) !== null);
    expect(s.independent.count).toBe(independent.length);
    expect(s.rest.count).toBe(rest.length);
    expect(s.independent.median).toBe(medianOf(independent.map((a) => value(a)!)));
    expect(s.rest.median).toBe(medianOf(rest.map((a) => value(a)!)));
    expect(s.independent.areas).toContain("doncaster");
    expect(s.independent.areas).toContain("sunderland");
    expect(s.independent.areas).toContain("slough");
    expect([...s.partly].sort()).toEqual(inFile.filter((a) => partly.has(a)).sort());
  });

  it("refuse unknown ids and periods with a clear error", () => {
    expect(() => indicatorsFor("atlantis" as never)).toThrow(UnknownIdError);
    expect(() => indicatorsFor("atlantis" as never)).toThrow(/"atlantis"/);
    expect(() => indicatorsFor("doncaster", "happiness" as never)).toThrow(/measures id "happiness"/);
    expect(() => compare("doncaster-1066" as never, "workforce-agency-rate")).toThrow(/"doncaster-1066"/);
    expect(() => getMeasure("nope" as never)).toThrow(UnknownIdError);
    expect(() => indicatorSummary("workforce-agency-rate", "2020")).toThrow(/2020-09-30/);
  });

  it("give former authorities their own figures, joined by DfE number or ONS code", () => {
    expect(indicatorsFor("northamptonshire", "spending-cyp-gross").map((r) => r.period)).toEqual(["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]);
    expect(indicatorsFor("buckinghamshire-county", "spending-cyp-gross").at(-1)?.period).toBe("2019/20");
    expect(indicatorsFor("buckinghamshire", "spending-cyp-gross")[0]?.period).toBe("2020/21");
    expect(indicatorsFor("cumbria", "workforce-agency-rate").at(-1)?.period).toBe("2022-09-30");
  });
});
