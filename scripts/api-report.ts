/**
 * The public surface users' version pins rely on: every exported name and every id, by collection.
 * `npm run api-report` writes it to api-report.json; a test compares the build with the committed
 * report, so a removed id or export needs a major changeset (or a redirect) to land.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTION_NAMES, COLLECTIONS } from "../src/schema.js";

export interface ApiReport {
  exports: string[];
  ids: Record<string, string[]>;
}

/** Exported names, read from the built type declarations (values and types alike). */
function exportedNames(root: string): string[] {
  const dts = readFileSync(join(root, "dist", "index.d.ts"), "utf8");
  const names = new Set<string>();
  for (const m of dts.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  return [...names].sort();
}

export function currentReport(root = "."): ApiReport {
  const ids = Object.fromEntries(
    COLLECTION_NAMES.map((n) => [
      n,
      (JSON.parse(readFileSync(join(root, "data", COLLECTIONS[n].file), "utf8")).records as { id: string }[]).map((r) => r.id).sort(),
    ]),
  );
  return { exports: exportedNames(root), ids };
}

export const REPORT_FILE = "api-report.json";

/**
 * What was removed from `before` in `after` (ids covered by a redirect excepted), and what was
 * added to it.
 */
export function surfaceChanges(before: ApiReport, after: ApiReport, isRedirected: (collection: string, id: string) => boolean) {
  const removed = [
    ...before.exports.filter((e) => !after.exports.includes(e)).map((e) => `export ${e}`),
    ...Object.entries(before.ids).flatMap(([c, ids]) => ids.filter((id) => !after.ids[c]?.includes(id) && !isRedirected(c, id)).map((id) => `${c} id ${id}`)),
  ];
  const added = [
    ...after.exports.filter((e) => !before.exports.includes(e)).map((e) => `export ${e}`),
    ...Object.entries(after.ids).flatMap(([c, ids]) => ids.filter((id) => !before.ids[c]?.includes(id)).map((id) => `${c} id ${id}`)),
  ];
  return { removed, added };
}

if ((process.argv[1] ?? "").endsWith("api-report.ts")) {
  writeFileSync(REPORT_FILE, JSON.stringify(currentReport(), null, 2) + "\n");
  console.log(`wrote ${REPORT_FILE}`);
}
