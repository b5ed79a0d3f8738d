/**
 * The command line. Its answers are checked in process through `run` (what `bin.ts` prints, with
 * its exit code), which keeps this file fast; the executable itself, a spawned process with real
 * arguments, is checked to print the same, below.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  asOf,
  budgetsFor,
  getSource,
  holdingTitle,
  compare,
  indicatorsFor,
  inspectionsFor,
  interventions,
  interventionsFor,
  underInterventionOn,
  judgementsOn,
  officeHolders,
  servicesOn,
  sourceLine,
  summaryOn,
  timeline,
  version,
} from "../scripts/package.js";
import { run } from "../src/cli.js";
import { ROOT } from "./helpers.js";

/** What the command prints for these arguments, and its exit code. */
function cli(...args: string[]) {
  return run(args);
}

/** The built executable, run as a user runs it. */
function spawned(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "dist", "bin.js"), ...args], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe("the executable (dist/bin.js)", () => {
  it.each([[["on", "2020-11-08"]], [["area", "West", "Sussex", "--format", "json"]], [["on", "2020-13-01"]], [["frobnicate"]], [["--version"]]])(
    "prints what run() answers, on stdout and stderr, with its exit code: %j",
    (args) => {
      expect(spawned(...args)).toEqual(run(args));
    },
  );
});

