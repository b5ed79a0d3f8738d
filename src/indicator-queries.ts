/**
 * The DfE's figures joined to who ran each area: an area's figures, an arrangement's figures beside
 * its statistical neighbours' median and England's, and the median of the areas run independently
 * against the rest's. Exported by the `childrens-services-trusts/indicators` entry point. Run time
 * only: no zod.
 */
import { certaintyOfBounds, periodOf } from "./dates.js";
import { services as serviceRecords } from "./dataset.js";
import { indicators, measures } from "./dataset-indicators.js";
import { neighbours as neighbourRecords } from "./dataset-inspections.js";
import { UnknownIdError } from "./errors.js";
import { boundsOf } from "./on-date.js";
import type { AreaId, Indicator, Measure, MeasureId, NullReason, RegionCode, Service, ServiceId } from "./types.js";
import { REGION_CODES } from "./vocab.js";

interface ServiceLite {
  readonly id: string;
  readonly area: string;
  readonly start: string;
  readonly end?: string;
}
interface NeighboursLite {
  readonly area: string;
  readonly neighbours: readonly string[];
}

// Built on first use and kept.
let byAreaCache: Map<string, Map<string, Indicator[]>> | undefined;
function byArea(): Map<string, Map<string, Indicator[]>> {
  if (!byAreaCache) {
    byAreaCache = new Map();
    for (const r of indicators) {
      let m = byAreaCache.get(r.area);
      if (!m) {
        m = new Map();
        byAreaCache.set(r.area, m);
      }
      const list = m.get(r.measure);
      if (list) list.push(r);
      else m.set(r.measure, [r]);
    }
  }
  return byAreaCache;
}

function checkMeasure(measure: unknown): Measure {
  const found = measures.find((m) => m.id === measure);
  if (!found) throw new UnknownIdError("measures", measure);
  return found;
}

function checkArea(area: unknown): AreaId | RegionCode {
  if (typeof area !== "string" || !byArea().has(area)) throw new UnknownIdError("areas", area);
  return area as AreaId | RegionCode;
}

/**
 * The measure with this id. Throws `UnknownIdError` for an id not in `measures`.
 * @example getMeasure("demand-children-in-need-rate").unit // "per 10,000 children"
 */
export function getMeasure(id: MeasureId): Measure {
  return checkMeasure(id);
}

/**
 * An area's figures (or a region's, or England's: `"E92000001"`), for one measure or all, in
 * measure order, then by period. Throws `UnknownIdError` for an unknown area or measure.
 * @example indicatorsFor("sunderland", "workforce-agency-rate")[0] // { area: "sunderland", measure: "workforce-agency-rate", period: "2017-09-30", value: 28.8, source: "dfe-csc-csww-indicators" }
 * @example indicatorsFor("E92000001").length // 236: every England figure of every measure
 */
export function indicatorsFor(area: AreaId | RegionCode, measure?: MeasureId): readonly Indicator[] {
  checkArea(area);
  if (measure !== undefined) checkMeasure(measure);
  const m = byArea().get(area)!;
  if (measure !== undefined) return m.get(measure) ?? [];
  return measures.flatMap((x) => m.get(x.id) ?? []);
}

/**
 * Where a period stands against an arrangement (or an area's arrangements): wholly `"before"` it,
 * wholly `"during"` it, wholly `"after"` it, `"partly"` (it began or ended in the period, or its
 * dates are too imprecise to say), `"between"` two arrangements, or `null` for an area never run
 * by an operator.
 * @example compare("doncaster-2014", "workforce-agency-rate").rows.map((r) => r.phase) // ["during", …, "after"]
 */
export type Phase = "before" | "during" | "after" | "partly" | "between";

/** The first and last day (UTC day numbers) a period covers: a financial year's twelve months, or the one day. */
function spanOfPeriod(period: string): { first: number; last: number } {
  const fy = /^(\d{4})\/\d{2}$/.exec(period);
  if (fy) return { first: periodOf(`${fy[1]}-04-01`).first, last: periodOf(`${Number(fy[1]) + 1}-03-31`).last };
  return periodOf(period);
}

