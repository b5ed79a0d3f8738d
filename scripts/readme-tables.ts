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
    ...(
      ["services", "areas", "organisations", "people", "officeHolders", "keyDates", "budgets", "governance", "inspections", "neighbours", "sources"] as const
    ).map((name) => row([`\`${name}\``, pkg[name].length])),
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
    // The package's one rule for "is this date inside the data?": no row for a 1 April after asOf.
    if (pkg.dataReach(`${year}-04-01`, asOf).afterAsOf) continue;
    const s = pkg.summaryOn(`${year}-04-01`);
    lines.push(row([year, s.authorities, s.independent, `${s.share.toFixed(1)}%`, s.operators]));
  }
  return lines.join("\n");
}

// The package's wording of a grade, short form: "RI", "no grade".
const judged = (i: pkg.Inspection | undefined) => (i ? `${pkg.inspectionGrade(i, "short")} (${i.published.slice(0, 7)})` : "—");

/** Per operator: where it ran, what it is, and how much of its history the data holds. */
export function operatorTable(): string {
  const lines = [
    row(["operator", "areas", "legal form", "company no.", "chairs", "chief executives", "money figures", "key dates", "origin", "last confirmed"]),
    row(["---", "---", "---", "---", "---:", "---:", "---:", "---:", "---", "---"]),
  ];
  for (const o of pkg.organisations.filter((x) => x.kind === "operator")) {
    const runs = pkg.servicesBy(o.id);
    const holders = (roles: pkg.Role[]) => roles.reduce((n, role) => n + pkg.officeHoldersOf({ organisation: o.id, role }).length, 0);
    const origins = [...new Set(runs.map((s) => s.origin.kind.replace("-", " ")))].join("; ");
    const running = runs.filter((s) => !s.end);
    const confirmed = pkg.lastConfirmed(o);
    lines.push(
      row([
        o.name + (o.formerNames ? ` (formerly ${o.formerNames.map((n) => n.name).join(", ")})` : ""),
        [...new Set(runs.map((s) => pkg.getArea(s.area).name))].join(", "),
        o.legalForm?.replace(/-/g, " ") ?? "not found",
        o.companyNumber ?? "not found",
        holders(["chair"]),
        holders(["chief-executive", "managing-director"]),
        pkg.budgetsFor(o.id).length,
        pkg.keyDates.filter((k) => k.subjects.includes(o.id)).length,
        origins,
        running.length
          ? (confirmed ?? "—")
          : `ended ${runs
              .map((s) => s.end!)
              .sort()
              .at(-1)}`,
      ]),
    );
  }
  return lines.join("\n");
}

/** Each arrangement with Ofsted's judgements before, during and after it, and its neighbours'. */
export function outcomesTable(): string {
  const lines = [
    row(["area", "operator", "from – to", "before", "during", "after", "neighbours good or better (at the span's end)"]),
    row(["---", "---", "---", "---", "---", "---", "---"]),
  ];
  for (const s of [...pkg.services].sort((a, b) => pkg.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area))) {
    const o = pkg.outcomesOf(s.id);
    const judgedNeighbours = o.neighbours.map((n) => pkg.judgementOn(n.area, o.span.to)?.grade).filter((g) => g !== undefined);
    const good = judgedNeighbours.filter((g) => g === "good" || g === "outstanding").length;
    lines.push(
      row([
        pkg.getArea(s.area).name,
        pkg.nameOn(s.operator, s.start),
        `${s.start} – ${s.end ?? "running"}`,
        judged(o.before),
        o.during.map(judged).join(", ") || "—",
        s.end ? judged(o.after) : "(running)",
        o.neighbours.length ? `${good} of ${judgedNeighbours.length}` : "— (abolished area)",
      ]),
    );
  }
  return lines.join("\n");
}

/** What the outcomes table can and cannot show: the cited caveats, one line each. */
export function caveatList(): string {
  return pkg.governance
    .filter((g) => g.subject === "ofsted" && g.topic === "evidence")
    .map((g) => {
      // The first source's words; the record keeps every citation.
      const c = pkg.citationsOf(g)[0]!;
      return `- ${g.statement} ([${c.source.publisher}${c.source.published ? `, ${c.source.published.slice(0, 4)}` : ""}](${c.source.url}): “${c.quote}”)`;
    })
    .join("\n");
}

/**
 * docs/freshness.md: every open record (a running arrangement, an office-holding with no end, an
 * operator still running something) by the date a source last showed it true, stalest first.
 */
export function freshnessReport(): string {
  const rows: [string, string, string][] = [
    ...pkg.services
      .filter((s) => !s.end)
      .map((s): [string, string, string] => [
        pkg.lastConfirmed(s)!,
        "arrangement",
        `${pkg.getArea(s.area).name}: ${pkg.nameOn(s.operator, asOf)} (\`${s.id}\`)`,
      ]),
    ...pkg.officeHolders
      .filter((h) => pkg.lastConfirmed(h) !== undefined)
      .map((h): [string, string, string] => [
        pkg.lastConfirmed(h)!,
        "office",
        `${pkg.getPerson(h.person).name}, ${pkg.holdingTitle(h)}, ${pkg.getOrganisation(h.organisation).name} (\`${h.id}\`)`,
      ]),
    ...pkg.organisations
      .filter((o) => o.kind === "operator" && pkg.lastConfirmed(o))
      .map((o): [string, string, string] => [pkg.lastConfirmed(o)!, "operator", `${o.name} (\`${o.id}\`)`]),
  ].sort((a, b) => pkg.comparePartialDates(a[0], b[0]) || a[2].localeCompare(b[2]));
  const undated = pkg.officeHolders.filter((h) => !h.end && !h.start && !h.seen);
  return [
    "# Freshness: what the sources last confirmed",
    "",
    `Generated from the data (as of ${asOf}) by \`npm run generate\`: do not edit. Every record that is still open, by the date a`,
    "source last showed it true, stalest first. An office-holding with no end is certain only to that date (see",
    '"Dates, ends and certainty" in the README). Find a newer source for the records at the top.',
    "",
    row(["last confirmed", "kind", "record"]),
    row(["---", "---", "---"]),
    ...rows.map((r) => row(r)),
    "",
    `Office-holdings a source names with no date at all (${undated.length}): ${undated.map((h) => `\`${h.id}\``).join(", ") || "none"}.`,
    "",
  ].join("\n");
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

/**
 * The README's picture, at the address of this version's own copy on unpkg, so the npm page shows
 * the picture of the version it describes (regenerated by every build, so a release pins its own).
 */
export function pictureLine(): string {
  return `![A bar per arrangement from 2014 to today, one row per area, labelled with its operator and dates, with a marker for each Ofsted judgement](https://unpkg.com/childrens-services-trusts@${pkg.version}/docs/timeline.svg)`;
}

/** The first screen's example: the command line's own output. */
export function cliExample(): string {
  return "```text\n" + run(["on", "2020-11-08"]).stdout + "```";
}

export function renderReadme(readme: string): string {
  let out = fillSection(readme, "coverage", coverageTable());
  out = fillSection(out, "yearly", yearlyTable(TABLE_LAST_YEAR));
  out = fillSection(out, "operators", operatorTable());
  out = fillSection(out, "outcomes", outcomesTable());
  out = fillSection(out, "caveats", caveatList());
  out = fillSection(out, "picture", pictureLine());
  return fillSection(out, "cli", cliExample());
}
