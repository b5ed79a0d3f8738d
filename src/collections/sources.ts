/** The `sources` collection: every publication the data quotes. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { SourceId } from "../ids.js";
import { SOURCE_KINDS } from "../vocab.js";
import { id, partialDate, type SameShape, text, url } from "./common.js";

export const sourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    url,
    published: partialDate.optional(),
    read: partialDate,
    kind: z.enum(SOURCE_KINDS),
    note: text.optional(),
  })
  .strict();

/** What kind of publication a source is. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A publication quoted by the data. */
export interface Source {
  /** The source's id, e.g. `"cc-2020-11-08"`. */
  readonly id: SourceId;
  /** Who published it: a newspaper, a council, a department, a company. */
  readonly publisher: string;
  /** The title as published; where a page has no title line, the note says where it came from. */
  readonly title: string;
  /** Where it was read. */
  readonly url: string;
  /** Publication date, at the precision known; absent when undated. */
  readonly published?: PartialDate;
  /** The day the page (or the dataset, at its commit) was read for the quotes the data takes from it. */
  readonly read: PartialDate;
  /** `"mirror"` marks a third-party copy, cited only where no original was found. */
  readonly kind: SourceKind;
  /** How the title or date was established, and other remarks. */
  readonly note?: string;
}

const matches: SameShape<Source, z.infer<typeof sourceSchema>> = true;
void matches;
