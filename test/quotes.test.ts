import { describe, expect, it } from "vitest";
import { corpusFor, hasShared, missingPieces, SEED_SOURCES } from "./quote-corpus.js";
import { realFiles } from "./helpers.js";

interface Cit { source: string; quote: string }
const citations: [string, Cit][] = [];
for (const [name, file] of Object.entries(realFiles())) {
  if (name === "sources") continue;
  for (const r of file.records as { id: string; citations: Cit[]; conflicts?: { citations: Cit[] }[] }[])
    for (const c of [...r.citations, ...(r.conflicts ?? []).flatMap((k) => k.citations)]) citations.push([`${name} ${r.id}`, c]);
}

describe("quotes are the sources' exact words", () => {
  it("DfE list rows are quoted exactly", () => {
    const rows = citations.filter(([, c]) => c.source === "dfe-las");
    expect(rows.length).toBeGreaterThan(150);
    const text = corpusFor("dfe-las")!;
    const bad = rows.filter(([, c]) => missingPieces(c.quote, text).length).map(([where, c]) => `${where}: ${c.quote}`);
    expect(bad).toEqual([]);
  });

  // The seed articles and verified excerpts live in the project's shared folder, beside the
  // repository; where it is absent (a bare clone) this check cannot run.
  it.skipIf(!hasShared)("every other quote appears word for word in its seed article or verified excerpt", () => {
    const bad = citations
      .filter(([, c]) => c.source !== "dfe-las")
      .flatMap(([where, c]) => missingPieces(c.quote, corpusFor(c.source)!).map((piece) => `${where} [${c.source}]: ${piece}`));
    expect(bad).toEqual([]);
  });

  // Stricter: a verified excerpt must come from the row that names its source's URL (or a "same URL"
  // row just below it), so a quote cannot be credited to the wrong page.
  it.skipIf(!hasShared)("every verified excerpt is quoted from its own source's row", () => {
    const lines = corpusFor("any-verified-source")!.split("\n");
    const urls = new Map(realFiles().sources.records.map((r) => [r.id as string, (r.url as string).replace(/^https?:\/\//, "").replace(/\?.*$/, "")]));
    // Excerpts that verified.md credits in prose rather than in a row with the URL.
    const creditedInProse: Record<string, string> = {
      "Mr Curryer was appointed in January by the secretary of state": "its Sept 2020 resignation report says",
      "will be set up in April": "the 30 Jan 2020 Telegraph piece",
      "the first local authority in the country to voluntarily transfer the running of its children's services to a not-for-profit company": "(localgovernmentexecutive.co.uk)",
    };
    const seedOrDataset = new Set([...Object.values(SEED_SOURCES), "dfe-las", "mysociety-las"]);
    const bad: string[] = [];
    for (const [where, c] of citations) {
      if (seedOrDataset.has(c.source)) continue;
      const url = urls.get(c.source)!;
      for (const piece of c.quote.split(" … ")) {
        const ok = lines.some((line, i) => {
          if (!line.includes(piece)) return false;
          if (creditedInProse[piece] && line.includes(creditedInProse[piece]!)) return true;
          return line.includes(url) || (line.includes("same URL") && lines.slice(Math.max(0, i - 8), i).some((l) => l.includes(url)));
        });
        if (!ok) bad.push(`${where} [${c.source}]: ${piece}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the checker itself catches a changed word", () => {
    const text = corpusFor("dfe-las")!;
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2021", text)).toEqual([]);
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2022", text)).toHaveLength(1);
    expect(missingPieces("E10000021 … Counties,terminated,928", text)).toEqual([]);
  });
});
