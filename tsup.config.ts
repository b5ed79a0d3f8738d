import { defineConfig } from "tsup";

// `npm run build` runs scripts/generate.ts first: it validates data/ and stops the build before
// tsup runs (and before dist/ is cleaned) when a record is bad.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  sourcemap: false,
  // A rollup pass gives plain, tree-shakeable output; no minify, because it strips /* @__PURE__ */.
  treeshake: true,
});
