/**
 * The public surface users' version pins rely on: the names each entry point exports, values and
 * types alike, read from the entry modules by the TypeScript compiler. `npm run generate` writes it
 * to api-report.json; a test fails when an export disappears without a major changeset. (Ids are
 * not listed here: `src/ids.ts` is their committed list, and renamed ids need a redirect.)
 */
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

/** The report's text. */
export const renderApiReport = (root = ".") => `${JSON.stringify(currentReport(root), null, 2)}\n`;

/** What was removed from `before` in `after`, and what was added to it, as "<subpath> <name>". */
export function surfaceChanges(before: ApiReport, after: ApiReport) {
  const list = (r: ApiReport) => Object.entries(r).flatMap(([subpath, names]) => names.map((n) => `${subpath} ${n}`));
  const [b, a] = [list(before), list(after)];
  return { removed: b.filter((x) => !a.includes(x)), added: a.filter((x) => !b.includes(x)) };
}
