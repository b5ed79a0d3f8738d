/**
 * What every collection module shares: the zod pieces (ids, text, dates, citations) and the public
 * types of citations and conflicts, with the compile-time check that a public type and its schema
 * describe the same records.
 *
 * Build-time and types only: run-time modules import from here with `import type` alone, so zod
 * never reaches the published package.
 */
import type { IsEqual, ReadonlyDeep } from "type-fest";
import { z } from "zod";
import { describePartialDateProblem, type PartialDate } from "../dates.js";
import type { AnyId, SourceId } from "../ids.js";

/** A kebab-case id. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");
/** Non-empty text, trimmed. */
export const text = z.string().trim().min(1, "must not be empty");

/** A partial date; the message names the bad value and why. */
export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = describePartialDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is ${problem}` });
});

/** A UK financial year, April to March: "2020/21". */
export const financialYear = z.string().superRefine((value, ctx) => {
  const m = /^(\d{4})\/(\d{2})$/.exec(value);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is not a financial year like "2020/21"` });
});

/** A web address. */
export const url = z.url({ protocol: /^https?$/ });

export const citationSchema = z
  .object({
    source: id,
    quote: text.refine((q) => q.length <= 400, "is too long for fair quotation (over 400 characters)"),
    note: text.optional(),
  })
  .strict();

const citations = z.array(citationSchema).min(1, "needs at least one citation");

export const conflictSchema = z.object({ note: text, citations }).strict();

/** A cited statement inside a record: its own sources and conflicts. */
export const citedPart = { citations, conflicts: z.array(conflictSchema).min(1).optional(), note: text.optional() };

/** The latest date a source showed a record still true, with that source. */
export const confirmedSchema = z.object({ date: partialDate, ...citedPart }).strict();

/** Fields every cited record has. */
export const cited = {
  id,
  citations,
  conflicts: z.array(conflictSchema).min(1).optional(),
  note: text.optional(),
};

export type CitationInput = z.infer<typeof citationSchema>;

/** The exact words of a source that support a record. */
export interface Citation {
  /** The source quoted. */
  readonly source: SourceId;
  /** The source's exact words; pieces joined by " … " where words were skipped. */
  readonly quote: string;
  /** How the quote supports the record, where that is not obvious. */
  readonly note?: string;
}

/** Another source's claim that disagrees with the one a record follows. Both stay visible. */
export interface Conflict {
  /** What the other claim is and why the record does not follow it. */
  readonly note: string;
  /** The other sources' words. */
  readonly citations: readonly Citation[];
}

/** Fields every cited record has. */
export interface Cited {
  /** One or more sources for the record, never empty. */
  readonly citations: readonly Citation[];
  /** Claims of other sources that disagree with this record. */
  readonly conflicts?: readonly Conflict[];
  /** A remark on the record, in the maintainers' words (not a source's). */
  readonly note?: string;
}

/** A statement inside a record with its own citations, e.g. an arrangement's origin. */
export interface CitedPart {
  /** One or more sources, never empty. */
  readonly citations: readonly Citation[];
  /** Claims of other sources that disagree. */
  readonly conflicts?: readonly Conflict[];
  /** A remark, in the maintainers' words. */
  readonly note?: string;
}

/** The latest date a source showed a record still true, with that source's words. */
export interface Confirmed extends CitedPart {
  /** The date, at the precision the source gives. */
  readonly date: PartialDate;
}

/** Replaces the literal id unions by `string`, as zod infers them. */
type Unid<T> = T extends AnyId ? string : T extends readonly (infer U)[] ? readonly Unid<U>[] : T extends object ? { readonly [K in keyof T]: Unid<T[K]> } : T;

/**
 * `true` when a public type and its schema's inferred input describe the same records (literal id
 * unions compared as strings). Each collection module declares
 * `const matches: SameShape<Area, z.infer<typeof areaSchema>> = true;`: a drift fails to compile
 * there, in the module of the collection that drifted.
 */
export type SameShape<Public, Input> = IsEqual<Unid<Public>, ReadonlyDeep<Input>>;
