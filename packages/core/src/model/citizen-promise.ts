import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import {
  CivilDateSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
  SideSchema,
  listOf,
} from "./primitives.js";

/**
 * One promise in a medborgarlöfte: who promises (**Polisen lovar**, **Kommunen lovar**, or
 * **tillsammans**), what, and optionally how much and how often ("minst 3 medborgarmöten per år").
 *
 * @example
 * CommitmentSchema.parse({
 *   id: "moten",
 *   by: "joint",
 *   text: "Vi håller medborgarmöten.",
 *   quantity: { count: 3, unit: "medborgarmöten", atLeast: true },
 *   frequency: { type: "yearly" },
 * });
 */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  by: SideSchema,
  text: LongTextSchema,
  quantity: z.optional(
    z.strictObject({
      count: z.int().check(z.gte(0), z.lte(1_000_000)),
      unit: ShortTextSchema,
      atLeast: z.optional(z.boolean()),
    }),
  ),
  frequency: z.optional(CadenceSchema),
});

/** A commitment, see {@link CommitmentSchema}. */
export type Commitment = z.infer<typeof CommitmentSchema>;

/**
 * A **medborgarlöfte**: a kommun's own citizen promise with its own period (1, 2 or 3 years, a
 * partial year, an odd start date) and any extensions (**förlängning**).
 *
 * @example
 * CitizenPromiseSchema.parse({
 *   id: "ml-2025",
 *   municipality: "1290",
 *   period: { start: "2025-03-01", end: "2026-02-28" },
 *   commitments: [{ id: "p1", by: "police", text: "Polisen lovar att fotpatrullera i centrum." }],
 * });
 */
export const CitizenPromiseSchema = z.strictObject({
  id: IdSchema,
  municipality: MunicipalityCodeSchema,
  title: z.optional(ShortTextSchema),
  period: z.strictObject({ start: CivilDateSchema, end: CivilDateSchema }),
  extensions: z.optional(listOf(z.strictObject({ end: CivilDateSchema, decidedOn: z.optional(CivilDateSchema) }))),
  commitments: listOf(CommitmentSchema),
});

/** A medborgarlöfte, see {@link CitizenPromiseSchema}. */
export type CitizenPromise = z.infer<typeof CitizenPromiseSchema>;

/**
 * How the agreement says medborgarlöften are made when it does not hold them itself:
 * how often (**årliga medborgarlöften**), who leads, and what they build on.
 *
 * @example
 * CitizenPromiseCycleSchema.parse({ cadence: { type: "yearly" }, lead: "police" });
 */
export const CitizenPromiseCycleSchema = z.strictObject({
  cadence: z.optional(CadenceSchema),
  lead: z.optional(SideSchema),
  basis: z.optional(LongTextSchema),
});

/** The medborgarlöfte cycle, see {@link CitizenPromiseCycleSchema}. */
export type CitizenPromiseCycle = z.infer<typeof CitizenPromiseCycleSchema>;
