/** The JSON and CSV files written into dist/ by the build, read back as an R or Python user would. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, COLLECTIONS, keyOf } from "../src/build/registry.js";
import * as main from "../scripts/package.js";
import * as inspectionsEntry from "../src/inspections.js";

/** Every collection, from whichever entry point exports it. */
const pkg = { ...main, ...inspectionsEntry } as unknown as Record<(typeof COLLECTION_NAMES)[number], readonly object[]> & typeof main;
import { csvHeader } from "../src/csv.js";
import { ROOT } from "./helpers.js";

const base = (name: (typeof COLLECTION_NAMES)[number]) => COLLECTIONS[name].file.replace(/\.json$/, "");

describe.each(COLLECTION_NAMES)("%s", (name) => {
  const json = JSON.parse(readFileSync(join(ROOT, "dist", "data", `${base(name)}.json`), "utf8"));
  const csvText = readFileSync(join(ROOT, "dist", "csv", `${base(name)}.csv`), "utf8");
  const rows: Record<string, string>[] = parse(csvText, { columns: true, bom: true });

  it("JSON is { asOf, version, records } with the package's records", () => {
    expect(Object.keys(json)).toEqual(["asOf", "version", "records"]);
    expect(json.asOf).toBe(pkg.asOf);
    expect(json.version).toBe(pkg.version);
    expect(json.records).toEqual((pkg as Record<string, unknown>)[name]);
  });

  it("CSV headers are the field names in snake_case, one style with the command line's CSV", () => {
    const header = csvText.slice(0, csvText.indexOf("\r\n")).split(",");
    for (const h of header) expect(h, `${base(name)}.csv`).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
    // A field of the JSON records is its column in snake_case.
    const first = (pkg[name] as readonly object[])[0] as Record<string, unknown>;
    for (const k of Object.keys(first).filter((k) => !["citations", "conflicts", "formerGss", "formerNames", "origin", "endReason", "confirmed"].includes(k)))
      expect(header, `${base(name)}.csv ${k}`).toContain(csvHeader(k));
  });

  it("CSV is RFC 4180 (CRLF), one row per record, ids and quotes intact", () => {
    expect(csvText.endsWith("\r\n")).toBe(true);
    const outsideQuotes = csvText.replace(/"[^"]*"/g, "");
    expect(/(^|[^\r])\n/.test(outsideQuotes)).toBe(false); // every record ends in CRLF
    const key = keyOf(name);
    const keyOfRow = (r: Record<string, unknown>) => key.map((k) => String(r[k])).join("|");
    expect(rows.map(keyOfRow)).toEqual((pkg[name] as readonly object[]).map((r) => keyOfRow(r as Record<string, unknown>)));
    if ("citations" in ((pkg[name] as readonly object[])[0] ?? {}))
      rows.forEach((row, i) =>
        expect(row.citation_quotes).toBe(
          ((pkg[name] as readonly object[])[i] as { citations: readonly { quote: string }[] }).citations.map((c) => c.quote).join(" | "),
        ),
      );
  });
});

describe("the services CSV joins DfE statistics", () => {
  it("carries each area's ONS code and DfE number beside the operator", () => {
    const rows: Record<string, string>[] = parse(readFileSync(join(ROOT, "dist", "csv", "services.csv")), { columns: true });
    const nct = rows.filter((r) => r.operator === "northamptonshire-childrens-trust").map((r) => [r.area_gss, r.area_dfe, r.start, r.end]);
    expect(nct).toEqual([
      ["E10000021", "928", "2020-11-01", "2021-03-31"],
      ["E06000061", "940", "2021-04-01", ""],
      ["E06000062", "941", "2021-04-01", ""],
    ]);
  });
});

describe("the CSV writer", () => {
  it("round-trips awkward fields through a standard parser", async () => {
    const { toCsv } = await import("../src/csv.js");
    const rows = [
      { a: 'say "hi", then\r\nleave', b: 3, c: true, d: undefined },
      { a: "", b: 0, c: false, d: "é’…" },
    ];
    const text = toCsv(rows, ["a", "b", "c", "d"]);
    expect(parse(text, { columns: true })).toEqual([
      { a: 'say "hi", then\r\nleave', b: "3", c: "true", d: "" },
      { a: "", b: "0", c: "false", d: "é’…" },
    ]);
    expect(text.startsWith("a,b,c,d\r\n")).toBe(true);
  });
});
