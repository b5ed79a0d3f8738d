/**
 * `npm run site`: bundles site/app.ts with the built package (dist/index.js) into site/app.js, and
 * copies the timeline picture (docs/timeline.svg) next to the page, so site/ works from the files.
 */
import { copyFileSync } from "node:fs";
import { build } from "esbuild";

await build({ entryPoints: ["site/app.ts"], bundle: true, format: "iife", target: "es2020", outfile: "site/app.js", logLevel: "warning" });
copyFileSync("docs/timeline.svg", "site/timeline.svg");
console.log("site: wrote site/app.js and site/timeline.svg; open site/index.html");
