/**
 * Ofsted's judgements: the queries that read the `inspections` and `neighbours` collections,
 * exported by the `childrens-services-trusts/inspections` entry point so the main entry stays light.
 * An area's inspections, its judgement on a date, an arrangement's judgements before, during and
 * after, and the share of each group judged good or better on a date.
 */
import { comparePartialDates, inScope, periodOf, type DateInput, type PartialDate, type Period } from "./dates.js";
import { areas } from "./dataset.js";
import { inspections, neighbours } from "./dataset-inspections.js";
import { getArea, getService } from "./lookups.js";
import { asOf } from "./meta.js";
import { holdsOn, type OnOptions } from "./on-date.js";
import { services } from "./dataset.js";
import type { Area, AreaId, Grade, Inspection, Service, ServiceId } from "./types.js";

const byPublished = (a: Inspection, b: Inspection) => comparePartialDates(a.published, b.published);
let inspectionsByArea: Map<string, Inspection[]> | undefined;

/** One area's own inspections, oldest first (the index is built on first use). */
function ownInspections(area: string): readonly Inspection[] {
  if (!inspectionsByArea) {
    inspectionsByArea = new Map();
    for (const i of [...inspections].sort(byPublished)) {
      const list = inspectionsByArea.get(i.area);
      if (list) list.push(i);
      else inspectionsByArea.set(i.area, [i]);
    }
  }
  return inspectionsByArea.get(area) ?? [];
}

/**
 * Every published Ofsted inspection of an area's children's services, oldest first. Throws
 * `UnknownIdError` for an unknown area.
 * @example inspectionsFor("sunderland").map((i) => i.overall) // [..., "outstanding", "outstanding"]
 */
export function inspectionsFor(area: AreaId): readonly Inspection[] {
  return Object.freeze([...ownInspections(getArea(area).id)]);
}

/** An area's overall judgement as of a date, with the inspection that gave it. */
export interface Judgement {
  /** Ofsted's overall effectiveness grade. */
  readonly grade: Grade;
  /** When the report was published. */
  readonly published: PartialDate;
  /** The inspection. */
  readonly inspection: Inspection;
  /**
   * The newest report published by the date, when it is newer than {@link Judgement.inspection}:
   * a report with no overall grade (the April 2026 framework gives none) is shown beside the
   * latest overall grade, not hidden by it.
   */
  readonly latestReport?: Inspection;
}

/** The last day of a date's period, as a number for comparison. */
const lastDayOf = (date: DateInput) => periodOf(date).last;

/**
 * The latest overall judgement of an area published on or before a date (for a month or a year,
 * on or before its last day), or `undefined` when none was. Inspections under the April 2026
 * framework give no overall judgement, so the one before stands. Throws for an unknown area or an
 * invalid date.
 * @example judgementOn("birmingham", "2024-01-01")?.grade // "good"
 */
export function judgementOn(area: AreaId, date: PartialDate): Judgement | undefined;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function judgementOn(area: AreaId, date: Date): Judgement | undefined;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function judgementOn(area: AreaId, date: DateInput): Judgement | undefined;
export function judgementOn(area: AreaId, date: DateInput): Judgement | undefined {
  return judgementBy(getArea(area).id, periodOf(date).last);
}

/** {@link judgementOn} for a day number already worked out: `summaryOn` parses its date once. */
function judgementBy(area: string, last: number): Judgement | undefined {
  const published = ownInspections(area).filter((i) => periodOf(i.published).last <= last);
  const found = published.filter((i) => i.overall).at(-1);
  if (!found) return undefined;
  const newest = published.at(-1)!;
  return Object.freeze({ grade: found.overall!, published: found.published, inspection: found, ...(newest !== found && { latestReport: newest }) });
}

/** One area's inspections over a span of time, for {@link ArrangementOutcomes}. */
export interface AreaInspections {
  /** The area. */
  readonly area: AreaId;
  /** Its inspections published in the span, oldest first. */
  readonly inspections: readonly Inspection[];
}

/** An arrangement with the judgements before, during and after it, and its area's neighbours' over the same years. */
export interface ArrangementOutcomes {
  /** The arrangement. */
  readonly service: Service;
  /**
   * The last inspection with an overall judgement published before the arrangement began: of the
   * area, or, for an area created later, of the area it replaced (West Northamptonshire: the
   * county's).
   */
  readonly before?: Inspection;
  /** Every inspection published while the arrangement ran (to its last day, or to `asOf` for a running one). */
  readonly during: readonly Inspection[];
  /** The first inspection with an overall judgement published after the arrangement ended. */
  readonly after?: Inspection;
  /** First and last day of the span the neighbours' inspections are taken from: `before`'s publication to `after`'s (or the arrangement's end, or `asOf`). */
  readonly span: {
    /** The first day: `before`'s publication, or the arrangement's start. */
    readonly from: PartialDate;
    /** The last day: `after`'s publication, the arrangement's end, or `asOf`. */
    readonly to: PartialDate;
  };
  /** The area's ten statistical neighbours (today's DfE list) and their inspections over the same span; empty for an abolished area. */
  readonly neighbours: readonly AreaInspections[];
}

