/** The `services` collection, the list: every period of an area's children's services run by an independent operator. */
import { z } from "zod";
import type { PartialDate } from "../dates.js";
import type { AreaId, OrganisationId, ServiceId } from "../ids.js";
import { ORIGINS } from "../vocab.js";
import { type Cited, type CitedPart, type Confirmed, cited, citedPart, confirmedSchema, id, partialDate, type SameShape, text } from "./common.js";

export const serviceSchema = z
  .object({
    ...cited,
    area: id,
    operator: id,
    start: partialDate,
    end: partialDate.optional(),
    origin: z.object({ kind: z.enum(ORIGINS), ...citedPart }).strict(),
    endReason: z
      .object({ statement: text, ...citedPart })
      .strict()
      .optional(),
    confirmed: confirmedSchema.optional(),
  })
  .strict();

/** Whether an arrangement was imposed by a statutory direction or chosen by the council. */
export type Origin = (typeof ORIGINS)[number];

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

const matches: SameShape<Service, z.infer<typeof serviceSchema>> = true;
void matches;
