/**
 * The counts that sum the list up on a date: authorities, the areas run independently and their
 * operators. (The share of each group judged good or better: `judgementsOn`, in
 * `childrens-services-trusts/inspections`.)
 */
import { type DateInput, inScope, type PartialDate } from "./dates.js";
import { areas, services } from "./dataset.js";
import { holdsOn, type OnOptions } from "./on-date.js";

/** The counts {@link summaryOn} returns. */
export interface Summary {
  /** Local authority areas in existence. */
  readonly authorities: number;
  /** Areas whose children's services an independent operator ran. */
  readonly independent: number;
  /** Distinct operators running them. */
  readonly operators: number;
  /** `independent` as a share of `authorities`, in percent. */
  readonly share: number;
}

/**
 * How many authorities there were on a date, how many had independently run children's services,
 * and how many operators ran them. Throws a `RangeError` for a date that begins before 1 April
 * 2014, where the package's scope begins, as every helper answering "on a date" does. The date is
 * parsed once for the whole question.
 * @example summaryOn("2024-09-24") // { authorities: 153, independent: 12, operators: 9, share: 7.84... }
 */
export function summaryOn(date: PartialDate, options?: OnOptions): Summary;
/** @deprecated Prefer a `YYYY-MM-DD` string: a `Date` is an instant, read here as its calendar day in England (see `DateInput`). */
export function summaryOn(date: Date, options?: OnOptions): Summary;
/** A date that may be either form, e.g. a value already typed `DateInput`. */
export function summaryOn(date: DateInput, options?: OnOptions): Summary;
export function summaryOn(date: DateInput, options?: OnOptions): Summary {
  const period = inScope(date);
  const live = holdsOn(areas, period, options);
  const on = holdsOn(services, period, options);
  const run = new Set<string>(on.map((s) => s.area));
  return Object.freeze({
    authorities: live.length,
    independent: run.size,
    operators: new Set(on.map((s) => s.operator)).size,
    share: live.length ? (100 * run.size) / live.length : 0,
  });
}
