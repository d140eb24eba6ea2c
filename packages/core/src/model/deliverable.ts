import * as z from "zod/mini";
import {
  ActorSideSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  PartialDateSchema,
  ShortTextSchema,
  listOf,
} from "./primitives.js";
import type { ActorSide, Id, MunicipalityCode, PartialDate } from "./primitives.js";

/**
 * When a one-off deliverable is due, with the precision the text has:
 *
 * | `type` | Swedish | |
 * | --- | --- | --- |
 * | `during` | under 2016, i juni 2017, senast 2024-03-31 | by the end of `date` (a year, a month or a day) |
 * | `before` | före 2027, innan … | before `date` begins |
 * | `before_end` | inför ny överenskommelse, innan giltighetstiden löper ut | before the validity ends |
 *
 * @example
 * DueSchema.parse({ type: "during", date: "2016", asWritten: "under 2016" });
 * DueSchema.parse({ type: "before", date: "2027" });
 */
export const DueSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("during"), date: PartialDateSchema, asWritten: z.optional(ShortTextSchema) }),
  z.strictObject({ type: z.literal("before"), date: PartialDateSchema, asWritten: z.optional(ShortTextSchema) }),
  z.strictObject({ type: z.literal("before_end"), asWritten: z.optional(ShortTextSchema) }),
]);

/** When a deliverable is due, see {@link DueSchema}. */
export type Due =
  | {
      type: "during";
      /** The year, month or day by whose end it is due. */
      date: PartialDate;
      /** The words it was read from ("under 2016"). */
      asWritten?: string | undefined;
    }
  | {
      type: "before";
      /** The year, month or day before which it is due. */
      date: PartialDate;
      /** The words it was read from ("före 2027"). */
      asWritten?: string | undefined;
    }
  | {
      type: "before_end";
      /** The words it was read from ("inför ny överenskommelse"). */
      asWritten?: string | undefined;
    };

/**
 * What a one-off deliverable is:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `citizen_promise` | medborgarlöften tas fram |
 * | `communication_plan` | en kommunikationsplan ska utarbetas |
 * | `situational_picture` | en (fördjupad) lägesbild, en baslinje |
 * | `action_plan` | en åtgärdsplan |
 * | `plan` | en handlingsplan, aktivitetsplan |
 * | `goals` | gemensamma och separata mål tas fram |
 * | `organisation` | en samverkansstruktur för styrning och uppföljning skapas |
 * | `follow_up` | en uppföljning inför en ny överenskommelse |
 * | `agreement` | en ny eller reviderad överenskommelse |
 * | `other` | anything else |
 *
 * @example
 * DeliverableKindSchema.parse("communication_plan");
 */
export const DeliverableKindSchema = z.enum([
  "citizen_promise",
  "communication_plan",
  "situational_picture",
  "action_plan",
  "plan",
  "goals",
  "organisation",
  "follow_up",
  "agreement",
  "other",
]);

/** A kind of deliverable, see {@link DeliverableKindSchema}. */
export type DeliverableKind =
  | "citizen_promise"
  | "communication_plan"
  | "situational_picture"
  | "action_plan"
  | "plan"
  | "goals"
  | "organisation"
  | "follow_up"
  | "agreement"
  | "other";

/**
 * A **one-off deliverable** the agreement asks for: "en gemensam kommunikationsplan ska
 * utarbetas", "medborgarlöften som tas fram under 2016", "ta fram en fördjupad lägesbild (en
 * baslinje)". What it is, who produces it (`owner` and `actorIds`; left out where the text does
 * not say), when it is due, and for which kommun.
 *
 * @example
 * DeliverableSchema.parse({
 *   id: "medborgarloften-2016",
 *   kind: "citizen_promise",
 *   text: "medborgarlöften som tas fram under 2016",
 *   due: { type: "during", date: "2016" },
 * });
 */
export const DeliverableSchema = z.strictObject({
  id: IdSchema,
  kind: DeliverableKindSchema,
  text: LongTextSchema,
  owner: z.optional(ActorSideSchema),
  actorIds: z.optional(listOf(IdSchema)),
  municipality: z.optional(MunicipalityCodeSchema),
  due: z.optional(DueSchema),
});

/** A one-off deliverable, see {@link DeliverableSchema}. */
export interface Deliverable {
  /** Its identifier. */
  id: Id;
  /** What it is. */
  kind: DeliverableKind;
  /** The deliverable as written ("en gemensam kommunikationsplan ska utarbetas"). */
  text: string;
  /** Who produces it; left out where the text does not say. */
  owner?: ActorSide | undefined;
  /** The actors that produce it or take part. */
  actorIds?: Id[] | undefined;
  /** The kommun it is for, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
  /** When it is due. */
  due?: Due | undefined;
}
