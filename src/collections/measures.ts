/** The `measures` collection: each DfE indicator described once (name, unit, polarity, period, definition, publication). */
import { z } from "zod";
import type { MeasureId, SourceId } from "../ids.js";
import { MEASURE_FAMILIES, PERIOD_TYPES } from "../vocab.js";
import { type Cited, cited, id, type SameShape, text, url } from "./common.js";

export const measureSchema = z
  .object({
    ...cited,
    name: text,
    family: z.enum(MEASURE_FAMILIES),
    unit: text,
    higherIsBetter: z.boolean().nullable(),
    period: z.enum(PERIOD_TYPES),
    definition: text,
    publication: url,
    source: id,
    code: text,
    derived: text.optional(),
  })
  .strict();

/** The family a measure belongs to. */
export type MeasureFamily = (typeof MEASURE_FAMILIES)[number];
/** What a measure's periods are: financial years, or 31 March or 30 September dates. */
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A DfE (or ONS-derived) indicator, described once. Its citations quote the DfE's data dictionary and the file's rows. */
export interface Measure extends Cited {
  /** The measure's id, e.g. `"spending-cyp-gross-per-child"`. */
  readonly id: MeasureId;
  /** Its name, in the words of this package. */
  readonly name: string;
  /** The family it belongs to: spending, workforce, demand, practice, care leavers or adoption. */
  readonly family: MeasureFamily;
  /** The unit of its values, e.g. `"GBP per child"`, `"percent"`, `"per 10,000 children"`, `"FTE"`. */
  readonly unit: string;
  /** `true` when the DfE's dictionary calls a high value good, `false` when low is good, `null` when it says neither. */
  readonly higherIsBetter: boolean | null;
  /** What its periods are: financial years (`"2023/24"`), 31 March or 30 September dates. */
  readonly period: PeriodType;
  /** What it counts, in this package's words (the citations carry the DfE's). */
  readonly definition: string;
  /** The DfE or ONS publication the figures come from, as the dictionary links it. */
  readonly publication: string;
  /** The raw file its figures are read from. */
  readonly source: SourceId;
  /** The measure's code or column in that file, e.g. `"C&YPExpenditure"` or `"agency_rate_fte"`. */
  readonly code: string;
  /** For a figure computed here, how (e.g. gross spend ÷ ONS population aged 0 to 17, nominal pounds). */
  readonly derived?: string;
}

const matches: SameShape<Measure, z.infer<typeof measureSchema>> = true;
void matches;
