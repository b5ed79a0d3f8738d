/**
 * The zod schemas of every collection in `data/`, and the checks across records.
 *
 * Build-time only: imported by the validator, the generators and the tests, never by `src/index.ts`,
 * so zod never reaches the published package.
 */
import { z } from "zod";
import { describePartialDateProblem } from "./dates.js";
import {
  AREA_TYPES,
  BUDGET_UNITS,
  FRAMEWORKS,
  GOVERNANCE_TOPICS,
  GRADES,
  KEY_DATE_STATUSES,
  LEGAL_FORMS,
  ORGANISATION_KINDS,
  ORIGINS,
  PRE_SIF_GRADES,
  QUALIFIERS,
  ROLES,
  SOURCE_KINDS,
} from "./vocab.js";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");
const text = z.string().trim().min(1, "must not be empty");

/** A partial date; the message names the bad value and why. */
export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = describePartialDateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is ${problem}` });
});

/** A UK financial year, April to March: "2020/21". */
const financialYear = z.string().superRefine((value, ctx) => {
  const m = /^(\d{4})\/(\d{2})$/.exec(value);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is not a financial year like "2020/21"` });
});

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
const citedPart = { citations, conflicts: z.array(conflictSchema).min(1).optional(), note: text.optional() };
/** The latest date a source showed a record still true, with that source. */
const confirmedSchema = z.object({ date: partialDate, ...citedPart }).strict();

/** Fields every cited record has. */
const cited = {
  id,
  citations,
  /** Other sources' claims that disagree with the one this record follows. */
  conflicts: z.array(conflictSchema).min(1).optional(),
  note: text.optional(),
};

export const sourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    url: z.url({ protocol: /^https?$/ }),
    published: partialDate.optional(),
    read: partialDate,
    kind: z.enum(SOURCE_KINDS),
    note: text.optional(),
  })
  .strict();

export const areaSchema = z
  .object({
    ...cited,
    name: text,
    authority: text.optional(),
    aliases: z.array(text).min(1).optional(),
    gss: z.string().regex(/^E\d{8}$/, "must be an English ONS code like E10000021"),
    dfe: z.number().int().min(100).max(999),
    /** ONS codes this authority had before, for the same service (same DfE number). */
    formerGss: z
      .array(z.object({ gss: z.string().regex(/^E\d{8}$/), end: partialDate }).strict())
      .min(1)
      .optional(),
    region: z
      .string()
      .regex(/^E12\d{6}$/, "must be an ONS region code like E12000004")
      .optional(),
    type: z.enum(AREA_TYPES).optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    replacedBy: z.array(id).min(1).optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    ...cited,
    name: text,
    kind: z.enum(ORGANISATION_KINDS),
    legalForm: z.enum(LEGAL_FORMS).optional(),
    aliases: z.array(text).min(1).optional(),
    /** Names the organisation had before, each with the last day it was used (one company renamed is one organisation). */
    formerNames: z
      .array(z.object({ name: text, end: partialDate }).strict())
      .min(1)
      .optional(),
    /** Companies House number, as a cited source gives it. */
    companyNumber: z
      .string()
      .regex(/^(\d{8}|[A-Z]{2}\d{6})$/, "must be a Companies House number like 08878185")
      .optional(),
    /** Who owns it now, with the share where a source gives one (earlier ownership: governance facts and conflicts). */
    owners: z
      .array(z.object({ owner: id, share: z.number().positive().max(100).optional() }).strict())
      .min(1)
      .optional(),
    /** The organisation this one continues under a new name or status. */
    predecessor: id.optional(),
    /** The latest date a source showed it still operating. */
    confirmed: confirmedSchema.optional(),
  })
  .strict();

export const serviceSchema = z
  .object({
    ...cited,
    area: id,
    operator: id,
    start: partialDate,
    end: partialDate.optional(),
    /** Imposed by a statutory direction, or chosen by the council. */
    origin: z.object({ kind: z.enum(ORIGINS), ...citedPart }).strict(),
    /** Why it ended, for an ended arrangement. */
    endReason: z
      .object({ statement: text, ...citedPart })
      .strict()
      .optional(),
    /** The latest date a source showed a running arrangement still true. */
    confirmed: confirmedSchema.optional(),
  })
  .strict();

export const personSchema = z.object({ ...cited, name: text }).strict();

export const officeHolderSchema = z
  .object({
    ...cited,
    person: id,
    role: z.enum(ROLES),
    /** The title as the source words it. */
    title: text,
    organisation: id,
    appointedBy: id.optional(),
    start: partialDate.optional(),
    end: partialDate.optional(),
    seen: z.array(partialDate).min(1).optional(),
    interim: z.literal(true).optional(),
  })
  .strict();

export const keyDateSchema = z
  .object({
    ...cited,
    date: partialDate,
    title: text,
    status: z.enum(KEY_DATE_STATUSES),
    subjects: z.array(id).min(1, "needs at least one subject"),
  })
  .strict();

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

export const governanceSchema = z
  .object({
    ...cited,
    subject: id,
    topic: z.enum(GOVERNANCE_TOPICS),
    statement: text,
  })
  .strict();

