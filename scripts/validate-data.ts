/** `npm run validate:data`: validates `data/` and prints one line per problem, or a summary. */
import { formatProblem } from "../src/build/validate.js";
import { loadDataDir, summary } from "./load-data.js";

const { data, problems } = loadDataDir();
if (!data) {
  console.error(`Data validation failed (${problems.length} problem(s)):`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
console.log(summary(data));
