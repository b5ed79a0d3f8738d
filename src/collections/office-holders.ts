/** The `officeHolders` collection: who held which office, where and when. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { OfficeHolderId, OrganisationId, PersonId } from "../ids.js";
import { ROLES } from "../vocab.js";
import { type Cited, cited, id, partialDate, type SameShape, text } from "./common.js";

export const officeHolderSchema = z
  .object({
    ...cited,
    person: id,
    role: z.enum(ROLES),
    title: text,
    organisation: id,
    appointedBy: id.optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    endedBy: partialDate.optional(),
    seen: z.array(partialDate).min(1).optional(),
    interim: z.literal(true).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.end && r.endedBy) ctx.addIssue({ code: "custom", path: ["endedBy"], message: "is only for a holding whose end no source gives: it has an end" });
  });

/** The kind of office held. The source's own wording is in `title`. */
export type Role = (typeof ROLES)[number];

/**
 * A person holding an office, in the manner of Wikidata: who, what, where, from when to when.
 * An absent `end` means no source gives one: the holding is certain only up to the last date in
 * `seen` (or `start`), and possible after it.
 */
export interface OfficeHolder extends Cited {
  /** The holding's id: person and office. */
  readonly id: OfficeHolderId;
  /** Who held the office. */
  readonly person: PersonId;
  /** The kind of office, for filtering; `title` has the source's words. */
  readonly role: Role;
  /** The title as the source words it. */
  readonly title: string;
  /** The organisation the office belongs to, or acts on (a commissioner: the council overseen). */
  readonly organisation: OrganisationId;
  /** Who appointed the holder, where a source says. */
  readonly appointedBy?: OrganisationId;
  /** First day in office, where a source gives it. */
  readonly start?: PartialDate;
  /** Last day in office, where a source gives it. */
  readonly end?: PartialDate;
  /**
   * With no `end`: a date by which a source shows the holding had ended (it calls the person
   * "former", or the post was abolished), as Wikidata's "latest end date". The holding is possible
   * up to it, never after.
   */
  readonly endedBy?: PartialDate;
  /** Dates on which a source shows the person in post (evidence, not a start or an end). */
  readonly seen?: readonly PartialDate[];
  /** `true` for an interim holding. */
  readonly interim?: true;
}

const matches: SameShape<OfficeHolder, z.infer<typeof officeHolderSchema>> = true;
void matches;
