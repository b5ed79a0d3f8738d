import { describe, expect, it } from "vitest";
import { corpusFor, hasShared, missingPieces } from "./quote-corpus.js";
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

  it("the checker itself catches a changed word", () => {
    const text = corpusFor("dfe-las")!;
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2021", text)).toEqual([]);
    expect(missingPieces("E10000021,Northamptonshire,01/01/2009,31/03/2022", text)).toHaveLength(1);
    expect(missingPieces("E10000021 … Counties,terminated,928", text)).toEqual([]);
  });
});
