/** The `areas` collection: every English children's services authority since 1 April 2014. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId } from "../ids.js";
import { AREA_TYPES } from "../vocab.js";
import { type Cited, cited, id, partialDate, type SameShape, text } from "./common.js";

const gss = z.string().regex(/^E\d{8}$/, "must be an English ONS code like E10000021");

export const areaSchema = z
  .object({
    ...cited,
    name: text,
    authority: text.optional(),
    aliases: z.array(text).min(1).optional(),
    gss,
    dfe: z.number().int().min(100).max(999),
    formerGss: z
      .array(z.object({ gss, end: partialDate }).strict())
      .min(1)
      .optional(),
    region: z
      .string()
      .regex(/^E12\d{6}$/, "must be an ONS region code like E12000004")
      .optional(),
    type: z.enum(AREA_TYPES).optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    replacedBy: z.array(id).min(1).optional(),
  })
  .strict();

/** How the DfE's list classes an authority. */
export type AreaType = (typeof AREA_TYPES)[number];

/** An English local authority area with children's services responsibility. */
export interface Area extends Cited {
  /** The area's id, e.g. `"northamptonshire"`. */
  readonly id: AreaId;
  /** The area's name as the DfE lists it. */
  readonly name: string;
  /** The council's name, where a cited source gives it. */
  readonly authority?: string;
  /** Other names the cited sources use for the area, e.g. "Kingston". */
  readonly aliases?: readonly string[];
  /** ONS (GSS) code, e.g. "E10000021". */
  readonly gss: string;
  /** DfE three-digit local authority number, e.g. 928. */
  readonly dfe: number;
  /** Earlier ONS codes of the same authority (same DfE number), each with the last day it was used. */
  readonly formerGss?: readonly {
    /** The earlier ONS code. */
    readonly gss: string;
    /** The last day it was used. */
    readonly end: PartialDate;
  }[];
  /** ONS region code, e.g. "E12000004" (East Midlands). */
  readonly region?: string;
  /** County, unitary authority, metropolitan district or London borough, as the DfE classes it. */
  readonly type?: AreaType;
  /** First day of the authority, where it began after 1 April 2014. */
  readonly start?: PartialDate;
  /** Last day of the authority (an authority abolished on 1 April ends on 31 March). */
  readonly end?: PartialDate;
  /** The areas that took over when this one ended. */
  readonly replacedBy?: readonly AreaId[];
}

const matches: SameShape<Area, z.infer<typeof areaSchema>> = true;
void matches;
