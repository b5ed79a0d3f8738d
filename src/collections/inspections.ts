/** The `inspections` collection: every published Ofsted inspection of an English authority's children's services since 2012. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId, InspectionId } from "../ids.js";
import { FRAMEWORKS, GRADES, PRE_SIF_GRADES } from "../vocab.js";
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
    adoption: grade.optional(),
    lscb: grade.optional(),
    safeguarding: z.enum(PRE_SIF_GRADES).optional(),
    lookedAfter: z.enum(PRE_SIF_GRADES).optional(),
    childProtection: z.enum(PRE_SIF_GRADES).optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    // The two scales never meet in one record: a 2009-2013 inspection has only its own grades.
    const early = ["pre-SIF", "SLAC", "CPI", "TLAC"].includes(i.framework);
    const fields = early
      ? (["overall", "leaders", "helpAndProtection", "inCare", "careLeavers", "adoption", "lscb"] as const)
      : (["safeguarding", "lookedAfter", "childProtection"] as const);
    for (const f of fields) if (i[f]) ctx.addIssue({ code: "custom", path: [f], message: `is not a judgement of a ${i.framework} inspection` });
    if (!early && i.framework !== "SIF")
      for (const f of ["adoption", "lscb"] as const) if (i[f]) ctx.addIssue({ code: "custom", path: [f], message: "is a SIF judgement only" });
  });

/**
 * The framework an inspection was made under. Before November 2013: `"SLAC"`, an inspection of
 * safeguarding and looked-after children's services (2009 to 2012, and its re-inspections);
 * `"CPI"`, an unannounced inspection of the arrangements to protect children (2012 to 2013, and its
 * re-inspections); `"TLAC"`, a targeted inspection of services for looked-after children (2013);
 * `"pre-SIF"`, one of these whose kind no source gives. Their grades are on another scale (see
 * `PreSifGrade`). Then the single inspection framework (`"SIF"`, 2013 to 2018);
 * ILACS standard or short inspections, `"ILACS"` where the history file does not say which, and
 * `"ILACS 2026"`, the framework in use from April 2026, which gives no overall judgement.
 */
export type Framework = (typeof FRAMEWORKS)[number];

/** One of Ofsted's four grades, in its words ("requires improvement" stands for "requires improvement to be good"). */
export type Grade = (typeof GRADES)[number];

/**
 * A grade of the 2009-2013 inspections (SLAC, CPI, TLAC), on their own scale: `"adequate"` was its
 * third grade. Ofsted's statistics restate it as "requires improvement to be good"; it is not that
 * SIF/ILACS grade, and is never compared with a `Grade`.
 */
export type PreSifGrade = (typeof PRE_SIF_GRADES)[number];

/**
 * A published Ofsted inspection of an authority's children's services, with the judgements its
 * report gives. A judgement is absent where the report gives none, or where no source read it (the
 * history file could not read most pre-2018 reports; their grades come from Ofsted's official
 * statistics, which list each authority's first SIF inspection and one re-inspection, and the
 * 2009-2013 inspections). A 2009-2013 inspection has only `safeguarding`, `lookedAfter` or
 * `childProtection`, never `overall`. Focused visits and monitoring visits are not inspections and
 * are not here.
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
  /** SIF only: adoption performance (part of the children looked after judgement). */
  readonly adoption?: Grade;
  /** SIF only: the overall effectiveness of the Local Safeguarding Children Board, reviewed with the first SIF inspection. */
  readonly lscb?: Grade;
  /** SLAC only: the overall effectiveness of safeguarding services, on the 2009-2013 scale. */
  readonly safeguarding?: PreSifGrade;
  /** SLAC and TLAC only: the overall effectiveness of services for looked-after children, on the 2009-2013 scale. */
  readonly lookedAfter?: PreSifGrade;
  /** CPI only: the overall effectiveness of the arrangements to protect children, on the 2009-2013 scale. */
  readonly childProtection?: PreSifGrade;
}

const matches: SameShape<Inspection, z.infer<typeof inspectionSchema>> = true;
void matches;
