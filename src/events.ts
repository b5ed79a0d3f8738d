/**
 * Key dates and money: the timeline of an area, operator or person, and the figures about them.
 * Exported by the `childrens-services-trusts/details` entry point, with the `keyDates`, `budgets`
 * and `governance` collections.
 */
import { comparePartialDates, type DateInput, periodOf } from "./dates.js";
import { services } from "./dataset.js";
import { budgets, keyDates } from "./dataset-details.js";
import { getArea, moneySubjects, subjectOf } from "./lookups.js";
import { nameOn } from "./on-date.js";
import type { Budget, Citation, KeyDate, KeyDateStatus, Service, SubjectId } from "./types.js";

/** One entry of the {@link timeline}: a key date, or the start or last day of an arrangement. */
export interface TimelineEntry {
  /** When, at the precision the source gives. */
  readonly date: string;
  /** What happened. */
  readonly title: string;
  /** Whether it happened or was only planned (arrangements' starts and ends have happened). */
  readonly status: KeyDateStatus;
  /** The areas, organisations and people it is about. */
  readonly subjects: readonly SubjectId[];
  /** The sources' words. */
  readonly citations: readonly Citation[];
  /** The record the entry comes from. */
  readonly record: KeyDate | Service;
}

/** Filters of {@link timeline}. */
export interface TimelineFilter {
  /** Only entries about this area, organisation or person. */
  readonly subject?: SubjectId;
  /** Only entries that may fall on or after this date. */
  readonly from?: DateInput;
  /** Only entries that may fall on or before this date. */
  readonly to?: DateInput;
  /** Only entries with this status, e.g. `"postponed"`. */
  readonly status?: KeyDateStatus;
}

let allEntries: readonly TimelineEntry[] | undefined;

function serviceEntries(s: Service): TimelineEntry[] {
  const operator = nameOn(s.operator, s.start);
  const area = getArea(s.area).name;
  const base = { status: "happened" as const, subjects: Object.freeze([s.area, s.operator]), citations: s.citations, record: s };
  const entries: TimelineEntry[] = [{ ...base, date: s.start, title: `${operator} begins running ${area}'s children's services` }];
  if (s.end) entries.push({ ...base, date: s.end, title: `Last day of ${operator} running ${area}'s children's services` });
  return entries;
}

/**
 * Key dates and the starts and ends of arrangements, in date order, optionally filtered.
 * @example timeline({ subject: "northamptonshire-childrens-trust", from: "2020" }).map((e) => e.date)
 */
export function timeline(filter?: TimelineFilter): readonly TimelineEntry[] {
  const from = filter?.from === undefined ? -Infinity : periodOf(filter.from).first;
  const to = filter?.to === undefined ? Infinity : periodOf(filter.to).last;
  const subject = filter?.subject === undefined ? undefined : subjectOf(filter.subject).id;
  allEntries ??= Object.freeze(
    [
      ...keyDates.map(
        (k): TimelineEntry => Object.freeze({ date: k.date, title: k.title, status: k.status, subjects: k.subjects, citations: k.citations, record: k }),
      ),
      ...services.flatMap((s) => serviceEntries(s).map((e) => Object.freeze(e))),
    ].sort((a, b) => comparePartialDates(a.date, b.date)),
  );
  return Object.freeze(
    allEntries.filter((e) => {
      const p = periodOf(e.date);
      return (
        p.last >= from &&
        p.first <= to &&
        (subject === undefined || e.subjects.includes(subject)) &&
        (filter?.status === undefined || e.status === filter.status)
      );
    }),
  );
}

/**
 * The money and budget-share figures about an organisation or person, or about an area: an area's
 * money is mostly its council's and its operators', so an area's figures are those about the area,
 * its council (where the data has it) and every operator that ran its children's services, each
 * figure's `subject` saying whose it is. By whose (in that order), then by period.
 * @example budgetsFor("northamptonshire-childrens-trust").map((b) => b.value)
 * @example budgetsFor("birmingham").map((b) => b.subject) // ["birmingham-childrens-trust", ...]
 */
export function budgetsFor(subject: SubjectId): readonly Budget[] {
  const whose = moneySubjects(subjectOf(subject)).map((s) => s.id as string);
  return Object.freeze(
    budgets
      .filter((b) => whose.includes(b.subject))
      .sort((a, b) => whose.indexOf(a.subject) - whose.indexOf(b.subject) || (a.period ?? "").localeCompare(b.period ?? "")),
  );
}
