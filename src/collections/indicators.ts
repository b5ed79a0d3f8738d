/**
 * The collection `indicators` (`data/indicators.json`): one figure per area, measure and period,
 * imported from the DfE's files by `npm run import:dfe`. Its zod schema (build-time only) and its
 * public type, checked against each other at compile time.
 */
import type { IsEqual, ReadonlyDeep } from "type-fest";
import { z } from "zod";
import type { AreaId } from "../ids.js";
import { INDICATOR_SOURCE_IDS, MEASURE_IDS, NULL_REASONS } from "../indicator-vocab.js";
import type { IndicatorSourceId, MeasureId, NullReason, RegionCode } from "../indicator-vocab.js";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");
const REGION = /^E(?:92000001|1200000[1-9])$/;

/** A financial year "2023/24", or a date "2024-03-31" / "2024-09-30". */
export const INDICATOR_PERIOD = /^(?:\d{4}\/\d{2}|\d{4}-03-31|\d{4}-09-30)$/;

/** One figure. `value` is `null` exactly when `reason` is given. */
export const indicatorSchema = z
  .object({
    area: z.union([id, z.string().regex(REGION, "must be an area id or E92000001 / E12000001…E12000009")]),
    measure: z.enum(MEASURE_IDS),
    period: z.string().regex(INDICATOR_PERIOD, 'must be "YYYY/YY", "YYYY-03-31" or "YYYY-09-30"'),
    value: z.number().finite().nullable(),
    reason: z.enum(NULL_REASONS).optional(),
    joint: z.array(id).min(2).optional(),
    source: z.enum(INDICATOR_SOURCE_IDS),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.value === null) !== (r.reason !== undefined))
      ctx.addIssue({ code: "custom", message: `${r.area} ${r.measure} ${r.period}: a reason is given when, and only when, the value is null` });
    if (r.joint && !r.joint.includes(r.area))
      ctx.addIssue({ code: "custom", message: `${r.area} ${r.measure} ${r.period}: joint must include the area itself` });
  });

/** The file `data/indicators.json`: at most one record per area, measure and period. */
export const indicatorsFileSchema = z
  .object({ $schema: z.string().optional(), records: z.array(indicatorSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const r of file.records) {
      const key = `${r.area}|${r.measure}|${r.period}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: `two records for ${key}` });
      seen.add(key);
    }
  });

/** An indicator as zod reads it from the file. */
export type IndicatorInput = z.infer<typeof indicatorSchema>;

/** One figure of one measure, for one area (or region, or England) and one period. */
export interface Indicator {
  /** The area's id (former authorities included), or `"E92000001"` for England, `"E12000001"`…`"E12000009"` for a region. */
  readonly area: AreaId | RegionCode;
  /** The measure (see `measures`). */
  readonly measure: MeasureId;
  /** A financial year `"2023/24"` (April to March), or the day the figure is at or ends: `"2024-03-31"`, `"2024-09-30"`. */
  readonly period: string;
  /** The figure as the file gives it, or `null` when the file gives none (never zero for missing). */
  readonly value: number | null;
  /** Why the value is `null`, from the file's own code; present exactly when `value` is `null`. */
  readonly reason?: NullReason;
  /** The areas that filed one return together, when the file gives one figure for all of them (this area included). */
  readonly joint?: readonly AreaId[];
  /** The raw file the figure comes from. */
  readonly source: IndicatorSourceId;
}

/** Replaces the area id unions by `string`, as zod infers them. */
type Loose<T> = { [K in keyof T]: K extends "area" ? string : K extends "joint" ? readonly string[] | undefined : T[K] };
const indicatorMatchesSchema: IsEqual<Loose<Indicator>, ReadonlyDeep<IndicatorInput>> = true;
void indicatorMatchesSchema;
