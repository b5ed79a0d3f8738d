/**
 * The command line: `npx childrens-services-trusts <command> ...`, for people who will not write
 * code. Built on node's own `parseArgs`; every answer comes from the package's own helpers.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { toCsv } from "./csv.js";
import {
  assertDateInput,
  certaintyOn,
  citationsOf,
  findArea,
  findOrganisation,
  getArea,
  getOrganisation,
  getPerson,
  nameOn,
  officeHolders,
  officeHoldersOn,
  people,
  servicesFor,
  servicesOn,
  timeline,
  version,
  type Certainty,
  type Citation,
  type DateInput,
  type SubjectId,
} from "./index.js";

/** What a command prints, and how the process should end. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** A mistake in what the user typed: one line on stderr, exit code 2 (1 for "not found"). */
class UsageError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

type Format = "table" | "json" | "csv";
/** One line of an answer: the columns shown, and the citations behind it for `--sources`. */
interface Line {
  readonly cells: Record<string, string>;
  readonly citations: readonly Citation[];
}

const COMMON = {
  format: { type: "string", default: "table" },
  sources: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies ParseArgsConfig["options"];

const USAGE = `Usage: childrens-services-trusts <command> [options]

England's independently run children's services, every fact cited.

Commands:
  on <date>                  the areas run independently on a date, with operator and since when
  area <name | ONS code | DfE number>
                             an area's history
  holders [--on <date>] [--organisation <name or id>] [--role <text>]
                             who held which office
  timeline [--from <date>] [--to <date>] [--subject <name or id>]
                             key dates in order

Options on every command:
  --format table|json|csv    output format (default: table)
  --sources                  show the citation (publisher, date, URL, quote) behind each line
  -h, --help                 help for a command
  --version                  the package version

Dates: YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for its whole period, so answers say
when they are only possibly true.`;

const HELP: Record<string, string> = {
  on: `Usage: childrens-services-trusts on <date> [--format table|json|csv] [--sources]

The areas whose children's services an independent trust or company ran on <date>: area, ONS code,
DfE number, operator, since when, and how certain (a start known only to the month is "possible"
on a day of that month).
Example: childrens-services-trusts on 2020-11-08`,
  area: `Usage: childrens-services-trusts area <name | ONS code | DfE number> [--format table|json|csv] [--sources]

An area's history of independently run children's services, oldest first.
Example: childrens-services-trusts area Northamptonshire`,
  holders: `Usage: childrens-services-trusts holders [--on <date>] [--organisation <name or id>] [--role <text>] [--format ...] [--sources]

Who held which office. With --on, only those in office on that date (and those possibly so, marked).
--role matches the kind of office (chair, commissioner, ...) or words of its title.
Example: childrens-services-trusts holders --on 2020-10 --organisation "Northamptonshire Children's Trust" --role chair`,
  timeline: `Usage: childrens-services-trusts timeline [--from <date>] [--to <date>] [--subject <name or id>] [--format ...] [--sources]

Key dates, and each arrangement's start and last day, in order; planned dates that did not happen
are marked with their status.
Example: childrens-services-trusts timeline --subject "Northamptonshire Children's Trust" --from 2020`,
};

function date(value: string | undefined, what: string): DateInput {
  if (value === undefined || value === "") throw new UsageError(`missing ${what}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  // The library's own rule and message (a RangeError quoting the input and the accepted forms).
  return assertDateInput(value);
}

const certaintyLabel = (c: Certainty) => (c === "certain" ? "certain" : "possible");

function subjectOf(query: string): SubjectId {
  const found = findArea(query) ?? findOrganisation(query) ?? people.find((p) => p.id === query || p.name.toLowerCase() === query.trim().toLowerCase());
  if (!found) throw new UsageError(`no area, organisation or person matches ${JSON.stringify(query)}`, 1);
  return found.id;
}

function onCommand(args: string[]): Line[] {
  const on = date(args[0], "date (childrens-services-trusts on <date>)");
  return servicesOn(on, { possible: true }).map((s) => {
    const area = getArea(s.area);
    return {
      cells: { area: area.name, ons: area.gss, dfe: String(area.dfe), operator: nameOn(s.operator, s.start), since: s.start, certainty: certaintyLabel(certaintyOn(s, on)) },
      citations: s.citations,
    };
  });
}

function areaCommand(args: string[]): Line[] {
  const query = args.join(" ").trim();
  if (!query) throw new UsageError("missing area: give a name, an ONS code or a DfE number");
  const area = findArea(query);
  if (!area) throw new UsageError(`unknown area ${JSON.stringify(query)}: give a name, an ONS code (E10000021) or a DfE number (928)`, 1);
  const history = servicesFor(area.id);
  if (!history.length)
    return [{ cells: { area: area.name, ons: area.gss, dfe: String(area.dfe), operator: "(none: the council ran its own services, as far as the sources say)", start: "", end: "" }, citations: area.citations }];
  return history.map((s) => ({
    cells: { area: area.name, ons: area.gss, dfe: String(area.dfe), operator: nameOn(s.operator, s.start), start: s.start, end: s.end ?? "" },
    citations: s.citations,
  }));
}

function holdersCommand(values: { on?: string; organisation?: string; role?: string }): Line[] {
  const on = values.on === undefined ? undefined : date(values.on, "date after --on");
  let organisation: string | undefined;
  if (values.organisation !== undefined) {
    organisation = findOrganisation(values.organisation)?.id;
    if (!organisation) throw new UsageError(`unknown organisation ${JSON.stringify(values.organisation)}`, 1);
  }
  const role = values.role?.trim().toLowerCase();
  const candidates = on === undefined ? officeHolders : officeHoldersOn(on, { possible: true });
  return candidates
    .filter((h) => (organisation === undefined || h.organisation === organisation) && (role === undefined || h.role.replace(/-/g, " ").includes(role.replace(/-/g, " ")) || h.title.toLowerCase().includes(role)))
    .map((h) => ({
      cells: {
        person: getPerson(h.person).name,
        title: h.interim && !/interim/i.test(h.title) ? `${h.title} (interim)` : h.title,
        organisation: getOrganisation(h.organisation).name,
        start: h.start ?? "",
        end: h.end ?? "",
        seen: (h.seen ?? []).join(" "),
        ...(on === undefined ? {} : { certainty: certaintyLabel(certaintyOn(h, on)) }),
      },
      citations: h.citations,
    }));
}

function timelineCommand(values: { from?: string; to?: string; subject?: string }): Line[] {
  const from = values.from === undefined ? undefined : date(values.from, "date after --from");
  const to = values.to === undefined ? undefined : date(values.to, "date after --to");
  const subject = values.subject === undefined ? undefined : subjectOf(values.subject);
  return timeline({ ...(from && { from }), ...(to && { to }), ...(subject && { subject }) }).map((e) => ({
    cells: { date: e.date, status: e.status, event: e.title },
    citations: e.citations,
  }));
}

// ---- Output ----

function withSources(lines: Line[]): Record<string, string>[] {
  return lines.map((l) => {
    const cited = citationsOf(l);
    return {
      ...l.cells,
      sources: cited.map((c) => `${c.source.publisher}${c.source.published ? `, ${c.source.published}` : ""}, ${c.source.url}: "${c.quote}"`).join(" | "),
    };
  });
}

function table(rows: Record<string, string>[], sources: Line[] | undefined): string {
  if (!rows.length) return "(nothing)\n";
  const columns = Object.keys(rows[0]!);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? "").length)));
  const fmt = (cells: string[]) => cells.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd();
  const out = [fmt(columns), fmt(widths.map((w) => "-".repeat(w)))];
  rows.forEach((r, i) => {
    out.push(fmt(columns.map((c) => r[c] ?? "")));
    // With --sources, each line's citations follow it, indented.
    for (const c of sources ? citationsOf(sources[i]!) : [])
      out.push(`    source: ${c.source.publisher}${c.source.published ? `, ${c.source.published}` : ""}, ${c.source.url}\n      "${c.quote}"`);
  });
  return out.join("\n") + "\n";
}

function render(lines: Line[], format: Format, showSources: boolean, note: string): string {
  const rows = showSources && format !== "table" ? withSources(lines) : lines.map((l) => ({ ...l.cells }));
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (format === "csv") return rows.length ? toCsv(rows, Object.keys(rows[0]!)) : "";
  return table(rows, showSources ? lines : undefined) + note;
}

/**
 * Runs the command line on `argv` (without `node` and the script) and returns what it prints.
 * @example run(["on", "2020-11-08"]).stdout
 */
export function run(argv: readonly string[]): CliResult {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") return { stdout: `${USAGE}\n`, stderr: "", code: 0 };
    if (command === "--version" || command === "-v") return { stdout: `${version}\n`, stderr: "", code: 0 };
    if (!(command in HELP)) throw new UsageError(`unknown command ${JSON.stringify(command)}: expected on, area, holders or timeline (see --help)`);
    const text = { type: "string" } as const;
    const options: ParseArgsConfig["options"] = {
      ...COMMON,
      ...(command === "holders" && { on: text, organisation: text, role: text }),
      ...(command === "timeline" && { from: text, to: text, subject: text }),
    };
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: command === "on" || command === "area", strict: true });
    } catch (e) {
      throw new UsageError(`${(e as Error).message.split("\n")[0]} (see childrens-services-trusts ${command} --help)`);
    }
    const values = parsed.values as { format: string; sources: boolean; help: boolean; on?: string; organisation?: string; role?: string; from?: string; to?: string; subject?: string };
    if (values.help) return { stdout: `${HELP[command]}\n`, stderr: "", code: 0 };
    if (!["table", "json", "csv"].includes(values.format)) throw new UsageError(`unknown format ${JSON.stringify(values.format)}: expected table, json or csv`);
    const lines =
      command === "on" ? onCommand(parsed.positionals) : command === "area" ? areaCommand(parsed.positionals) : command === "holders" ? holdersCommand(values) : timelineCommand(values);
    const possible = lines.some((l) => l.cells.certainty === "possible");
    const note = possible ? '\n"possible": a date known only to the month or year, or an office known only from a dated sighting, leaves it open.\n' : "";
    return { stdout: render(lines, values.format as Format, values.sources, note), stderr: "", code: 0 };
  } catch (e) {
    if (e instanceof UsageError) return { stdout: "", stderr: `childrens-services-trusts: ${e.message}\n`, code: e.code };
    if (e instanceof RangeError) return { stdout: "", stderr: `childrens-services-trusts: ${e.message}\n`, code: 2 };
    return { stdout: "", stderr: `childrens-services-trusts: internal error: ${(e as Error).message}\n`, code: 70 };
  }
}
