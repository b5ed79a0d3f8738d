/**
 * `npm run site`: bundles site/app.ts with the package's sources (src/) into site/app.js, and
 * copies the timeline picture (docs/timeline.svg) next to the page, so site/ works from the files.
 * The page's tests build it the same way, once (test/global-setup.ts).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Builds the page in `root`'s site/ folder. */
export async function buildSite(root = "."): Promise<void> {
  await build({
    entryPoints: [join(root, "site", "app.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    outfile: join(root, "site", "app.js"),
    logLevel: "warning",
  });
  copyFileSync(join(root, "docs", "timeline.svg"), join(root, "site", "timeline.svg"));
}

if ((process.argv[1] ?? "").endsWith("site.ts")) {
  await buildSite();
  console.log("site: wrote site/app.js and site/timeline.svg; open site/index.html");
}
