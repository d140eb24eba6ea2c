import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import {
  ActorSideSchema,
  IdSchema,
  LongTextSchema,
  ModalitySchema,
  MunicipalityCodeSchema,
  QuantitySchema,
  ShortTextSchema,
  listOf,
} from "./primitives.js";
import type { Cadence } from "./cadence.js";
import type { ActorSide, Id, Modality, MunicipalityCode, Quantity } from "./primitives.js";

/**
 * An **åtagande**: one thing a side commits to, item by item as the text lists it: who
 * (`by`: **Polisen**, **kommunen**, both **tillsammans**, or a named `actor`), what (`text`, as
 * written), how binding (`modality`: "ska sträva efter" is `strive`), how much and how often
 * ("minst 4 trafikkontroller i månaden": `quantity` and `frequency`), and for whom on the kommun's
 * side (`units`: "socialtjänsten", "Park- och naturförvaltningen"). An item whose text names no
 * one leaves `by` out rather than guess. Commitments live in focus areas, forums, medborgarlöften
 * and the agreement itself.
 *
 * @example
 * CommitmentSchema.parse({
 *   id: "fotpatrullering",
 *   by: "police",
 *   text: "Polisiär fotpatrullering på publika platser ska genomföras minst en (1) gång per vecka.",
 *   quantity: { count: 1, unit: "gång", atLeast: true },
 *   frequency: { type: "weekly" },
 * });
 */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  by: z.optional(ActorSideSchema),
  /** The actors that commit (with `by: "actor"`) or take part (with any other `by`). */
  actorIds: z.optional(listOf(IdSchema)),
  /** The kommun's förvaltningar or nämnder the text names for this item. */
  units: z.optional(listOf(ShortTextSchema)),
  /** The kommun it concerns, in an agreement for several. */
  municipality: z.optional(MunicipalityCodeSchema),
  text: LongTextSchema,
  modality: z.optional(ModalitySchema),
  /** The condition as written, for a commitment that holds only when something happens. */
  condition: z.optional(LongTextSchema),
  quantity: z.optional(QuantitySchema),
  frequency: z.optional(CadenceSchema),
  /** Where it applies, as written ("inom kommunal verksamhet", "i Angered centrum"). */
  scope: z.optional(ShortTextSchema),
  forumIds: z.optional(listOf(IdSchema)),
});

/** An åtagande, see {@link CommitmentSchema}. */
export interface Commitment {
  /** Its identifier. */
  id: Id;
  /** Who commits: Polisen, the kommun, both together, or an actor named in `actorIds`; left out where the text names no one. */
  by?: ActorSide | undefined;
  /** The actors that commit (with `by: "actor"`) or take part (with any other `by`). */
  actorIds?: Id[] | undefined;
  /** The kommun's förvaltningar or nämnder the text names for this item. */
  units?: string[] | undefined;
  /** The kommun it concerns, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
  /** What is committed to, as written. */
  text: string;
  /** How binding the text makes it ("ska sträva efter": `strive`). */
  modality?: Modality | undefined;
  /** The condition as written, for a commitment that holds only when something happens. */
  condition?: string | undefined;
  /** How much ("minst 4 trafikkontroller"). */
  quantity?: Quantity | undefined;
  /** How often ("i månaden"). */
  frequency?: Cadence | undefined;
  /** Where it applies, as written ("inom kommunal verksamhet", "i Angered centrum"). */
  scope?: string | undefined;
  /** The forums that carry it. */
  forumIds?: Id[] | undefined;
}
