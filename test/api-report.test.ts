/**
 * Semantic versioning, enforced: an export that users may rely on cannot disappear from its entry
 * point without a major changeset (moving it to another entry point is a removal), and the
 * committed report stays current. Renamed ids keep resolving through redirects.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentReport, REPORT_FILE, surfaceChanges, type ApiReport } from "../scripts/api-report.js";
import { COLLECTIONS, type CollectionName, ENTRIES } from "../src/build/registry.js";
import { redirects } from "../src/redirects.js";
import { ROOT } from "./helpers.js";

/** The bump each pending changeset asks for this package. */
function pendingBumps(): string[] {
  const dir = join(ROOT, ".changeset");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/^["']?childrens-services-trusts["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]!));
}

const committed: ApiReport = JSON.parse(readFileSync(join(ROOT, REPORT_FILE), "utf8"));
const current = currentReport(ROOT);
const idsOf = (name: CollectionName) =>
  (JSON.parse(readFileSync(join(ROOT, "data", COLLECTIONS[name].file), "utf8")).records as { id: string }[]).map((r) => r.id);

describe("the public surface", () => {
  const { removed, added } = surfaceChanges(committed, current);

  it("no export disappears without a major changeset", () => {
    if (removed.length && !pendingBumps().includes("major")) expect.fail(`Removed without a major changeset:\n  ${removed.join("\n  ")}`);
  });

  it(`${REPORT_FILE} records every current export, by entry point (run \`npm run generate\` after adding some)`, () => {
    expect(added).toEqual([]);
    expect(Object.keys(current)).toEqual(Object.values(ENTRIES).map((e) => e.subpath));
    expect(current["."]).toContain("servicesOn");
    expect(current["./inspections"]).toContain("inspectionsFor");
    for (const heavy of ["inspections", "sources", "keyDates", "officeHolders"]) expect(current["."]).not.toContain(heavy); // they stay out of the main entry
  });

  it("redirects point at ids that exist, and old ids are not live ids", () => {
    for (const [collection, map] of Object.entries(redirects))
      for (const [old, to] of Object.entries(map)) {
        expect(idsOf(collection as CollectionName), `${collection} redirect ${old} -> ${to}`).toContain(to);
        expect(idsOf(collection as CollectionName)).not.toContain(old);
      }
  });

  it("the comparison catches a removed export and a moved one", () => {
    const before: ApiReport = { ".": ["getArea", "inspectionsFor", "servicesOn"] };
    const after: ApiReport = { ".": ["getArea", "servicesOn", "timeline"], "./inspections": ["inspectionsFor"] };
    expect(surfaceChanges(before, after)).toEqual({
      removed: [". inspectionsFor"],
      added: [". timeline", "./inspections inspectionsFor"],
    });
  });
});
