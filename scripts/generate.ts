/**
 * `npm run generate` (run first by `npm run build`): validates `data/`, then writes what is derived
 * from it: the literal id unions in `src/ids.ts` and the JSON Schemas in `schema/`.
 * A bad record stops here with exit 1, before tsup touches `dist/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { formatProblem } from "../src/schema.js";
import { generatedFiles } from "./generated.js";
import { loadDataDir, summary } from "./load-data.js";

const { data, problems } = loadDataDir();
if (!data) {
  console.error(`Data validation failed (${problems.length} problem(s)):`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
for (const [path, content] of Object.entries(generatedFiles(data))) {
  let old: string | undefined;
  try {
    old = readFileSync(path, "utf8");
  } catch {
    old = undefined;
  }
  if (old === content) continue;
  mkdirSync(path.replace(/\/[^/]*$/, ""), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
console.log(summary(data));
