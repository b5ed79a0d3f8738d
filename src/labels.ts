/**
 * The words the command line and the explorer page show for a record: built once here, so both
 * say the same thing.
 */
import type { ResolvedCitation } from "./citations.js";
import type { OfficeHolder, Source } from "./types.js";

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
