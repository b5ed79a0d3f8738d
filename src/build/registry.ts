/**
 * The registry of collections: the one list from which everything else is derived: the loading and
 * validation of `data/`, the reference checks, the generated `src/ids.ts`, `src/types.ts` and
 * `src/dataset*.ts`, the JSON and CSV formats, `schema.json`, `datapackage.json`, the README's lists
 * and the API report. Build-time only.
 *
 * Adding a collection: its `data/<file>.json`, its module `src/collections/<file>.ts` (schema, public
 * type, their agreement), one line below, and its export (see CONTRIBUTING.md).
 */
import type { z } from "zod";
import { areaSchema } from "../collections/areas.js";
import { budgetSchema } from "../collections/budgets.js";
import { governanceSchema } from "../collections/governance.js";
import { indicatorSchema } from "../collections/indicators.js";
import { inspectionSchema } from "../collections/inspections.js";
import { interventionSchema } from "../collections/interventions.js";
import { keyDateSchema } from "../collections/key-dates.js";
import { measureSchema } from "../collections/measures.js";
import { neighbourSchema } from "../collections/neighbours.js";
import { officeHolderSchema } from "../collections/office-holders.js";
import { organisationSchema } from "../collections/organisations.js";
import { personSchema } from "../collections/people.js";
import { serviceSchema } from "../collections/services.js";
import { sourceSchema } from "../collections/sources.js";

/**
 * The package's entry points: the main one, light enough to import for `servicesOn`, and a subpath
 * for each heavy group of collections (see "Cost" in the README for the figures behind the split).
 */
export const ENTRIES = {
  main: { subpath: ".", module: "src/index.ts", dataset: "src/dataset.ts" },
  sources: { subpath: "./sources", module: "src/sources.ts", dataset: "src/dataset-sources.ts" },
  officeHolders: { subpath: "./office-holders", module: "src/office-holders.ts", dataset: "src/dataset-office-holders.ts" },
  details: { subpath: "./details", module: "src/details.ts", dataset: "src/dataset-details.ts" },
  inspections: { subpath: "./inspections", module: "src/inspections.ts", dataset: "src/dataset-inspections.ts" },
  indicators: { subpath: "./indicators", module: "src/indicators.ts", dataset: "src/dataset-indicators.ts" },
  interventions: { subpath: "./interventions", module: "src/interventions.ts", dataset: "src/dataset-interventions.ts" },
} as const;

/** The name of an entry point. */
export type EntryName = keyof typeof ENTRIES;

/** A field naming records of other collections: a path ending in `[]` is a list; `owners[].owner` is each entry's `owner`. */
export interface Reference {
  readonly path: string;
  readonly to: readonly string[];
  /** Values that name no record and are allowed all the same (a pattern), e.g. the ONS codes of regions. */
  readonly allow?: RegExp;
}

/** What the registry knows of a collection. */
export interface CollectionEntry {
  /** Its file in `data/`; its module is `src/collections/` + the same name + `.ts`. */
  readonly file: string;
  /** The zod schema of one record. */
  readonly schema: z.ZodType;
  /** Its public record type, exported by its module. */
  readonly type: string;
  /** The literal union of its ids, generated into `src/ids.ts`; absent for a collection without ids. */
  readonly idType?: string;
  /** For a collection without ids: the fields that together name one record (unique, checked by the build). */
  readonly key?: readonly string[];
  /** The entry point that exports it. */
  readonly entry: EntryName;
  /** One line for the TSDoc of its export and the README's list. */
  readonly description: string;
  /** Its fields that name records of other collections. */
  readonly references: readonly Reference[];
}

const SUBJECTS = ["areas", "organisations", "people"] as const;

