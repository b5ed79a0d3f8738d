// Generated from data/ by scripts/generate.ts: do not edit.

/**
 * The validated records of the `./inspections` entry point, deeply frozen and typed. The casts are
 * safe: the build validates every file first. `@__PURE__` lets bundlers drop a collection nobody imports.
 */
import { records as inspectionsRecords } from "../data/inspections.json";
import { records as neighboursRecords } from "../data/neighbours.json";
import { deepFreeze } from "./freeze.js";
import type { Inspection, Neighbours } from "./types.js";

/** Every published Ofsted inspection of an English authority's children's services since 2012, with its judgements. */
export const inspections: readonly Inspection[] = /* @__PURE__ */ deepFreeze(inspectionsRecords as unknown as readonly Inspection[]);

/** Each live area's ten statistical neighbours, as the DfE lists them. */
export const neighbours: readonly Neighbours[] = /* @__PURE__ */ deepFreeze(neighboursRecords as unknown as readonly Neighbours[]);
