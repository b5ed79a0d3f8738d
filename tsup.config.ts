import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { ENTRIES } from "./src/build/registry.js";

// `npm run build` validates data/ and generates src/ first (scripts/build.ts): a bad record stops
// the build before tsup runs and before dist/ is emptied.
const dataAsJsonParse = {
  // Data files become `JSON.parse(…)` of one string: V8 parses a JSON string several times faster
  // than the same object literal. `@__PURE__` keeps each collection droppable by consumers' bundlers.
  name: "data-json-parse",
  setup(build: import("esbuild").PluginBuild) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const { records } = JSON.parse(readFileSync(args.path, "utf8"));
      // esbuild re-prints a string literal in whichever quotes need the fewest escapes, a template
      // literal for JSON text; `template-literal: false` below keeps it a plain string (measured: the
      // template literal cost 15% of the import time).
      return { contents: `export const records = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(records))});`, loader: "js" };
    });
  },
};

/** Each entry point of the registry, by its output name: `index` for the main one, else the subpath's. */
const entry = Object.fromEntries(Object.values(ENTRIES).map((e) => [e.module.replace(/^src\//, "").replace(/\.ts$/, ""), e.module]));

/** The command line imports the library from the sibling dist/<entry>.js files instead of carrying a second copy. */
const libraryExternal = {
  name: "library-external",
  setup(build: import("esbuild").PluginBuild) {
    const entryFile = new RegExp(`^\\./(${Object.keys(entry).join("|")})\\.js$`);
    build.onResolve({ filter: entryFile }, (args) => (args.importer.endsWith("for-cli.ts") ? { path: args.path, external: true } : undefined));
  },
};

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: false, // the build script empties dist/ once, before both builds
    target: "es2022",
    sourcemap: false,
    // Shared code and data in chunks of their own, so a subpath loads the main entry's records once.
    splitting: true,
    // A rollup pass gives plain, tree-shakeable output; no minify, because it strips /* @__PURE__ */.
    treeshake: true,
    esbuildPlugins: [dataAsJsonParse],
    esbuildOptions(options) {
      options.supported = { ...options.supported, "template-literal": false };
    },
  },
  {
    entry: ["src/bin.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    target: "es2022",
    sourcemap: false,
    platform: "node",
    esbuildPlugins: [libraryExternal],
  },
]);
