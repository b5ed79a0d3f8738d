/**
 * What the package costs its users, measured on the built dist/: shared by `npm run bench` and the
 * size test.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, ENTRIES } from "../src/build/registry.js";

const gzip = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** The physical limit: gzip size of the minified JSON of every record. */
export function physicalLimit(root = "."): number {
  const all = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, JSON.parse(readFileSync(join(root, "data", COLLECTIONS[n].file), "utf8")).records]));
  return gzip(JSON.stringify(all));
}

/** The physical limit of one collection: gzip size of the minified JSON of its records. */
export function collectionPhysicalLimit(name: CollectionName, root = "."): number {
  return gzip(JSON.stringify(JSON.parse(readFileSync(join(root, "data", COLLECTIONS[name].file), "utf8")).records));
}

/** min+gzip size of a consumer's esbuild bundle of `code`, importing the built package. */
export async function bundleSize(code: string, root = "."): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return gzip(result.outputFiles[0]!.contents);
}

/** The built file of an entry point: `src/inspections.ts` → `./dist/inspections.js`. */
export const distOf = (module: string) => `./dist/${module.replace(/^src\//, "").replace(/\.ts$/, ".js")}`;

/** Every export of every entry point. */
export const everythingSize = (root = ".") =>
  bundleSize(
    Object.values(ENTRIES)
      .map((e, i) => `import * as m${i} from "${distOf(e.module)}"; console.log(m${i});`)
      .join("\n"),
    root,
  );
/** One collection alone, from its entry point. */
export const collectionSize = (name: CollectionName, root = ".") =>
  bundleSize(`import { ${name} } from "${distOf(ENTRIES[COLLECTIONS[name].entry].module)}"; console.log(${name});`, root);

/** Size in bytes of the tarball `npm pack` would publish. */
export function tarballSize(root = "."): number {
  const [info] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  return info.size;
}

/** A budget and its figure: whether it is met, and the line to print. */
export type Check = readonly [ok: boolean, line: string];

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/**
 * The byte budgets, one place for the bench and the size test: everything at most 1.05x the gzip
 * of all records, each collection alone at most 1.10x its own records' gzip (a bundler keeps only
 * what is imported), and a helper with no data under 1 kB.
 */
export async function bundleChecks(root = "."): Promise<Check[]> {
  const physical = physicalLimit(root);
  const everything = await everythingSize(root);
  const helper = await bundleSize(`import { isPartialDate } from "./dist/index.js"; console.log(isPartialDate);`, root);
  const checks: Check[] = [
    [
      everything <= 1.05 * physical,
      `bundle of every entry point: ${kb(everything)} = ${(everything / physical).toFixed(3)}x the gzip of all records, ${kb(physical)} (target <= 1.05x)`,
    ],
    [helper <= 1024, `bundle of one helper with no data ({ isPartialDate }): ${helper} B (target <= 1 kB)`],
  ];
  for (const n of COLLECTION_NAMES) {
    const [alone, own] = [await collectionSize(n, root), collectionPhysicalLimit(n, root)];
    checks.push([alone <= 1.1 * own, `bundle of { ${n} } alone: ${kb(alone)} = ${(alone / own).toFixed(3)}x its records' gzip (target <= 1.10x)`]);
  }
  return checks;
}
