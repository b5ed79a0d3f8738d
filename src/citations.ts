/**
 * Sources and citations: a record's citations with their sources resolved. Exported by the
 * `childrens-services-trusts/sources` entry point, with the `sources` collection.
 */
import { sources } from "./dataset-sources.js";
import { byId, getById, LazyIndex } from "./lookups.js";
import type { Citation, Source, SourceId } from "./types.js";

const sourcesById = /* @__PURE__ */ new LazyIndex<Source>(() => sources, byId);

/**
 * The source with this id. Throws `UnknownIdError` for an id not in the data.
 * @example getSource("cc-2020-11-08").publisher // "Community Care"
 */
export function getSource(id: SourceId): Source {
  return getById(sourcesById, "sources", id);
}

/** A citation with its source resolved. */
export interface ResolvedCitation {
  /** The source record itself. */
  readonly source: Source;
  /** The source's exact words. */
  readonly quote: string;
  /** How the quote supports the record, where that is not obvious. */
  readonly note?: string;
}

/**
 * A record's citations, each with its source record in place of the source id.
 * @example citationsOf(getService("northamptonshire-2020"))[0]?.source.publisher // "Northamptonshire County Council"
 */
export function citationsOf(record: { readonly citations: readonly Citation[] }): readonly ResolvedCitation[] {
  return Object.freeze(record.citations.map((c) => Object.freeze({ ...c, source: getSource(c.source) })));
}
