/**
 * `npm run import:ofsted`: writes `data/inspections.json` and `data/neighbours.json` from the Ofsted
 * history and lookup files kept in `raw/ofsted-scrape/` (copies of JT-39/ofsted-ilacs-scrape-tool at the
 * commit the sources cite). Rows are joined to areas by Ofsted's provider number → ONS code / DfE
 * number, never by name. Judgements and citations added by hand from other sources are kept: only
 * the file's own fields and its citation are rewritten. Then the grades of Ofsted's official
 * statistics (`raw/ofsted/`) are applied by `applyOfficialStats` (scripts/import-ofsted-stats.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { periodOf } from "../src/dates.js";
import type { RecordOf } from "../src/build/registry.js";

type AreaInput = RecordOf<"areas">;
type InspectionInput = RecordOf<"inspections">;
type NeighbourInput = RecordOf<"neighbours">;
import { applyOfficialStats, evidenceText, officialInspections, STATS_EVIDENCE } from "./import-ofsted-stats.js";

export const HISTORY_SOURCE = "ofsted-ilacs-history";
export const LOOKUP_SOURCE = "ofsted-provider-lookup";
const GRADES = new Set(["outstanding", "good", "requires improvement", "inadequate"]);
/** The history file's judgement columns, and the fields of an inspection they fill. */
export const JUDGEMENTS = {
  overall_effectiveness_grade: "overall",
  impact_of_leaders_grade: "leaders",
  help_and_protection_grade: "helpAndProtection",
  in_care_grade: "inCare",
  care_leavers_grade: "careLeavers",
} as const;

/** Judgements the history file has no column for. */
const OTHER_JUDGEMENTS = ["adoption", "lscb", "safeguarding", "lookedAfter", "childProtection"] as const;

export type HistoryRow = Record<string, string> & { line: string };

