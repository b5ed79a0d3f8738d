/**
 * The grades of Ofsted's official statistics, applied to `data/inspections.json`: every authority's
 * 2009-2013 inspections (SLAC, CPI, TLAC) and its first SIF inspection and SIF re-inspection, with
 * every sub-judgement, from the tables kept in `raw/ofsted/` (see its README). Run by
 * `npm run import:ofsted` after the scrape's rows are read, or alone: `tsx scripts/import-ofsted-stats.ts`.
 *
 * The tables have no authority codes: rows are joined to areas on the name, exactly, through
 * `NAME_ALIASES` for the table's other spellings, and to the area that existed on the publication
 * day. A report is matched to an existing record of the same area published the same day (or in the
 * same month or year, where the record's date is partial); a SIF report the scrape dates a few
 * days apart is matched within `DAYS_APART`. Where the tables and the record disagree (a date, a
 * grade), the tables' value is kept and the other goes into `conflicts`, once.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { periodOf } from "../src/dates.js";
import type { RecordOf } from "../src/build/registry.js";

type AreaInput = RecordOf<"areas">;
type InspectionInput = RecordOf<"inspections">;

export const STATS_SOURCE = "ofsted-la-inspections-2009-2023";
export const STATS_FILES = {
  main: "raw/ofsted/ofsted-la-inspections-2009-2023.csv",
  former: "raw/ofsted/ofsted-la-inspections-2009-2023-former-authorities.csv",
} as const;
export const STATS_EVIDENCE = `evidence/${STATS_SOURCE}.txt`;
export const STATS_URL =
  "https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/2f5d11a431050523dab58810083259d3313029ae/data-raw/Childrens_social_care_in_England_2023_underlying_data.ods";
const READ = "2026-12-04";
const HISTORY_SOURCE = "ofsted-ilacs-history";
/** A SIF report the scrape dates this many days from the tables is the same report. */
export const DAYS_APART = 10;
/** Starts every note of a conflict this import records: found again, it is not added twice. */
export const CONFLICT_PREFIX = "Ofsted's official statistics";
/** Said on a SIF record the tables do not list: why it has no grade from them. */
export const NOT_LISTED =
  "Not in Ofsted's official statistics, which list each authority's first SIF inspection and one re-inspection only: no grade from them.";

/** The tables' spellings that differ from `data/areas.json`'s names. */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  "Bedford Borough": "Bedford",
  Bristol: "Bristol, City of",
  Durham: "County Durham",
  Herefordshire: "Herefordshire, County of",
  "Kingston Upon Hull": "Kingston upon Hull, City of",
  "Richmond Upon Thames": "Richmond upon Thames",
  "St Helens": "St. Helens",
};

type Field = "overall" | "leaders" | "helpAndProtection" | "inCare" | "careLeavers" | "adoption" | "lscb" | "safeguarding" | "lookedAfter" | "childProtection";
/** Each inspection of a row: its framework, its publication date column and its grade columns, by header. */
export const REGIMES: readonly { framework: "SLAC" | "CPI" | "TLAC" | "SIF"; label: string; date: string; grades: Readonly<Partial<Record<Field, string>>> }[] =
  [
    {
      framework: "SLAC",
      label: "SLAC inspection",
      date: "Safeguarding & Looked After Children (SLAC) Inspection publication date",
      grades: { safeguarding: "SLAC Safeguarding Overall effectiveness (OE)", lookedAfter: "SLAC Looked After Children Overall Effectiveness (OE)" },
    },
    {
      framework: "SLAC",
      label: "SLAC re-inspection of safeguarding",
      date: "SLAC re-inspection of Safeguarding publication date",
      grades: { safeguarding: "SLAC re-inspection Safeguarding OE" },
    },
    {
      framework: "SLAC",
      label: "SLAC re-inspection of services for children looked after",
      date: "SLAC re-inspection of services for Children Looked After publication date",
      grades: { lookedAfter: "SLAC re-inspection of services Children Looked After OE" },
    },
    {
      framework: "CPI",
      label: "child protection inspection",
      date: "Child Protection Inspections (CPI) publication date",
      grades: { childProtection: "CPI Overall Effectiveness (OE)" },
    },
    {
      framework: "CPI",
      label: "child protection re-inspection",
      date: "Child Protection Re-Inspection (CPRI) publication date",
      grades: { childProtection: "CPRI Overall Effectiveness (OE)" },
    },
    {
      framework: "TLAC",
      label: "TLAC inspection",
      date: "Targeted Looked After Children (TLAC) inspection publication date",
      grades: { lookedAfter: "TLAC Overall Effectiveness (OE)" },
    },
    {
      framework: "SIF",
      label: "first SIF inspection",
      date: "Single Inspection of LA Children's Services (SIF) First SIF publication date",
      grades: {
        overall: "First SIF Overall Judgement (OE)",
        helpAndProtection: "First SIF children who need help and protection",
        inCare: "First SIF children looked after and achieving permanence",
        adoption: "First SIF CLA Sub: Adoption Performance",
        careLeavers: "First SIF CLA Sub: Experiences and progress of care leavers",
        leaders: "First SIF leadership, management and governance",
        lscb: "LSCB Overall Effectiveness",
      },
    },
    {
      framework: "SIF",
      label: "SIF re-inspection",
      date: "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
      grades: {
        overall: "SIF Re-inspection Overall Judgement (OE)",
        helpAndProtection: "SIF Re-inspection children who need help and protection",
        inCare: "SIF Re-inspection children looked after and achieving permanence",
        adoption: "SIF Re-inspection CLA Sub: Adoption Performance",
        careLeavers: "SIF Re-inspection CLA Sub: Experiences and progress of care leavers",
        leaders: "SIF Re-inspection leadership, management and governance",
      },
    },
  ];

