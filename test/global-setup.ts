/**
 * Once before the test files: builds the explorer page from the package's sources (src/), so the
 * two page test files (one per width) share one build instead of writing site/app.js at the same time.
 */
import { buildSite } from "../scripts/site.js";
import { ROOT } from "./helpers.js";

export default async function setup(): Promise<void> {
  await buildSite(ROOT);
}
