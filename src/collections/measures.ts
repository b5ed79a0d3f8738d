/**
 * The collection `measures` (`data/measures.json`): each DfE indicator described once. Its zod
 * schema (build-time only) and its public type, checked against each other at compile time.
 */
import type { IsEqual, ReadonlyDeep } from "type-fest";
import { z } from "zod";
import { INDICATOR_SOURCE_IDS, MEASURE_FAMILIES, MEASURE_IDS, PERIOD_TYPES } from "../indicator-vocab.js";
import type { IndicatorSourceId, MeasureFamily, MeasureId, PeriodType } from "../indicator-vocab.js";

const text = z.string().trim().min(1, "must not be empty");

/** A quote from a raw file or its dictionary. */
export const measureCitationSchema = z
  .object({
    source: z.enum(INDICATOR_SOURCE_IDS),
    quote: text.refine((q) => q.length <= 400, "is too long for fair quotation (over 400 characters)"),
    note: text.optional(),
  })
  .strict();

/** One measure. */
export const measureSchema = z
  .object({
    id: z.enum(MEASURE_IDS),
    name: text,
    family: z.enum(MEASURE_FAMILIES),
    unit: text,
    higherIsBetter: z.boolean().nullable(),
    period: z.enum(PERIOD_TYPES),
    definition: text,
    publication: z.url({ protocol: /^https$/ }),
    source: z.enum(INDICATOR_SOURCE_IDS),
    code: text,
    derived: text.optional(),
    citations: z.array(measureCitationSchema).min(1, "needs at least one citation"),
  })
  .strict();

/** The file `data/measures.json`: every measure, once, in {@link MEASURE_IDS} order. */
export const measuresFileSchema = z
  .object({ $schema: z.string().optional(), records: z.array(measureSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const ids = file.records.map((m) => m.id);
    if (ids.join() !== MEASURE_IDS.join()) ctx.addIssue({ code: "custom", message: `measures must be exactly MEASURE_IDS, in order; found ${ids.join(", ")}` });
  });

/** A measure as zod reads it from the file. */
export type MeasureInput = z.infer<typeof measureSchema>;

/** The exact words of a raw file (or its data dictionary) that describe a measure. */
export interface MeasureCitation {
  /** The raw file quoted. */
  readonly source: IndicatorSourceId;
  /** Its exact text (a Parquet row is written out as `column: value` pairs, as the note says). */
  readonly quote: string;
  /** How the quote was taken or how it supports the measure. */
  readonly note?: string;
}

/** A DfE (or ONS-derived) indicator, described once. */
export interface Measure {
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
  readonly source: IndicatorSourceId;
  /** The measure's code or column in that file, e.g. `"C&YPExpenditure"` or `"agency_rate_fte"`. */
  readonly code: string;
  /** For a figure computed here, how (e.g. gross spend ÷ ONS population aged 0 to 17, nominal pounds). */
  readonly derived?: string;
  /** The dictionary rows and file lines that describe it. */
  readonly citations: readonly MeasureCitation[];
}

const measureMatchesSchema: IsEqual<Measure, ReadonlyDeep<MeasureInput>> = true;
void measureMatchesSchema;
