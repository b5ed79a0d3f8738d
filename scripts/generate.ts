/**
 * `npm run generate` (run first by `npm run build`): validates `data/`, then writes what is derived
 * from it: the literal id unions in `src/ids.ts` and the JSON Schemas in `schema/`.
 * A bad record stops here with exit 1, before tsup touches `dist/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { formatProblem } from "../src/schema.js";
import { generatedFiles, packageMeta } from "./generated.js";
import { loadDataDir, summary } from "./load-data.js";

const { data, problems } = loadDataDir();
if (!data) {
  console.error(`Data validation failed (${problems.length} problem(s)):`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
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
for (const [path, content] of Object.entries(generatedFiles(data, packageMeta()))) write(path, content);
// The README's tables are computed by the package's own queries, so they load only now that the
// data is known to be valid and src/ids.ts is current.
const { renderReadme } = await import("./readme-tables.js");
write("README.md", renderReadme(readFileSync("README.md", "utf8")));
const { timelineSvg } = await import("./timeline-svg.js");
write("docs/timeline.svg", timelineSvg());
console.log(summary(data));