/** The parsed JSON answer of a command that must succeed cleanly. */
function json(...args: string[]) {
  const r = cli(...args, "--format", "json");
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The rows of a table answer: the lines between the header rule and the count line. */
const tableRows = (stdout: string) => {
  const lines = stdout.split("\n");
  const rule = lines.findIndex((l) => /^-+( +-+)*$/.test(l));
  return lines.slice(
    rule + 1,
    lines.findIndex((l, i) => i > rule && /^\d+ \w+$/.test(l)),
  );
};

/** Text with all white space as single spaces: wrapped lines read as one. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("childrens-services-trusts on <date>", () => {
  it("lists the 11 areas of 8 November 2020 with operator and since-when, and counts them", () => {
    const { stdout, stderr, code } = cli("on", "2020-11-08");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(tableRows(stdout)).toHaveLength(11);
    expect(stdout).toMatch(/^Northamptonshire\s+E10000021\s+928\s+Northamptonshire Children's Trust\s+2020-11-01\s+certain$/m);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("11 areas");
  });

  it("gives only what is certain on the date, as servicesOn; --possible widens as { possible: true }", () => {
    const certain = json("on", "2017");
    const possible = json("on", "2017", "--possible");
    expect(certain.map((r: { id: string }) => r.id)).toEqual(servicesOn("2017").map((s) => s.id));
    expect(possible.map((r: { id: string }) => r.id)).toEqual(servicesOn("2017", { possible: true }).map((s) => s.id));
    expect(possible.length).toBeGreaterThan(certain.length);
    expect(possible.find((r: { area: string }) => r.area === "sunderland").certainty).toBe("possible");
    // The table says what --possible would add, and what "possible" means when it shows.
    expect(cli("on", "2017").stdout).toContain(`note: ${possible.length - certain.length} more areas only possibly so on 2017`);
    expect(cli("on", "2017", "--possible").stdout).toContain('"possible": a date known only to the month or year');
  });

  it("gives the same rows as JSON and as CSV, numbers as numbers", () => {
    const rows = json("on", "2024-09-24");
    const csv = parse(cli("on", "2024-09-24", "--format", "csv").stdout, {
      // CSV headers are the JSON names in snake_case.
      columns: (header: string[]) => header.map((h) => h.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())),
      cast: (v, c) => (c.column === "areaDfe" ? Number(v) : c.column === "lastConfirmed" && v === "" ? null : v),
    });
    expect(rows).toHaveLength(12);
    expect(csv).toEqual(rows);
    expect(rows[0].areaDfe).toBeTypeOf("number");
  });

  it("shows the citations under each row with --sources: the source line (from labels.ts), then the quote", () => {
    const { stdout } = cli("on", "2020-11-08", "--sources");
    // A URL longer than the line continues on the next one, so the table stays within 100 columns.
    expect(stdout).toMatch(
      /^ {4}source: Community Care, 2020-11-08,\n {12}https:\/\/www\.communitycare\.co\.uk\/2020\/11\/08\/\n {12}independent-trust-takes-childrens-services-council\/$/m,
    );
    expect(flat(stdout).replace("/2020/11/08/ independent", "/2020/11/08/independent")).toContain(
      ` source: ${sourceLine(getSource("cc-2020-11-08"))} "Kingston (Achieving for Children)"`,
    );
    expect(stdout).toContain('      "Kingston (Achieving for Children)"');
  });
});

describe("--sources as data", () => {
  it("json: structured citations and conflicts per row", () => {
    const rows = json("on", "2020-11-08", "--sources");
    const first = servicesOn("2020-11-08")[0]!;
    expect(rows[0].citations.map((c: { source: string }) => c.source)).toEqual(first.citations.map((c) => c.source));
    expect(rows[0].citations[0]).toEqual({
      source: first.citations[0]!.source,
      publisher: "GOV.UK",
      title: expect.any(String),
      published: null,
      url: expect.stringMatching(/^https:\/\/www\.gov\.uk\//),
      quote: expect.stringMatching(/^Achieving for Children launched on 1 April 2014/),
    });
    const doncaster = rows.find((r: { area: string }) => r.area === "doncaster");
    expect(doncaster.conflicts.length).toBeGreaterThan(0);
    expect(doncaster.conflicts[0]).toEqual({
      note: expect.any(String),
      citations: [expect.objectContaining({ source: expect.any(String), quote: expect.any(String) })],
    });
  });

  it("table: each conflict's note, then its citations, under the row", () => {
    const { stdout } = cli("area", "Slough", "--sources");
    expect(stdout).toMatch(/^ {4}conflict: The change followed a DfE direction of May 2020/m);
    expect(stdout).toMatch(/^ {6}source: GovWire \(copy of GOV\.UK\), 2021-04-01,$/m);
  });

  it("csv: citation_sources, citation_urls and citation_quotes, joined by ' | '", () => {
    const [row] = parse(cli("on", "2020-11-08", "--sources", "--format", "csv").stdout, { columns: true }) as Record<string, string>[];
    expect(row!.citation_sources).toBe(
      servicesOn("2020-11-08")[0]!
        .citations.map((c) => c.source)
        .join(" | "),
    );
    expect(row!.citation_urls!.split(" | ")).toHaveLength(2);
    expect(row!.citation_quotes).toMatch(/^Achieving for Children launched .* \| Kingston \(Achieving for Children\)$/);
  });
});

describe("area <name | code | number>", () => {
  it("finds an area by name, ONS code or DfE number, and gives its facts, arrangements and inspections", () => {
    for (const q of ["Slough", "E06000039", "871"]) {
      const { area, arrangements, inspections } = json("area", q);
      expect(area).toMatchObject({ id: "slough", name: "Slough", gss: "E06000039", dfe: 871, type: "unitary", start: null, end: null });
      // One company, renamed: both arrangements are Slough Children First's, each named as it was then.
      expect(arrangements.map((r: { operator: string }) => r.operator)).toEqual(["slough-children-first", "slough-children-first"]);
      expect(arrangements.map((r: { operatorName: string }) => r.operatorName)).toEqual(["Slough Children's Services Trust", "Slough Children First"]);
      expect(arrangements.map((r: { origin: string }) => r.origin)).toEqual(["statutory-direction", "council-decision"]);
      expect(arrangements.map((r: { end: string | null }) => r.end)).toEqual(["2021-03-31", null]);
      expect(inspections.map((r: { id: string }) => r.id)).toEqual(inspectionsFor("slough").map((i) => i.id));
    }
  });

  it("gives former codes with their last day, and the areas replaced and replacing", () => {
    expect(json("area", "Barnsley").area.formerGss).toEqual([{ gss: "E08000016", end: "2025-04-30" }]);
    expect(cli("area", "Barnsley").stdout).toMatch(/^former ONS codes\s+E08000016 \(used to 2025-04-30\)$/m);
    expect(json("area", "E10000021").area).toMatchObject({ end: "2021-03-31", replacedBy: ["North Northamptonshire", "West Northamptonshire"] });
    expect(json("area", "West Northamptonshire").area).toMatchObject({ start: "2021-04-01", replaced: ["Northamptonshire"] });
  });

  it("an area the council always ran: the arrangements table is empty, and says so", () => {
    const { stdout } = cli("area", "West", "Sussex");
    expect(stdout).toMatch(/operator \(named as then\)\s+origin\s+start\s+end\s+last confirmed\n-+/);
    expect(stdout).toMatch(/^0 arrangements$/m);
    expect(stdout).toMatch(/^\d+ inspections$/m);
    expect(json("area", "West Sussex").arrangements).toEqual([]);
  });

  it("csv holds the arrangements, and says on stderr where the rest is", () => {
    const r = cli("area", "West Sussex", "--format", "csv");
    expect(r.stdout).toBe("id,operator,operator_name,origin,start,end,last_confirmed\r\n");
    expect(r.stderr).toContain("csv holds one table, the arrangements");
  });
});

describe("holders", () => {
  it("the chair of Northamptonshire Children's Trust in October 2020", () => {
    const rows = json("holders", "--on", "2020-10", "--organisation", "Northamptonshire Children’s Trust", "--role", "chair");
    expect(rows.map((r: { personName: string }) => r.personName)).toEqual(["Clare Chamberlain"]);
    expect(rows.map((r: { person: string }) => r.person)).toEqual(["clare-chamberlain"]);
    expect(rows[0].certainty).toBe("certain");
  });

  it("--possible adds the holdings only possibly true on the date, marked", () => {
    const args = ["holders", "--on", "2020-05-10", "--organisation", "Northamptonshire Children's Trust", "--role", "chair"];
    expect(cli(...args).stdout).not.toMatch(/^Ian Curryer/m);
    const { stdout } = cli(...args, "--possible");
    expect(stdout).toMatch(/^Ian Curryer\s+chair\s+.*2020-05\s+2020-09\s+possible$/m);
    expect(stdout).toContain('"possible": a date known only to the month');
  });

  it("--person and --role filter; titles come from holdingTitle", () => {
    const rows = json("holders", "--person", "Cornelia Andrecut");
    const holding = officeHolders.find((h) => h.id === "cornelia-andrecut-north-northamptonshire-council-director-of-childrens-services")!;
    expect(rows.find((r: { id: string }) => r.id === holding.id).title).toBe(holdingTitle(holding));
    expect(holdingTitle(holding)).toMatch(/\(interim\)$/);
    expect(json("holders", "--role", "Chief Executive").every((r: { role: string }) => r.role === "chief-executive")).toBe(true);
  });

  it("--possible without --on is a usage error", () => {
    const r = cli("holders", "--possible");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--possible needs --on <date>");
  });
});

describe("timeline", () => {
  it("filtered by subject and dates, with statuses", () => {
    const rows = json("timeline", "--subject", "northamptonshire-childrens-trust", "--from", "2020-06", "--to", "2020-08");
    expect(rows).toEqual([
      {
        id: expect.any(String),
        date: "2020-07",
        status: "postponed",
        title: "Original launch date of the trust",
        subjects: expect.arrayContaining(["northamptonshire-childrens-trust"]),
      },
    ]);
  });

  it("--status keeps one status", () => {
    const rows = json("timeline", "--status", "postponed");
    expect(rows.map((r: { date: string }) => r.date)).toEqual(timeline({ status: "postponed" }).map((e) => e.date));
  });
});

describe("summary <date>", () => {
  it("gives summaryOn's counts and judgementsOn's shares as numbers", () => {
    const s = { ...summaryOn("2024-09-24"), judgements: judgementsOn("2024-09-24") };
    // The library's own shapes and names, with the date asked about.
    expect(json("summary", "2024-09-24")).toEqual({ date: "2024-09-24", ...JSON.parse(JSON.stringify(s)) });
    expect(cli("summary", "2024-09-24").stdout).toMatch(/^share run independently\s+7\.8%$/m);
  });

  it("--possible counts as summaryOn(date, { possible: true })", () => {
    expect(json("summary", "2017", "--possible").independent).toBe(summaryOn("2017", { possible: true }).independent);
  });

  it.each([["2010"], ["2014"], ["2014-03"]])("refuses %s, a date reaching before the scope, instead of counting nothing", (date) => {
    const r = cli("summary", date);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`"${date}" (is|begins) before 2014-04-01, where this package's scope begins`));
  });
});

describe("budgets and inspections", () => {
  it("budgets of an organisation: budgetsFor, values as numbers with their unit", () => {
    const rows = json("budgets", "Northamptonshire Children's Trust");
    expect(rows.map((r: { id: string }) => r.id)).toEqual(budgetsFor("northamptonshire-childrens-trust").map((b) => b.id));
    expect(rows.find((r: { unit: string }) => r.unit === "percent")).toMatchObject({ value: 84, period: "2020/21", qualifier: null });
    expect(cli("budgets", "Northamptonshire Children's Trust").stdout).toMatch(/£97,000,000\s+in the region of/);
  });

  it("budgets of an area: the area's, its council's and its operators'", () => {
    const subjects = new Set(json("budgets", "Northamptonshire").map((r: { subject: string }) => r.subject));
    expect(subjects).toEqual(new Set(["northamptonshire-county-council", "northamptonshire-childrens-trust"]));
  });

  it("inspections: inspectionsFor's judgements, missing ones as null", () => {
    const rows = json("inspections", "Birmingham");
    const own = inspectionsFor("birmingham");
    expect(rows.map((r: { published: string }) => r.published)).toEqual(own.map((i) => i.published));
    expect(Object.keys(rows[0])).toEqual([
      "id",
      "published",
      "framework",
      "start",
      "end",
      "overall",
      "leaders",
      "helpAndProtection",
      "inCare",
      "careLeavers",
      "report",
    ]);
    expect(rows.at(-1).overall).toBe(own.at(-1)!.overall ?? null);
    expect(rows.some((r: { careLeavers: string | null }) => r.careLeavers === null)).toBe(true);
    expect(cli("inspections", "Birmingham").stdout).toMatch(/^ {4}report: https:\/\/files\.ofsted\.gov\.uk\//m);
  });
});

describe("empty answers", () => {
  it("table: the header and a zero count; csv: the header line; json: []", () => {
    const table = cli("holders", "--on", "2014-05-01", "--role", "minister");
    expect(table.stdout).toMatch(/^person\s+title\s+organisation\s+start\s+end\s+ended by\s+seen\s+certainty\n-+/);
    expect(table.stdout).toMatch(/^0 holdings$/m);
    expect(cli("timeline", "--from", "2099", "--format", "csv").stdout).toBe("id,date,status,title,subjects\r\n");
    expect(JSON.parse(cli("timeline", "--from", "2099", "--format", "json").stdout)).toEqual([]);
  });
});

describe("dates outside the data", () => {
  it("before the scope: `on` refuses the date as the library does; `timeline` answers with a note", () => {
    const r = cli("on", "2010", "--format", "json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"2010" is before 2014-04-01, where this package\'s scope begins');
    expect(cli("timeline", "--from", "2013").stdout).toContain("note: 2013 is before 2014-04-01, where the data's scope begins");
  });

  it(`after ${asOf}: the day the data was last checked, after the table or on stderr`, () => {
    const table = cli("on", "2030-01-01");
    expect(table.stdout.trimEnd().split("\n").at(-1)).toContain(`note: the data was last checked on ${asOf}; 2030-01-01 is later`);
    const csv = cli("on", "2030-01-01", "--format", "csv");
    expect(csv.stderr).toContain(`the data was last checked on ${asOf}`);
    expect(csv.stdout).not.toContain("note");
    expect(cli("on", asOf).stderr + cli("on", asOf).stdout).not.toContain("last checked");
  });
});

describe("the table of commands", () => {
  const commands = ["on", "area", "holders", "timeline", "summary", "budgets", "inspections", "interventions", "indicators", "compare"];

  it("--help lists every command, and each has its own help", () => {
    expect(cli("--version").stdout.trim()).toBe(version);
    const help = cli("--help").stdout;
    expect(help).toContain("Usage: childrens-services-trusts <command>");
    for (const c of commands) {
      expect(help).toMatch(new RegExp(`^  ${c}\\b`, "m"));
      expect(cli(c, "--help").stdout).toMatch(new RegExp(`^Usage: childrens-services-trusts ${c}`));
    }
    expect(cli("help", "summary").stdout).toBe(cli("summary", "--help").stdout);
    expect(cli("holders", "--help").stdout).toMatch(/^ {2}--person <name \| id>\s+only this person's offices \(a surname will do\)$/m);
  });

  it("the unknown-command message names every command, and the nearest one", () => {
    expect(cli("frobnicate").stderr).toContain(`expected ${commands.slice(0, -1).join(", ")} or ${commands.at(-1)}`);
    expect(cli("inspection", "Slough").stderr).toContain("did you mean inspections?");
  });
});

describe("layout: 100 columns, nothing cut", () => {
  it.each([[["holders"]], [["timeline"]], [["budgets", "Northamptonshire"]], [["inspections", "Slough"]], [["area", "Northamptonshire"]]])("%j", (args) => {
    const { stdout, code } = cli(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ \w+$/m); // the count line
    expect(stdout.split("\n").filter((l) => l.length > 100)).toEqual([]);
  });

  it("wraps long cells at spaces, keeping every word whole", () => {
    const { stdout } = cli("timeline");
    const words = new Set(stdout.split(/\s+/));
    for (const e of timeline()) for (const word of e.title.split(/\s+/)) expect(words.has(word), word).toBe(true);
    expect(stdout.split("\n").length).toBeGreaterThan(timeline().length + 3); // some rows took two lines
  });

  it("--sources lines wrap at 100 with indentation; a URL longer than a line continues on the next", () => {
    const { stdout } = cli("timeline", "--from", "2020", "--to", "2020", "--sources");
    expect(stdout.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    expect(stdout).toMatch(/^ {7}\S/m); // a quote's continuation, indented inside the quote
  });
});

describe("bad input: one line on stderr, a non-zero exit, no stack trace", () => {
  it.each([
    [["on", "2020-13-01"], 2, 'Invalid date "2020-13-01": expected YYYY, YYYY-MM or YYYY-MM-DD'],
    [["holders", "--on", "2020-02-30"], 2, 'Invalid date "2020-02-30"'],
    [["on"], 2, "missing <date>"],
    [["on", "2020", "2021"], 2, 'unexpected extra argument "2021"'],
    [["holders", "Slough"], 2, 'unexpected argument "Slough"'],
    [["area", "Narnia"], 1, 'unknown area "Narnia"'],
    [["inspections", "Narnia"], 1, 'unknown area "Narnia"'],
    [["budgets", "Acme"], 1, 'unknown area or organisation "Acme"'],
    [["holders", "--organisation", "Acme"], 1, 'unknown organisation "Acme"'],
    [["holders", "--person", "Nobody Atall"], 1, 'unknown person "Nobody Atall"'],
    [["holders", "--role", "boss"], 2, 'unknown role "boss": expected one of cabinet-member, chair, chief-executive,'],
    [["timeline", "--subject", "nobody at all"], 1, 'no area, organisation or person matches "nobody at all"'],
    [["timeline", "--status", "done"], 2, 'unknown status "done": expected one of cancelled, happened, planned, postponed, superseded'],
    [["frobnicate"], 2, 'unknown command "frobnicate"'],
    [["holders", "--bogus"], 2, "unknown option --bogus: see childrens-services-trusts holders --help"],
    [["timeline", "--fromat", "json"], 2, "unknown option --fromat: did you mean --format?"],
    [["on", "2020", "--posible"], 2, "unknown option --posible: did you mean --possible?"],
    [["summary", "2020", "--sources"], 2, "unknown option --sources"],
    [["holders", "--on"], 2, "option --on needs a value: --on <date>"],
    [["on", "2020", "--possible=yes"], 2, "option --possible takes no value"],
    [["on", "2020", "--format", "xml"], 2, 'unknown format "xml"'],
  ])("%j", (args, code, message) => {
    const r = cli(...args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--format takes any case", () => {
    expect(JSON.parse(cli("on", "2020-11-08", "--format", "JSON").stdout)).toHaveLength(11);
    expect(cli("on", "2020-11-08", "--format", "Csv").stdout).toMatch(/^id,area,/);
  });

  it("the role list comes from the data", () => {
    const roles = [...new Set(officeHolders.map((h) => h.role))].sort();
    expect(cli("holders", "--role", "boss").stderr.trim()).toMatch(new RegExp(`${roles.join(", ")}$`));
  });
});

describe("last confirmed", () => {
  it("an area's running arrangement shows the latest date a source showed it running; an ended one none", () => {
    const sandwell = JSON.parse(cli("area", "Sandwell", "--format", "json").stdout);
    expect(sandwell.arrangements[0].lastConfirmed).toBe("2025-12-05");
    const reading = JSON.parse(cli("area", "Reading", "--format", "json").stdout);
    expect(reading.arrangements[0].lastConfirmed).toBeNull();
    expect(cli("area", "Sandwell").stdout).toMatch(/last confirmed[\s\S]*2025-12-05/);
    const on = JSON.parse(cli("on", "2025-01-01", "--format", "json").stdout);
    expect(on.find((r: { area: string }) => r.area === "sandwell").lastConfirmed).toBe("2025-12-05");
  });
});

describe("interventions, indicators and compare", () => {
  it("interventions <date> lists what underInterventionOn gives; <area> what interventionsFor gives; with no argument, every one", () => {
    const on = json("interventions", "2016-06-01");
    expect(on.map((r: { id: string }) => r.id)).toEqual(underInterventionOn("2016-06-01").map((u) => u.intervention.id));
    expect(on.every((r: { certainty: string }) => r.certainty === "certain")).toBe(true);
    const possible = json("interventions", "2016-06-01", "--possible");
    expect(possible.length).toBe(underInterventionOn("2016-06-01", { possible: true }).length);
    expect(possible.length).toBeGreaterThan(on.length);
    expect(json("interventions", "Sunderland").map((r: { id: string }) => r.id)).toEqual(interventionsFor("sunderland").map((i) => i.id));
    expect(json("interventions").length).toBe(interventions.length);
    expect(cli("interventions", "Atlantis").code).toBe(1);
  });

  it("indicators <area> [--measure] gives indicatorsFor's figures; compare gives compare's rows; a measure that does not exist is named", () => {
    const rows = json("indicators", "Doncaster", "--measure", "workforce-agency-rate");
    const want = indicatorsFor("doncaster", "workforce-agency-rate");
    expect(rows.map((r: { period: string; value: number | null }) => [r.period, r.value])).toEqual(want.map((r) => [r.period, r.value]));
    const c = json("compare", "Doncaster", "--measure", "workforce-agency-rate");
    expect(c).toEqual(
      JSON.parse(
        JSON.stringify(
          compare("doncaster", "workforce-agency-rate").rows.map((r) => ({
            period: r.period,
            value: r.value,
            neighboursMedian: r.neighboursMedian,
            neighboursWithValue: r.neighboursWithValue,
            england: r.england,
            phase: r.phase ?? "no arrangement",
          })),
        ),
      ),
    );
    const bad = cli("compare", "Doncaster", "--measure", "agency");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown measure "agency": one of spending-cyp-gross');
    expect(cli("compare", "Doncaster").code).toBe(2);
  });
});
