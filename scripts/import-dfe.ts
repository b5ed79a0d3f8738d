/**
 * `npm run import:dfe`: writes `data/measures.json` and `data/indicators.json` from the DfE and ONS
 * files kept unchanged in `raw/dfe/` (see `raw/dfe/README.md`), adds their source records to
 * `data/sources.json` and writes the evidence each measure quotes. Rows are joined to areas by DfE
 * number or ONS code, never by name; a missing figure is `null` with the reason the file's code
 * gives, never zero. Run again after replacing a raw file: the output is deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { periodOf } from "../src/dates.js";

const RAW = "raw/dfe";
const READ = "2026-12-04";
const LAIT_COMMIT = "2e30e3959a6ab8b2d22941b84764da41a40ac91b";
const CSC_COMMIT = "2f5d11a431050523dab58810083259d3313029ae";
const LAIT_BLOB = `https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/${LAIT_COMMIT}/01_data/02_prod`;
const CSC_BLOB = `https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/${CSC_COMMIT}/data-raw`;

/** The raw files this import reads, each a source record of its own. */
export const RAW_SOURCES = {
  lait: {
    id: "dfe-lait-bds-long",
    file: "lait-bds_long_0.parquet",
    url: `${LAIT_BLOB}/bds_long_0.parquet`,
    title: "local-authority-interactive-tool: 01_data/02_prod/bds_long_0.parquet",
    commit: LAIT_COMMIT,
    note: "The data behind the DfE's Local Authority Interactive Tool (LAIT): 434 measures for every authority, region and England.",
  },
  dictionary: {
    id: "dfe-lait-data-dictionary",
    file: "lait-lait_data_dictionary.csv",
    url: `${LAIT_BLOB}/lait_data_dictionary.csv`,
    title: "local-authority-interactive-tool: 01_data/02_prod/lait_data_dictionary.csv",
    commit: LAIT_COMMIT,
    note: "The LAIT's data dictionary: one row per measure (name, polarity, unit, description, publication, year type).",
  },
  workforce: {
    id: "dfe-csc-csww-indicators",
    file: "csc-csww_indicators_2017_to_2025.csv",
    url: `${CSC_BLOB}/csww_indicators_2017_to_2025.csv`,
    title: "CSC_outcomes_and_enablers: data-raw/csww_indicators_2017_to_2025.csv",
    commit: CSC_COMMIT,
    note: "Children's social work workforce by authority at 30 September 2017-2025, from the data behind the DfE's children's social care dashboard.",
  },
  population: {
    id: "dfe-csc-ons-population",
    file: "csc-ons_mid-year_population_estimates_2012_to_2024.csv",
    url: `${CSC_BLOB}/ons_mid-year_population_estimates_2012_to_2024.csv`,
    title: "CSC_outcomes_and_enablers: data-raw/ons_mid-year_population_estimates_2012_to_2024.csv",
    commit: CSC_COMMIT,
    note: "ONS mid-year estimates of children aged 0 to 17 by authority, 2012-2024, as the DfE's children's social care dashboard uses them.",
  },
} as const;

/** Why a figure is missing. */
export type NullReason = "suppressed" | "not-collected" | "not-applicable" | "not-published";

/**
 * The raw files' codes for a missing figure, and what each means here. The dashboard CSVs use the
 * GSS symbols of official statistics (`x` not available, `c` confidential, `z` not applicable,
 * `u` low reliability, `low` a positive figure that rounds to zero); the LAIT file writes every
 * missing figure as `-`, without saying why.
 */
export const MISSING_CODES: Readonly<Record<string, NullReason>> = {
  "-": "not-published",
  x: "not-published",
  "..": "not-published",
  ":": "not-published",
  c: "suppressed",
  u: "suppressed",
  low: "suppressed",
  z: "not-applicable",
};

/** The ONS code of each LAIT region number (987 and 988, Inner and Outer London, have none). */
export const LAIT_REGIONS: Readonly<Record<number, string>> = {
  970: "E92000001",
  980: "E12000001",
  981: "E12000002",
  982: "E12000003",
  983: "E12000004",
  984: "E12000005",
  985: "E12000006",
  986: "E12000007",
  989: "E12000008",
  990: "E12000009",
};

export type Family = "spending" | "workforce" | "demand" | "practice" | "care-leavers" | "adoption";
export type PeriodType = "financial-year" | "31-march" | "30-september";

