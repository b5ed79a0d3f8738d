/**
 * `npm run build`, in order: validate `data/` (read once; schemas, checks across records, and every
 * quote against its source's evidence) → generate the files derived from it (in CI, or with
 * `--check`: fail on a stale one instead) → bundle `dist/` with tsup → write `dist/data/*.json` and
 * `dist/csv/*.csv` from the same records. A bad record stops the build at the first step, before
 * `dist/` is touched.
 */
import { rmSync } from "node:fs";
import { build } from "tsup";
import config from "../tsup.config.js";
import { checkMode, generate, validatedOrExit } from "./generate.js";
import { loadDataDir } from "./load-data.js";

const { data, asWritten } = validatedOrExit(loadDataDir());
await generate(data, { check: checkMode() });
rmSync("dist", { recursive: true, force: true });
for (const options of [config].flat()) await build({ ...options, config: false, silent: true }); // the options are the config file's
// Loaded only now: it imports the package's modules, which must see the generated src/ files.
const { writeFormats } = await import("./formats.js");
console.log(`formats: ${writeFormats(asWritten).length} files in dist/data and dist/csv`);
