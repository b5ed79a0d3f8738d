/**
 * The README's generated tables, computed from the dataset and queries themselves.
 * `npm run generate` writes them between their markers; a test keeps them in step.
 */
import * as pkg from "../src/index.js";
import { run } from "../src/cli.js";
import { asOf } from "../src/meta.js";

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

/** Records per collection, and every arrangement from 2014 to today. */
export function coverageTable(): string {
  const counts = [
    row(["collection", "records"]),
    row(["---", "---:"]),
    ...(["services", "areas", "organisations", "people", "officeHolders", "keyDates", "budgets", "governance", "sources"] as const).map((name) => row([`\`${name}\``, pkg[name].length])),
  ];
  const list = [
    row(["area", "ONS code", "DfE", "operator", "start", "end"]),
    row(["---", "---", "---:", "---", "---", "---"]),
    ...[...pkg.services]
      .sort((a, b) => pkg.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area))
      .map((s) => {
        const area = pkg.getArea(s.area);
        return row([area.name, area.gss, area.dfe, pkg.nameOn(s.operator, s.start), s.start, s.end ?? "—"]);
      }),
  ];
  return `${counts.join("\n")}\n\n${list.join("\n")}`;
}

/** Count and share of independently run areas on 1 April of each year since 2014. */
export function yearlyTable(lastYear: number): string {
  const lines = [row(["1 April", "authorities", "run independently", "share", "operators"]), row(["---", "---:", "---:", "---:", "---:"])];
  for (let year = 2014; year <= lastYear; year++) {
    const s = pkg.summaryOn(`${year}-04-01`);
    lines.push(row([year, s.authorities, s.independent, `${s.share.toFixed(1)}%`, s.operators]));
  }
  return lines.join("\n");
}

/** The last year whose 1 April the data covers: the year of the data's `asOf` date. */
export const TABLE_LAST_YEAR = Number(asOf.slice(0, 4));

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fillSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${readme.slice(0, i + start.length)}\n${content}\n${readme.slice(j)}`;
}

/** The first screen's example: the command line's own output. */
export function cliExample(): string {
  return "```text\n" + run(["on", "2020-11-08"]).stdout + "```";
}

export function renderReadme(readme: string): string {
  let out = fillSection(readme, "coverage", coverageTable());
  out = fillSection(out, "yearly", yearlyTable(TABLE_LAST_YEAR));
  return fillSection(out, "cli", cliExample());
}