/** One measure to import: where its figures come from and how they are described. */
interface MeasureSpec {
  id: string;
  family: Family;
  name: string;
  unit: string;
  period: PeriodType;
  /** The LAIT dictionary's `Measure_short` that describes it (and, for LAIT measures, its code). */
  dictionary: string;
  /** Where the figures are: the LAIT file, the workforce CSV's column, or gross ÷ population. */
  from: { lait: string } | { workforce: string } | { perChildOf: string };
  definition: string;
  /** Overrides the dictionary's polarity where the dictionary gives none. */
  higherIsBetter?: boolean | null;
}

const NOMINAL = "Nominal pounds (cash, not adjusted for inflation): compare years with care.";
const PER_CHILD =
  "Derived here: the gross figure divided by the ONS mid-year estimate of children aged 0 to 17 in the same area for the year the financial year starts (mid-2023 for 2023/24), rounded to the penny. Nominal pounds, not adjusted for inflation.";
const CIN_YEAR = "The period is the 31 March that ends the census year (2020-03-31 for the year to 31 March 2020).";

export const MEASURE_SPECS: readonly MeasureSpec[] = [
  {
    id: "spending-cyp-gross",
    family: "spending",
    name: "Children and young people's services: gross spend",
    unit: "GBP",
    period: "financial-year",
    dictionary: "C&YPExpenditure",
    from: { lait: "C&YPExpenditure" },
    definition: `Gross spend on children and young people's services (excluding capital expenditure charged to revenue, CERA) in the section 251 outturn, in pounds. ${NOMINAL}`,
  },
  {
    id: "spending-cyp-gross-per-child",
    family: "spending",
    name: "Children and young people's services: gross spend per child",
    unit: "GBP per child",
    period: "financial-year",
    dictionary: "C&YPExpenditure",
    from: { perChildOf: "spending-cyp-gross" },
    definition: `Gross spend on children and young people's services per child aged 0 to 17. ${NOMINAL}`,
  },
  {
    id: "spending-cla-gross",
    family: "spending",
    name: "Children looked after: gross spend",
    unit: "GBP",
    period: "financial-year",
    dictionary: "TotalLACFinance",
    from: { lait: "TotalLACFinance" },
    definition: `Gross spend on children looked after (residential care, fostering, adoption, special guardianship support and other lines) in the section 251 outturn, in pounds. ${NOMINAL}`,
  },
  {
    id: "spending-cla-gross-per-child",
    family: "spending",
    name: "Children looked after: gross spend per child",
    unit: "GBP per child",
    period: "financial-year",
    dictionary: "TotalLACFinance",
    from: { perChildOf: "spending-cla-gross" },
    definition: `Gross spend on children looked after per child aged 0 to 17 (all children, not per child looked after). ${NOMINAL}`,
  },
  {
    id: "spending-safeguarding-gross",
    family: "spending",
    name: "Safeguarding children and young people's services (social work, commissioning, safeguarding board): gross spend",
    unit: "GBP",
    period: "financial-year",
    dictionary: "SafeguardingFinance",
    from: { lait: "SafeguardingFinance" },
    definition: `Gross spend on the section 251 lines for social work (including child protection), commissioning and children's services strategy, and the local safeguarding children board, in pounds: the nearest the LAIT has to a social work total. ${NOMINAL}`,
  },
  {
    id: "spending-safeguarding-gross-per-child",
    family: "spending",
    name: "Safeguarding children and young people's services (social work): gross spend per child",
    unit: "GBP per child",
    period: "financial-year",
    dictionary: "SafeguardingFinance",
    from: { perChildOf: "spending-safeguarding-gross" },
    definition: `Gross spend on safeguarding children and young people's services (mostly social work) per child aged 0 to 17. ${NOMINAL}`,
  },
  {
    id: "spending-social-work-unit-cost",
    family: "spending",
    name: "Social work and commissioning: weekly unit cost per child in need",
    unit: "GBP per child in need per week",
    period: "financial-year",
    dictionary: "SWFinance",
    from: { lait: "SWFinance" },
    definition: `The DfE's approximate weekly unit cost: spend on social work, commissioning and children's services strategy in the outturn, divided by the children in need at 31 March, divided by 365, times 7, rounded to the nearest £5. ${NOMINAL}`,
  },
  {
    id: "spending-adoption-unit-cost",
    family: "spending",
    name: "Adoption services: weekly unit cost",
    unit: "GBP per child per week",
    period: "financial-year",
    dictionary: "AdoptionFinance",
    from: { lait: "AdoptionFinance" },
    definition: `The DfE's approximate weekly unit cost of adoption services: their outturn spend divided by the children freed for adoption or with a placement order at 31 March, divided by 365, times 7, rounded to the nearest £5. ${NOMINAL}`,
  },
  {
    id: "spending-leaving-care-gross",
    family: "spending",
    name: "Leaving care support services: gross spend",
    unit: "GBP",
    period: "financial-year",
    dictionary: "LeaveCareSupServTotExp",
    from: { lait: "LeaveCareSupServTotExp" },
    definition: `Gross spend on leaving care support services (personal advisers, pathway plans, the leaving care team) in the section 251 outturn, in pounds. ${NOMINAL}`,
  },
  {
    id: "workforce-agency-rate",
    family: "workforce",
    name: "Agency social workers (%)",
    unit: "percent",
    period: "30-september",
    dictionary: "Work_Force_Agecy_Rate",
    from: { workforce: "agency_rate_fte" },
    definition:
      "Agency children and family social workers as a percentage of all children and family social workers (agency and employed), full-time equivalent, at 30 September. Joint returns are marked `joint`.",
  },
  {
    id: "workforce-turnover-rate",
    family: "workforce",
    name: "Social worker turnover (%)",
    unit: "percent",
    period: "30-september",
    dictionary: "Work_Force_TO_Rate",
    from: { workforce: "turnover_rate_fte" },
    definition:
      "Employed children and family social workers who left in the year to 30 September as a percentage of those in post at 30 September, full-time equivalent. Joint returns are marked `joint`.",
  },
  {
    id: "workforce-vacancy-rate",
    family: "workforce",
    name: "Social worker vacancies (%)",
    unit: "percent",
    period: "30-september",
    dictionary: "Work_Force_Vac_Rate",
    from: { workforce: "vacancy_rate_fte" },
    definition:
      "Vacant children and family social worker posts as a percentage of vacancies plus employed social workers, full-time equivalent, at 30 September. Joint returns are marked `joint`.",
  },
  {
    id: "workforce-caseload",
    family: "workforce",
    name: "Average caseload per social worker (FTE)",
    unit: "cases per FTE social worker",
    period: "30-september",
    dictionary: "Work_Force_AvgNumCase_SW",
    from: { workforce: "caseload_fte" },
    definition:
      "Cases held by children and family social workers (including agency workers) at 30 September, divided by the full-time equivalent of those holding one or more cases. Joint returns are marked `joint`.",
  },
  {
    id: "workforce-social-workers-fte",
    family: "workforce",
    name: "Children and family social workers in post (FTE)",
    unit: "FTE",
    period: "30-september",
    dictionary: "Work_Force_NoSW",
    from: { workforce: "inpost_fte" },
    definition:
      "Full-time equivalent children and family social workers employed by the authority at 30 September (agency workers not included). Joint returns are marked `joint`: the figure is for both areas together.",
  },
  {
    id: "demand-children-in-need-rate",
    family: "demand",
    name: "Children in need per 10,000 children",
    unit: "per 10,000 children",
    period: "31-march",
    dictionary: "CIN",
    from: { lait: "CIN" },
    definition: `Children in need at 31 March per 10,000 children aged under 18. ${CIN_YEAR}`,
  },
  {
    id: "demand-child-protection-plan-rate",
    family: "demand",
    name: "Children on child protection plans per 10,000 children",
    unit: "per 10,000 children",
    period: "31-march",
    dictionary: "CPP_rate",
    from: { lait: "CPP_rate" },
    definition: `Children who were the subject of a child protection plan at 31 March per 10,000 children. ${CIN_YEAR}`,
  },
  {
    id: "demand-looked-after-rate",
    family: "demand",
    name: "Children looked after per 10,000 children",
    unit: "per 10,000 children",
    period: "31-march",
    dictionary: "LAC",
    from: { lait: "LAC" },
    definition: "Children looked after on 31 March per 10,000 children aged under 18.",
  },
  {
    id: "demand-referral-rate",
    family: "demand",
    name: "Referrals to children's social care per 10,000 children",
    unit: "per 10,000 children",
    period: "31-march",
    dictionary: "CPP_Total_Rateper10,000",
    from: { lait: "CPP_Total_Rateper10,000" },
    definition: `Referrals to children's social care in the year to 31 March per 10,000 children. ${CIN_YEAR}`,
  },
  {
    id: "practice-re-referrals",
    family: "practice",
    name: "Re-referrals within 12 months (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "ReReferral",
    from: { lait: "ReReferral" },
    definition: `Referrals in the year to 31 March made within 12 months of a previous referral of the same child, as a percentage of all referrals. ${CIN_YEAR}`,
  },
  {
    id: "practice-cpp-two-years-or-more",
    family: "practice",
    name: "Child protection plans lasting two years or more (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "CPPlans2yrsActive",
    from: { lait: "CPPlans2yrsActive" },
    definition: `Children subject to a child protection plan who had been so continuously for two years or more, as a percentage (the dictionary's method). ${CIN_YEAR}`,
  },
  {
    id: "practice-referrals-no-further-action",
    family: "practice",
    name: "Referrals closed with no further action (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "CIN_Refferals_NFA",
    from: { lait: "CIN_Refferals_NFA" },
    definition: `Referrals in the year to 31 March that resulted in no further action, as a percentage of all referrals. ${CIN_YEAR}`,
  },
  {
    id: "practice-assessed-not-in-need",
    family: "practice",
    name: "Referrals assessed and found not in need (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "Referrals_AssessedNotNeed",
    from: { lait: "Referrals_AssessedNotNeed" },
    definition: `Referrals in the year to 31 March that led to an assessment after which the child was found not to be in need, as a percentage of all referrals. ${CIN_YEAR}`,
  },
  {
    id: "care-leavers-suitable-accommodation",
    family: "care-leavers",
    name: "Care leavers aged 19 to 21 in suitable accommodation (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "CareLeaverAcc",
    from: { lait: "CareLeaverAcc" },
    definition:
      "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March who were in suitable accommodation, as a percentage of all of them. The period is the 31 March that ends the year.",
  },
  {
    id: "care-leavers-eet",
    family: "care-leavers",
    name: "Care leavers aged 19 to 21 in education, employment or training (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "CareLeaverEET",
    from: { lait: "CareLeaverEET" },
    definition:
      "Former relevant young people whose 19th, 20th or 21st birthday fell in the year to 31 March who were in education, employment or training, as a percentage of all of them. The period is the 31 March that ends the year.",
  },
  {
    id: "adoption-cla-adopted",
    family: "adoption",
    name: "Children ceasing to be looked after who were adopted (%)",
    unit: "percent",
    period: "31-march",
    dictionary: "%_of LAC Adopted",
    from: { lait: "%_of LAC Adopted" },
    definition:
      "Children who ceased to be looked after in the year to 31 March because they were adopted, as a percentage of all who ceased to be looked after. The period is the 31 March that ends the year.",
  },
];

