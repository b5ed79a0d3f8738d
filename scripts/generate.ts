/**
 * `npm run generate`: validates `data/`, then writes what is derived from it: the literal id unions
 * in `src/ids.ts`, `src/meta.ts`, `schema.json`, the README's tables and `docs/timeline.svg`.
 * `npm run build` runs the same step (scripts/build.ts) before bundling.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { formatProblem, type DatasetInput } from "../src/schema.js";
import { generatedFiles, packageMeta } from "./generated.js";
import { loadDataDir, summary, type LoadResult } from "./load-data.js";

const write = (path: string, content: string) => {
  let old: string | undefined;
  try {
    old = readFileSync(path, "utf8");
  } catch {
    old = undefined;
  }
  if (old === content) return;
  if (path.includes("/")) mkdirSync(path.replace(/\/[^/]*$/, ""), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
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

/** Writes every file derived from the validated data. */
export async function generate(data: DatasetInput): Promise<void> {
  for (const [path, content] of Object.entries(generatedFiles(data, packageMeta()))) write(path, content);
  // The README's tables and the picture are computed by the package's own queries, so they load
  // only now that the data is known to be valid and src/ids.ts is current.
  const { freshnessReport, renderReadme } = await import("./readme-tables.js");
  write("README.md", renderReadme(readFileSync("README.md", "utf8")));
  write("docs/freshness.md", freshnessReport());
  const { timelineSvg } = await import("./timeline-svg.js");
  write("docs/timeline.svg", timelineSvg());
  console.log(summary(data));
}

if ((process.argv[1] ?? "").endsWith("generate.ts")) await generate(validatedOrExit(loadDataDir()).data);
