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
export type Commitment = z.infer<typeof CommitmentSchema>;