// ---------------------------------------------------------------------------------------------
// Reading the raw files

export interface LaitRow {
  code: string;
  item: string;
  years: string;
  la: number;
  name: string;
  value: string;
}

/** The LAIT Parquet file's rows, as objects. */
export async function readLait(root = "."): Promise<LaitRow[]> {
  const buf = readFileSync(`${root}/${RAW}/${RAW_SOURCES.lait.file}`);
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const rows = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
  return rows.map((r) => ({
    code: String(r["Short Desc"]),
    item: r["Data item"] == null ? "" : String(r["Data item"]),
    years: String(r.Years),
    la: Number(r["LA Number"]),
    name: String(r["LA and Regions"]),
    value: String(r.Values),
  }));
}

/** A LAIT row as the evidence writes it: `column: value` pairs joined by "; ", on one line (the name column left out). */
export function laitRowText(r: LaitRow): string {
  const item = r.item.replace(/\s+/g, " ").trim();
  return `Short Desc: ${r.code}; Data item: ${item}; Years: ${r.years}; LA Number: ${r.la}; Values: ${r.value}`;
}

/** A CSV record with the exact raw text of each field, so quotes can be taken from the file. */
interface RawRecord {
  fields: string[];
  raw: string[];
}

/** Splits CSV text into records, keeping each field's raw text (quotes and all). */
export function rawCsvRecords(text: string): RawRecord[] {
  const out: RawRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields: string[] = [];
  let raw: string[] = [];
  while (i < text.length) {
    const start = i;
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quote");
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
      value = text.slice(start, i);
    }
    fields.push(value);
    raw.push(text.slice(start, i));
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    out.push({ fields, raw });
    fields = [];
    raw = [];
  }
  return out;
}

