/**
 * The command line: `npx childrens-services-trusts <command> ...`, for people who will not write
 * code. One table of commands (`COMMANDS`) says what each accepts, its help and how it answers;
 * every answer comes from the package's own helpers. Reading arguments, help, layout and the
 * output formats are in the cli-*.ts files beside this one.
 */
import { nearest, parseCommand, UsageError, type CommandSpec, type OptionSpec, type ParsedArguments } from "./cli-args.js";
import { commandHelp, programHelp, PROGRAM } from "./cli-help.js";
import { FORMATS, render, type Answer, type Column, type Format, type Listing, type Row, type Value } from "./cli-output.js";
// Only this file imports the library: the build keeps it external, so bin.js loads the sibling
// dist/index.js and dist/inspections.js instead of carrying a second copy of the data.
import {
  areas,
  asOf,
  assertDateInput,
  certaintyOn,
  findArea,
  findOrganisation,
  findPerson,
  getArea,
  getOrganisation,
  getPerson,
  holdingTitle,
  lastConfirmed,
  nameOn,
  SCOPE_START,
  servicesFor,
  servicesOn,
  summaryOn,
  UnknownIdError,
  version,
  type Area,
  type Citation,
  type Conflict,
  type OfficeHolder,
  type Role,
  type Service,
  type SubjectId,
} from "./index.js";
import { officeHolders, officeHoldersOn, type OfficeHolderFilter } from "./office-holders.js";
import { budgetsFor, timeline } from "./details.js";
import { citationsOf, type ResolvedCitation } from "./sources.js";
import { inspectionsFor, judgementsOn, type JudgedShare } from "./inspections.js";

/** What a command prints, and how the process should end. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** A command: what it accepts and says about itself, and how it answers. */
interface Command extends CommandSpec {
  readonly answer: (input: ParsedArguments) => Answer;
}

// ---- Options shared by several commands ----

const FORMAT: OptionSpec = { name: "format", value: "<format>", description: "table (the default), json or csv, in any case" };
const HELP: OptionSpec = { name: "help", short: "h", description: "this help" };
/** The options of every command. */
const COMMON: readonly OptionSpec[] = [FORMAT, HELP];
const SOURCES: OptionSpec = { name: "sources", description: "the citations behind each row (source, date, URL, quote) and any conflicting claim" };
const POSSIBLE: OptionSpec = { name: "possible", description: "also what is only possibly true on the date (a date known only to the month or year)" };

/** A user's input, quoted in a message. */
const q = (text: unknown) => JSON.stringify(text);
const textOption = (input: ParsedArguments, name: string) => (typeof input.options[name] === "string" ? (input.options[name] as string) : undefined);
const flag = (input: ParsedArguments, name: string) => input.options[name] === true;

// ---- Dates ----

/** A date as typed, checked by the library's own rule: its RangeError quotes the input and the accepted forms. */
function dateOf(value: string): string {
  assertDateInput(value);
  return value;
}

/** A date option, checked, or undefined when not given. */
function dateOption(input: ParsedArguments, name: string): string | undefined {
  const value = textOption(input, name);
  return value === undefined ? undefined : dateOf(value);
}

/** An ISO day moved by whole days. */
const shiftDay = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A partial date against a day, compared at the date's own precision: -1 when the date's period
 * ends before the day, 0 when it includes the day, 1 when it begins after it ("2014" includes 2014-04-01).
 */
function against(date: string, day: string): -1 | 0 | 1 {
  // ISO dates of one precision sort as plain strings.
  const prefix = day.slice(0, date.length);
  return date < prefix ? -1 : date > prefix ? 1 : 0;
}

/** How a date stands before the data's scope ("is before" or "begins before" it), or undefined when within it. */
function beforeScope(date: string): string | undefined {
  if (against(date, shiftDay(SCOPE_START, -1)) > 0) return undefined;
  return `${date} ${against(date, SCOPE_START) < 0 ? "is" : "begins"} before ${SCOPE_START}, where the data's scope begins`;
}

