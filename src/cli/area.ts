/** `area <name | code | number>` and `inspections <area>`: an area's record, arrangements and Ofsted inspections. */
import {
  areas,
  GRADE_LABELS,
  getArea,
  inspectionGrade,
  inspectionsFor,
  lastConfirmed,
  nameOn,
  servicesFor,
  type Area,
  type Grade,
  type Inspection,
  type Service,
} from "../for-cli.js";
import type { ParsedArguments } from "./args.js";
import { areaOf, listing, row, SOURCES, type Command } from "./common.js";
import type { Answer, Column, Listing } from "./output.js";

const AREA_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "name" },
  { key: "authority", label: "council" },
  { key: "aliases", label: "also called" },
  { key: "gss", label: "ONS code" },
  {
    key: "formerGss",
    label: "former ONS codes",
    show: (v) => (v.formerGss as readonly { gss: string; end: string }[]).map((f) => `${f.gss} (used to ${f.end})`).join(", "),
  },
  { key: "dfe", label: "DfE number" },
  { key: "type" },
  { key: "region", label: "ONS region" },
  { key: "start", label: "first day" },
  { key: "end", label: "last day" },
  { key: "replacedBy", label: "replaced by" },
  { key: "replaced" },
];

function areaFacts(area: Area): Listing {
  const values = {
    id: area.id,
    name: area.name,
    authority: area.authority ?? null,
    aliases: area.aliases ?? [],
    gss: area.gss,
    formerGss: (area.formerGss ?? []).map((f) => ({ gss: f.gss, end: f.end })),
    dfe: area.dfe,
    type: area.type ?? null,
    region: area.region ?? null,
    start: area.start ?? null,
    end: area.end ?? null,
    replacedBy: (area.replacedBy ?? []).map((id) => getArea(id).name),
    replaced: areas.filter((a) => a.replacedBy?.includes(area.id)).map((a) => a.name),
  };
  return { ...listing("area", ["area", "areas"], AREA_COLUMNS, [row(values, area)], area.name), record: true };
}

const ARRANGEMENT_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "operator", table: "none" },
  { key: "operatorName", label: "operator (named as then)" },
  { key: "origin" },
  { key: "start" },
  { key: "end" },
  { key: "lastConfirmed", label: "last confirmed" },
];

/** An area's arrangements; each row carries the evidence of the arrangement and of its origin. */
function arrangements(services: readonly Service[]): Listing {
  const rows = services.map((s) =>
    row(
      {
        id: s.id,
        operator: s.operator,
        operatorName: nameOn(s.operator, s.start),
        origin: s.origin.kind,
        start: s.start,
        end: s.end ?? null,
        lastConfirmed: lastConfirmed(s) ?? null,
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
    legend: [...(!services.length ? ["No arrangement: the council ran its own children's services, as far as the sources say."] : []), GRADE_LEGEND].join(" "),
  };
}

/** A grade in the table as the package words it, short form ("RI"; the legend says what it stands for). */
const grade = (key: string) => (v: Readonly<Record<string, unknown>>) => (v[key] ? GRADE_LABELS[v[key] as Grade].short : "");

/** What the table's short grades stand for, in Ofsted's words. */
const GRADE_LEGEND = `Grades: ${GRADE_LABELS["requires improvement"].short} is "${GRADE_LABELS["requires improvement"].words}"; "no grade": the report gives no overall judgement (the 2026 framework) or none was read into the data.`;

const INSPECTION_COLUMNS: readonly Column[] = [
  { key: "id", table: "none" },
  { key: "published" },
  { key: "framework" },
  // The visit's dates go under the row, to fit 100 columns.
  { key: "start", label: "visit", table: "below", show: (v) => `${v.start ?? "?"} to ${v.end ?? "?"}` },
  { key: "end", table: "none" },
  {
    key: "overall",
    show: (v) => inspectionGrade({ overall: (v.overall as Grade | null) ?? undefined, framework: v.framework as Inspection["framework"] }, "short"),
  },
  { key: "leaders", show: grade("leaders") },
  { key: "helpAndProtection", label: "help and protection", show: grade("helpAndProtection") },
  { key: "inCare", label: "in care", show: grade("inCare") },
  { key: "careLeavers", label: "care leavers", show: grade("careLeavers") },
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

/** The `area` command. */
export const AREA: Command = {
  name: "area",
  argument: { label: "<name | code | number>", words: true },
  options: [SOURCES],
  summary: "an area's history: names and codes, its arrangements, its Ofsted inspections",
  help: `An area's whole history: its names, ONS code (and former codes, with their last day), DfE number, type, region, first and last day where known, and the areas it replaced or was replaced by; then each arrangement of its children's services (operator as named then, origin: statutory-direction or council-decision, start, end) and each Ofsted inspection.

Find it by name, council name ("Reading Borough Council"), short name ("Hull", "BCP"), ONS code (E10000021) or DfE number (928); a name of several words needs no quotes. --format json gives { area, arrangements, inspections }; csv, one table, gives the arrangements. With --sources, an arrangement's citations include those of its origin.`,
  example: "area Northamptonshire",
  answer: areaAnswer,
};

/** The `inspections` command. */
export const INSPECTIONS: Command = {
  name: "inspections",
  argument: { label: "<area>", words: true },
  options: [SOURCES],
  summary: "an area's Ofsted inspections and their judgements",
  help: "Every published Ofsted inspection of an area's children's services, oldest first: published, framework, visit dates, the overall judgement and the judgements on leaders, help and protection, children in care and care leavers, and the report's URL. A judgement is empty where the report gives none or no source read it.",
  example: "inspections Slough",
  answer: (input) => ({ listings: [inspectionListing(areaOf(input.argument))], legend: GRADE_LEGEND }),
};