/** The dictionary's rows by `Measure_short`, with their raw text. */
function readDictionary(root: string): Map<string, { row: Record<string, string>; raw: string[]; header: string[] }> {
  const records = rawCsvRecords(readFileSync(`${root}/${RAW}/${RAW_SOURCES.dictionary.file}`, "utf8"));
  const header = records[0]!.fields;
  const map = new Map<string, { row: Record<string, string>; raw: string[]; header: string[] }>();
  for (const rec of records.slice(1)) {
    const row = Object.fromEntries(header.map((h, k) => [h, rec.fields[k] ?? ""]));
    if (!map.has(row.Measure_short!)) map.set(row.Measure_short!, { row, raw: rec.raw, header });
  }
  return map;
}

function readCsv(root: string, file: string): { rows: Record<string, string>[]; lines: string[] } {
  const text = readFileSync(`${root}/${RAW}/${file}`, "utf8");
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return { rows, lines: text.replace(/^\uFEFF/, "").split(/\r?\n/) };
}

// ---------------------------------------------------------------------------------------------
// Areas and periods

interface AreaLite {
  id: string;
  gss: string;
  dfe: number;
  start?: string;
  end?: string;
  formerGss?: { gss: string; end: string }[];
}

/** The last day a period stands for, as a day number: the date an area must have existed on. */
export function periodDay(period: string): number {
  const fy = /^(\d{4})\/(\d{2})$/.exec(period);
  if (fy) return periodOf(`${Number(fy[1]) + 1}-03-31`).first;
  return periodOf(period).first;
}

