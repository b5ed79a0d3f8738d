/**
 * Authorities and summaries: the areas in existence, who ran them, and the counts that sum them up.
 * (Ofsted's judgements are in `judgements.ts`, behind the `./inspections` entry point.)
 */
import { periodOf, type DateInput } from "./dates.js";
import { areas } from "./dataset.js";
import { getOrganisation } from "./lookups.js";
import { holdsOn, servicesFor, servicesOn, type OnOptions } from "./on-date.js";
import type { Area, AreaId, Organisation } from "./types.js";

/**
 * The local authority areas in existence on a date.
 * @example areasOn("2020-07-01").length // 151
 */
export function areasOn(date: DateInput, options?: OnOptions): readonly Area[] {
  return Object.freeze(holdsOn(areas, date, options));
}

/**
 * The independent operator running an area's children's services on a date, or `undefined` when,
 * as far as the data knows, the council ran them itself. With `{ possible: true }`, also an operator
 * only possibly in charge then.
 * @example operatorOn("reading", "2024-01-01")?.name // "Brighter Futures for Children"
 */
export function operatorOn(area: AreaId, date: DateInput, options?: OnOptions): Organisation | undefined {
  const service = holdsOn(servicesFor(area), date, options)[0];
  return service ? getOrganisation(service.operator) : undefined;
}

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

/** The first day of the package's scope: the list begins on 1 April 2014. */
export const SCOPE_START = "2014-04-01";

/**
 * How many authorities there were on a date, how many had independently run children's services,
 * and how many operators ran them. Throws a `RangeError` for a date before 1 April 2014, where the
 * package's scope begins. Ofsted's judgements of each group: `judgementsOn` in
 * `childrens-services-trusts/inspections`.
 * @example summaryOn("2024-09-24") // { authorities: 153, independent: 12, operators: 9, share: 7.84... }
 */
export function summaryOn(date: DateInput, options?: OnOptions): Summary {
  assertInScope(date);
  const live = areasOn(date, options);
  const on = servicesOn(date, options);
  const run = new Set<string>(on.map((s) => s.area));
  return Object.freeze({
    authorities: live.length,
    independent: run.size,
    operators: new Set(on.map((s) => s.operator)).size,
    share: live.length ? (100 * run.size) / live.length : 0,
  });
}

/** Throws a `RangeError` for a date before {@link SCOPE_START}. */
export function assertInScope(date: DateInput): void {
  if (periodOf(date).last < periodOf(SCOPE_START).first)
    throw new RangeError(
      `${date instanceof Date ? date.toISOString().slice(0, 10) : JSON.stringify(date)} is before ${SCOPE_START}, where this package's scope begins`,
    );
}
