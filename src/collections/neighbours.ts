/** The `neighbours` collection: each live area's ten statistical neighbours, as the DfE lists them. */
import { z } from "zod";
import type { AreaId, NeighbourId } from "../ids.js";
import { type Cited, cited, id, type SameShape } from "./common.js";

export const neighbourSchema = z
  .object({
    ...cited,
    area: id,
    neighbours: z.array(id).length(10, "must list the DfE's ten statistical neighbours"),
  })
  .strict();

/** An area's ten statistical neighbours, as the DfE lists them (today's list, not a past one). */
export interface Neighbours extends Cited {
  /** The area's id. */
  readonly id: NeighbourId;
  /** The area. */
  readonly area: AreaId;
  /** The ten areas most like it, closest first. */
  readonly neighbours: readonly AreaId[];
}

const matches: SameShape<Neighbours, z.infer<typeof neighbourSchema>> = true;
void matches;
