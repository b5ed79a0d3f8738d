/**
 * Semantic versioning, enforced: an id or export that users may rely on cannot disappear without a
 * major changeset (or, for a renamed id, a redirect), and the committed report stays current.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentReport, REPORT_FILE, surfaceChanges, type ApiReport } from "../scripts/api-report.js";
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
const redirected = (collection: string, id: string) => id in ((redirects as Record<string, Record<string, string>>)[collection] ?? {});

describe("the public surface", () => {
  const { removed, added } = surfaceChanges(committed, current, redirected);

  it("no export or id disappears without a major changeset or a redirect", () => {
    if (removed.length && !pendingBumps().includes("major"))
      expect.fail(`Removed without a major changeset (add one, or a redirect in src/redirects.ts for a renamed id):\n  ${removed.join("\n  ")}`);
  });

  it(`${REPORT_FILE} records every current export and id (run \`npm run api-report\` after adding some)`, () => {
    expect(added).toEqual([]);
  });

  it("redirects point at ids that exist, and old ids are not live ids", () => {
    for (const [collection, map] of Object.entries(redirects))
      for (const [old, to] of Object.entries(map)) {
        expect(current.ids[collection], `${collection} redirect ${old} -> ${to}`).toContain(to);
        expect(current.ids[collection]).not.toContain(old);
      }
  });

  it("the comparison catches a removed id and export, and honours a redirect", () => {
    const before: ApiReport = { exports: ["getArea", "servicesOn"], ids: { areas: ["a", "b", "c"] } };
    const after: ApiReport = { exports: ["getArea", "timeline"], ids: { areas: ["a", "d"] } };
    expect(surfaceChanges(before, after, (c, id) => c === "areas" && id === "c")).toEqual({
      removed: ["export servicesOn", "areas id b"],
      added: ["export timeline", "areas id d"],
    });
  });
});