// `satisfies` keeps each schema's own type for z.infer while checking every line has every field.
export const COLLECTIONS = {
  sources: {
    file: "sources.json",
    schema: sourceSchema,
    type: "Source",
    idType: "SourceId",
    entry: "sources",
    description: "Every publication the data quotes.",
    references: [],
  },
  areas: {
    file: "areas.json",
    schema: areaSchema,
    type: "Area",
    idType: "AreaId",
    entry: "main",
    description: "Every English local authority area with children's services responsibility since 1 April 2014.",
    references: [{ path: "replacedBy[]", to: ["areas"] }],
  },
  organisations: {
    file: "organisations.json",
    schema: organisationSchema,
    type: "Organisation",
    idType: "OrganisationId",
    entry: "main",
    description: "Operators (trusts and companies), councils, departments, regulators and consultancies.",
    references: [
      { path: "predecessor", to: ["organisations"] },
      { path: "owners[].owner", to: ["organisations"] },
    ],
  },
  services: {
    file: "services.json",
    schema: serviceSchema,
    type: "Service",
    idType: "ServiceId",
    entry: "main",
    description: "The list: every period of an area's children's services run by an independent operator.",
    references: [
      { path: "area", to: ["areas"] },
      { path: "operator", to: ["organisations"] },
    ],
  },
  people: { file: "people.json", schema: personSchema, type: "Person", idType: "PersonId", entry: "main", description: "Every named person.", references: [] },
  officeHolders: {
    file: "office-holders.json",
    schema: officeHolderSchema,
    type: "OfficeHolder",
    idType: "OfficeHolderId",
    entry: "officeHolders",
    description: "Who held which office, where and when.",
    references: [
      { path: "person", to: ["people"] },
      { path: "organisation", to: ["organisations"] },
      { path: "appointedBy", to: ["organisations"] },
    ],
  },
  keyDates: {
    file: "key-dates.json",
    schema: keyDateSchema,
    type: "KeyDate",
    idType: "KeyDateId",
    entry: "details",
    description: "Dated events, including plans that were postponed, superseded or cancelled.",
    references: [{ path: "subjects[]", to: SUBJECTS }],
  },
  budgets: {
    file: "budgets.json",
    schema: budgetSchema,
    type: "Budget",
    idType: "BudgetId",
    entry: "details",
    description: "Money and budget-share figures.",
    references: [{ path: "subject", to: SUBJECTS }],
  },
  governance: {
    file: "governance.json",
    schema: governanceSchema,
    type: "Governance",
    idType: "GovernanceId",
    entry: "details",
    description: "Cited statements on ownership, independence, scope and powers.",
    references: [{ path: "subject", to: SUBJECTS }],
  },
  inspections: {
    file: "inspections.json",
    schema: inspectionSchema,
    type: "Inspection",
    idType: "InspectionId",
    entry: "inspections",
    description: "Every published Ofsted inspection of an English authority's children's services since 2012, with its judgements.",
    references: [{ path: "area", to: ["areas"] }],
  },
  neighbours: {
    file: "neighbours.json",
    schema: neighbourSchema,
    type: "Neighbours",
    idType: "NeighbourId",
    entry: "inspections",
    description: "Each live area's ten statistical neighbours, as the DfE lists them.",
    references: [
      { path: "area", to: ["areas"] },
      { path: "neighbours[]", to: ["areas"] },
    ],
  },
  measures: {
    file: "measures.json",
    schema: measureSchema,
    type: "Measure",
    idType: "MeasureId",
    entry: "indicators",
    description: "Each of the DfE's measures described once: name, unit, whether higher is better, period, definition, publication.",
    references: [{ path: "source", to: ["sources"] }],
  },
  indicators: {
    file: "indicators.json",
    schema: indicatorSchema,
    type: "Indicator",
    key: ["area", "measure", "period"],
    entry: "indicators",
    description: "The DfE's figures for every authority, region and England: one per area, measure and period.",
    references: [
      { path: "area", to: ["areas"], allow: /^E(?:92000001|1200000[1-9])$/ },
      { path: "measure", to: ["measures"] },
      { path: "joint[]", to: ["areas"] },
      { path: "source", to: ["sources"] },
    ],
  },
  interventions: {
    file: "interventions.json",
    schema: interventionSchema,
    type: "Intervention",
    idType: "InterventionId",
    entry: "interventions",
    description: "Every improvement notice, statutory direction and commissioner in a council's children's services since 2010 that a source records.",
    references: [
      { path: "area", to: ["areas"] },
      { path: "officeHolders[]", to: ["officeHolders"] },
      { path: "inspection", to: ["inspections"] },
      { path: "keyDates[]", to: ["keyDates"] },
    ],
  },
} as const satisfies Record<string, CollectionEntry>;

/** A collection's name: its export in the package. */
export type CollectionName = keyof typeof COLLECTIONS;
/** Every collection, in registry order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The fields that name one record of a collection: its `key`, else `id`. */
export const keyOf = (name: CollectionName): readonly string[] => ("key" in COLLECTIONS[name] ? (COLLECTIONS[name] as CollectionEntry).key! : ["id"]);

/** How problems name a record: its id, or its key's values joined by " / ". */
export const labelOf = (name: CollectionName, record: Record<string, unknown>): string =>
  JSON.stringify(
    keyOf(name)
      .map((k) => String(record[k]))
      .join(" / "),
  );

/** The module of a collection, from its file name: `key-dates.json` → `src/collections/key-dates.ts`. */
export const moduleOf = (name: CollectionName): string => `src/collections/${COLLECTIONS[name].file.replace(/\.json$/, "")}.ts`;

/** The records of one collection after its schema: zod's output. */
export type RecordOf<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]["schema"]>;

/** The whole dataset after each file passed its schema. */
export type DatasetInput = { [N in CollectionName]: RecordOf<N>[] };
