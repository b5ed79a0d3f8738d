/** The `budgets` collection: money and budget-share figures. */
import { z } from "zod";
import type { BudgetId } from "../ids.js";
import { BUDGET_UNITS, QUALIFIERS } from "../vocab.js";
import { type Cited, cited, financialYear, id, type SameShape, text } from "./common.js";
import type { SubjectId } from "./key-dates.js";

export const budgetSchema = z
  .object({
    ...cited,
    subject: id,
    description: text,
    value: z.number().nonnegative(),
    unit: z.enum(BUDGET_UNITS),
    period: financialYear.optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.unit === "GBP" && !Number.isInteger(b.value)) ctx.addIssue({ code: "custom", path: ["value"], message: `${b.value} is not whole pounds` });
    if (b.unit === "percent" && b.value > 100) ctx.addIssue({ code: "custom", path: ["value"], message: `${b.value} is over 100 percent` });
  });

/** `"GBP"` (whole pounds) or `"percent"`. */
export type BudgetUnit = (typeof BUDGET_UNITS)[number];

/** How a source hedges a figure: "in the region of", "more than" or "about". */
export type Qualifier = (typeof QUALIFIERS)[number];

/** A money or budget-share figure. */
export interface Budget extends Cited {
  /** The figure's id. */
  readonly id: BudgetId;
  /** Whose money: an organisation or area. */
  readonly subject: SubjectId;
  /** What the figure is, in the maintainers' words. */
  readonly description: string;
  /** Whole pounds for `"GBP"`, 0–100 for `"percent"`. */
  readonly value: number;
  /** `"GBP"` (whole pounds) or `"percent"`. */
  readonly unit: BudgetUnit;
  /** UK financial year, e.g. "2020/21". */
  readonly period?: string;
  /** How the source hedges the figure. */
  readonly qualifier?: Qualifier;
}

const matches: SameShape<Budget, z.infer<typeof budgetSchema>> = true;
void matches;
