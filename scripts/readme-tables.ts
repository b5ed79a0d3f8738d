/**
 * The README's generated tables, computed from the dataset and queries themselves.
 * `npm run generate` writes them between their markers; a test keeps them in step.
 */
import { COLLECTION_NAMES, COLLECTIONS, ENTRIES } from "../src/build/registry.js";
import * as main from "./package.js";
import * as inspections from "../src/inspections.js";
import { readFileSync } from "node:fs";
import { run } from "../src/cli.js";
import { currentReport } from "./api-report.js";
import { asOf } from "../src/meta.js";

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

/** Records per collection, and every arrangement from 2014 to today. */
export function coverageTable(): string {
  const counts = [
    row(["collection", "records", "import from", "what it holds"]),
    row(["---", "---:", "---", "---"]),
    ...COLLECTION_NAMES.map((name) => {
      const { entry, description } = COLLECTIONS[name];
      const records = (JSON.parse(readFileSync(`data/${COLLECTIONS[name].file}`, "utf8")) as { records: unknown[] }).records.length;
      return row([`\`${name}\``, records, `\`childrens-services-trusts${ENTRIES[entry].subpath.slice(1)}\``, description]);
    }),
  ];
  const list = [
    row(["area", "ONS code", "DfE", "operator", "start", "end"]),
    row(["---", "---", "---:", "---", "---", "---"]),
    ...[...main.services]
      .sort((a, b) => main.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area))
      .map((s) => {
        const area = main.getArea(s.area);
        return row([area.name, area.gss, area.dfe, main.nameOn(s.operator, s.start), s.start, s.end ?? "—"]);
      }),
  ];
  return `${counts.join("\n")}\n\n${list.join("\n")}`;
}

/** Count and share of independently run areas on 1 April of each year since 2014. */
export function yearlyTable(lastYear: number): string {
  const lines = [row(["1 April", "authorities", "run independently", "share", "operators"]), row(["---", "---:", "---:", "---:", "---:"])];
  for (let year = 2014; year <= lastYear; year++) {
    // The package's one rule for "is this date inside the data?": no row for a 1 April after asOf.
    if (main.dataReach(`${year}-04-01`, asOf).afterAsOf) continue;
    const s = main.summaryOn(`${year}-04-01`);
    lines.push(row([year, s.authorities, s.independent, `${s.share.toFixed(1)}%`, s.operators]));
  }
  return lines.join("\n");
}

// The package's wording of a grade, short form: "RI", "no grade".
const judged = (i: main.Inspection | undefined) => (i ? `${main.inspectionGrade(i, "short")} (${i.published.slice(0, 7)})` : "—");

