/**
 * The public surface users' version pins rely on: the names each entry point exports, values and
 * types alike, read from the entry modules by the TypeScript compiler. `npm run generate` writes it
 * to api-report.json; a test fails when an export disappears without a major changeset. (Ids are
 * not listed here: `src/ids.ts` is their committed list, and renamed ids need a redirect.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { ENTRIES } from "../src/build/registry.js";
import { TYPES_COMPILER_OPTIONS } from "./field-docs.js";

/** Each entry point's subpath, with the names it exports, sorted. */
export type ApiReport = Record<string, string[]>;

export function currentReport(root = "."): ApiReport {
  const files = Object.values(ENTRIES).map((e) => join(root, e.module));
  const program = ts.createProgram(files, TYPES_COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    Object.values(ENTRIES).map((e, i) => {
      const source = program.getSourceFile(files[i]!);
      if (!source) throw new Error(`api-report: cannot read ${e.module}`);
      return [
        e.subpath,
        checker
          .getExportsOfModule(checker.getSymbolAtLocation(source)!)
          .map((s) => s.name)
          .sort(),
      ];
    }),
  );
}

export const REPORT_FILE = "api-report.json";

/** What was removed from `before` in `after`, and what was added to it, as "<subpath> <name>". */
export function surfaceChanges(before: ApiReport, after: ApiReport) {
  const list = (r: ApiReport) => Object.entries(r).flatMap(([subpath, names]) => names.map((n) => `${subpath} ${n}`));
  const [b, a] = [list(before), list(after)];
  return { removed: b.filter((x) => !a.includes(x)), added: a.filter((x) => !b.includes(x)) };
}

/** The bump each pending changeset asks for this package. */
export function pendingBumps(root = "."): string[] {
  const dir = join(root, ".changeset");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/^["']?childrens-services-trusts["']?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]!));
}

/**
 * The report to write, checked against the committed one: an export that disappears from its entry
 * point (removed, or moved to another) needs a pending major changeset, else this throws naming it.
 * The generator is the guard, since it is what rewrites the report.
 */
export function nextApiReport(root = "."): string {
  const file = join(root, REPORT_FILE);
  const after = currentReport(root);
  if (existsSync(file)) {
    const { removed } = surfaceChanges(JSON.parse(readFileSync(file, "utf8")) as ApiReport, after);
    if (removed.length && !pendingBumps(root).includes("major"))
      throw new Error(`Exports removed or moved without a major changeset (add one with \`npx changeset\`):\n  ${removed.join("\n  ")}`);
  }
  return `${JSON.stringify(after, null, 2)}\n`;
}