/** How a date stands after the day the data was last checked, or undefined when it does not reach past it. */
function afterChecked(date: string): string | undefined {
  if (against(date, shiftDay(asOf, 1)) < 0) return undefined;
  return `the data was last checked on ${asOf}; ${date} ${against(date, asOf) > 0 ? "is later" : "runs past that day"}`;
}

/** Notes for a date reaching outside the data: before its scope begins, or after it was last checked. */
function dateNotes(date: string): string[] {
  const [before, after] = [beforeScope(date), afterChecked(date)];
  return [...(before ? [`${before}: the answer may be incomplete`] : []), ...(after ? [`${after}, so the answer may be out of date`] : [])];
}

/** A note that `--possible` would add rows, so that the default's certain-only answer is not taken for all there is. */
function widerNote(shown: number, possible: number, date: string, [one, many]: readonly [string, string]): string[] {
  const more = possible - shown;
  return more > 0 ? [`${more} more ${more === 1 ? one : many} only possibly so on ${date}: add --possible to list ${more === 1 ? "it" : "them"}`] : [];
}

const LEGEND = '"possible": a date known only to the month or year, or an office known only from a dated sighting, leaves it open.';
const legendFor = (rows: readonly Row[]) => (rows.some((r) => r.values.certainty === "possible") ? LEGEND : undefined);

// ---- Look-ups: a name that finds nothing is a "not found" (exit 1) naming the query ----

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new UsageError(message, 1);
  return value;
}

const areaOf = (query: string) => found(findArea(query), `unknown area ${q(query)}: give a name, an ONS code (E10000021) or a DfE number (928)`);
const organisationOf = (query: string) => found(findOrganisation(query), `unknown organisation ${q(query)}: give a name or an id`);
const personOf = (query: string) => found(findPerson(query), `unknown person ${q(query)}: give a full name or an id`);
const subjectOf = (query: string): SubjectId =>
  found(findArea(query) ?? findOrganisation(query) ?? findPerson(query), `no area, organisation or person matches ${q(query)}`).id;

// ---- Rows ----

type Cited = { readonly citations: readonly Citation[]; readonly conflicts?: readonly Conflict[] };

/** A row: its values, and the citations and conflicts of the records it states (each citation once). */
function row(values: Record<string, Value>, ...records: readonly Cited[]): Row {
  const all = records.flatMap((r) => citationsOf(r));
  const same = (a: ResolvedCitation, b: ResolvedCitation) => a.source.id === b.source.id && a.quote === b.quote;
  const citations = all.filter((c, i) => all.findIndex((d) => same(c, d)) === i);
  const conflicts = records.flatMap((r) => r.conflicts ?? []).map((k) => ({ note: k.note, citations: citationsOf(k) }));
  return { values, citations, conflicts };
}

const listing = (key: string, noun: [string, string], columns: readonly Column[], rows: readonly Row[], title?: string): Listing => ({
  key,
  noun,
  columns,
  rows,
  ...(title && { title }),
});

// ---- on <date> ----

const ON_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "area" },
  { key: "area_id", table: "none" },
  { key: "ons" },
  { key: "dfe" },
  { key: "operator" },
  { key: "operator_id", table: "none" },
  { key: "since" },
  { key: "certainty" },
  // In JSON and CSV only: the table keeps to 100 columns.
  { key: "last_confirmed", table: "none" },
];

function onAnswer(input: ParsedArguments): Answer {
  const date = dateOf(input.argument);
  const possible = flag(input, "possible");
  const shown = servicesOn(date, { possible });
  const rows = shown.map((s) => {
    const area = getArea(s.area);
    const values = {
      id: s.id,
      area: area.name,
      area_id: area.id,
      ons: area.gss,
      dfe: area.dfe,
      operator: nameOn(s.operator, s.start),
      operator_id: s.operator,
      since: s.start,
      certainty: certaintyOn(s, date),
      last_confirmed: lastConfirmed(s) ?? null,
    };
    return row(values, s);
  });
  const wider = possible ? [] : widerNote(shown.length, servicesOn(date, { possible: true }).length, date, ["area", "areas"]);
  return { listings: [listing("arrangements", ["area", "areas"], ON_COLUMNS, rows)], notes: [...dateNotes(date), ...wider], legend: legendFor(rows) };
}

