import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import {
  ActorSideSchema,
  CivilDateSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
  listOf,
} from "./primitives.js";
import type { Cadence } from "./cadence.js";
import type { ActorSide, CivilDate, Id, MunicipalityCode } from "./primitives.js";

/**
 * A **mål** (goal) of the cooperation, optionally tied to focus areas and to one kommun.
 *
 * @example
 * GoalSchema.parse({ id: "mal-1", text: "Öka tryggheten och minska brottsligheten." });
 */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  focusAreaIds: z.optional(listOf(IdSchema)),
  municipality: z.optional(MunicipalityCodeSchema),
});

/** A goal, see {@link GoalSchema}. */
export interface Goal {
  /** Its identifier. */
  id: Id;
  /** The goal as written. */
  text: string;
  /** The focus areas it belongs to. */
  focusAreaIds?: Id[] | undefined;
  /** The kommun it is for, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
}

/**
 * The kinds of plan: **aktivitetsplan** (`activity_plan`), **handlingsplan** (`operational_plan`,
 * the yearly operative plan under a multi-year agreement) and **åtgärdsplan** (`action_plan`, the
 * kommun's plan under Lag (2023:196)).
 *
 * @example
 * PlanKindSchema.parse("operational_plan");
 */
export const PlanKindSchema = z.enum(["activity_plan", "operational_plan", "action_plan"]);

/** A plan kind, see {@link PlanKindSchema}. */
export type PlanKind = "activity_plan" | "operational_plan" | "action_plan";

/**
 * An **aktivitet** in a plan: what, who owns it (left out where the text does not say), and when
 * (a due date, a cadence, or words).
 *
 * @example
 * ActivitySchema.parse({ id: "a1", text: "Trygghetsvandring i centrum", owner: "joint", due: "2026-05-31" });
 */
export const ActivitySchema = z.strictObject({
  id: IdSchema,
  text: LongTextSchema,
  owner: z.optional(ActorSideSchema),
  actorIds: z.optional(listOf(IdSchema)),
  due: z.optional(CivilDateSchema),
  cadence: z.optional(CadenceSchema),
  focusAreaIds: z.optional(listOf(IdSchema)),
});

/** An activity, see {@link ActivitySchema}. */
export interface Activity {
  /** Its identifier. */
  id: Id;
  /** The activity as written. */
  text: string;
  /** Who owns it; left out where the text does not say. */
  owner?: ActorSide | undefined;
  /** The actors that carry it out or take part. */
  actorIds?: Id[] | undefined;
  /** The day it is due. */
  due?: CivilDate | undefined;
  /** How often it recurs. */
  cadence?: Cadence | undefined;
  /** The focus areas it belongs to. */
  focusAreaIds?: Id[] | undefined;
}

/**
 * A plan under the agreement, with its own period when it has one (a yearly handlingsplan), its
 * owner (left out where the text does not say), what it builds on (`basis`: "utgår från framtagna
 * lokal lägesbild baserad på bl.a. medborgardialoger"), activities, and how often it is revised
 * (**uppdateras löpande**: continuous).
 *
 * @example
 * PlanSchema.parse({ id: "aktivitetsplan", kind: "activity_plan", owner: "joint", revision: { type: "continuous" } });
 */
export const PlanSchema = z.strictObject({
  id: IdSchema,
  kind: PlanKindSchema,
  title: z.optional(ShortTextSchema),
  owner: z.optional(ActorSideSchema),
  municipality: z.optional(MunicipalityCodeSchema),
  period: z.optional(z.strictObject({ start: CivilDateSchema, end: CivilDateSchema })),
  basis: z.optional(LongTextSchema),
  description: z.optional(LongTextSchema),
  activities: z.optional(listOf(ActivitySchema)),
  revision: z.optional(CadenceSchema),
});

/** A plan, see {@link PlanSchema}. */
export interface Plan {
  /** Its identifier. */
  id: Id;
  /** What kind of plan it is. */
  kind: PlanKind;
  /** Its title as written. */
  title?: string | undefined;
  /** Who owns it; left out where the text does not say. */
  owner?: ActorSide | undefined;
  /** The kommun it is for, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
  /** Its own period (a yearly handlingsplan). */
  period?: { start: CivilDate; end: CivilDate } | undefined;
  /** What it builds on, as written. */
  basis?: string | undefined;
  /** What the text says of it. */
  description?: string | undefined;
  /** Its activities. */
  activities?: Activity[] | undefined;
  /** How often it is revised (**uppdateras löpande**: continuous). */
  revision?: Cadence | undefined;
}
