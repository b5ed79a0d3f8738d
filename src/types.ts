/**
 * The public, readonly types of every record. Plain types, so the published `.d.ts` needs neither
 * zod nor type-fest; a compile-time check at the bottom keeps them equal to the zod schemas.
 */
import type { IsEqual, ReadonlyDeep } from "type-fest";
import type { PartialDate } from "./dates.js";
import type {
  AreaId,
  BudgetId,
  GovernanceId,
  InspectionId,
  KeyDateId,
  NeighbourId,
  OfficeHolderId,
  OrganisationId,
  PersonId,
  ServiceId,
  SourceId,
} from "./ids.js";
import type * as S from "./schema.js";
import type {
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

export type { AreaId, BudgetId, GovernanceId, InspectionId, KeyDateId, NeighbourId, OfficeHolderId, OrganisationId, PersonId, ServiceId, SourceId };

/** An id that a key date, budget or governance fact can be about: an area, an organisation or a person. */
export type SubjectId = AreaId | OrganisationId | PersonId;

/** The exact words of a source that support a record. */
export interface Citation {
  /** The source quoted. */
  readonly source: SourceId;
  /** The source's exact words; pieces joined by " … " where words were skipped. */
  readonly quote: string;
  /** How the quote supports the record, where that is not obvious. */
  readonly note?: string;
}

/** Another source's claim that disagrees with the one a record follows. Both stay visible. */
export interface Conflict {
  /** What the other claim is and why the record does not follow it. */
  readonly note: string;
  /** The other sources' words. */
  readonly citations: readonly Citation[];
}

/** Fields every cited record has. */
export interface Cited {
  /** One or more sources for the record, never empty. */
  readonly citations: readonly Citation[];
  /** Claims of other sources that disagree with this record. */
  readonly conflicts?: readonly Conflict[];
  /** A remark on the record, in the maintainers' words (not a source's). */
  readonly note?: string;
}

/** What kind of publication a source is. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A publication quoted by the data. */
export interface Source {
  /** The source's id, e.g. `"cc-2020-11-08"`. */
  readonly id: SourceId;
  /** Who published it: a newspaper, a council, a department, a company. */
  readonly publisher: string;
  /** The title as published; where a page has no title line, the note says where it came from. */
  readonly title: string;
  /** Where it was read. */
  readonly url: string;
  /** Publication date, at the precision known; absent when undated. */
  readonly published?: PartialDate;
  /** The day the page (or the dataset, at its commit) was read for the quotes the data takes from it. */
  readonly read: PartialDate;
  /** `"mirror"` marks a third-party copy, cited only where no original was found. */
  readonly kind: SourceKind;
  /** How the title or date was established, and other remarks. */
  readonly note?: string;
}

/** How the DfE's list classes an authority. */
export type AreaType = (typeof AREA_TYPES)[number];

/** An English local authority area with children's services responsibility. */
export interface Area extends Cited {
  /** The area's id, e.g. `"northamptonshire"`. */
  readonly id: AreaId;
  /** The area's name as the DfE lists it. */
  readonly name: string;
  /** The council's name, where a cited source gives it. */
  readonly authority?: string;
  /** Other names the cited sources use for the area, e.g. "Kingston". */
  readonly aliases?: readonly string[];
  /** ONS (GSS) code, e.g. "E10000021". */
  readonly gss: string;
  /** DfE three-digit local authority number, e.g. 928. */
  readonly dfe: number;
  /** Earlier ONS codes of the same authority (same DfE number), each with the last day it was used. */
  readonly formerGss?: readonly {
    /** The earlier ONS code. */
    readonly gss: string;
    /** The last day it was used. */
    readonly end: PartialDate;
  }[];
  /** ONS region code, e.g. "E12000004" (East Midlands). */
  readonly region?: string;
  /** County, unitary authority, metropolitan district or London borough, as the DfE classes it. */
  readonly type?: AreaType;
  /** First day of the authority, where it began after 1 April 2014. */
  readonly start?: PartialDate;
  /** Last day of the authority (an authority abolished on 1 April ends on 31 March). */
  readonly end?: PartialDate;
  /** The areas that took over when this one ended. */
  readonly replacedBy?: readonly AreaId[];
}

/** What an organisation is, for this dataset. `"operator"`: a trust or company that runs children's services. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A company's legal form, as a cited source gives it. */
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** A trust, company, council, department, regulator or consultancy. */
export interface Organisation extends Cited {
  /** The organisation's id, e.g. `"northamptonshire-childrens-trust"`. */
  readonly id: OrganisationId;
  /** Its name as the sources give it. */
  readonly name: string;
  /** What it is, for this dataset. */
  readonly kind: OrganisationKind;
  /** Its legal form, where a cited source gives it (conflicts, if any, are recorded). */
  readonly legalForm?: LegalForm;
  /** Other names and spellings the sources use. */
  readonly aliases?: readonly string[];
  /** Names it had before, each with the last day it was used: a renamed company stays one organisation. */
  readonly formerNames?: readonly {
    /** The earlier name. */
    readonly name: string;
    /** The last day it was used. */
    readonly end: PartialDate;
  }[];
  /** Companies House number, as a cited source gives it, e.g. "08878185". */
  readonly companyNumber?: string;
  /** Who owns it now, with the share in percent where a source gives one. Earlier ownership is in governance facts and conflicts. */
  readonly owners?: readonly {
    /** The owning organisation, usually a council. */
    readonly owner: OrganisationId;
    /** Its share in percent. */
    readonly share?: number;
  }[];
  /** The organisation this one continues under a new name or status. */
  readonly predecessor?: OrganisationId;
  /** The latest date a source showed it still operating. */
  readonly confirmed?: Confirmed;
}

/** Whether an arrangement was imposed by a statutory direction or chosen by the council. */
export type Origin = (typeof ORIGINS)[number];

/** A statement inside a record with its own citations, e.g. an arrangement's origin. */
export interface CitedPart {
  /** One or more sources, never empty. */
  readonly citations: readonly Citation[];
  /** Claims of other sources that disagree. */
  readonly conflicts?: readonly Conflict[];
  /** A remark, in the maintainers' words. */
  readonly note?: string;
}

/** The latest date a source showed a record still true, with that source's words. */
export interface Confirmed extends CitedPart {
  /** The date, at the precision the source gives. */
  readonly date: PartialDate;
}

/** One arrangement: an area's children's services run by an independent operator from `start` to `end`. */
export interface Service extends Cited {
  /** The arrangement's id: area and start year, e.g. `"northamptonshire-2020"`. */
  readonly id: ServiceId;
  /** The council area whose children's services were run. */
  readonly area: AreaId;
  /** The trust or company that ran them. */
  readonly operator: OrganisationId;
  /** First day the operator ran the services. */
  readonly start: PartialDate;
  /** Last day the operator ran them; absent while it still does, as far as the sources say. */
  readonly end?: PartialDate;
  /** Imposed by a statutory direction or chosen by the council; conflicts keep the sources that see it otherwise. */
  readonly origin: CitedPart & {
    /** `"statutory-direction"` or `"council-decision"`. */
    readonly kind: Origin;
  };
  /** Why it ended, for an ended arrangement, in the maintainers' words; the citations carry the sources'. */
  readonly endReason?: CitedPart & {
    /** The reason. */
    readonly statement: string;
  };
  /** For a running arrangement: the latest date a source showed it still running. */
  readonly confirmed?: Confirmed;
}

/** A named person. */
export interface Person extends Cited {
  /** The person's id, e.g. `"clare-chamberlain"`. */
  readonly id: PersonId;
  /** Their name as the sources give it. */
  readonly name: string;
}

/** The kind of office held. The source's own wording is in `title`. */
export type Role = (typeof ROLES)[number];

/**
 * A person holding an office, in the manner of Wikidata: who, what, where, from when to when.
 * An absent `end` means no source gives one: the holding is certain only up to the last date in
 * `seen` (or `start`), and possible after it.
 */
export interface OfficeHolder extends Cited {
  /** The holding's id: person and office. */
  readonly id: OfficeHolderId;
  /** Who held the office. */
  readonly person: PersonId;
  /** The kind of office, for filtering; `title` has the source's words. */
  readonly role: Role;
  /** The title as the source words it. */
  readonly title: string;
  /** The organisation the office belongs to, or acts on (a commissioner: the council overseen). */
  readonly organisation: OrganisationId;
  /** Who appointed the holder, where a source says. */
  readonly appointedBy?: OrganisationId;
  /** First day in office, where a source gives it. */
  readonly start?: PartialDate;
  /** Last day in office, where a source gives it. */
  readonly end?: PartialDate;
  /** Dates on which a source shows the person in post (evidence, not a start or an end). */
  readonly seen?: readonly PartialDate[];
  /** `true` for an interim holding. */
  readonly interim?: true;
}

/** Whether a key date happened, or was only planned and then postponed, superseded or cancelled. */
export type KeyDateStatus = (typeof KEY_DATE_STATUSES)[number];

/** A dated event. */
export interface KeyDate extends Cited {
  /** The event's id. */
  readonly id: KeyDateId;
  /** When it happened, or was planned for, at the precision the source gives. */
  readonly date: PartialDate;
  /** What happened, in the maintainers' words (the citations carry the source's). */
  readonly title: string;
  /** Whether it happened, or was only planned and then postponed, superseded or cancelled. */
  readonly status: KeyDateStatus;
  /** The areas, organisations and people the event is about. */
  readonly subjects: readonly SubjectId[];
}

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

/** The topic of a governance fact. */
export type GovernanceTopic = (typeof GOVERNANCE_TOPICS)[number];

/** A cited statement about how an arrangement is governed: ownership, independence, scope, powers. */
export interface Governance extends Cited {
  /** The fact's id. */
  readonly id: GovernanceId;
  /** What the fact is about. */
  readonly subject: SubjectId;
  /** Ownership, independence, legal form, statutory role, board, step-in rights, scope, direction, contract, context, or `"evidence"`: what a comparison of the data can and cannot show. */
  readonly topic: GovernanceTopic;
  /** The fact in the maintainers' words; the citations carry the source's. */
  readonly statement: string;
}

/**
 * The framework an inspection was made under. Before November 2013: `"SLAC"`, an inspection of
 * safeguarding and looked-after children's services (2009 to 2012, and its re-inspections);
 * `"CPI"`, an unannounced inspection of the arrangements to protect children (2012 to 2013, and its
 * re-inspections); `"TLAC"`, a targeted inspection of services for looked-after children (2013);
 * `"pre-SIF"`, one of these whose kind no source gives. Their grades are on another scale (see
 * `PreSifGrade`). Then the single inspection framework (`"SIF"`, 2013 to 2018);
 * ILACS standard or short inspections, `"ILACS"` where the history file does not say which, and
 * `"ILACS 2026"`, the framework in use from April 2026, which gives no overall judgement.
 */
export type Framework = (typeof FRAMEWORKS)[number];

/** One of Ofsted's four grades, in its words ("requires improvement" stands for "requires improvement to be good"). */
export type Grade = (typeof GRADES)[number];

/**
 * A grade of the 2009-2013 inspections (SLAC, CPI, TLAC), on their own scale: `"adequate"` was its
 * third grade. Ofsted's statistics restate it as "requires improvement to be good"; it is not that
 * SIF/ILACS grade, and is never compared with a `Grade`.
 */
export type PreSifGrade = (typeof PRE_SIF_GRADES)[number];

/**
 * A published Ofsted inspection of an authority's children's services, with the judgements its
 * report gives. A judgement is absent where the report gives none, or where no source read it (the
 * history file could not read most pre-2018 reports; their grades come from Ofsted's official
 * statistics, which list each authority's first SIF inspection and one re-inspection, and the
 * 2009-2013 inspections). A 2009-2013 inspection has only `safeguarding`, `lookedAfter` or
 * `childProtection`, never `overall`. Focused visits and monitoring visits are not inspections and
 * are not here.
 */
export interface Inspection extends Cited {
  /** Area and publication day, e.g. `"birmingham-2019-01-17"`. */
  readonly id: InspectionId;
  /** The authority inspected. */
  readonly area: AreaId;
  /** The inspection framework. */
  readonly framework: Framework;
  /** First day of the inspection visit, where known. */
  readonly start?: PartialDate;
  /** Last day of the inspection visit, where known. */
  readonly end?: PartialDate;
  /** The day Ofsted published the report. */
  readonly published: PartialDate;
  /** The report's URL on Ofsted's file server: the primary source. */
  readonly report?: string;
  /** Overall effectiveness. */
  readonly overall?: Grade;
  /** The impact of leaders on social work practice with children and families (SIF: leadership, management and governance). */
  readonly leaders?: Grade;
  /** The experiences and progress of children who need help and protection. */
  readonly helpAndProtection?: Grade;
  /** The experiences and progress of children in care (SIF: children looked after and achieving permanence). */
  readonly inCare?: Grade;
  /** The experiences and progress of care leavers (a separate ILACS judgement from 2023; part of SIF). */
  readonly careLeavers?: Grade;
  /** SIF only: adoption performance (part of the children looked after judgement). */
  readonly adoption?: Grade;
  /** SIF only: the overall effectiveness of the Local Safeguarding Children Board, reviewed with the first SIF inspection. */
  readonly lscb?: Grade;
  /** SLAC only: the overall effectiveness of safeguarding services, on the 2009-2013 scale. */
  readonly safeguarding?: PreSifGrade;
  /** SLAC and TLAC only: the overall effectiveness of services for looked-after children, on the 2009-2013 scale. */
  readonly lookedAfter?: PreSifGrade;
  /** CPI only: the overall effectiveness of the arrangements to protect children, on the 2009-2013 scale. */
  readonly childProtection?: PreSifGrade;
}

/** An area's ten statistical neighbours, as the DfE lists them (today's list, not a past one). */
export interface Neighbours extends Cited {
  /** The area's id. */
  readonly id: NeighbourId;
  /** The area. */
  readonly area: AreaId;
  /** The ten areas most like it, closest first. */
  readonly neighbours: readonly AreaId[];
}

// ---- Compile-time check: public types and zod schemas describe the same records. ----
type AnyId = SourceId | AreaId | OrganisationId | ServiceId | PersonId | OfficeHolderId | KeyDateId | BudgetId | GovernanceId | InspectionId | NeighbourId;
/** Replaces the literal id unions by `string`, as zod infers them. */
type Unid<T> = T extends AnyId ? string : T extends readonly (infer U)[] ? readonly Unid<U>[] : T extends object ? { readonly [K in keyof T]: Unid<T[K]> } : T;
type Same<Public, Input> = IsEqual<Unid<Public>, ReadonlyDeep<Input>>;
// One named check per type: a type that drifts from its schema fails to compile here, and the
// error names it (e.g. "Type 'false' is not assignable to type 'true'" at serviceMatchesSchema).
const sourceMatchesSchema: Same<Source, S.SourceInput> = true;
const areaMatchesSchema: Same<Area, S.AreaInput> = true;
const organisationMatchesSchema: Same<Organisation, S.OrganisationInput> = true;
const serviceMatchesSchema: Same<Service, S.ServiceInput> = true;
const personMatchesSchema: Same<Person, S.PersonInput> = true;
const officeHolderMatchesSchema: Same<OfficeHolder, S.OfficeHolderInput> = true;
const keyDateMatchesSchema: Same<KeyDate, S.KeyDateInput> = true;
const budgetMatchesSchema: Same<Budget, S.BudgetInput> = true;
const governanceMatchesSchema: Same<Governance, S.GovernanceInput> = true;
const inspectionMatchesSchema: Same<Inspection, S.InspectionInput> = true;
const neighboursMatchesSchema: Same<Neighbours, S.NeighbourInput> = true;
void [
  sourceMatchesSchema,
  areaMatchesSchema,
  organisationMatchesSchema,
  serviceMatchesSchema,
  personMatchesSchema,
  officeHolderMatchesSchema,
  keyDateMatchesSchema,
  budgetMatchesSchema,
  governanceMatchesSchema,
  inspectionMatchesSchema,
  neighboursMatchesSchema,
];
