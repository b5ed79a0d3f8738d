/** `npm run build` on bad data: exit 1, one line per problem, and dist/ left as it was. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "cst-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("stops on bad records with one line each, before touching dist/", () => {
  for (const f of ["package.json", "tsconfig.json", "tsup.config.ts", "README.md", "src", "scripts", "data", "docs", "evidence", "raw"])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist", "index.js"), "// the previous build\n");

  const services = JSON.parse(readFileSync(join(dir, "data", "services.json"), "utf8"));
  const nct = services.records.find((r: { id: string }) => r.id === "northamptonshire-2020");
  nct.end = "2019-01-01";
  nct.operator = "northamptonshire-trust";
  // A quote with a word its source does not have.
  const reading = services.records.find((r: { id: string }) => r.id === "reading-2018");
  const quote: string = reading.citations[0].quote;
  reading.citations[0].quote = quote.replace(/^(\S+ \S+)/, "$1 invented");
  writeFileSync(join(dir, "data", "services.json"), JSON.stringify(services));

  const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: dir, encoding: "utf8" });
  expect(r.status).toBe(1);
  const lines = r.stderr.split("\n").filter((l) => l.startsWith("data/"));
  expect(lines).toEqual(
    [
      'data/services.json: record "northamptonshire-2020": operator: unknown organisations id "northamptonshire-trust"',
      'data/services.json: record "northamptonshire-2020": end: "2019-01-01" is before start "2020-11-01"',
      `data/services.json: record "reading-2018": citations.0.quote: not in source ${JSON.stringify(reading.citations[0].source)}'s evidence: differs at "invented ${quote.split(" ").slice(2, 6).join(" ")}`,
    ].map((l, i) => (i < 2 ? l : expect.stringContaining(l))),
  );
  expect(r.stderr).toContain("Data validation failed (3 problem(s)):");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(join(dir, "dist", "index.js"), "utf8")).toBe("// the previous build\n");
  expect(existsSync(join(dir, "dist", "index.cjs"))).toBe(false);
});
