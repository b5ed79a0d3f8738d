/**
 * Semantic versioning, enforced: an export that users may rely on cannot disappear from its entry
 * point without a major changeset (moving it to another entry point is a removal), and the
 * committed report stays current. Renamed ids keep resolving through redirects.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentReport, nextApiReport, pendingBumps, REPORT_FILE, surfaceChanges, type ApiReport } from "../scripts/api-report.js";
import { COLLECTIONS, type CollectionName, ENTRIES } from "../src/build/registry.js";
import { redirects } from "../src/redirects.js";
import { ROOT } from "./helpers.js";

const committed: ApiReport = JSON.parse(readFileSync(join(ROOT, REPORT_FILE), "utf8"));
const current = currentReport(ROOT);
const idsOf = (name: CollectionName) =>
  (JSON.parse(readFileSync(join(ROOT, "data", COLLECTIONS[name].file), "utf8")).records as { id: string }[]).map((r) => r.id);

describe("the public surface", () => {
  const { removed, added } = surfaceChanges(committed, current);

  it("no export disappears without a major changeset", () => {
    if (removed.length && !pendingBumps(ROOT).includes("major")) expect.fail(`Removed without a major changeset:\n  ${removed.join("\n  ")}`);
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

  it("the generator refuses to drop an export from the report without a major changeset", () => {
    const dir = mkdtempSync(join(tmpdir(), "cst-api-"));
    try {
      mkdirSync(join(dir, ".changeset"));
      writeFileSync(join(dir, REPORT_FILE), JSON.stringify({ ...current, ".": [...current["."]!, "aRemovedHelper"] }));
      // currentReport reads the entry modules under the given root: point it at the repository's.
      cpSync(join(ROOT, "src"), join(dir, "src"), { recursive: true });
      expect(() => nextApiReport(dir)).toThrow(/without a major changeset[\s\S]*\. aRemovedHelper/);
      writeFileSync(join(dir, ".changeset", "x.md"), '---\n"childrens-services-trusts": major\n---\n\nRemoved aRemovedHelper.\n');
      expect(JSON.parse(nextApiReport(dir))["."]).not.toContain("aRemovedHelper");
    } finally {
      rmSync(dir, { recursive: true, force: true });
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