/** Finds areas by DfE number or ONS code, as they were on a period's day. */
export class AreaResolver {
  readonly #byDfe = new Map<number, AreaLite[]>();
  readonly #byGss = new Map<string, AreaLite[]>();
  constructor(areas: readonly AreaLite[]) {
    for (const a of areas) {
      (this.#byDfe.get(a.dfe) ?? this.#byDfe.set(a.dfe, []).get(a.dfe)!).push(a);
      for (const g of [a.gss, ...(a.formerGss ?? []).map((f) => f.gss)]) (this.#byGss.get(g) ?? this.#byGss.set(g, []).get(g)!).push(a);
    }
  }
  static existsOn(a: AreaLite, day: number): boolean {
    return (a.start === undefined || periodOf(a.start).first <= day) && (a.end === undefined || day <= periodOf(a.end).last);
  }
  /** The area with this DfE number (or ONS code) that existed on the period's day; undefined if none did. */
  resolve(key: number | string, period: string): { id: string; existed: boolean } | undefined {
    const list = typeof key === "number" ? this.#byDfe.get(key) : this.#byGss.get(key);
    if (!list) return undefined;
    const day = periodDay(period);
    const live = list.filter((a) => AreaResolver.existsOn(a, day));
    if (live.length > 1) throw new Error(`two areas for ${key} in ${period}: ${live.map((a) => a.id).join(", ")}`);
    if (live[0]) return { id: live[0].id, existed: true };
    // One area for the number, not yet (or no longer) in existence: name it, and let the caller decide.
    return list.length === 1 ? { id: list[0]!.id, existed: false } : undefined;
  }
}

/** `2016-17 (OT)` or `2016-17` → `2016/17`; `2016` → the measure's date in that year. */
export function laitPeriod(years: string, type: PeriodType): string {
  if (type === "financial-year") {
    const m = /^(\d{4})-(\d{2})(?: \(OT\))?$/.exec(years);
    if (!m) throw new Error(`not a financial year: ${years}`);
    return `${m[1]}/${m[2]}`;
  }
  if (!/^\d{4}$/.test(years)) throw new Error(`not a year: ${years}`);
  return type === "31-march" ? `${years}-03-31` : `${years}-09-30`;
}

/** A raw value as a number, or the reason it is missing. Throws on a code it does not know. */
export function parseValue(raw: string): { value: number } | { value: null; reason: NullReason } {
  const t = raw.trim();
  if (/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t)) return { value: Number(t) };
  const reason = MISSING_CODES[t.toLowerCase()];
  if (!reason) throw new Error(`unknown raw code ${JSON.stringify(raw)}`);
  return { value: null, reason };
}

/** LAIT stores floats as doubles (16.100000000000001): rounding to 10 significant digits gives the published figure. */
export function clean(n: number): number {
  return Number(n.toPrecision(10));
}

// ---------------------------------------------------------------------------------------------
// The import

export interface IndicatorOut {
  area: string;
  measure: string;
  period: string;
  value: number | null;
  reason?: NullReason;
  joint?: string[];
  source: string;
}

export interface Evidence {
  source: string;
  url: string;
  passages: string[];
}

export async function runImport(
  root = ".",
): Promise<{ measures: Record<string, unknown>[]; indicators: IndicatorOut[]; evidence: Evidence[]; outOfLife: string[] }> {
  const areas = JSON.parse(readFileSync(`${root}/data/areas.json`, "utf8")).records as AreaLite[];
  const resolver = new AreaResolver(areas);
  const dictionary = readDictionary(root);
  const lait = await readLait(root);
  const workforce = readCsv(root, RAW_SOURCES.workforce.file);
  const population = readCsv(root, RAW_SOURCES.population.file);
  const evidence = new Map<string, Set<string>>(Object.values(RAW_SOURCES).map((s) => [s.id, new Set<string>()]));
  const quote = (source: string, text: string): { source: string; quote: string } => {
    if (text.length > 400) throw new Error(`quote over 400 characters: ${text.slice(0, 60)}…`);
    evidence.get(source)!.add(text);
    return { source, quote: text };
  };

  // Population: "<area or region>|<year>" → children aged 0-17.
  const pop = new Map<string, number>();
  for (const r of population.rows) {
    const v = parseValue(r.population_estimate!);
    if (v.value === null) continue;
    const key = geographyOf(r, `${r.time_period}-06-30`, resolver);
    for (const k of key?.areas ?? []) pop.set(`${k}|${r.time_period}`, v.value);
  }

  const indicators: IndicatorOut[] = [];
  const outOfLife: string[] = [];
  const measures: Record<string, unknown>[] = [];
  const byMeasure = new Map<string, IndicatorOut[]>();

  for (const spec of MEASURE_SPECS) {
    const dict = dictionary.get(spec.dictionary);
    if (!dict) throw new Error(`no dictionary row for ${spec.dictionary}`);
    const out: IndicatorOut[] = [];
    let source: string;
    let code: string;
    let derived: string | undefined;
    const citations: { source: string; quote: string; note?: string }[] = dictionaryCitations(dict, quote);

    if ("lait" in spec.from) {
      source = RAW_SOURCES.lait.id;
      code = spec.from.lait;
      const rows = lait.filter((r) => r.code === code);
      if (rows.length === 0) throw new Error(`no LAIT rows for ${code}`);
      // The Parquet file has no text to quote: its first row for the measure (the one that names it),
      // written out field by field, stands for it in the evidence.
      const named = rows.find((r) => r.item !== "") ?? rows[0]!;
      citations.unshift({
        ...quote(source, laitRowText(named)),
        note: 'A row of the Parquet file, written out as `column: value` pairs joined by "; ".',
      });
      for (const r of rows) {
        const period = laitPeriod(r.years, spec.period);
        const v = parseValue(r.value);
        let area: string | undefined = LAIT_REGIONS[r.la];
        if (!area) {
          if (r.la === 987 || r.la === 988) continue;
          const found = resolver.resolve(r.la, period);
          if (!found) throw new Error(`LAIT LA number ${r.la} (${r.name}) is not in data/areas.json`);
          // The file fills the years before an authority began or after it ended with "-": leave those
          // out. A figure there is kept as the file gives it (the import reports each one).
          if (!found.existed) {
            if (v.value === null) continue;
            outOfLife.push(`${code} ${r.years} ${found.id} = ${r.value}`);
          }
          area = found.id;
        }
        out.push(
          v.value === null
            ? { area, measure: spec.id, period, value: null, reason: v.reason, source }
            : { area, measure: spec.id, period, value: clean(v.value), source },
        );
      }
    } else if ("workforce" in spec.from) {
      source = RAW_SOURCES.workforce.id;
      code = spec.from.workforce;
      const column = code;
      for (const r of workforce.rows) {
        const period = `${r.time_period}-09-30`;
        const geo = geographyOf(r, period, resolver);
        if (!geo) continue;
        const v = parseValue(r[column]!);
        for (const area of geo.areas) {
          const rec: IndicatorOut =
            v.value === null
              ? { area, measure: spec.id, period, value: null, reason: v.reason, source }
              : { area, measure: spec.id, period, value: v.value, source };
          if (geo.areas.length > 1) rec.joint = [...geo.areas].sort();
          out.push(rec);
        }
      }
      const header = workforce.lines[0]!;
      const first = header.split(",").slice(0, 10).join(",");
      citations.unshift(quote(source, `${first} … ${column}`));
      evidence.get(source)!.add(header);
      evidence.get(source)!.delete(`${first} … ${column}`);
      if (spec.id === "workforce-social-workers-fte") {
        for (const prefix of [
          "2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,314 / 318,",
          "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940 / 941,",
        ]) {
          const line = workforce.lines.find((l) => l.startsWith(prefix));
          if (!line) throw new Error(`no joint row ${prefix}`);
          const row = line.split(",").slice(0, 10).join(",");
          citations.push({ ...quote(source, row), note: "One row for two authorities: the import gives each area this row's figures and marks them joint." });
        }
      }
    } else {
      const baseId = spec.from.perChildOf;
      const base = byMeasure.get(baseId);
      const baseSpec = MEASURE_SPECS.find((s) => s.id === baseId)!;
      if (!base || !("lait" in baseSpec.from)) throw new Error(`per-child measure ${spec.id} before its base`);
      source = RAW_SOURCES.lait.id;
      code = baseSpec.from.lait;
      derived = `${PER_CHILD} Gross: ${code} in ${RAW_SOURCES.lait.id}; population: population_estimate (Children aged 0 to 17 years) in ${RAW_SOURCES.population.id}.`;
      for (const b of base) {
        const year = b.period.slice(0, 4);
        const p = pop.get(`${b.area}|${year}`);
        const rec: IndicatorOut =
          b.value === null
            ? { area: b.area, measure: spec.id, period: b.period, value: null, reason: b.reason!, source }
            : p === undefined
              ? { area: b.area, measure: spec.id, period: b.period, value: null, reason: "not-published", source }
              : { area: b.area, measure: spec.id, period: b.period, value: Math.round((b.value / p) * 100) / 100, source };
        out.push(rec);
      }
      const popHeader = population.lines[0]!;
      citations.push(quote(RAW_SOURCES.population.id, popHeader));
      const eng = population.lines.find((l) => l.startsWith("2024,Reporting year,National,"))!;
      citations.push(quote(RAW_SOURCES.population.id, eng));
    }

    const d = dict.row;
    // The dictionary's caveat on the 2024-25 outturn aggregates, where its row gives it.
    const AGGREGATES = "removed from national and regional aggregates Wandsworth and Middlesborough";
    let definition = spec.definition;
    if (d.Methodology?.includes(AGGREGATES)) {
      definition += " For 2024/25 the DfE left Wandsworth's and Middlesbrough's figures out of the England and regional totals, for quality concerns.";
      if ("perChildOf" in spec.from)
        definition +=
          " Their populations stay in the denominators here, so England's, London's and the North East's 2024/25 figures per child are a little low.";
      citations.push({ ...quote(RAW_SOURCES.dictionary.id, AGGREGATES), note: "The dictionary's methodology note on the 2024-25 outturn." });
    }
    // The dictionary's notes on the joint workforce returns, where its row gives them (the README quotes them as caveats).
    for (const JOINT of [
      "Kingston upon Thames and Richmond upon Thames submit a joint census return each year through Achieving for Children",
      "Since 2021 they have submitted a joint census return and data for both unitary authorities is reported against ‘North Northamptonshire / West Northamptonshire’",
    ])
      if (spec.family === "workforce" && d.Description?.includes(JOINT))
        citations.push({ ...quote(RAW_SOURCES.dictionary.id, JOINT), note: "The dictionary's note on a joint return." });
    const polarity = d.Polarity === "High" ? true : d.Polarity === "Low" ? false : null;
    const measure: Record<string, unknown> = {
      id: spec.id,
      name: spec.name,
      family: spec.family,
      unit: spec.unit,
      higherIsBetter: spec.higherIsBetter !== undefined ? spec.higherIsBetter : polarity,
      period: spec.period,
      definition,
      publication: publicationOf(d["Hyperlink(s)"]!),
      source,
      code,
    };
    if (derived) measure.derived = derived;
    measure.citations = citations;
    measures.push(measure);
    out.sort((a, b) => cmp(a.area, b.area) || cmp(a.period, b.period));
    byMeasure.set(spec.id, out);
    indicators.push(...out);
  }

  checkUnique(indicators);
  const evidenceOut: Evidence[] = Object.values(RAW_SOURCES).map((s) => ({ source: s.id, url: s.url, passages: [...evidence.get(s.id)!] }));
  return { measures, indicators, evidence: evidenceOut, outOfLife };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkUnique(records: readonly IndicatorOut[]): void {
  const seen = new Set<string>();
  for (const r of records) {
    const k = `${r.area}|${r.measure}|${r.period}`;
    if (seen.has(k)) throw new Error(`two records for ${k}`);
    seen.add(k);
  }
}

/** The first URL of the dictionary's `Hyperlink(s)` field. */
function publicationOf(field: string): string {
  const m = /https?:\/\/\S+/.exec(field);
  if (!m) throw new Error(`no URL in ${field}`);
  return m[0].replace(/[),;]+$/, "");
}

/**
 * Quotes of a dictionary row, short enough for the evidence to stay an excerpt: the measure's name,
 * then its code, polarity and unit (" … " skips the chart title between them); and its publication
 * link with its year type.
 */
function dictionaryCitations(
  dict: { row: Record<string, string>; raw: string[]; header: string[] },
  quote: (source: string, text: string) => { source: string; quote: string },
): { source: string; quote: string }[] {
  const id = RAW_SOURCES.dictionary.id;
  const at = (name: string): number => dict.header.indexOf(name);
  const name = dict.raw[at("Measure")]!;
  const code = dict.raw.slice(at("Measure_short"), at("y_axis_name") + 1).join(",");
  quote(id, name);
  quote(id, code);
  return [{ source: id, quote: `${name} … ${code}` }, quote(id, dict.raw.slice(at("Hyperlink(s)"), at("Year_Type") + 1).join(","))];
}

/**
 * The area ids (or region / England code) a dashboard CSV row is about, or undefined for a row
 * that has none (Inner and Outer London). A joint row ("314 / 318") gives both areas.
 */
function geographyOf(r: Record<string, string>, period: string, resolver: AreaResolver): { areas: string[] } | undefined {
  const level = r.geographic_level;
  if (level === "National") return { areas: [r.country_code!] };
  if (level === "Regional") return /^E12\d{6}$/.test(r.region_code!) ? { areas: [r.region_code!] } : undefined;
  if (level !== "Local authority") throw new Error(`unknown geographic level ${level}`);
  const codes = r.new_la_code!.split(" / ");
  const numbers = r.old_la_code!.split(" / ");
  const ids = codes.map((gss, k) => {
    const found = resolver.resolve(gss, period) ?? resolver.resolve(Number(numbers[k]), period);
    if (!found) throw new Error(`${gss} / ${numbers[k]} (${r.la_name}) is not in data/areas.json`);
    return found.id;
  });
  return { areas: ids };
}

function jsonLines(records: readonly unknown[]): string {
  return `{\n  "$schema": "../schema.json",\n  "records": [\n${records.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ]\n}\n`;
}

async function main(): Promise<void> {
  const { measures, indicators, evidence, outOfLife } = await runImport();
  for (const w of outOfLife) console.log(`kept, though the authority did not exist then: ${w}`);
  writeFileSync("data/measures.json", `${JSON.stringify({ $schema: "../schema.json", records: measures }, null, 2)}\n`);
  writeFileSync("data/indicators.json", jsonLines(indicators));
  // Sources: add (or refresh) one record per raw file, keeping every other source as it is.
  const sourcesFile = JSON.parse(readFileSync("data/sources.json", "utf8")) as { $schema: string; records: Record<string, unknown>[] };
  const ids = new Set(Object.values(RAW_SOURCES).map((s) => s.id as string));
  const kept = sourcesFile.records.filter((s) => !ids.has(s.id as string));
  for (const s of Object.values(RAW_SOURCES)) {
    kept.push({
      id: s.id,
      publisher: "Department for Education (dfe-analytical-services)",
      title: s.title,
      url: s.url,
      read: READ,
      kind: "dataset",
      note: `${s.note} Quoted at commit ${s.commit}; Open Government Licence v3.0. Kept unchanged in raw/dfe/${s.file}.`,
    });
  }
  writeFileSync("data/sources.json", `${JSON.stringify({ ...sourcesFile, records: kept }, null, 2)}\n`);
  for (const e of evidence) writeFileSync(`evidence/${e.source}.txt`, `url: ${e.url}\nread: ${READ}\n\n${e.passages.join("\n…\n")}\n`);
  const counts = new Map<string, number>();
  for (const r of indicators) counts.set(r.measure, (counts.get(r.measure) ?? 0) + 1);
  console.log(`${measures.length} measures, ${indicators.length} indicators`);
  for (const [m, n] of counts) console.log(`  ${m}: ${n}`);
}

if (process.argv[1]?.endsWith("import-dfe.ts")) await main();
