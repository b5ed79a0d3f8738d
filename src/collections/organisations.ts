/** The `organisations` collection: operators (trusts and companies), councils, departments, regulators and consultancies. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { OrganisationId } from "../ids.js";
import { LEGAL_FORMS, ORGANISATION_KINDS } from "../vocab.js";
import { type Cited, type Confirmed, cited, confirmedSchema, id, partialDate, type SameShape, text } from "./common.js";

export const organisationSchema = z
  .object({
    ...cited,
    name: text,
    kind: z.enum(ORGANISATION_KINDS),
    legalForm: z.enum(LEGAL_FORMS).optional(),
    aliases: z.array(text).min(1).optional(),
    formerNames: z
      .array(z.object({ name: text, end: partialDate }).strict())
      .min(1)
      .optional(),
    companyNumber: z
      .string()
      .regex(/^(\d{8}|[A-Z]{2}\d{6})$/, "must be a Companies House number like 08878185")
      .optional(),
    owners: z
      .array(z.object({ owner: id, share: z.number().positive().max(100).optional() }).strict())
      .min(1)
      .optional(),
    predecessor: id.optional(),
    confirmed: confirmedSchema.optional(),
  })
  .strict();

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

const matches: SameShape<Organisation, z.infer<typeof organisationSchema>> = true;
void matches;
