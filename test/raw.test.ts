/** The raw source files are the ones their provenance names: each hash in raw/SHA256SUMS matches, and every file is listed. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { DATASET_FILES } from "../src/build/quotes.js";
import { ROOT } from "./helpers.js";

const RAW = join(ROOT, "raw");
const listed = new Map(
  readFileSync(join(RAW, "SHA256SUMS"), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [hash, path] = line.split(/\s+\*?/);
      return [path!, hash!] as const;
    }),
);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [relative(RAW, join(dir, f))]));

it("every data file in raw/ has its sha256 in raw/SHA256SUMS, and it matches", () => {
  const data = files(RAW).filter((f) => !/(^|\/)(README\.md|SHA256SUMS|LICENSE[^/]*)$/.test(f));
  expect(data.filter((f) => !listed.has(f))).toEqual([]);
  const wrong = [...listed]
    .filter(
      ([path, hash]) =>
        createHash("sha256")
          .update(readFileSync(join(RAW, path)))
          .digest("hex") !== hash,
    )
    .map(([p]) => p);
  expect(wrong).toEqual([]);
});

it("every file quoted as a dataset is in raw/ and in its README", () => {
  const readme = readFileSync(join(RAW, "README.md"), "utf8");
  for (const [source, path] of Object.entries(DATASET_FILES)) {
    expect(listed.has(path), path).toBe(true);
    expect(readme, source).toContain(`\`${path}\``);
  }
});
