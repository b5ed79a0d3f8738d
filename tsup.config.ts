import { readFileSync } from "node:fs";
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
  esbuildPlugins: [
    {
      // Data files become `JSON.parse("…")`: V8 parses a JSON string several times faster than the
      // same object literal, which keeps the cold import of the package close to that of an empty one.
      // `@__PURE__` keeps each collection droppable by consumers' bundlers.
      name: "data-json-parse",
      setup(build) {
        build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
          const { records } = JSON.parse(readFileSync(args.path, "utf8"));
          // A single-quoted literal needs far fewer escapes than JSON.stringify's double-quoted one.
          const literal = JSON.stringify(records).replace(/[\\'\u2028\u2029]/g, (c) => (c === "'" ? "\\'" : c === "\\" ? "\\\\" : `\\u${c.charCodeAt(0).toString(16)}`));
          return { contents: `export const records = /* @__PURE__ */ JSON.parse('${literal}');`, loader: "js" };
        });
      },
    },
  ],
});
