/** The `indicators` collection: the DfE's figures, one per area (or region, or England), measure and period. */
import { z } from "zod";
import type { AreaId, MeasureId, SourceId } from "../ids.js";
import { NULL_REASONS, REGION_CODES } from "../vocab.js";
import { id, type SameShape } from "./common.js";

/** A financial year "2023/24", or a date "2024-03-31" / "2024-09-30". */
const period = z.string().regex(/^(?:\d{4}\/\d{2}|\d{4}-03-31|\d{4}-09-30)$/, 'must be "YYYY/YY", "YYYY-03-31" or "YYYY-09-30"');

export const indicatorSchema = z
  .object({
    area: z.union([z.enum(REGION_CODES), id]),
    measure: id,
    period,
    value: z.number().finite().nullable(),
    reason: z.enum(NULL_REASONS).optional(),
    joint: z.array(id).min(2).optional(),
    source: id,
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.value === null) !== (r.reason !== undefined))
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is given when, and only when, the value is null" });
    if (r.joint && !r.joint.includes(r.area)) ctx.addIssue({ code: "custom", path: ["joint"], message: "must include the area itself" });
  });

/** Why a figure is missing, from the file's own code. */
export type NullReason = (typeof NULL_REASONS)[number];
/** The ONS code of England (`"E92000001"`) or one of its nine regions. */
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * One figure of one measure, for one area (or region, or England) and one period, as the DfE's
 * file gives it. Cited by the file it comes from (`source`, a dataset at its commit): the figures
 * are the file's, not quoted one by one.
 */
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
  /** The raw file the figure comes from (a `sources` record: the file at its commit). */
  readonly source: SourceId;
}

const matches: SameShape<Indicator, z.infer<typeof indicatorSchema>> = true;
void matches;
