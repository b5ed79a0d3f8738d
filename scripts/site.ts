/** `npm run site`: bundles site/app.ts with the built package (dist/index.js) into site/app.js. */
import { build } from "esbuild";

await build({ entryPoints: ["site/app.ts"], bundle: true, format: "iife", target: "es2020", outfile: "site/app.js", logLevel: "warning" });
console.log("site: wrote site/app.js; open site/index.html");
