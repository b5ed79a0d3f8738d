/** The `governance` collection: cited statements on ownership, independence, scope and powers. */
import { z } from "zod";
import type { GovernanceId } from "../ids.js";
import { GOVERNANCE_TOPICS } from "../vocab.js";
import { type Cited, cited, id, type SameShape, text } from "./common.js";
import type { SubjectId } from "./key-dates.js";

export const governanceSchema = z
  .object({
    ...cited,
    subject: id,
    topic: z.enum(GOVERNANCE_TOPICS),
    statement: text,
  })
  .strict();

/** The topic of a governance fact. */
export type GovernanceTopic = (typeof GOVERNANCE_TOPICS)[number];

/** A cited statement about how an arrangement is governed: ownership, independence, scope, powers. */
export interface Governance extends Cited {
  /** The fact's id. */
  readonly id: GovernanceId;
  /** What the fact is about. */
  readonly subject: SubjectId;
  /** Ownership, independence, legal form, statutory role, board, step-in rights, scope, direction, contract, context, or `"evidence"`: what a comparison of the data can and cannot show. */
  readonly topic: GovernanceTopic;
  /** The fact in the maintainers' words; the citations carry the source's. */
  readonly statement: string;
}

const matches: SameShape<Governance, z.infer<typeof governanceSchema>> = true;
void matches;
