/**
 * Once before the test files: builds the explorer page from the built package (dist/), so the two
 * page test files (one per width) share one build instead of writing site/app.js at the same time.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildSite } from "../scripts/site.js";
import { ROOT } from "./helpers.js";

export default async function setup(): Promise<void> {
  // Without dist/ there is no page to build; the tests that need it say so.
  if (existsSync(join(ROOT, "dist", "index.js"))) await buildSite(ROOT);
}
