/** The `interventions` collection: every improvement notice, statutory direction and commissioner in a council's children's services since 2010. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId, InspectionId, InterventionId, KeyDateId, OfficeHolderId } from "../ids.js";
import { INTERVENTION_ENDS, INTERVENTION_KINDS, INTERVENTION_OUTCOMES, RECOMMENDATIONS } from "../vocab.js";
import { type Cited, cited, id, partialDate, type SameShape, text } from "./common.js";

export const interventionSchema = z
  .object({
    ...cited,
    area: id,
    kind: z.enum(INTERVENTION_KINDS),
    start: partialDate.optional(),
    seen: z.array(partialDate).min(1).optional(),
    end: partialDate.optional(),
    endedBy: partialDate.optional(),
    ending: z.enum(INTERVENTION_ENDS).optional(),
    revisions: z.array(partialDate).min(1).optional(),
    issuedBy: text.optional(),
    commissioner: text.optional(),
    officeHolders: z.array(id).min(1).optional(),
    recommendation: z.enum(RECOMMENDATIONS).optional(),
    outcome: z.enum(INTERVENTION_OUTCOMES).optional(),
    trigger: text.optional(),
    inspection: id.optional(),
    keyDates: z.array(id).min(1).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    // A record is placed in time by its issue, the dated sources that show it in force, or its end.
    // A notice or commissioner no source dates is kept (a source records it) if it names the
    // inspection that triggered it; a direction always has a date.
    if (!r.start && !r.seen && !r.end && (r.kind === "direction" || !r.inspection))
      ctx.addIssue({
        code: "custom",
        path: ["start"],
        message:
          r.kind === "direction"
            ? "is required for a direction unless `seen` (a date a source shows it in force) or `end` places it in time"
            : "is required unless `seen` (a date a source shows it in force) or `end` places it in time, or, no source dating it, `inspection` names what triggered it",
      });
    if (r.end && r.endedBy) ctx.addIssue({ code: "custom", path: ["endedBy"], message: "is only for a record whose end no source gives: it has an end" });
    if (r.ending && !r.end) ctx.addIssue({ code: "custom", path: ["ending"], message: "needs an end date" });
    if (r.outcome && r.kind !== "direction")
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "is what came of a direction: only a direction has one" });
  });

/** An improvement notice (non-statutory, from the DfE), a statutory direction (section 497A of the Education Act 1996), or a commissioner appointed by the Secretary of State. */
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];
/** How an intervention ended: lifted, revoked, replaced by a revised one, superseded by a direction, or ended when the services transferred. */
export type InterventionEnd = (typeof INTERVENTION_ENDS)[number];
/** What a commissioner recommended: a trust or other alternative delivery model, an improvement partner, or that the council keep its services. */
export type Recommendation = (typeof RECOMMENDATIONS)[number];
/** What came of a direction. */
export type InterventionOutcome = (typeof INTERVENTION_OUTCOMES)[number];

/**
 * A statutory intervention in a council's children's services: an improvement notice, a direction
 * or a commissioner, from its issue to its end, as precise as its sources.
 */
export interface Intervention extends Cited {
  /** Area, kind and start, e.g. `"norfolk-improvement-notice-2013-05"`. */
  readonly id: InterventionId;
  /** The council area whose children's services it concerned. */
  readonly area: AreaId;
  /** An improvement notice, a statutory direction or a commissioner. */
  readonly kind: InterventionKind;
  /**
   * When it was issued (or the commissioner appointed), at the precision the source gives. Absent
   * only when no source gives it: then `seen` or `end` places the record in time, or, for a notice or
   * commissioner no source dates at all, `inspection` names the report that triggered it (such a
   * record is never answered for a date).
   */
  readonly start?: PartialDate;
  /** Dates on which a dated source shows it in force, for a record whose issue date no source gives (evidence, not a start). */
  readonly seen?: readonly PartialDate[];
  /** When it was lifted, revoked or ended, where a source says. */
  readonly end?: PartialDate;
  /** With no `end`: a date by which a source shows it had ended (Wikidata's "latest end date"); possible up to it, never after. */
  readonly endedBy?: PartialDate;
  /** How it ended, with `end`: lifted, revoked, replaced, superseded by a direction, or services transferred. */
  readonly ending?: InterventionEnd;
  /** Dates it was revised or reissued. */
  readonly revisions?: readonly PartialDate[];
  /** Who issued it, as the source words it (a minister, the Secretary of State). */
  readonly issuedBy?: string;
  /** The commissioner's name, as the source gives it (on a commissioner's record, or a direction that appointed one). */
  readonly commissioner?: string;
  /** The commissioners' holdings in `officeHolders` this record links: a commissioner's own, or those who worked under a direction. */
  readonly officeHolders?: readonly OfficeHolderId[];
  /** What the commissioner recommended, where a source says. */
  readonly recommendation?: Recommendation;
  /** For a direction: what came of it. */
  readonly outcome?: InterventionOutcome;
  /** What triggered it, where a source says, in the maintainers' words. */
  readonly trigger?: string;
  /** The inspection that triggered it, where the data has it. */
  readonly inspection?: InspectionId;
  /** The key dates recording the same events for an area run by a trust (directions, decisions). */
  readonly keyDates?: readonly KeyDateId[];
}

const matches: SameShape<Intervention, z.infer<typeof interventionSchema>> = true;
void matches;
