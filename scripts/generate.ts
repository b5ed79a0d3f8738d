/**
 * `npm run generate`: validates `data/`, then writes every file derived from it and from the
 * registry: `src/ids.ts`, `src/types.ts`, `src/dataset*.ts`, `src/meta.ts`, `schema.json`,
 * `datapackage.json`, `api-report.json`, the README's tables, `docs/freshness.md` and
 * `docs/timeline.svg`. `npm run build` runs the same step first; with `--check` (and in CI, where
 * `CI` is set) it writes nothing and fails naming each stale file instead.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { DatasetInput } from "../src/build/registry.js";
import { formatProblem } from "../src/build/validate.js";
import { generatedFiles, packageMeta } from "./generated.js";
import { loadDataDir, summary, type LoadResult } from "./load-data.js";

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
};

/** Stops the process with one line per problem when the data is bad; returns it otherwise. */
export function validatedOrExit(result: LoadResult): { data: DatasetInput; asWritten: DatasetInput } {
  if (!result.data || !result.asWritten) {
    console.error(`Data validation failed (${result.problems.length} problem(s)):`);
    for (const p of result.problems) console.error(formatProblem(p));
    process.exit(1);
  }
  return { data: result.data, asWritten: result.asWritten };
}

/** Writes (or, with `check`, compares) each file; returns the paths that differed. */
function put(files: Record<string, string>, check: boolean): string[] {
  const stale = Object.entries(files).filter(([path, content]) => read(path) !== content);
  if (!check)
    for (const [path, content] of stale) {
      if (path.includes("/")) mkdirSync(path.replace(/\/[^/]*$/, ""), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${path}`);
    }
  return stale.map(([path]) => path);
}

/** The files computed by the package's own code: loaded only once the generated modules they import are current. */
export async function laterFiles(): Promise<Record<string, string>> {
  const { freshnessReport, renderReadme } = await import("./readme-tables.js");
  const { timelineSvg } = await import("./timeline-svg.js");
  const { renderDataPackage } = await import("./datapackage.js");
  const { nextApiReport } = await import("./api-report.js");
  return {
    "README.md": renderReadme(read("README.md") ?? ""),
    "docs/freshness.md": freshnessReport(),
    "docs/timeline.svg": timelineSvg(),
    "datapackage.json": renderDataPackage(),
    "api-report.json": nextApiReport(),
  };
}

/** Writes every generated file, or with `check` fails (exit 1) naming the stale ones. */
export async function generate(data: DatasetInput, { check = false } = {}): Promise<void> {
  const stale = put(generatedFiles(data, packageMeta()), check);
  // In check mode stale modules cannot be imported to compute the rest: report them first.
  if (!(check && stale.length)) stale.push(...put(await laterFiles(), check));
  if (check && stale.length) {
    console.error(`Generated files out of date (run \`npm run generate\` and commit them):\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(summary(data));
}

/** Whether the generated files are to be checked rather than written. */
export const checkMode = (argv: readonly string[] = process.argv) => argv.includes("--check") || !!process.env.CI;

/** Every generated file, path → content: the one list `npm run generate` writes and the test compares. */
export async function allGeneratedFiles(data: DatasetInput): Promise<Record<string, string>> {
  return { ...generatedFiles(data, packageMeta()), ...(await laterFiles()) };
}

if ((process.argv[1] ?? "").endsWith("generate.ts")) await generate(validatedOrExit(loadDataDir()).data, { check: checkMode() });
