/**
 * `npm run bench`: the package's cost budget, measured on this build (run `npm run build` first),
 * each figure printed against its target; exits 1 when one is missed.
 *
 * - Cold import: a fresh `node` imports an entry point; its CPU time (user + system, which a
 *   busy machine disturbs less than wall time) against an empty package's, imported just before it:
 *   the median of those ratios over alternating runs. The main entry's budget is 1.10x; each subpath's figure is printed. A miss is measured
 *   once more with twice the runs before it counts, as a shared machine can be busy for a while.
 * - Bundles (esbuild, minified, gzip): each collection alone at most 1.10x the gzip of its own
 *   minified records; every entry point's everything at most 1.05x all records'.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ENTRIES } from "../src/build/registry.js";
import { bundleChecks, type Check, distOf, tarballSize } from "./sizes.js";

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const MAIN_BUDGET = 1.1;

/** CPU milliseconds of a fresh `node` that imports `file`. */
function importCpu(file: string): number {
  const code = `await import(${JSON.stringify(file)}); const u = process.cpuUsage(); console.log(u.user + u.system);`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" })) / 1000;
}

/**
 * Each file's cost as a ratio to the first file's: over `runs` rounds, each round importing every
 * file once in turn, the median of the round-by-round ratios. A ratio taken within a round compares
 * imports made moments apart, so a machine that is busier in one round than another moves both.
 */
function importRatios(files: readonly string[], runs: number): number[] {
  const ratios = files.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    const times = files.map(importCpu);
    times.forEach((t, j) => ratios[j]!.push(t / times[0]!));
  }
  return ratios.map((xs) => xs.sort((x, y) => x - y)[xs.length >> 1]!);
}

const dir = mkdtempSync(join(tmpdir(), "cst-empty-"));
const empty = join(dir, "index.mjs");
writeFileSync(empty, "export {};\n");
const entries = Object.values(ENTRIES).map((e) => ({ subpath: e.subpath, file: resolve(distOf(e.module)) }));
let ratios = importRatios([empty, ...entries.map((e) => e.file)], 31);
if (ratios[1]! > MAIN_BUDGET) ratios = importRatios([empty, ...entries.map((e) => e.file)], 61);
rmSync(dir, { recursive: true, force: true });

const lines: Check[] = [
  [
    ratios[1]! <= MAIN_BUDGET,
    `cold import of the main entry (CPU time, median of alternating runs): ${ratios[1]!.toFixed(3)}x an empty package (target <= ${MAIN_BUDGET}x)`,
  ],
  ...entries.slice(1).map((e, i): Check => [true, `cold import of ${e.subpath}: ${ratios[i + 2]!.toFixed(3)}x an empty package (printed, no target)`]),
  ...(await bundleChecks()),
  [true, `packed tarball: ${kb(tarballSize())}`],
];
for (const [ok, line] of lines) console.log(`${ok ? "ok  " : "FAIL"} ${line}`);
if (lines.some(([ok]) => !ok)) process.exit(1);
