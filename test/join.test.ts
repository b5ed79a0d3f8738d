/**
 * The README's recipes for joining DfE statistics, run as written on DfE-shaped rows of real
 * authorities and years: Python (pandas) and R (dplyr) where this machine has them, and TypeScript.
 * Each must give the operator the package gives for the end of the row's financial year.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { findArea, nameOn, operatorOn } from "../src/index.js";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Joining DfE statistics"), readme.indexOf("## Formats"));
const block = (lang: string) => {
  const m = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section);
  if (!m) throw new Error(`README: no ${lang} recipe under "Joining DfE statistics"`);
  return m[1]!;
};
const TABLE = join(ROOT, "test", "fixtures", "dfe-table.csv");
const SERVICES = join(ROOT, "dist", "csv", "services.csv");
const rows: Record<string, string>[] = parse(readFileSync(TABLE), { columns: true });
const withPaths = (code: string) =>
  code.replaceAll("node_modules/childrens-services-trusts/dist/csv/services.csv", SERVICES).replaceAll("dfe-table.csv", TABLE);

/** What the package says: the operator's name at the end of the financial year, or "" for the council. */
function expected(row: Record<string, string>): string {
  const periodEnd = `${Number(row.time_period!.slice(0, 4)) + 1}-03-31`;
  const area = findArea(row.new_la_code!) ?? findArea(row.old_la_code!);
  const op = area && operatorOn(area.id, periodEnd);
  return op ? nameOn(op.id, periodEnd) : "";
}
const answers = rows.map((r) => `${r.time_period} ${r.la_name}: ${expected(r)}`);

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const PYTHON = ["python3", "/usr/bin/python3"].find((p) => has(p, ["-c", "import pandas"]));
const R = has("Rscript", ["-e", "library(dplyr)"]);
// CI installs both (.ci/run sets REQUIRE_RECIPES=1): there a missing one is a failure, not a skip.
if ((!PYTHON || !R) && process.env.REQUIRE_RECIPES === "1") throw new Error("REQUIRE_RECIPES=1 but python3 with pandas or Rscript with dplyr is missing");
if (!PYTHON) console.warn("SKIPPED: the Python join recipe, because no python3 with pandas is installed here (apt-get install python3-pandas)");
if (!R) console.warn("SKIPPED: the R join recipe, because Rscript with dplyr is not installed here (apt-get install r-base-core r-cran-dplyr)");

describe("the README's join recipes", () => {
  it("the rows span the cases: a financial year's end, a renamed operator, a return in-house, a former code", () => {
    expect(answers).toContain("202021 Northamptonshire: Northamptonshire Children's Trust"); // 2020/21 ends 31 March 2021
    expect(answers).toContain("201516 Slough: Slough Children's Services Trust");
    expect(answers).toContain("202122 Slough: Slough Children First");
    expect(answers).toContain("202526 Reading: "); // back with the council on 1 October 2025
    expect(answers).toContain("202324 Sheffield: ");
  });

  it("TypeScript: the recipe as written", () => {
    const code = `const rows = ${JSON.stringify(rows)};\n${block("ts").replace('"childrens-services-trusts"', JSON.stringify(join(ROOT, "dist", "index.js")))}\nconsole.log(JSON.stringify(withOperator));`;
    const dir = mkdtempSync(join(tmpdir(), "cst-join-"));
    writeFileSync(join(dir, "recipe.mjs"), code);
    const out: { operator?: string }[] = JSON.parse(execFileSync(process.execPath, [join(dir, "recipe.mjs")], { encoding: "utf8" }));
    expect(out.map((r, i) => `${rows[i]!.time_period} ${rows[i]!.la_name}: ${r.operator ?? ""}`)).toEqual(answers);
  });

  it.skipIf(!PYTHON)("Python (pandas): the recipe as written", () => {
    const code = `${withPaths(block("python"))}\nprint(result.fillna("").to_csv(index=False))`;
    const out: Record<string, string>[] = parse(execFileSync(PYTHON!, ["-c", code], { encoding: "utf8" }), { columns: true, skip_empty_lines: true });
    expect(out.map((r) => `${r.time_period} ${r.la_name}: ${r.operator_name}`)).toEqual(answers);
  });

  it.skipIf(!R)("R (dplyr): the recipe as written", () => {
    const code = `suppressMessages(${withPaths(block("r")).replace("library(dplyr)", "library(dplyr))")}\nresult[is.na(result)] <- ""\nwrite.csv(result, stdout(), row.names = FALSE)`;
    const out: Record<string, string>[] = parse(execFileSync("Rscript", ["-e", code], { encoding: "utf8" }), { columns: true, skip_empty_lines: true });
    expect(out.map((r) => `${r.time_period} ${r.la_name}: ${r.operator_name}`)).toEqual(answers);
  });
});