// ---- area <name | code | number> ----

const AREA_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "name" },
  { key: "council" },
  { key: "aliases", label: "also called" },
  { key: "ons", label: "ONS code" },
  {
    key: "former_ons",
    label: "former ONS codes",
    show: (v) => (v.former_ons as readonly { ons: string; end: string }[]).map((f) => `${f.ons} (used to ${f.end})`).join(", "),
  },
  { key: "dfe", label: "DfE number" },
  { key: "type" },
  { key: "region", label: "ONS region" },
  { key: "start", label: "first day" },
  { key: "end", label: "last day" },
  { key: "replaced_by", label: "replaced by" },
  { key: "replaced" },
];

function areaFacts(area: Area): Listing {
  const values = {
    id: area.id,
    name: area.name,
    council: area.authority ?? null,
    aliases: area.aliases ?? [],
    ons: area.gss,
    former_ons: (area.formerGss ?? []).map((f) => ({ ons: f.gss, end: f.end })),
    dfe: area.dfe,
    type: area.type ?? null,
    region: area.region ?? null,
    start: area.start ?? null,
    end: area.end ?? null,
    replaced_by: (area.replacedBy ?? []).map((id) => getArea(id).name),
    replaced: areas.filter((a) => a.replacedBy?.includes(area.id)).map((a) => a.name),
  };
  return { ...listing("area", ["area", "areas"], AREA_COLUMNS, [row(values, area)], area.name), record: true };
}

const ARRANGEMENT_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "operator", label: "operator (named as then)" },
  { key: "operator_id", table: "none" },
  { key: "origin" },
  { key: "start" },
  { key: "end" },
  { key: "last_confirmed", label: "last confirmed" },
];

/** An area's arrangements; each row carries the evidence of the arrangement and of its origin. */
function arrangements(services: readonly Service[]): Listing {
  const rows = services.map((s) =>
    row(
      {
        id: s.id,
        operator: nameOn(s.operator, s.start),
        operator_id: s.operator,
        origin: s.origin.kind,
        start: s.start,
        end: s.end ?? null,
        last_confirmed: lastConfirmed(s) ?? null,
      },
      s,
      s.origin,
    ),
  );
  return listing("arrangements", ["arrangement", "arrangements"], ARRANGEMENT_COLUMNS, rows, "Run independently");
}

function areaAnswer(input: ParsedArguments): Answer {
  const area = areaOf(input.argument);
  const services = servicesFor(area.id);
  return {
    listings: [areaFacts(area), arrangements(services), inspectionListing(area)],
    csv: "arrangements",
    ...(!services.length && { legend: "No arrangement: the council ran its own children's services, as far as the sources say." }),
  };
}

// ---- inspections <area> ----

const INSPECTION_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "published" },
  { key: "framework" },
  // Grades wrap no narrower than "improvement": the visit's dates go under the row, to fit 100 columns.
  { key: "start", label: "visit", table: "below", show: (v) => `${v.start ?? "?"} to ${v.end ?? "?"}` },
  { key: "end", table: "none" },
  { key: "overall" },
  { key: "leaders" },
  { key: "helpAndProtection", label: "help and protection" },
  { key: "inCare", label: "in care" },
  { key: "careLeavers", label: "care leavers" },
  // A URL cannot wrap, so the table puts it under its row.
  { key: "report", table: "below" },
];

function inspectionListing(area: Area): Listing {
  const rows = inspectionsFor(area.id).map((i) =>
    row(
      {
        id: i.id,
        published: i.published,
        framework: i.framework,
        start: i.start ?? null,
        end: i.end ?? null,
        overall: i.overall ?? null,
        leaders: i.leaders ?? null,
        helpAndProtection: i.helpAndProtection ?? null,
        inCare: i.inCare ?? null,
        careLeavers: i.careLeavers ?? null,
        report: i.report ?? null,
      },
      i,
    ),
  );
  return listing("inspections", ["inspection", "inspections"], INSPECTION_COLUMNS, rows, "Ofsted inspections");
}

