/** The `inspections` collection: every published Ofsted inspection of an English authority's children's services since 2012. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId, InspectionId } from "../ids.js";
import { FRAMEWORKS, GRADES } from "../vocab.js";
import { type Cited, cited, id, partialDate, type SameShape, url } from "./common.js";

const grade = z.enum(GRADES);
export const inspectionSchema = z
  .object({
    ...cited,
    area: id,
    framework: z.enum(FRAMEWORKS),
    start: partialDate.optional(),
    end: partialDate.optional(),
    published: partialDate,
    report: url.optional(),
    overall: grade.optional(),
    leaders: grade.optional(),
    helpAndProtection: grade.optional(),
    inCare: grade.optional(),
    careLeavers: grade.optional(),
  })
  .strict();

/**
 * The framework an inspection was made under: `"pre-SIF"`, an inspection of the arrangements to
 * protect children or of services for looked-after children (to 2013); the single inspection
 * framework (`"SIF"`, 2013 to 2018);
 * ILACS standard or short inspections, `"ILACS"` where the history file does not say which, and
 * `"ILACS 2026"`, the framework in use from April 2026, which gives no overall judgement.
 */
export type Framework = (typeof FRAMEWORKS)[number];

/** One of Ofsted's four grades, in its words ("requires improvement" stands for "requires improvement to be good"). */
export type Grade = (typeof GRADES)[number];

/**
 * A published Ofsted inspection of an authority's children's services, with the judgements its
 * report gives. A judgement is absent where the report gives none, or where no source read it (the
 * history file could not read most pre-2018 reports; for trust areas they are filled from quoted
 * sources). Focused visits and monitoring visits are not inspections and are not here.
 */
export interface Inspection extends Cited {
  /** Area and publication day, e.g. `"birmingham-2019-01-17"`. */
  readonly id: InspectionId;
  /** The authority inspected. */
  readonly area: AreaId;
  /** The inspection framework. */
  readonly framework: Framework;
  /** First day of the inspection visit, where known. */
  readonly start?: PartialDate;
  /** Last day of the inspection visit, where known. */
  readonly end?: PartialDate;
  /** The day Ofsted published the report. */
  readonly published: PartialDate;
  /** The report's URL on Ofsted's file server: the primary source. */
  readonly report?: string;
  /** Overall effectiveness. */
  readonly overall?: Grade;
  /** The impact of leaders on social work practice with children and families (SIF: leadership, management and governance). */
  readonly leaders?: Grade;
  /** The experiences and progress of children who need help and protection. */
  readonly helpAndProtection?: Grade;
  /** The experiences and progress of children in care (SIF: children looked after and achieving permanence). */
  readonly inCare?: Grade;
  /** The experiences and progress of care leavers (a separate ILACS judgement from 2023; part of SIF). */
  readonly careLeavers?: Grade;
}

const matches: SameShape<Inspection, z.infer<typeof inspectionSchema>> = true;
void matches;