/** The areas an area replaced (Northamptonshire for West Northamptonshire). */
const predecessorsOf = (area: string) => areas.filter((a) => a.replacedBy?.includes(area as AreaId)).map((a) => a.id);

/**
 * For an arrangement: the last judgement before it began, every inspection during it, the first
 * judgement after it ended, and its area's statistical neighbours' inspections over the same span.
 * A comparison, not a cause: see "Outcomes" in the README. Throws `UnknownIdError`.
 * @example outcomesOf("sunderland-2017").before?.overall // "inadequate"
 */
export function outcomesOf(service: ServiceId): ArrangementOutcomes {
  const s = getService(service);
  const first = periodOf(s.start).first;
  const last = s.end ? periodOf(s.end).last : lastDayOf(asOf);
  const graded = (list: readonly Inspection[]) => list.filter((i) => i.overall);
  const own = ownInspections(s.area);
  const earlier = (list: readonly Inspection[]) =>
    graded(list)
      .filter((i) => periodOf(i.published).last < first)
      .at(-1);
  const before =
    earlier(own) ??
    predecessorsOf(s.area)
      .map((p) => earlier(ownInspections(p)))
      .filter((i) => i !== undefined)
      .sort(byPublished)
      .at(-1);
  const during = own.filter((i) => periodOf(i.published).first >= first && periodOf(i.published).last <= last);
  const after = s.end ? graded(own).find((i) => periodOf(i.published).first > last) : undefined;
  const from = before?.published ?? s.start;
  const to = after?.published ?? s.end ?? asOf;
  const [lo, hi] = [periodOf(from).first, periodOf(to).last];
  const list = neighbours.find((n) => n.area === s.area)?.neighbours ?? [];
  return Object.freeze({
    service: s,
    ...(before && { before }),
    during: Object.freeze(during),
    ...(after && { after }),
    span: Object.freeze({ from, to }),
    neighbours: Object.freeze(
      list.map((area) =>
        Object.freeze({
          area,
          inspections: Object.freeze(ownInspections(area).filter((i) => periodOf(i.published).first >= lo && periodOf(i.published).last <= hi)),
        }),
      ),
    ),
  });
}

/** How many areas of a group had a judgement, and how many of those were good or outstanding. */
export interface JudgedShare {
  /** Areas in the group. */
  readonly areas: number;
  /** Areas with an overall judgement published by the date. */
  readonly judged: number;
  /** Of those, areas whose latest judgement was good or outstanding. */
  readonly goodOrBetter: number;
  /** `goodOrBetter` as a share of `judged`, in percent (0 when none was judged). */
  readonly share: number;
  /**
   * Whether the share rests on most of the group: `false` when half or more of its areas have no
   * overall grade in the data by the date, and the share should not be compared with another.
   */
  readonly comparable: boolean;
}

/** The latest overall Ofsted judgements as of a date: for the areas run independently then, and for the rest. */
export interface Judgements {
  /** The areas whose children's services an independent operator ran on the date. */
  readonly independent: JudgedShare;
  /** Every other area in existence on the date. */
  readonly others: JudgedShare;
}

function judgedShare(group: readonly Area[], period: Period): JudgedShare {
  const grades = group.map((a) => judgementBy(a.id, period.last)?.grade).filter((g) => g !== undefined);
  const goodOrBetter = grades.filter((g) => g === "good" || g === "outstanding").length;
  return Object.freeze({
    areas: group.length,
    judged: grades.length,
    goodOrBetter,
    share: grades.length ? (100 * goodOrBetter) / grades.length : 0,
    comparable: grades.length * 2 > group.length,
  });
}

/**
 * The share of each group judged good or better on a date (the areas run independently then, and
 * the rest), with how many areas each share rests on (`judged`) and whether it is `comparable`.
 * Older reports without a grade count as not judged. Throws a `RangeError` for a date that begins
 * before 1 April 2014, as every helper answering "on a date" does. The date is parsed once.
 * @example judgementsOn("2024-09-24").independent // { areas: 12, judged: 12, goodOrBetter: 6, share: 50, comparable: true }
 */
export function judgementsOn(date: PartialDate, options?: OnOptions): Judgements;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function judgementsOn(date: Date, options?: OnOptions): Judgements;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function judgementsOn(date: DateInput, options?: OnOptions): Judgements;
export function judgementsOn(date: DateInput, options?: OnOptions): Judgements {
  const period = inScope(date);
  const live = holdsOn(areas, period, options);
  const run = new Set<string>(holdsOn(services, period, options).map((s) => s.area));
  return Object.freeze({
    independent: judgedShare(
      live.filter((a) => run.has(a.id)),
      period,
    ),
    others: judgedShare(
      live.filter((a) => !run.has(a.id)),
      period,
    ),
  });
}
