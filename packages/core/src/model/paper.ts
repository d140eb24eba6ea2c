import * as z from "zod/mini";
import { IdSchema, LongTextSchema, ShortTextSchema } from "./primitives.js";

/**
 * The **kommunikationsplan** clause: whether a joint plan is to be made, whether special plans are
 * made when needed, and the clause as written.
 *
 * @example
 * CommunicationSchema.parse({ jointPlan: true, specialPlansWhenNeeded: true });
 */
export const CommunicationSchema = z.strictObject({
  jointPlan: z.optional(z.boolean()),
  specialPlansWhenNeeded: z.optional(z.boolean()),
  summary: z.optional(LongTextSchema),
});

/** The communication clause, see {@link CommunicationSchema}. */
export type Communication = z.infer<typeof CommunicationSchema>;

/**
 * The **budget** clause: `own_costs` is "respektive organisation bekostar sina resurser".
 *
 * @example
 * BudgetSchema.parse({ principle: "own_costs" });
 */
export const BudgetSchema = z.strictObject({
  principle: z.enum(["own_costs", "shared", "other"]),
  text: z.optional(LongTextSchema),
});

/** The budget clause, see {@link BudgetSchema}. */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * A **beslutande organ**: the body that adopts the agreement for a party (kommunstyrelsen,
 * the lokalpolisområdeschef).
 *
 * @example
 * DecisionBodySchema.parse({ partyId: "ostra-goinge", body: "Kommunstyrelsen" });
 */
export const DecisionBodySchema = z.strictObject({
  partyId: IdSchema,
  body: ShortTextSchema,
});

/** A decision body, see {@link DecisionBodySchema}. */
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/**
 * A reference to the agreement in a party's records: a **diarienummer**, a case number, or other.
 *
 * @example
 * DocumentReferenceSchema.parse({ type: "diarienummer", value: "A084.191/2025", partyId: "polisen" });
 */
export const DocumentReferenceSchema = z.strictObject({
  type: z.enum(["diarienummer", "case", "other"]),
  value: ShortTextSchema,
  partyId: z.optional(IdSchema),
});

/** A reference, see {@link DocumentReferenceSchema}. */
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/**
 * Where a document came from, and whether it is **illustrative** (made up to show the model, not
 * taken from a real text).
 *
 * @example
 * ProvenanceSchema.parse({ illustrative: true, note: "Del 2 made up for the example." });
 */
export const ProvenanceSchema = z.strictObject({
  illustrative: z.optional(z.boolean()),
  source: z.optional(ShortTextSchema),
  note: z.optional(LongTextSchema),
});

/** Provenance, see {@link ProvenanceSchema}. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