const inspectionsAnswer = (input: ParsedArguments): Answer => ({ listings: [inspectionListing(areaOf(input.argument))] });

// ---- holders ----

/** The kinds of office, from the data itself (the schema's list would bring zod into the command line). */
const roles = (): Role[] => [...new Set(officeHolders.map((h) => h.role))].sort();

/** A role as typed ("Chief Executive", "chief-executive"), or a usage error listing the valid ones. */
function roleOf(value: string): Role {
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const role = roles().find((r) => r === wanted);
  if (!role) throw new UsageError(`unknown role ${q(value)}: expected one of ${roles().join(", ")}`);
  return role;
}

const HOLDER_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "person" },
  { key: "person_id", table: "none" },
  { key: "title" },
  { key: "role", table: "none" },
  { key: "organisation" },
  { key: "organisation_id", table: "none" },
  { key: "start" },
  { key: "end" },
  { key: "seen" },
];

function holderRow(h: OfficeHolder, on: string | undefined): Row {
  const values = {
    id: h.id,
    person: getPerson(h.person).name,
    person_id: h.person,
    title: holdingTitle(h),
    role: h.role,
    organisation: getOrganisation(h.organisation).name,
    organisation_id: h.organisation,
    start: h.start ?? null,
    end: h.end ?? null,
    seen: h.seen ?? [],
    ...(on !== undefined && { certainty: certaintyOn(h, on) }),
  };
  return row(values, h);
}

function holdersAnswer(input: ParsedArguments): Answer {
  const on = dateOption(input, "on");
  const [role, organisation, person] = [textOption(input, "role"), textOption(input, "organisation"), textOption(input, "person")];
  const filter: OfficeHolderFilter = {
    ...(role !== undefined && { role: roleOf(role) }),
    ...(organisation !== undefined && { organisation: organisationOf(organisation).id }),
    ...(person !== undefined && { person: personOf(person).id }),
    possible: flag(input, "possible"),
  };
  if (filter.possible && on === undefined) throw new UsageError("--possible needs --on <date>: without a date every holding is listed");
  // Without a date, every holding matching the filter: officeHoldersOn needs a date.
  const matching = (h: OfficeHolder) =>
    (!filter.role || h.role === filter.role) &&
    (!filter.organisation || h.organisation === filter.organisation) &&
    (!filter.person || h.person === filter.person);
  const holdings = on === undefined ? officeHolders.filter(matching) : officeHoldersOn(on, filter);
  const rows = holdings.map((h) => holderRow(h, on));
  const columns = on === undefined ? HOLDER_COLUMNS : [...HOLDER_COLUMNS, { key: "certainty" }];
  const notes =
    on === undefined
      ? []
      : [
          ...dateNotes(on),
          ...(filter.possible ? [] : widerNote(rows.length, officeHoldersOn(on, { ...filter, possible: true }).length, on, ["holding", "holdings"])),
        ];
  return { listings: [listing("holders", ["holding", "holdings"], columns, rows)], notes, legend: legendFor(rows) };
}

// ---- timeline ----

/** The statuses of the timeline, from the data itself. */
const statuses = () => [...new Set(timeline().map((e) => e.status))].sort();

function statusOf(value: string) {
  const status = statuses().find((s) => s === value.trim().toLowerCase());
  if (!status) throw new UsageError(`unknown status ${q(value)}: expected one of ${statuses().join(", ")}`);
  return status;
}

const TIMELINE_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "date" },
  { key: "status" },
  { key: "event" },
  { key: "subjects", table: "none" },
];

