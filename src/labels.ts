/**
 * The words the command line, the explorer page, the README generator and the timeline picture
 * show for a record: built once here, so all say the same thing. No data is imported here.
 */
import { dataReach, SCOPE_START, type PartialDate } from "./dates.js";
import type { ResolvedCitation } from "./citations.js";
import type { Budget, Grade, Inspection, OfficeHolder, Source } from "./types.js";

/**
 * A source in one line: publisher, publication date where known, URL.
 * @example sourceLine(getSource("cc-2020-11-08")) // "Community Care, 2020-11-08, https://www.communitycare.co.uk/…"
 */
export function sourceLine(source: Source): string {
  return `${source.publisher}${source.published ? `, ${source.published}` : ""}, ${source.url}`;
}

/**
 * A citation in one line: the source, then the quote in double quotes.
 * @example citationLine(citationsOf(getService("northamptonshire-2020"))[0]!)
 */
export function citationLine(citation: ResolvedCitation): string {
  return `${sourceLine(citation.source)}: "${citation.quote}"`;
}

/**
 * An office's title as the source words it, marked "(interim)" when the holding is interim and
 * the title does not already say so.
 * @example holdingTitle(officeHolders.find((h) => h.id === "clare-chamberlain-nct-interim-chair")!) // "interim chair"
 */
export function holdingTitle(holding: OfficeHolder): string {
  return holding.interim && !/\b(interim|acting)\b/i.test(holding.title) ? `${holding.title} (interim)` : holding.title;
}

// ---- Grades, money and dates: one wording for the command line, the page, the README and the picture ----

/** How one grade is written. */
export interface GradeLabel {
  /** Ofsted's own words, e.g. "Requires improvement to be good". */
  readonly words: string;
  /** A short form for narrow tables, e.g. "RI". */
  readonly short: string;
  /** A one-letter mark, as the timeline picture draws it. */
  readonly letter: string;
}

/** Ofsted's grades in Ofsted's own words, a short form for narrow tables, and a one-letter mark. */
export const GRADE_LABELS: Readonly<Record<Grade, GradeLabel>> = Object.freeze({
  outstanding: Object.freeze({ words: "Outstanding", short: "outstanding", letter: "O" }),
  good: Object.freeze({ words: "Good", short: "good", letter: "G" }),
  "requires improvement": Object.freeze({ words: "Requires improvement to be good", short: "RI", letter: "R" }),
  inadequate: Object.freeze({ words: "Inadequate", short: "inadequate", letter: "I" }),
});

/** The judgements of the 2009-2013 inspections, on their own scale, in words. */
const OLD_SCALE = [
  ["safeguarding", "safeguarding"],
  ["childProtection", "child protection"],
  ["lookedAfter", "looked-after children"],
] as const;

/**
 * An inspection's overall judgement in words: Ofsted's grade, or why there is none (the April 2026
 * framework gives none; older reports may not have had their grade read into the data). A
 * 2009-2013 inspection gives its own judgements, marked as the older scale, never as a grade.
 * @example inspectionGrade(inspectionsFor("sunderland")[0]!) // "Inadequate"
 */
export function inspectionGrade(
  inspection: Pick<Inspection, "overall" | "framework"> & Partial<Pick<Inspection, "safeguarding" | "childProtection" | "lookedAfter">>,
  form: "words" | "short" = "words",
): string {
  if (inspection.overall) return GRADE_LABELS[inspection.overall][form];
  const old = OLD_SCALE.filter(([k]) => inspection[k]).map(([k, label]) => `${label} ${inspection[k]}`);
  if (old.length) return form === "short" ? `${old.join(", ")} (old scale)` : `${old.join(", ")} (2009-2013 scale)`.replace(/^./, (c) => c.toUpperCase());
  if (inspection.framework === "ILACS 2026") return form === "short" ? "no grade" : "No overall judgement (the 2026 framework gives none)";
  return form === "short" ? "no grade" : "Overall judgement not in the data";
}

/**
 * A money or budget-share figure as people read it: whole pounds with thousands separators, or a
 * percentage; with the source's hedge ("about", "in the region of") when asked.
 * @example money({ value: 97000000, unit: "GBP", qualifier: "in the region of" }) // "in the region of £97,000,000"
 */
export function money(figure: Pick<Budget, "value" | "unit" | "qualifier">, withQualifier = true): string {
  const amount = figure.unit === "GBP" ? `£${figure.value.toLocaleString("en-GB")}` : `${figure.value}%`;
  return withQualifier && figure.qualifier ? `${figure.qualifier} ${amount}` : amount;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date in words, at its own precision.
 * @example dateInWords("2020-11-08") // "8 November 2020"
 * @example dateInWords("2018-12") // "December 2018"
 */
export function dateInWords(date: PartialDate): string {
  const [y, m, d] = date.split("-");
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? date;
}

/**
 * What a reader should know about a date reaching outside the data, in words (empty when it does
 * not): before the scope's first day, or past the day the data was last checked. The command line
 * prints these as notes; the page says them beside the date.
 * @example dateNotes("2026-12", "2026-11-26") // ["the data was last checked on 2026-11-26; 2026-12 is later, so the answer may be out of date"]
 */
export function dateNotes(date: PartialDate, asOf: PartialDate): string[] {
  const reach = dataReach(date, asOf);
  return [
    ...(reach.beforeScope ? [`${date} ${reach.beforeScope} before ${SCOPE_START}, where the data's scope begins: the answer may be incomplete`] : []),
    ...(reach.afterAsOf
      ? [`the data was last checked on ${asOf}; ${date} ${reach.afterAsOf === "is" ? "is later" : "runs past that day"}, so the answer may be out of date`]
      : []),
  ];
}

/**
 * When a still-open record was last confirmed, in words: the date, or "unconfirmed since <date>"
 * when that is more than twelve months before the data's `asOf` date (see `unconfirmedSince`).
 * @example confirmationWords("2020-05-05", "2020-05-05") // "unconfirmed since 2020-05-05"
 */
export function confirmationWords(last: string | undefined, staleSince: string | undefined): string | undefined {
  if (last === undefined) return undefined;
  return staleSince === undefined ? last : `unconfirmed since ${staleSince}`;
}