/** The tables' words → the package's: the 2009-2013 scale's third grade was "adequate". */
export function gradeOf(cell: string, framework: string): string | undefined {
  const words: Record<string, string> = { Outstanding: "outstanding", Good: "good", Inadequate: "inadequate" };
  if (cell === "Requires improvement to be good") return framework === "SIF" ? "requires improvement" : "adequate";
  if (cell === "" || cell.trim() === "-") return undefined;
  const g = words[cell];
  if (!g) throw new Error(`unknown grade ${JSON.stringify(cell)}`);
  return g;
}

export interface StatsRow {
  readonly file: keyof typeof STATS_FILES;
  readonly cells: Record<string, string>;
  readonly header: readonly string[];
  readonly values: readonly string[];
  readonly line: string;
}

/** Both tables' rows, each with its raw line (quotes are checked against it). */
export function statsRows(): StatsRow[] {
  return (Object.keys(STATS_FILES) as (keyof typeof STATS_FILES)[]).flatMap((file) => {
    const text = readFileSync(STATS_FILES[file], "utf8");
    const lines = text.split("\n");
    const all = parse(text, { info: true, relax_column_count: false }) as unknown as { record: string[]; info: { lines: number } }[];
    const header = all[0]!.record;
    for (const r of REGIMES)
      for (const h of [r.date, ...Object.values(r.grades)]) if (!header.includes(h)) throw new Error(`${STATS_FILES[file]}: no column ${JSON.stringify(h)}`);
    return all.slice(1).map(({ record, info }) => ({
      file,
      header,
      cells: Object.fromEntries(header.map((h, i) => [h, record[i]!] as const).filter(([h]) => h !== "")),
      values: record,
      line: lines[info.lines - 1]!,
    }));
  });
}

export interface OfficialInspection {
  readonly area: string;
  readonly published: string;
  readonly framework: InspectionInput["framework"];
  readonly label: string;
  readonly grades: Partial<Record<Field, string>>;
  /** The row's quoted parts: two where one report answered two columns (a re-inspection of both services). */
  readonly quotes: readonly string[];
  readonly row: StatsRow;
}

/** The area a row names, on the day given. */
export function areaOfName(name: string, day: string, areas: readonly AreaInput[]): AreaInput {
  const wanted = NAME_ALIASES[name] ?? name;
  const named = areas.filter((a) => a.name === wanted);
  if (!named.length) throw new Error(`no area is named ${JSON.stringify(name)}: add its spelling to NAME_ALIASES`);
  const first = periodOf(day).first;
  const live = named.filter((a) => (!a.start || periodOf(a.start).first <= first) && (!a.end || periodOf(a.end).last >= first));
  if (live.length !== 1) throw new Error(`${name} on ${day}: ${live.length} areas (${named.map((a) => a.id).join(", ")})`);
  return live[0]!;
}

/** The quote of one inspection: the authority's name, then its date and grade cells, exactly as in the row. */
export function quoteFor(row: StatsRow, regime: (typeof REGIMES)[number]): string {
  const from = row.header.indexOf(regime.date);
  const to = Math.max(...Object.values(regime.grades).map((h) => row.header.indexOf(h!)));
  const part = row.values.slice(from, to + 1).join(",");
  const quote = `${row.values[1]} … ${part}`;
  for (const piece of quote.split(" … ")) if (!row.line.includes(piece)) throw new Error(`cannot quote ${row.cells["Local authority name"]}: ${piece}`);
  return quote;
}