function phaseOf(period: string, arrangements: readonly ServiceLite[]): Phase | null {
  if (arrangements.length === 0) return null;
  const p = spanOfPeriod(period);
  let before = 0;
  let after = 0;
  for (const a of arrangements) {
    // The one certainty rule (on-date.ts): "during" is certainly running for the whole period.
    const bounds = boundsOf(a as unknown as Service);
    const certainty = certaintyOfBounds(bounds, p);
    if (certainty === "certain") return "during";
    if (certainty === "possible") return "partly";
    if (p.last < bounds.possibleFrom) before++;
    else after++;
  }
  if (before === arrangements.length) return "before";
  if (after === arrangements.length) return "after";
  return "between";
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Number(m.toPrecision(12));
}

/**
 * One period of a {@link compare} answer.
 * @example compare("doncaster-2014", "workforce-agency-rate").rows[0] // { period: "2017-09-30", value: 19.6, neighboursMedian: 8.65, neighboursWithValue: 10, england: 15.8, phase: "during" }
 */
export interface ComparisonRow {
  /** The period, as in {@link Indicator.period}. */
  readonly period: string;
  /** The area's figure, or `null`. */
  readonly value: number | null;
  /** Why the area's figure is `null`. */
  readonly reason?: NullReason;
  /** The areas sharing the figure, when it is a joint return. */
  readonly joint?: readonly AreaId[];
  /** The median of the figures of the area's ten statistical neighbours that have one, or `null` when none has. */
  readonly neighboursMedian: number | null;
  /** How many of the neighbours have a figure for the period (of {@link Comparison.neighbours}' length). */
  readonly neighboursWithValue: number;
  /** England's figure, or `null`. */
  readonly england: number | null;
  /** Where the period stands against the arrangement(s); `null` for an area never run by an operator. */
  readonly phase: Phase | null;
}

/**
 * What {@link compare} answers.
 * @example compare("slough", "demand-children-in-need-rate").services // ["slough-2015", "slough-2021"]
 */
export interface Comparison {
  /** The area compared. */
  readonly area: AreaId;
  /** The measure. */
  readonly measure: MeasureId;
  /** The arrangements the phases are about: the one asked for, or every one of the area's. */
  readonly services: readonly ServiceId[];
  /** The area's ten statistical neighbours as the DfE lists them today; empty for a former authority. */
  readonly neighbours: readonly AreaId[];
  /** One row per period for which the file has a record of the area (a figure or a null), oldest first. */
  readonly rows: readonly ComparisonRow[];
}

const services = serviceRecords as unknown as readonly ServiceLite[];
const neighbourLists = neighbourRecords as unknown as readonly NeighboursLite[];

/**
 * For each period of a measure: the area's figure, its ten statistical neighbours' median (and
 * how many had a figure), England's, and whether the period was before, during or after the
 * arrangement. Pass an arrangement's id (`"doncaster-2014"`) for that arrangement, or an area's id
 * for all of its arrangements. Throws `UnknownIdError` for an unknown id or measure.
 * @example compare("doncaster-2014", "workforce-agency-rate").rows[0] // { period: "2017-09-30", value: 19.6, neighboursMedian: 8.65, neighboursWithValue: 10, england: 15.8, phase: "during" }
 * @example compare("sunderland", "spending-cyp-gross-per-child").rows[1] // { period: "2017/18", value: 1201.65, neighboursMedian: 1119.67, neighboursWithValue: 10, england: 803.89, phase: "during" }
 * @example compare("slough", "demand-children-in-need-rate").services // ["slough-2015", "slough-2021"]
 */
