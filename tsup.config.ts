import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// `npm run build` runs scripts/generate.ts first: it validates data/ and stops the build before
// tsup runs (and before dist/ is emptied) when a record is bad.
const dataAsJsonParse = {
  // Data files become `JSON.parse('…')`: V8 parses a JSON string several times faster than the
  // same object literal, which keeps the cold import of the package close to that of an empty one.
  // `@__PURE__` keeps each collection droppable by consumers' bundlers.
  name: "data-json-parse",
  setup(build: import("esbuild").PluginBuild) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const { records } = JSON.parse(readFileSync(args.path, "utf8"));
      // A single-quoted literal needs far fewer escapes than JSON.stringify's double-quoted one.
      const literal = JSON.stringify(records).replace(/[\\'\u2028\u2029]/g, (c) =>
        c === "'" ? "\\'" : c === "\\" ? "\\\\" : `\\u${c.charCodeAt(0).toString(16)}`,
      );
      return { contents: `export const records = /* @__PURE__ */ JSON.parse('${literal}');`, loader: "js" };
    });
  },
};

/** The command line imports the library from the sibling dist/index.js instead of a second copy. */
const libraryExternal = {
  name: "library-external",
  setup(build: import("esbuild").PluginBuild) {
    build.onResolve({ filter: /^\.\/index\.js$/ }, (args) => (args.importer.endsWith("cli.ts") ? { path: "./index.js", external: true } : undefined));
  },
};

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: false, // the build script empties dist/ once, before both builds
    target: "es2022",
    sourcemap: false,
    // A rollup pass gives plain, tree-shakeable output; no minify, because it strips /* @__PURE__ */.
    treeshake: true,
    esbuildPlugins: [dataAsJsonParse],
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
