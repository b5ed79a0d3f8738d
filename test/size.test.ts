/** The byte budgets (size-limit) and size ratios, on the built dist/. The figures are printed. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionSize, everythingSize, physicalLimit } from "../scripts/sizes.js";
import { COLLECTION_NAMES } from "../src/schema.js";
import { ROOT } from "./helpers.js";

describe("cost budget", () => {
  it("size-limit: every entry within its byte budget", () => {
    const out = execFileSync(join(ROOT, "node_modules", ".bin", "size-limit"), ["--json"], { cwd: ROOT, encoding: "utf8" });
    const results: { name: string; size: number; passed: boolean }[] = JSON.parse(out);
    for (const r of results) console.log(`size-limit: ${r.name}: ${r.size} B${r.passed ? "" : " OVER BUDGET"}`);
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.filter((r) => !r.passed).map((r) => r.name)).toEqual([]);
  });

  it("everything costs at most 1.5x the physical limit; one collection at most 35% of everything", async () => {
    const physical = physicalLimit(ROOT);
    const everything = await everythingSize(ROOT);
    const sizes = await Promise.all(COLLECTION_NAMES.map((n) => collectionSize(n, ROOT)));
    const largest = Math.max(...sizes);
    console.log(`physical limit ${physical} B; everything ${everything} B (${(everything / physical).toFixed(2)}x); largest collection ${largest} B (${((100 * largest) / everything).toFixed(1)}%)`);
    expect(everything).toBeLessThanOrEqual(1.5 * physical);
    expect(largest).toBeLessThanOrEqual(0.35 * everything);
  });
});