function timelineAnswer(input: ParsedArguments): Answer {
  const [from, to] = [dateOption(input, "from"), dateOption(input, "to")];
  const [subject, status] = [textOption(input, "subject"), textOption(input, "status")];
  const entries = timeline({
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(subject !== undefined && { subject: subjectOf(subject) }),
    ...(status !== undefined && { status: statusOf(status) }),
  });
  const rows = entries.map((e) => row({ id: e.record.id, date: e.date, status: e.status, event: e.title, subjects: e.subjects }, e));
  const notes = [from, to].flatMap((d) => (d === undefined ? [] : dateNotes(d)));
  return { listings: [listing("timeline", ["event", "events"], TIMELINE_COLUMNS, rows)], notes };
}

// ---- summary <date> ----

const percent = (key: string) => (v: Readonly<Record<string, Value>>) => `${(v[key] as number).toFixed(1)}%`;

const SUMMARY_COLUMNS: readonly Column[] = [
  { key: "date" },
  { key: "authorities", label: "local authorities" },
  { key: "independent", label: "run independently" },
  { key: "operators", label: "operators running them" },
  { key: "share", label: "share run independently", show: percent("share") },
  { key: "independent_judged", label: "run independently: judged by Ofsted" },
  { key: "independent_good_or_better", label: "run independently: good or outstanding" },
  { key: "independent_good_or_better_share", label: "run independently: share good or outstanding", show: percent("independent_good_or_better_share") },
  { key: "others", label: "run by their council" },
  { key: "others_judged", label: "run by their council: judged by Ofsted" },
  { key: "others_good_or_better", label: "run by their council: good or outstanding" },
  { key: "others_good_or_better_share", label: "run by their council: share good or outstanding", show: percent("others_good_or_better_share") },
];

/** One group's judgement counts as flat columns, prefixed with the group. */
const judged = (prefix: string, j: JudgedShare) => ({
  [`${prefix}_judged`]: j.judged,
  [`${prefix}_good_or_better`]: j.goodOrBetter,
  [`${prefix}_good_or_better_share`]: j.share,
});

function summaryAnswer(input: ParsedArguments): Answer {
  const date = dateOf(input.argument);
  // Counts over a period that begins before the scope would be counts of nothing ("2014": no area is
  // certain on the whole year), so such a date is refused, as summaryOn refuses one wholly before.
  const before = beforeScope(date);
  if (before) throw new UsageError(`${before}: summary needs a date from then on`);
  const s = summaryOn(date, { possible: flag(input, "possible") });
  const j = judgementsOn(date, { possible: flag(input, "possible") });
  const values = {
    date,
    authorities: s.authorities,
    independent: s.independent,
    operators: s.operators,
    share: s.share,
    ...judged("independent", j.independent),
    others: j.others.areas,
    ...judged("others", j.others),
  };
  return { listings: [{ ...listing("summary", ["summary", "summaries"], SUMMARY_COLUMNS, [row(values)]), record: true }], notes: dateNotes(date) };
}

// ---- budgets <area | organisation> ----

interface Named {
  readonly id: SubjectId;
  readonly name: string;
}

/** Whose figures an area's budgets are: the area, its council (where the data has it) and its operators. */
function areaSubjects(area: Area): Named[] {
  const council = [area.authority, area.name].map((n) => (n === undefined ? undefined : findOrganisation(n))).find((o) => o?.kind === "council");
  const all: Named[] = [area, ...(council ? [council] : []), ...servicesFor(area.id).map((s) => getOrganisation(s.operator))];
  return all.filter((n, i) => all.findIndex((m) => m.id === n.id) === i);
}

const BUDGET_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "subject", label: "whose" },
  { key: "subject_id", table: "none" },
  { key: "period" },
  { key: "value", show: (v) => (v.unit === "GBP" ? `£${(v.value as number).toLocaleString("en-GB")}` : `${v.value as number}%`) },
  { key: "unit", table: "none" },
  { key: "qualifier" },
  { key: "description" },
];

