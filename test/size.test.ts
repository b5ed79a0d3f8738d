/** The byte budgets (size-limit) and size ratios, on the built dist/. The figures are printed. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionPhysicalLimit, collectionSize, everythingSize, physicalLimit } from "../scripts/sizes.js";
import { COLLECTION_NAMES } from "../src/build/registry.js";
import { ROOT } from "./helpers.js";

describe("cost budget", () => {
  it("size-limit: every entry within its byte budget", () => {
    const out = execFileSync(join(ROOT, "node_modules", ".bin", "size-limit"), ["--json"], { cwd: ROOT, encoding: "utf8" });
    const results: { name: string; size: number; passed: boolean }[] = JSON.parse(out);
    for (const r of results) console.log(`size-limit: ${r.name}: ${r.size} B${r.passed ? "" : " OVER BUDGET"}`);
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.filter((r) => !r.passed).map((r) => r.name)).toEqual([]);
  });

  it("everything costs at most 1.5x the physical limit; each collection alone at most 1.5x its own, plus 1 kB of code", async () => {
    const physical = physicalLimit(ROOT);
    const everything = await everythingSize(ROOT);
    console.log(`physical limit ${physical} B; everything ${everything} B (${(everything / physical).toFixed(2)}x)`);
    expect(everything).toBeLessThanOrEqual(1.5 * physical);
    // Importing one collection must not drag in the others: its bundle is near its own records' size.
    const over: string[] = [];
    for (const name of COLLECTION_NAMES) {
      const [alone, own] = [await collectionSize(name, ROOT), collectionPhysicalLimit(name, ROOT)];
      console.log(`  ${name}: ${alone} B alone, ${own} B of records (${(alone / own).toFixed(2)}x), ${((100 * alone) / everything).toFixed(1)}% of everything`);
      if (alone > 1.5 * own + 1024) over.push(name);
    }
    expect(over).toEqual([]);
  });
});