const grade = z.enum(GRADES);
export const inspectionSchema = z
  .object({
    ...cited,
    area: id,
    framework: z.enum(FRAMEWORKS),
    /** First and last day of the inspection visit. */
    start: partialDate.optional(),
    end: partialDate.optional(),
    published: partialDate,
    report: z.url({ protocol: /^https?$/ }).optional(),
    overall: grade.optional(),
    leaders: grade.optional(),
    helpAndProtection: grade.optional(),
    inCare: grade.optional(),
    careLeavers: grade.optional(),
    /** SIF only: the adoption performance sub-judgement, and the review of the LSCB. */
    adoption: grade.optional(),
    lscb: grade.optional(),
    /** 2009-2013 inspections only (SLAC, CPI, TLAC), on their own scale. */
    safeguarding: z.enum(PRE_SIF_GRADES).optional(),
    lookedAfter: z.enum(PRE_SIF_GRADES).optional(),
    childProtection: z.enum(PRE_SIF_GRADES).optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    // The two scales never meet in one record: a 2009-2013 inspection has only its own grades.
    const early = ["pre-SIF", "SLAC", "CPI", "TLAC"].includes(i.framework);
    const fields = early
      ? (["overall", "leaders", "helpAndProtection", "inCare", "careLeavers", "adoption", "lscb"] as const)
      : (["safeguarding", "lookedAfter", "childProtection"] as const);
    for (const f of fields) if (i[f]) ctx.addIssue({ code: "custom", path: [f], message: `is not a judgement of a ${i.framework} inspection` });
    if (!early && i.framework !== "SIF")
      for (const f of ["adoption", "lscb"] as const) if (i[f]) ctx.addIssue({ code: "custom", path: [f], message: "is a SIF judgement only" });
  });

export const neighbourSchema = z
  .object({
    ...cited,
    area: id,
    neighbours: z.array(id).length(10, "must list the DfE's ten statistical neighbours"),
  })
  .strict();

/** Every collection: its export name, its file in `data/`, and its record schema. One list, used everywhere. */
export const COLLECTIONS = {
  sources: { file: "sources.json", schema: sourceSchema, idType: "SourceId" },
  areas: { file: "areas.json", schema: areaSchema, idType: "AreaId" },
  organisations: { file: "organisations.json", schema: organisationSchema, idType: "OrganisationId" },
  services: { file: "services.json", schema: serviceSchema, idType: "ServiceId" },
  people: { file: "people.json", schema: personSchema, idType: "PersonId" },
  officeHolders: { file: "office-holders.json", schema: officeHolderSchema, idType: "OfficeHolderId" },
  keyDates: { file: "key-dates.json", schema: keyDateSchema, idType: "KeyDateId" },
  budgets: { file: "budgets.json", schema: budgetSchema, idType: "BudgetId" },
  governance: { file: "governance.json", schema: governanceSchema, idType: "GovernanceId" },
  inspections: { file: "inspections.json", schema: inspectionSchema, idType: "InspectionId" },
  neighbours: { file: "neighbours.json", schema: neighbourSchema, idType: "NeighbourId" },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The shape of a data file: `{ "$schema": ..., "records": [...] }` in the repository; the package's
 * `data/*.json` add `asOf` and `version`.
 */
export function fileSchema<T extends z.ZodType>(record: T) {
  return z.object({ $schema: z.string().optional(), asOf: partialDate.optional(), version: z.string().optional(), records: z.array(record) }).strict();
}

export type SourceInput = z.infer<typeof sourceSchema>;
export type AreaInput = z.infer<typeof areaSchema>;
export type OrganisationInput = z.infer<typeof organisationSchema>;
export type ServiceInput = z.infer<typeof serviceSchema>;
export type PersonInput = z.infer<typeof personSchema>;
export type OfficeHolderInput = z.infer<typeof officeHolderSchema>;
export type KeyDateInput = z.infer<typeof keyDateSchema>;
export type BudgetInput = z.infer<typeof budgetSchema>;
export type GovernanceInput = z.infer<typeof governanceSchema>;
export type InspectionInput = z.infer<typeof inspectionSchema>;
export type NeighbourInput = z.infer<typeof neighbourSchema>;
export type CitationInput = z.infer<typeof citationSchema>;

/** The whole dataset after each file passed its schema. */
export interface DatasetInput {
  sources: SourceInput[];
  areas: AreaInput[];
  organisations: OrganisationInput[];
  services: ServiceInput[];
  people: PersonInput[];
  officeHolders: OfficeHolderInput[];
  keyDates: KeyDateInput[];
  budgets: BudgetInput[];
  governance: GovernanceInput[];
  inspections: InspectionInput[];
  neighbours: NeighbourInput[];
}

/** One problem in `data/`, located by file, record and field. */
export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `data/${p.file}: record ${p.record}: ${p.field ? `${p.field}: ` : ""}${p.message}`;
}

const recordLabel = (r: { id?: unknown } | undefined, index: number): string => (r && typeof r.id === "string" ? JSON.stringify(r.id) : `#${index}`);

/** Validates one parsed file against its collection's schema. */
export function checkFile(name: CollectionName, json: unknown): { problems: Problem[]; records?: unknown[] } {
  const { file, schema } = COLLECTIONS[name];
  // Through `unknown`: comparing the union of every schema with ZodType costs the type-checker seconds.
  const result = fileSchema(schema as unknown as z.ZodType).safeParse(json);
  if (result.success) return { problems: [], records: result.data.records };
  const raw = (json as { records?: { id?: unknown }[] } | null)?.records;
  const problems = result.error.issues.map((issue): Problem => {
    const [top, index, ...rest] = issue.path;
    if (top !== "records" || typeof index !== "number") return { file, record: "<file>", field: issue.path.join("."), message: issue.message };
    return { file, record: recordLabel(Array.isArray(raw) ? raw[index] : undefined, index), field: rest.join("."), message: issue.message };
  });
  return { problems };
}