/** Every inspection the tables list, with its area. */
export function officialInspections(areas: readonly AreaInput[], rows = statsRows()): OfficialInspection[] {
  return rows
    .flatMap((row) =>
      REGIMES.flatMap((regime) => {
        const published = row.cells[regime.date]!;
        if (!published) return [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new Error(`not a date: ${published}`);
        const area = areaOfName(row.cells["Local authority name"]!, published, areas);
        const grades: Partial<Record<Field, string>> = {};
        for (const [field, column] of Object.entries(regime.grades)) {
          const g = gradeOf(row.cells[column!]!, regime.framework);
          if (g) grades[field as Field] = g;
        }
        return [{ area: area.id, published, framework: regime.framework, label: regime.label, grades, quotes: [quoteFor(row, regime)], row }];
      }),
    )
    .reduce<OfficialInspection[]>((list, o) => {
      // Two re-inspections of one authority published the same day (safeguarding and looked-after children) are one report.
      const same = list.findIndex((x) => x.area === o.area && x.published === o.published && x.framework === o.framework);
      if (same < 0) {
        list.push(o);
        return list;
      }
      const x = list[same]!;
      list[same] = { ...x, label: `${x.label} and ${o.label}`, grades: { ...x.grades, ...o.grades }, quotes: [...x.quotes, ...o.quotes] };
      return list;
    }, []);
}

const EARLY = new Set(["pre-SIF", "SLAC", "CPI", "TLAC"]);
const SIF_SCALE: readonly Field[] = ["overall", "leaders", "helpAndProtection", "inCare", "careLeavers", "adoption", "lscb"];
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** The record an official inspection is, if the data has it. */
function findRecord(o: OfficialInspection, records: readonly InspectionInput[], taken: ReadonlySet<string>): InspectionInput | undefined {
  const mine = records.filter((r) => r.area === o.area && !taken.has(r.id));
  const exact = mine.find((r) => r.published === o.published || (r.published.length < 10 && o.published.startsWith(r.published) && EARLY.has(r.framework)));
  if (exact) return exact;
  if (o.framework !== "SIF") return undefined;
  const near = mine.filter((r) => r.published.length === 10 && r.framework === "SIF" && days(r.published, o.published) <= DAYS_APART);
  return near.length === 1 ? near[0] : undefined;
}

function addConflict(r: InspectionInput, note: string, citations: InspectionInput["citations"]) {
  if (!citations.length) throw new Error(`${r.id}: a conflict needs the other source's citation`);
  const conflicts = [...(r.conflicts ?? [])];
  if (!conflicts.some((c) => c.note === note)) conflicts.push({ note, citations });
  r.conflicts = conflicts;
}

/** Applies the tables to the records (in place for matched records); returns the records and what changed. */
export function applyOfficialStats(records: InspectionInput[], areas: readonly AreaInput[], official = officialInspections(areas)) {
  const taken = new Set<string>();
  const added: InspectionInput[] = [];
  const disagreements: string[] = [];
  // Exact dates first, so a near date never takes a report that has its own record.
  const ordered = [...official].sort(
    (a, b) =>
      Number(!records.some((r) => r.area === a.area && r.published === a.published)) -
      Number(!records.some((r) => r.area === b.area && r.published === b.published)),
  );
  for (const o of ordered) {
    const cites = o.quotes.map((quote) => ({ source: STATS_SOURCE, quote }));
    const found = findRecord(o, [...records, ...added], taken);
    if (!found) {
      const id = `${o.area}-${o.published}`;
      if ([...records, ...added].some((r) => r.id === id)) throw new Error(`${id}: id taken by another report`);
      added.push({ id, area: o.area, framework: o.framework, published: o.published, ...o.grades, citations: cites } as InspectionInput);
      taken.add(id);
      continue;
    }
    taken.add(found.id);
    const r = found as InspectionInput & Record<string, unknown>;
    const others = r.citations.filter((c) => c.source !== STATS_SOURCE);
    const history = r.citations.filter((c) => c.source === HISTORY_SOURCE);
    const quoted = others.filter((c) => c.source !== HISTORY_SOURCE);
    if (r.published !== o.published && r.published.length === 10) {
      const note = `${CONFLICT_PREFIX} give the publication date ${o.published}; the history file gives ${r.published}.`;
      addConflict(r, note, history.length ? history : quoted);
      disagreements.push(`${r.id}: published ${o.published} (official) vs ${r.published}`);
    }
    if (r.framework !== o.framework && !EARLY.has(r.framework) && r.framework !== "SIF")
      disagreements.push(`${r.id}: framework ${o.framework} (official) vs ${r.framework}`);
    // A 2009-2013 record's grades on the SIF/ILACS scale are taken out: its own fields hold them.
    const early = EARLY.has(o.framework);
    for (const f of SIF_SCALE) {
      const had = r[f] as string | undefined;
      if (!had) continue;
      if (early) {
        // Its overall grade was that inspection's one judgement: check it against the tables' before moving it.
        const main = ({ SLAC: "safeguarding", CPI: "childProtection", TLAC: "lookedAfter" } as const)[o.framework as "SLAC" | "CPI" | "TLAC"];
        const now = o.grades[main];
        if (f === "overall" && now && now !== (had === "requires improvement" ? "adequate" : had)) {
          addConflict(r, `${CONFLICT_PREFIX} grade ${main} ${now}; other sources say ${had}.`, quoted.length ? quoted : history);
          disagreements.push(`${r.id}: ${main} ${now} (official) vs ${had}`);
        }
        delete r[f];
        continue;
      }
      const now = o.grades[f];
      if (now && had !== now) {
        addConflict(r, `${CONFLICT_PREFIX} grade ${f} ${now}; other sources say ${had}.`, quoted.length ? quoted : history);
        disagreements.push(`${r.id}: ${f} ${now} (official) vs ${had}`);
      }
    }
    for (const f of ["safeguarding", "lookedAfter", "childProtection"] as const) {
      const had = r[f];
      const now = o.grades[f];
      if (had && now && had !== now) {
        addConflict(r, `${CONFLICT_PREFIX} grade ${f} ${now}; other sources say ${had}.`, quoted);
        disagreements.push(`${r.id}: ${f} ${now} (official) vs ${had}`);
      }
    }
    r.framework = o.framework;
    r.published = o.published;
    Object.assign(r, o.grades);
    r.citations = [...history, ...cites, ...quoted];
    if (r.note === NOT_LISTED) delete r.note;
  }
  // A SIF report the tables do not list keeps no grade from them, and says so.
  for (const r of records) if (r.framework === "SIF" && !taken.has(r.id) && !r.note) r.note = NOT_LISTED;
  const all = [...records, ...added].map(ordered_fields).sort((a, b) => a.area.localeCompare(b.area) || a.published.localeCompare(b.published));
  return { records: all, added, disagreements, matched: taken.size - added.length };
}

/** The schema's field order, so a record reads the same whoever wrote it. */
const ORDER = [
  "id",
  "area",
  "framework",
  "start",
  "end",
  "published",
  "report",
  "overall",
  "leaders",
  "helpAndProtection",
  "inCare",
  "careLeavers",
  "adoption",
  "lscb",
  "safeguarding",
  "lookedAfter",
  "childProtection",
  "citations",
  "conflicts",
  "note",
];
function ordered_fields(r: InspectionInput): InspectionInput {
  const rec = r as unknown as Record<string, unknown>;
  const keys = Object.keys(rec);
  for (const k of keys) if (!ORDER.includes(k)) throw new Error(`${r.id}: unknown field ${k}`);
  return Object.fromEntries(ORDER.filter((k) => rec[k] !== undefined).map((k) => [k, rec[k]])) as unknown as InspectionInput;
}

/** The evidence file: the header and every row quoted, each a passage. */
export function evidenceText(official: readonly OfficialInspection[]): string {
  const rows = [...new Set(official.map((o) => o.row))];
  const headerLine = readFileSync(STATS_FILES.main, "utf8").split("\n")[0]!;
  const formerHeader = readFileSync(STATS_FILES.former, "utf8").split("\n")[0]!;
  const passages = [
    headerLine,
    ...rows.filter((r) => r.file === "main").map((r) => r.line),
    formerHeader,
    ...rows.filter((r) => r.file === "former").map((r) => r.line),
  ];
  return `url: ${STATS_URL}\nread: ${READ}\n\n${[...new Set(passages)].join("\n…\n")}\n`;
}

function main() {
  const areas = JSON.parse(readFileSync("data/areas.json", "utf8")).records as AreaInput[];
  const file = JSON.parse(readFileSync("data/inspections.json", "utf8")) as { records: InspectionInput[] };
  const official = officialInspections(areas);
  const { records, added, disagreements, matched } = applyOfficialStats(file.records, areas, official);
  writeFileSync("data/inspections.json", JSON.stringify({ $schema: "../schema.json", records }, null, 2) + "\n");
  writeFileSync(STATS_EVIDENCE, evidenceText(official));
  console.log(`import:ofsted-stats: ${official.length} inspections in the tables, ${matched} matched to records, ${added.length} added`);
  for (const d of disagreements) console.log(`  disagreement: ${d}`);
}

if ((process.argv[1] ?? "").endsWith("import-ofsted-stats.ts")) main();
