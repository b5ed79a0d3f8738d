/**
 * The data in the formats for users outside JavaScript, written into dist/ after the build:
 * `dist/data/<file>.json` ({ asOf, version, records }) and `dist/csv/<file>.csv` (RFC 4180, UTF-8).
 * Both come from the same validated data as the package entry.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { csvHeader, toCsv } from "../src/csv.js";
import { nameOn } from "../src/queries.js";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type DatasetInput } from "../src/build/registry.js";
import { packageMeta } from "./generated.js";
import { loadDataOrThrow } from "./load-data.js";

type Row = Record<string, string | number | boolean | undefined>;
interface Cit {
  source: string;
  quote: string;
  note?: string;
}

/** Citations become three columns, each listing every citation in order, joined by " | ". */
function citationColumns(data: DatasetInput, citations: Cit[], prefix = "citation"): Row {
  const url = (id: string) => data.sources.find((s) => s.id === id)?.url ?? "";
  return {
    [`${prefix}_sources`]: citations.map((c) => c.source).join(" | "),
    [`${prefix}_urls`]: citations.map((c) => url(c.source)).join(" | "),
    [`${prefix}_quotes`]: citations.map((c) => c.quote).join(" | "),
  };
}

const list = (v: readonly string[] | undefined) => v?.join("; ");

/** Fields holding a cited part: the CSV column its value goes in, and which of its fields that is. */
const CITED_PARTS: Record<string, { name: string; value: string }> = {
  origin: { name: "origin", value: "kind" },
  endReason: { name: "end_reason", value: "statement" },
  confirmed: { name: "confirmed", value: "date" },
};

/** One flat row per record: scalars as they are, lists joined by "; ", names beside ids. */
export function csvRows(data: DatasetInput, name: CollectionName): Row[] {
  const areaOf = (id: string) => data.areas.find((a) => a.id === id);
  return (data[name] as unknown as Record<string, unknown>[]).map((r) => {
    const { citations, conflicts, ...rest } = r as { citations?: Cit[]; conflicts?: { note: string; citations: Cit[] }[] } & Record<string, unknown>;
    const row: Row = {};
    for (const [key, value] of Object.entries(rest)) {
      if (key === "formerGss") row.former_gss = (value as { gss: string; end: string }[]).map((f) => `${f.gss} (to ${f.end})`).join("; ");
      else if (key === "formerNames") row.former_names = (value as { name: string; end: string }[]).map((f) => `${f.name} (to ${f.end})`).join("; ");
      else if (key === "owners")
        row.owners = (value as { owner: string; share?: number }[]).map((o) => (o.share === undefined ? o.owner : `${o.owner} (${o.share}%)`)).join("; ");
      else if (CITED_PARTS[key] && value && typeof value === "object") {
        // A cited part (an arrangement's origin, end reason, confirmation): its value, then its sources.
        const part = value as { citations: Cit[] } & Record<string, string>;
        const column = CITED_PARTS[key]!;
        Object.assign(row, { [column.name]: part[column.value] }, citationColumns(data, part.citations, column.name));
      } else row[csvHeader(key)] = Array.isArray(value) ? list(value as string[]) : (value as Row[string]);
    }
    if (name === "services") {
      const area = areaOf(r.area as string);
      Object.assign(row, { area_name: area?.name, area_gss: area?.gss, area_dfe: area?.dfe, operator_name: nameOn(r.operator as never, r.start as string) }); // the name it had then
    }
    if (citations) Object.assign(row, citationColumns(data, citations));
    if (citations) row.conflicts = conflicts?.map((k) => `${k.note} [${k.citations.map((c) => `${c.source}: "${c.quote}"`).join("; ")}]`).join(" | ");
    return row;
  });
}

/** The columns of a collection's CSV, in the order of its schema's fields, names beside ids, each in snake_case (`csvHeader`). */
export function csvColumns(name: CollectionName): string[] {
  const shape = Object.keys((COLLECTIONS[name].schema as unknown as { shape: Record<string, unknown> }).shape);
  // Identity and facts first; the evidence last.
  const evidence = ["citations", "conflicts", "note"];
  const fields = [...shape.filter((f) => !evidence.includes(f)), ...evidence.filter((f) => shape.includes(f))];
  const columns: string[] = [];
  for (const field of fields) {
    if (field === "citations") columns.push("citation_sources", "citation_urls", "citation_quotes");
    else if (field === "formerGss") columns.push("former_gss");
    else if (field === "formerNames") columns.push("former_names");
    else if (CITED_PARTS[field]) {
      const n = CITED_PARTS[field]!.name;
      columns.push(n, `${n}_sources`, `${n}_urls`, `${n}_quotes`);
    } else columns.push(csvHeader(field));
    if (name === "services" && field === "area") columns.push("area_name", "area_gss", "area_dfe");
    if (name === "services" && field === "operator") columns.push("operator_name");
  }
  return columns;
}

/** Writes dist/data/*.json and dist/csv/*.csv from validated records, as written in data/ (zod's output would reorder their keys). */
export function writeFormats(data: DatasetInput, outDir = "dist"): string[] {
  const { version, dataAsOf } = packageMeta();
  mkdirSync(`${outDir}/data`, { recursive: true });
  mkdirSync(`${outDir}/csv`, { recursive: true });
  const written: string[] = [];
  for (const name of COLLECTION_NAMES) {
    const base = COLLECTIONS[name].file.replace(/\.json$/, "");
    writeFileSync(`${outDir}/data/${base}.json`, JSON.stringify({ asOf: dataAsOf, version, records: data[name] }, null, 2) + "\n");
    const rows = csvRows(data, name);
    const columns = csvColumns(name);
    writeFileSync(`${outDir}/csv/${base}.csv`, toCsv(rows, columns));
    written.push(`data/${base}.json`, `csv/${base}.csv`);
  }
  return written;
}

if ((process.argv[1] ?? "").endsWith("formats.ts")) {
  const { asWritten } = loadDataOrThrow();
  console.log(`formats: ${writeFormats(asWritten).length} files in dist/data and dist/csv`);
}