function budgetsAnswer(input: ParsedArguments): Answer {
  const area = findArea(input.argument);
  // An area's money is mostly its council's and its operators', so an area asks about all three.
  const subjects = area
    ? areaSubjects(area)
    : [found(findOrganisation(input.argument), `unknown area or organisation ${q(input.argument)}: give a name or an id`)];
  const rows = subjects.flatMap((subject) =>
    budgetsFor(subject.id).map((b) =>
      row(
        {
          id: b.id,
          subject: subject.name,
          subject_id: subject.id,
          period: b.period ?? null,
          value: b.value,
          unit: b.unit,
          qualifier: b.qualifier ?? null,
          description: b.description,
        },
        b,
      ),
    ),
  );
  return { listings: [listing("budgets", ["figure", "figures"], BUDGET_COLUMNS, rows)] };
}

// ---- The table of commands: adding a command is adding an entry ----

const COMMANDS: readonly Command[] = [
  {
    name: "on",
    argument: { label: "<date>" },
    options: [POSSIBLE, SOURCES],
    summary: "the areas run independently on a date, with operator and since when",
    help: `The areas whose children's services an independent trust or company ran on <date>: area, ONS code, DfE number, operator (named as it was then), since when, and how certain.

By default only arrangements certain on the whole of <date>, as the library's servicesOn; --possible adds those only possibly in force (a start known only to the month is possible on a day of that month).`,
    example: "on 2020-11-08",
    answer: onAnswer,
  },
  {
    name: "area",
    argument: { label: "<name | code | number>", words: true },
    options: [SOURCES],
    summary: "an area's history: names and codes, its arrangements, its Ofsted inspections",
    help: `An area's whole history: its names, ONS code (and former codes, with their last day), DfE number, type, region, first and last day where known, and the areas it replaced or was replaced by; then each arrangement of its children's services (operator as named then, origin: statutory-direction or council-decision, start, end) and each Ofsted inspection.

Find it by name, council name ("Reading Borough Council"), ONS code (E10000021) or DfE number (928); a name of several words needs no quotes. --format json gives { area, arrangements, inspections }; csv, one table, gives the arrangements. With --sources, an arrangement's citations include those of its origin.`,
    example: "area Northamptonshire",
    answer: areaAnswer,
  },
  {
    name: "holders",
    options: [
      { name: "on", value: "<date>", description: "only those in office on the date" },
      { name: "organisation", value: "<name | id>", description: "only offices of this organisation" },
      { name: "person", value: "<name | id>", description: "only this person's offices" },
      { name: "role", value: "<role>", description: "only this kind of office: chair, chief-executive, commissioner, ..." },
      { ...POSSIBLE, description: "with --on, also those only possibly in office then" },
      SOURCES,
    ],
    summary: "who held which office, where and when",
    help: `Who held which office: person, title as the source words it ("(interim)" where interim), organisation, first and last day where a source gives them, and the dates a source shows them in post.

With --on, only holdings certain on that date and a certainty column; --possible adds those only possibly in office (a month-only date, or an office known only from a sighting).`,
    example: `holders --on 2020-10 --person "Clare Chamberlain"`,
    answer: holdersAnswer,
  },
  {
    name: "timeline",
    options: [
      { name: "from", value: "<date>", description: "only events that may fall on or after the date" },
      { name: "to", value: "<date>", description: "only events that may fall on or before the date" },
      { name: "subject", value: "<name | id>", description: "only events about this area, organisation or person" },
      { name: "status", value: "<status>", description: "only events with this status: happened, planned, postponed, ..." },
      SOURCES,
    ],
    summary: "key dates and each arrangement's start and last day, in order",
    help: "Key dates, and each arrangement's first and last day, in date order. Plans that did not happen as planned keep their status (postponed, superseded, cancelled).",
    example: `timeline --subject "Northamptonshire Children's Trust" --from 2020`,
    answer: timelineAnswer,
  },
  {
    name: "summary",
    argument: { label: "<date>" },
    options: [POSSIBLE],
    summary: "how many areas were run independently on a date, and how Ofsted judged them",
    help: `On <date>: the local authorities, how many had their children's services run independently, by how many operators, and that share; then, for those areas and for the rest, how many had an Ofsted judgement by then and how many of those were good or outstanding.

A comparison, not a cause. The data's scope begins on ${SCOPE_START}: a date that begins earlier is an error.`,
    example: "summary 2024-09-24",
    answer: summaryAnswer,
  },
  {
    name: "budgets",
    argument: { label: "<area | organisation>", words: true },
    options: [SOURCES],
    summary: "the money and budget-share figures the sources give",
    help: "The money and budget-share figures about an organisation, or about an area: the area, its council and the operators that ran its services. Money in whole pounds, shares in percent, with the source's hedge (about, more than, in the region of).",
    example: `budgets "Northamptonshire Children's Trust"`,
    answer: budgetsAnswer,
  },
  {
    name: "inspections",
    argument: { label: "<area>", words: true },
    options: [SOURCES],
    summary: "an area's Ofsted inspections and their judgements",
    help: "Every published Ofsted inspection of an area's children's services, oldest first: published, framework, visit dates, the overall judgement and the judgements on leaders, help and protection, children in care and care leavers, and the report's URL. A judgement is empty where the report gives none or no source read it.",
    example: "inspections Slough",
    answer: inspectionsAnswer,
  },
];

