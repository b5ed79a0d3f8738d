/** The `keyDates` collection: dated events, including plans that were postponed, superseded or cancelled. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId, KeyDateId, OrganisationId, PersonId } from "../ids.js";
import { KEY_DATE_STATUSES } from "../vocab.js";
import { type Cited, cited, id, partialDate, type SameShape, text } from "./common.js";

export const keyDateSchema = z
  .object({
    ...cited,
    date: partialDate,
    title: text,
    status: z.enum(KEY_DATE_STATUSES),
    subjects: z.array(id).min(1, "needs at least one subject"),
  })
  .strict();

/** An id that a key date, budget or governance fact can be about: an area, an organisation or a person. */
export type SubjectId = AreaId | OrganisationId | PersonId;

/** Whether a key date happened, or was only planned and then postponed, superseded or cancelled. */
export type KeyDateStatus = (typeof KEY_DATE_STATUSES)[number];

/** A dated event. */
export interface KeyDate extends Cited {
  /** The event's id. */
  readonly id: KeyDateId;
  /** When it happened, or was planned for, at the precision the source gives. */
  readonly date: PartialDate;
  /** What happened, in the maintainers' words (the citations carry the source's). */
  readonly title: string;
  /** Whether it happened, or was only planned and then postponed, superseded or cancelled. */
  readonly status: KeyDateStatus;
  /** The areas, organisations and people the event is about. */
  readonly subjects: readonly SubjectId[];
}

const matches: SameShape<KeyDate, z.infer<typeof keyDateSchema>> = true;
void matches;
