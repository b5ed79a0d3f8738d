import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { historyRows, lookupRows } from "../scripts/import-ofsted.js";
import { allEvidence, citationsIn, corpusFor, DATASET_FILES, missingPieces, parseEvidence } from "../src/build/quotes.js";
import { problemsOf, realFiles, recordOf, ROOT } from "./helpers.js";

/** The project's shared folder of ground truth, beside the repository, where present (not in CI). */
const SHARED = join(ROOT, "..", "shared");
const hasShared = existsSync(join(SHARED, "seeds")) && existsSync(join(SHARED, "facts", "verified.md"));

interface Cit {
  source: string;
  quote: string;
}
const files = realFiles();
const citations: [string, Cit][] = [];
for (const [name, file] of Object.entries(files)) {
  if (name === "sources") continue;
  // Every citation, including those of a record's parts (an arrangement's origin, end reason, confirmation).
  for (const r of file.records as { id: string }[]) for (const [at, c] of citationsIn(r)) citations.push([`${name} ${r.id} ${at}`, c]);
}
const sources = files.sources.records as { id: string; url: string; read: string }[];
const evidence = allEvidence(join(ROOT, "evidence"));

describe("quotes are the sources' exact words", () => {
  it("every source has its evidence in the repository: an excerpt file, or a committed dataset", () => {
    const missing = sources.filter((s) => !evidence.has(s.id) && !DATASET_FILES[s.id]).map((s) => s.id);
    expect(missing).toEqual([]);
    const orphans = [...evidence.keys()].filter((id) => !sources.some((s) => s.id === id));
    expect(orphans).toEqual([]);
    const wrongUrl = sources.filter((s) => evidence.has(s.id) && evidence.get(s.id)!.url !== s.url).map((s) => s.id);
    expect(wrongUrl).toEqual([]);
    // The day read, on the source record (for users) and in its evidence file (for reviewers), agree.
    const wrongRead = sources.filter((s) => evidence.has(s.id) && evidence.get(s.id)!.read !== s.read).map((s) => s.id);
    expect(wrongRead).toEqual([]);
  });

  it("every quote appears word for word in its source's evidence", () => {
    const bad = citations.flatMap(([where, c]) => missingPieces(c.quote, corpusFor(c.source, ROOT) ?? "").map((m) => `${where} [${c.source}]: ${m.piece}`));
    expect(bad).toEqual([]);
  });

  it("the build refuses a quote with invented words, naming the file, record, field, source and the first words that differ", () => {
    const files = realFiles();
    const service = recordOf(files, "services", "northamptonshire-2020") as { citations: { source: string; quote: string }[] };
    const real = service.citations[0]!.quote;
    const words = real.split(" ");
    service.citations[0]!.quote = [...words.slice(0, 3), "invented", ...words.slice(3)].join(" ");
    const problems = problemsOf(files, { quotesFrom: ROOT });
    expect(problems).toEqual([
      `data/services.json: record "northamptonshire-2020": citations.0.quote: not in source ${JSON.stringify(service.citations[0]!.source)}'s evidence: differs at "${["invented", ...words.slice(3)].join(" ").slice(0, 60)}${["invented", ...words.slice(3)].join(" ").length > 60 ? "…" : ""}"`,
    ]);
    service.citations[0]!.quote = real;
    expect(problemsOf(files, { quotesFrom: ROOT })).toEqual([]);
  });

  it("a dataset quote comes from the row of the record it supports", () => {
    const rows = new Map(historyRows().map((r) => [r.inspection_link!, r.line]));
    const bad = (files.inspections.records as { id: string; report?: string; citations: Cit[] }[]).flatMap((r) =>
      r.citations.filter((c) => c.source === "ofsted-ilacs-history" && !(r.report && rows.get(r.report)?.includes(c.quote))).map(() => r.id),
    );
    expect(bad).toEqual([]);
    const lookup = new Map(lookupRows().map((l) => [l.la_code_new!, l.line]));
    const areaGss = new Map(
      (files.areas.records as { id: string; gss: string; formerGss?: { gss: string }[] }[]).map((a) => [
        a.id,
        [a.gss, ...(a.formerGss ?? []).map((f) => f.gss)],
      ]),
    );
    const badNeighbours = (files.neighbours.records as { id: string; area: string; citations: Cit[] }[]).filter(
      (n) => !n.citations.every((c) => areaGss.get(n.area)!.some((g) => lookup.get(g)?.includes(c.quote) && c.quote.startsWith(g))),
    );
    expect(badNeighbours.map((n) => n.id)).toEqual([]);
  });

  it("evidence files are excerpts, not whole articles", () => {
    // A dataset's evidence may be long when the whole file is kept in raw/ (its quotes are checked against it), or every passage is a whole row of one.
    const rawLines = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((f) =>
        f.isDirectory() ? rawLines(join(dir, f.name)) : f.name.endsWith(".csv") ? readFileSync(join(dir, f.name), "utf8").split("\n") : [],
      );
    const rows = new Set(rawLines("raw"));
    const isDataset = (id: string) => sources.some((s) => s.id === id && (s as { kind?: string }).kind === "dataset");
    const long = [...evidence]
      .filter(([id, e]) => e.text.length > 3000 && !(isDataset(id) && (DATASET_FILES[id] || e.passages.every((p) => rows.has(p)))))
      .map(([id, e]) => `${id}: ${e.text.length} characters`);
    expect(long).toEqual([]);
  });

  it("the checker itself catches a changed word, and a malformed evidence file", () => {
    const text = corpusFor("dfe-las", ROOT)!;
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2021", text)).toEqual([]);
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2022", text)).toHaveLength(1);
    expect(missingPieces("E10000021 … Counties,terminated,928", text)).toEqual([]);
    expect(() => parseEvidence("url: https://example.org\n\nwords", "evidence/x.txt")).toThrow('evidence/x.txt: needs "url:" and "read: YYYY-MM-DD"');
    expect(parseEvidence("url: https://example.org\nread: 2026-11-26\n\none\n…\ntwo").passages).toEqual(["one", "two"]);
  });

  // The ground truth the first release's evidence was taken from (read on 2026-11-23) lives beside
  // the repository on the maintainers' machine, not in a clone: there, check those excerpts match it.
  it.skipIf(!hasShared)("excerpts taken from the shared seed articles and verified facts match them", () => {
    const seeds = readdirSync(join(SHARED, "seeds")).map((f) => readFileSync(join(SHARED, "seeds", f), "utf8").replace(/\u00a0/g, " "));
    const verified = readFileSync(join(SHARED, "facts", "verified.md"), "utf8").replace(/\u00a0/g, " ");
    const bad: string[] = [];
    for (const [id, e] of evidence) {
      if (e.read !== "2026-11-23") continue; // read later, from pages beyond the shared folder
      for (const p of e.passages) if (!verified.includes(p) && !seeds.some((s) => s.includes(p))) bad.push(`${id}: ${p.slice(0, 60)}`);
    }
    expect(bad).toEqual([]);
  });
});
