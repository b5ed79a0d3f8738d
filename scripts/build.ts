/**
 * `npm run build`, in order: validate `data/` (read once) → generate the files derived from it →
 * bundle `dist/` with tsup → write `dist/data/*.json` and `dist/csv/*.csv` from the same records.
 * A bad record stops the build at the first step, before `dist/` is touched.
 */
import { rmSync } from "node:fs";
import { build } from "tsup";
import config from "../tsup.config.js";
import { generate, validatedOrExit } from "./generate.js";
import { loadDataDir } from "./load-data.js";

const { data, asWritten } = validatedOrExit(loadDataDir());
await generate(data);
rmSync("dist", { recursive: true, force: true });
for (const options of [config].flat()) await build({ ...options, config: false, silent: true }); // the options are the config file's
// Loaded only now: it imports the package's modules, which must see the src/meta.ts just generated.
const { writeFormats } = await import("./formats.js");
console.log(`formats: ${writeFormats(asWritten).length} files in dist/data and dist/csv`);