/** Per operator: where it ran, what it is, and how much of its history the data holds. */
export function operatorTable(): string {
  const lines = [
    row(["operator", "areas", "legal form", "company no.", "chairs", "chief executives", "money figures", "key dates", "origin", "last confirmed"]),
    row(["---", "---", "---", "---", "---:", "---:", "---:", "---:", "---", "---"]),
  ];
  for (const o of main.organisations.filter((x) => x.kind === "operator")) {
    const runs = main.servicesBy(o.id);
    const holders = (roles: main.Role[]) => roles.reduce((n, role) => n + main.officeHoldersOf({ organisation: o.id, role }).length, 0);
    const origins = [...new Set(runs.map((s) => s.origin.kind.replace("-", " ")))].join("; ");
    const running = runs.filter((s) => !s.end);
    const confirmed = main.lastConfirmed(o);
    lines.push(
      row([
        o.name + (o.formerNames ? ` (formerly ${o.formerNames.map((n) => n.name).join(", ")})` : ""),
        [...new Set(runs.map((s) => main.getArea(s.area).name))].join(", "),
        o.legalForm?.replace(/-/g, " ") ?? "not found",
        o.companyNumber ?? "not found",
        holders(["chair"]),
        holders(["chief-executive", "managing-director"]),
        main.budgetsFor(o.id).length,
        main.keyDates.filter((k) => k.subjects.includes(o.id)).length,
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
  for (const s of [...main.services].sort((a, b) => main.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area))) {
    const o = inspections.outcomesOf(s.id);
    const judgedNeighbours = o.neighbours.map((n) => inspections.judgementOn(n.area, o.span.to)?.grade).filter((g) => g !== undefined);
    const good = judgedNeighbours.filter((g) => g === "good" || g === "outstanding").length;
    lines.push(
      row([
        main.getArea(s.area).name,
        main.nameOn(s.operator, s.start),
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
  return main.governance
    .filter((g) => g.subject === "ofsted" && g.topic === "evidence")
    .map((g) => {
      // The first source's words; the record keeps every citation.
      const c = main.citationsOf(g)[0]!;
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
    ...main.services
      .filter((s) => !s.end)
      .map((s): [string, string, string] => [
        main.lastConfirmed(s)!,
        "arrangement",
        `${main.getArea(s.area).name}: ${main.nameOn(s.operator, asOf)} (\`${s.id}\`)`,
      ]),
    ...main.officeHolders
      .filter((h) => main.holdingLastConfirmed(h) !== undefined)
      .map((h): [string, string, string] => [
        main.holdingLastConfirmed(h)!,
        "office",
        `${main.getPerson(h.person).name}, ${main.holdingTitle(h)}, ${main.getOrganisation(h.organisation).name} (\`${h.id}\`)`,
      ]),
    ...main.organisations
      .filter((o) => o.kind === "operator" && main.lastConfirmed(o))
      .map((o): [string, string, string] => [main.lastConfirmed(o)!, "operator", `${o.name} (\`${o.id}\`)`]),
  ].sort((a, b) => main.comparePartialDates(a[0], b[0]) || a[2].localeCompare(b[2]));
  const undated = main.officeHolders.filter((h) => !h.end && !h.endedBy && !h.start && !h.seen);
  // A running operator's chair or chief executive that no record answers for today: a gap to fill.
  const running = main.organisations.filter((o) => o.kind === "operator" && main.services.some((s) => s.operator === o.id && !s.end));
  const vacant = running.flatMap((o) =>
    (["chair", "chief-executive"] as const)
      .filter((role) => main.officeHoldersOn(asOf, { organisation: o.id, role }).length === 0)
      .map((role) => `${o.name}'s ${role.replace("-", " ")} (\`${o.id}\`)`),
  );
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
    `Posts of a running operator with no holder in the data today (${vacant.length}): ${vacant.join(", ") || "none"}.`,
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
  return `![A bar per arrangement from 2014 to today, one row per area, labelled with its operator and dates, with a marker for each Ofsted judgement](https://unpkg.com/childrens-services-trusts@${main.version}/docs/timeline.svg)`;
}

/** The first screen's example: the command line's own output. */
export function cliExample(): string {
  return "```text\n" + run(["on", "2020-11-08"]).stdout + "```";
}

/** The collections by entry point, from the registry. */
export function collectionsList(): string {
  return (Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])
    .map((entry) => {
      const names = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].entry === entry);
      return `- \`childrens-services-trusts${ENTRIES[entry].subpath.slice(1)}\`: ${names.map((n) => `\`${n}\``).join(", ")}`;
    })
    .join("\n");
}

/** The measures of the README's table of figures: one per family the issue names. */
const TABLE_MEASURES = ["spending-cyp-gross-per-child", "workforce-agency-rate", "workforce-turnover-rate", "demand-children-in-need-rate"] as const;

/** A figure in the unit of its measure. */
function figure(value: number | null, unit: string): string {
  if (value === null) return "—";
  if (unit.startsWith("GBP")) return `£${Math.round(value).toLocaleString("en-GB")}`;
  if (unit === "percent") return `${value.toFixed(1)}%`;
  return value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

/**
 * For each measure, each arrangement's first and last period wholly during it (and, for an ended
 * one, its latest period after), each beside its neighbours' median and England's, from `compare`.
 */
export function indicatorsTable(): string {
  const out: string[] = [];
  for (const id of TABLE_MEASURES) {
    const m = main.getMeasure(id);
    out.push(
      `**${m.name}** (${m.unit}; ${m.higherIsBetter === null ? "neither higher nor lower is better in itself" : m.higherIsBetter ? "higher is better" : "lower is better"}):`,
      "",
    );
    out.push(
      row(["area", "operator, from – to", "first period during", "last period during", "latest period after"]),
      row(["---", "---", "---", "---", "---"]),
    );
    const cell = (r: { period: string; value: number | null; neighboursMedian: number | null; england: number | null } | undefined) =>
      r ? `${r.period}: ${figure(r.value, m.unit)} (neighbours ${figure(r.neighboursMedian, m.unit)}, England ${figure(r.england, m.unit)})` : "—";
    for (const s of [...main.services].sort((a, b) => main.comparePartialDates(a.start, b.start) || a.area.localeCompare(b.area))) {
      const c = main.compare(s.id, id);
      const during = c.rows.filter((r) => r.phase === "during");
      const after = c.rows.filter((r) => r.phase === "after");
      out.push(
        row([
          main.getArea(s.area).name,
          `${main.nameOn(s.operator, s.start)}, ${s.start} – ${s.end ?? "today"}`,
          cell(during[0]),
          during.length > 1 ? cell(during.at(-1)) : "—",
          cell(after.at(-1)),
        ]),
      );
    }
    out.push("");
  }
  const quotes = [
    ...main.governance
      .filter((g) =>
        ["ofsted-evidence-causation-1", "ofsted-evidence-causation-3", "ofsted-evidence-selection-1", "spending-evidence-deprivation-1"].includes(g.id),
      )
      .map((g) => ({ statement: g.statement, c: main.citationsOf(g)[0]! })),
    ...[
      ...new Map(
        main.measures.flatMap((x) =>
          main
            .citationsOf(x)
            .filter((c) => c.note?.startsWith("The dictionary's note"))
            .map((c) => [c.quote, c] as const),
        ),
      ).values(),
    ].map((c) => ({
      statement: "Workforce figures of a joint return are one figure for two areas.",
      c,
    })),
  ];
  out.push("Caveats, each in its source's words:", "");
  for (const { statement, c } of quotes)
    out.push(`- ${statement} ([${c.source.publisher}${c.source.published ? `, ${c.source.published.slice(0, 4)}` : ""}](${c.source.url}): “${c.quote}”)`);
  return out.join("\n").trimEnd();
}

/**
 * Every council given a statutory direction since 2010 (as the data records it), what came of it,
 * and the counts, from `directedCouncils`.
 */
export function interventionsTable(): string {
  const councils = main.directedCouncils();
  const moved = councils.filter((c) => c.outcome === "trust or company");
  const count = (o: string) => councils.filter((c) => c.outcome === o).length;
  const out = [
    `Of ${councils.length} councils directed about their children's services in the data, ${moved.length} had them moved to a trust or company, ` +
      `${count("partnership")} worked under a partnership with another council${count("not recorded") ? "," : " and"} ${count("council-kept")} kept them under a commissioner or adviser` +
      `${count("not recorded") ? `, and for ${count("not recorded")} the data records no outcome` : ""}. Councils with an improvement notice in the data: ` +
      `${new Set(main.interventions.filter((i) => i.kind === "improvement-notice").map((i) => i.area)).size} councils.`,
    "",
    row(["council", "first direction", "directions ended", "commissioners", "what came of it"]),
    row(["---", "---", "---", "---", "---"]),
    ...councils.map((c) =>
      row([
        c.name,
        c.firstDirected,
        c.directionsEnded ?? (c.directionsEndedBy ? `by ${c.directionsEndedBy}` : "open, or no end recorded"),
        c.commissioners.map((k) => k.commissioner ?? "named in the source").join("; ") || "—",
        c.outcome === "trust or company"
          ? `trust or company: ${c.arrangements.map((s) => `${main.nameOn(s.operator, s.start)} from ${s.start}`).join("; ")}`
          : c.outcome,
      ]),
    ),
    "",
    "Caveats, each in its source's words:",
    "",
  ];
  const quoted = [
    ...main.governance.filter((g) => g.id === "ofsted-evidence-selection-1").map((g) => ({ statement: g.statement, c: main.citationsOf(g)[0]! })),
    ...main.interventions
      .flatMap((i) => main.citationsOf(i))
      .filter((c) => c.quote.includes("issued to councils due to"))
      .slice(0, 1)
      .map((c) => ({ statement: "Notices and directions follow poor or inadequate performance, usually an Ofsted inspection.", c })),
  ];
  for (const { statement, c } of quoted)
    out.push(`- ${statement} ([${c.source.publisher}${c.source.published ? `, ${c.source.published.slice(0, 4)}` : ""}](${c.source.url}): “${c.quote}”)`);
  return out.join("\n");
}

/** Each entry point with its collections and its questions (the functions it exports), from the registry and the API report. */
export function entriesTable(): string {
  const api = currentReport();
  const rows = (Object.keys(ENTRIES) as (keyof typeof ENTRIES)[]).map((entry) => {
    const names = COLLECTION_NAMES.filter((n) => COLLECTIONS[n].entry === entry);
    const questions = (api[ENTRIES[entry].subpath] ?? []).filter(
      (x) => /^[a-z]/.test(x) && !(names as string[]).includes(x) && !["version", "asOf"].includes(x),
    );
    return row([
      `\`childrens-services-trusts${ENTRIES[entry].subpath.slice(1)}\``,
      names.map((n) => `\`${n}\``).join(", "),
      questions.map((q) => `\`${q}\``).join(", "),
    ]);
  });
  return [row(["entry point", "collections", "questions"]), row(["---", "---", "---"]), ...rows].join("\n");
}

/** The data and CSV files, one per collection, from the registry. */
export function filesList(): string {
  return COLLECTION_NAMES.map((n) => {
    const base = COLLECTIONS[n].file.replace(/\.json$/, "");
    return `- \`${n}\`: \`data/${base}.json\`, \`csv/${base}.csv\``;
  }).join("\n");
}

export function renderReadme(readme: string): string {
  let out = fillSection(readme, "coverage", coverageTable());
  out = fillSection(out, "collections", collectionsList());
  out = fillSection(out, "files", filesList());
  out = fillSection(out, "entries", entriesTable());
  out = fillSection(out, "indicators", indicatorsTable());
  out = fillSection(out, "interventions", interventionsTable());
  out = fillSection(out, "yearly", yearlyTable(TABLE_LAST_YEAR));
  out = fillSection(out, "operators", operatorTable());
  out = fillSection(out, "outcomes", outcomesTable());
  out = fillSection(out, "caveats", caveatList());
  out = fillSection(out, "picture", pictureLine());
  return fillSection(out, "cli", cliExample());
}