export function compare(serviceOrArea: ServiceId | AreaId, measure: MeasureId): Comparison {
  checkMeasure(measure);
  const service = services.find((s) => s.id === serviceOrArea);
  const area = service ? service.area : serviceOrArea;
  if (!service && (typeof area !== "string" || !byArea().has(area) || (REGION_CODES as readonly string[]).includes(area)))
    throw new UnknownIdError("services or areas", serviceOrArea);
  const arrangements = service ? [service] : services.filter((s) => s.area === area);
  const neighbours = neighbourLists.find((n) => n.area === area)?.neighbours ?? [];
  const own = byArea().get(area)?.get(measure) ?? [];
  const periods = own.map((r) => r.period);
  const valueOf = (a: string, period: string): Indicator | undefined =>
    byArea()
      .get(a)
      ?.get(measure)
      ?.find((r) => r.period === period);
  const rows = periods.map((period): ComparisonRow => {
    const mine = valueOf(area, period)!;
    const values = neighbours.map((n) => valueOf(n, period)?.value).filter((v): v is number => typeof v === "number");
    const row: { -readonly [K in keyof ComparisonRow]: ComparisonRow[K] } = {
      period,
      value: mine.value,
      neighboursMedian: median(values),
      neighboursWithValue: values.length,
      england: valueOf("E92000001", period)?.value ?? null,
      phase: phaseOf(period, arrangements),
    };
    if (mine.reason) row.reason = mine.reason;
    if (mine.joint) row.joint = mine.joint;
    return row;
  });
  return {
    area: area as AreaId,
    measure,
    services: arrangements.map((s) => s.id as ServiceId),
    neighbours: neighbours as readonly AreaId[],
    rows,
  };
}

/**
 * One side of an {@link indicatorSummary}.
 * @example indicatorSummary("workforce-agency-rate", "2020-09-30").independent // { median: 15.7, count: 10, missing: 0, areas: ["birmingham", …] }
 */
export interface SummaryGroup {
  /** The median of the group's figures, or `null` when none has one. */
  readonly median: number | null;
  /** How many of the group's areas have a figure. */
  readonly count: number;
  /** How many of the group's areas have a record with no figure (`null`). */
  readonly missing: number;
  /** The group's areas that have a figure. */
  readonly areas: readonly AreaId[];
}

/**
 * What {@link indicatorSummary} answers.
 * @example indicatorSummary("workforce-agency-rate", "2020-09-30").rest.median // 14
 */
export interface IndicatorSummary {
  /** The measure. */
  readonly measure: MeasureId;
  /** The period. */
  readonly period: string;
  /** Areas whose children's services were run by an operator for the whole period. */
  readonly independent: SummaryGroup;
  /** Areas run by their council for the whole period (no arrangement overlapping it). */
  readonly rest: SummaryGroup;
  /** Areas left out of both: an arrangement began or ended during the period. */
  readonly partly: readonly AreaId[];
}

/**
 * For one measure and period: the median of the areas run independently for the whole period
 * against the median of the rest, with how many areas each rests on. Regions and England are left
 * out; areas whose arrangement began or ended during the period are listed apart. Joint returns
 * count once per area. Throws `UnknownIdError` for an unknown measure, and a `RangeError`
 * naming the measure's periods for a period it does not have.
 * @example indicatorSummary("workforce-agency-rate", "2020-09-30").independent.count // 10 (their median 15.7%, against 14% for the 141 others)
 */
export function indicatorSummary(measure: MeasureId, period: string): IndicatorSummary {
  checkMeasure(measure);
  const records = indicators.filter((r) => r.measure === measure && r.period === period && !(REGION_CODES as readonly string[]).includes(r.area));
  if (records.length === 0) {
    const periods = [...new Set(indicators.filter((r) => r.measure === measure).map((r) => r.period))].sort();
    throw new RangeError(`No period ${JSON.stringify(period)} for measure "${measure}": it has ${periods.join(", ")}`);
  }
  const groups = { independent: [] as Indicator[], rest: [] as Indicator[] };
  const partly: AreaId[] = [];
  for (const r of records) {
    const phase = phaseOf(
      period,
      services.filter((s) => s.area === r.area),
    );
    if (phase === "during") groups.independent.push(r);
    else if (phase === "partly") partly.push(r.area as AreaId);
    else groups.rest.push(r);
  }
  const side = (list: readonly Indicator[]): SummaryGroup => {
    const withValue = list.filter((r) => r.value !== null);
    return {
      median: median(withValue.map((r) => r.value as number)),
      count: withValue.length,
      missing: list.length - withValue.length,
      areas: withValue.map((r) => r.area as AreaId),
    };
  };
  return { measure, period, independent: side(groups.independent), rest: side(groups.rest), partly };
}