/** The history file's rows, each with its raw line (quotes are checked against it). */
export function historyRows(text = readFileSync("raw/ofsted-scrape/ilacs-history.csv", "utf8")): HistoryRow[] {
  const lines = text.split(/\r?\n/);
  const rows = parse(text, { columns: true, skip_empty_lines: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  return rows.map(({ record, info }) => ({ ...record, line: lines[info.lines - 1]! }));
}

export function lookupRows(text = readFileSync("raw/ofsted-scrape/provider-lookup.csv", "utf8")): (Record<string, string> & { line: string })[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  return rows.map(({ record, info }) => ({ ...record, line: lines[info.lines - 1]! }));
}

/** dd/mm/yy or dd/mm/yyyy → YYYY-MM-DD. */
export function isoOf(d: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/.exec(d);
  if (!m) throw new Error(`not a dd/mm/yy date: ${JSON.stringify(d)}`);
  return `${m[3]!.length === 2 ? `20${m[3]}` : m[3]}-${m[2]}-${m[1]}`;
}

/** The framework a row was inspected under; the file leaves SIF rows empty. */
export function frameworkOf(row: HistoryRow): InspectionInput["framework"] {
  if (row.overall_effectiveness_grade === "not_reported_post_reform") return "ILACS 2026";
  if (row.inspection_framework === "standard") return "ILACS standard";
  if (row.inspection_framework === "short") return "ILACS short";
  // The single inspection framework's last reports came out in 2018; ILACS began that year.
  if (row.inspection_framework === "" && isoOf(row.publication_date!) < "2019-01-01" && !row.inspection_start_date) return "SIF";
  return "ILACS";
}

/** The area a row's provider number stands for, on the day the report was published. */
export function areaOfRow(urn: string, published: string, lookup: Map<string, Record<string, string>>, areas: readonly AreaInput[]): AreaInput {
  const l = lookup.get(urn);
  if (!l) throw new Error(`provider ${urn} is not in the lookup file`);
  const day = periodOf(published).first;
  const candidates = areas.filter((a) => a.gss === l.la_code_new || a.formerGss?.some((f) => f.gss === l.la_code_new) || String(a.dfe) === l.la_code);
  const live = candidates.filter((a) => (!a.start || periodOf(a.start).first <= day) && (!a.end || periodOf(a.end).last >= day));
  if (live.length !== 1)
    throw new Error(`provider ${urn} (${l.la_code_new}) on ${published}: ${live.length} areas match (${candidates.map((a) => a.id).join(", ")})`);
  return live[0]!;
}

/** The part of a row quoted as its citation: publication date to the last judgement. */
export function quoteOf(row: HistoryRow): string {
  const fields = ["publication_date", "inspection_framework", "inspector_name", "inspection_start_date", "inspection_end_date", ...Object.keys(JUDGEMENTS)];
  const quote = fields.map((f) => row[f]).join(",");
  if (!row.line.includes(quote)) throw new Error(`cannot quote row ${row.inspection_link}: fields need CSV quoting`);
  return quote;
}

export function inspectionOf(row: HistoryRow, area: AreaInput, existing?: InspectionInput): InspectionInput {
  const published = isoOf(row.publication_date!);
  const fromFile: Partial<InspectionInput> = {};
  for (const [column, field] of Object.entries(JUDGEMENTS)) if (GRADES.has(row[column]!)) (fromFile as Record<string, string>)[field] = row[column]!;
  const cite = { source: HISTORY_SOURCE, quote: quoteOf(row) };
  const others = existing?.citations.filter((c) => c.source !== HISTORY_SOURCE) ?? [];
  const record: InspectionInput = {
    id: `${area.id}-${published}`,
    area: area.id,
    // Once imported, a framework corrected by a quoted source stays (the file's claim is then a conflict).
    framework: existing?.framework ?? frameworkOf(row),
    ...(row.inspection_start_date && { start: isoOf(row.inspection_start_date) }),
    ...(row.inspection_end_date && { end: isoOf(row.inspection_end_date) }),
    published,
    report: row.inspection_link!,
    // Grades from other sources fill what the file lacks; the file's own grades come first.
    ...Object.fromEntries(Object.values(JUDGEMENTS).flatMap((f) => (existing?.[f] ? [[f, existing[f]]] : []))),
    ...fromFile,
    // Fields only other sources fill (Ofsted's official statistics: scripts/import-ofsted-stats.ts) stay.
    ...Object.fromEntries(OTHER_JUDGEMENTS.flatMap((f) => (existing?.[f] ? [[f, existing[f]]] : []))),
    citations: [cite, ...others],
    ...(existing?.conflicts && { conflicts: existing.conflicts }),
    ...(existing?.note && { note: existing.note }),
  };
  return record;
}

function main() {
  const areas = JSON.parse(readFileSync("data/areas.json", "utf8")).records as AreaInput[];
  const file = JSON.parse(readFileSync("data/inspections.json", "utf8").toString() || '{"records":[]}') as { $schema?: string; records: InspectionInput[] };
  const byId = new Map(file.records.map((r) => [r.id, r]));
  const lookup = lookupRows();
  const lookupByUrn = new Map(lookup.map((l) => [l.urn!, l]));
  const fromFile = historyRows().map((row) => {
    const area = areaOfRow(row.urn!, isoOf(row.publication_date!), lookupByUrn, areas);
    return inspectionOf(row, area, byId.get(`${area.id}-${isoOf(row.publication_date!)}`));
  });
  const ids = new Set(fromFile.map((r) => r.id));
  if (ids.size !== fromFile.length) throw new Error("two reports of one area on one day: ids collide");
  // Records from other sources (reports not in the file) stay as they are.
  const extra = file.records.filter((r) => !ids.has(r.id) && !r.citations.some((c) => c.source === HISTORY_SOURCE));
  // Then Ofsted's official statistics: their dates and grades, the 2009-2013 inspections, conflicts.
  const official = officialInspections(areas);
  const { records } = applyOfficialStats([...fromFile, ...extra], areas, official);
  writeFileSync("data/inspections.json", JSON.stringify({ $schema: "../schema.json", records }, null, 2) + "\n");
  writeFileSync(STATS_EVIDENCE, evidenceText(official));

  // The lookup still uses some former ONS codes (Sheffield's before 2025, say): match those too.
  const byGss = new Map(areas.filter((a) => !a.end).flatMap((a) => [a.gss, ...(a.formerGss ?? []).map((f) => f.gss)].map((g) => [g, a] as const)));
  const neighbours: NeighbourInput[] = lookup
    .filter((l) => l.stat_neighbours_la_code)
    .map((l) => {
      const area = byGss.get(l.la_code_new!);
      if (!area) throw new Error(`no live area with ONS code ${l.la_code_new}`);
      const codes = l.stat_neighbours_la_code!.split(",").map((c) => c.trim());
      return {
        id: area.id,
        area: area.id,
        neighbours: codes.map((c) => {
          const n = byGss.get(c);
          if (!n) throw new Error(`${area.id}: no live area with ONS code ${c}`);
          return n.id;
        }),
        citations: [{ source: LOOKUP_SOURCE, quote: `${l.la_code_new},"${l.stat_neighbours}","${l.stat_neighbours_la_code}"` }],
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const n of neighbours) if (!lookup.some((l) => l.line.includes(n.citations[0]!.quote))) throw new Error(`${n.id}: quote not in the lookup file`);
  writeFileSync("data/neighbours.json", JSON.stringify({ $schema: "../schema.json", records: neighbours }, null, 2) + "\n");
  console.log(
    `import:ofsted: ${fromFile.length} inspections from the history file, ${extra.length} from other sources, ${official.length} in the official statistics; ${neighbours.length} neighbour lists`,
  );
}

if ((process.argv[1] ?? "").endsWith("import-ofsted.ts")) main();
