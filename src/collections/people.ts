/** The `people` collection: every named person. */
import { z } from "zod";
import type { PersonId } from "../ids.js";
import { type Cited, cited, type SameShape, text } from "./common.js";

export const personSchema = z.object({ ...cited, name: text }).strict();

/** A named person. */
export interface Person extends Cited {
  /** The person's id, e.g. `"clare-chamberlain"`. */
  readonly id: PersonId;
  /** Their name as the sources give it. */
  readonly name: string;
}

const matches: SameShape<Person, z.infer<typeof personSchema>> = true;
void matches;