const ABOUT = `Dates: YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for its whole period, so answers say when they are only possibly true. The data's scope begins on ${SCOPE_START}; it was last checked against its sources on ${asOf}.

Exit codes: 0 answered, 1 something named was not found, 2 a usage mistake.`;

// ---- Running ----

const ok = (stdout: string): CliResult => ({ stdout: `${stdout}\n`, stderr: "", code: 0 });
const names = (list: readonly string[]) => `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;

function commandNamed(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  const all = COMMANDS.map((c) => c.name);
  const near = nearest(name, all);
  const what = name.startsWith("-") ? `a command comes first, before ${name}` : `unknown command ${q(name)}`;
  throw new UsageError(`${what}: ${near ? `did you mean ${near}? ` : ""}expected ${names(all)} (see --help)`);
}

function formatOf(value: string | true | undefined): Format {
  const wanted = typeof value === "string" ? value.toLowerCase() : "table";
  const format = FORMATS.find((f) => f === wanted);
  if (!format) {
    const near = nearest(wanted, FORMATS);
    throw new UsageError(`unknown format ${q(value)}: ${near ? `did you mean ${near}? ` : ""}expected ${names(FORMATS)}`);
  }
  return format;
}

function answer(argv: readonly string[]): CliResult {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") return ok(programHelp(COMMANDS, COMMON, ABOUT));
  if (name === "help") return ok(args[0] === undefined ? programHelp(COMMANDS, COMMON, ABOUT) : commandHelp(commandNamed(args[0]), COMMON));
  if (name === "--version" || name === "-v") return ok(version);
  const command = commandNamed(name);
  const input = parseCommand(args, command, COMMON);
  if (input.options.help) return ok(commandHelp(command, COMMON));
  const format = formatOf(input.options.format);
  const { stdout, notes } = render(command.answer(input), format, input.options.sources === true);
  return { stdout, stderr: notes.map((n) => `${PROGRAM}: note: ${n}\n`).join(""), code: 0 };
}

/** An error as one line on stderr: usage mistakes exit 2, "not found" 1, anything unforeseen 70. */
function failure(e: unknown): CliResult {
  const [message, code] =
    e instanceof UsageError
      ? [e.message, e.code]
      : e instanceof UnknownIdError
        ? [e.message, 1]
        : e instanceof RangeError
          ? [e.message, 2]
          : [`internal error: ${e instanceof Error ? e.message : String(e)}`, 70];
  return { stdout: "", stderr: `${PROGRAM}: ${message.replace(/\s*\n\s*/g, " ")}\n`, code };
}

/**
 * Runs the command line on `argv` (without `node` and the script) and returns what it prints and
 * its exit code. Never throws: every error becomes one line on stderr.
 * @example run(["on", "2020-11-08", "--format", "json"]).stdout
 */
export function run(argv: readonly string[]): CliResult {
  try {
    return answer(argv);
  } catch (e) {
    return failure(e);
  }
}
