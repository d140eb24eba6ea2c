import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import { DueSchema } from "./deliverable.js";
import { IdSchema, LongTextSchema, MunicipalityCodeSchema, ShortTextSchema, SideSchema, listOf } from "./primitives.js";
import { RoleSchema } from "./roles.js";
import type { Cadence } from "./cadence.js";
import type { Due } from "./deliverable.js";
import type { Id, MunicipalityCode, Side } from "./primitives.js";
import type { Role } from "./roles.js";

/**
 * What kind of recurring duty a follow-up is:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `follow_up` | uppföljning (of measures, of the agreement) |
 * | `safety_survey` | Polisens trygghetsmätning |
 * | `leadership_report` | återrapportering till polis- och kommunledning |
 * | `situational_picture` | lägesbild (and åtgärdsplan) |
 *
 * @example
 * FollowUpKindSchema.parse("safety_survey");
 */
export const FollowUpKindSchema = z.enum(["follow_up", "safety_survey", "leadership_report", "situational_picture"]);

/** A follow-up kind, see {@link FollowUpKindSchema}. */
export type FollowUpKind = "follow_up" | "safety_survey" | "leadership_report" | "situational_picture";

/**
 * A **uppföljning**: what is followed up, by whom (a side, roles, a forum, actors), how often
 * (`cadence`) or once (`due`: "uppföljning inför ny överenskommelse"), how (`method`: "genom
 * trygghetsmätningar och medborgardialoger"), from what (`basis`: "med utgångspunkt i den
 * gemensamma lokala lägesbilden"), what it must contain (**analys och rekommendationer**) and
 * what it feeds (the revision of a plan or of the agreement).
 *
 * @example
 * FollowUpSchema.parse({
 *   id: "kvartalsuppfoljning",
 *   kind: "follow_up",
 *   subject: "Gemensamt planerade åtgärder",
 *   responsibleRoles: ["community_police_officer", "security_manager"],
 *   cadence: { type: "quarterly", asWritten: "en gång i kvartalet" },
 *   requiredContent: ["analysis", "recommendations"],
 *   feeds: [{ type: "plan_revision", planId: "aktivitetsplan" }],
 * });
 */
export const FollowUpSchema = z.strictObject({
  id: IdSchema,
  kind: FollowUpKindSchema,
  subject: ShortTextSchema,
  responsibleSide: z.optional(SideSchema),
  responsibleRoles: z.optional(listOf(RoleSchema)),
  forumId: z.optional(IdSchema),
  actorIds: z.optional(listOf(IdSchema)),
  municipality: z.optional(MunicipalityCodeSchema),
  cadence: z.optional(CadenceSchema),
  due: z.optional(DueSchema),
  method: z.optional(LongTextSchema),
  basis: z.optional(LongTextSchema),
  requiredContent: z.optional(listOf(z.enum(["analysis", "recommendations", "results"]))),
  feeds: z.optional(
    listOf(
      z.discriminatedUnion("type", [
        z.strictObject({ type: z.literal("plan_revision"), planId: IdSchema }),
        z.strictObject({ type: z.literal("agreement_revision") }),
        z.strictObject({ type: z.literal("citizen_promises") }),
      ]),
    ),
  ),
  asWritten: z.optional(LongTextSchema),
});

/** A follow-up, see {@link FollowUpSchema}. */
export interface FollowUp {
  /** Its identifier. */
  id: Id;
  /** What kind of recurring duty it is. */
  kind: FollowUpKind;
  /** What is followed up, as written ("Gemensamt planerade åtgärder"). */
  subject: string;
  /** The side responsible for it. */
  responsibleSide?: Side | undefined;
  /** The roles responsible for it (kommunpolis, säkerhetschef, …). */
  responsibleRoles?: Role[] | undefined;
  /** The forum that does it. */
  forumId?: Id | undefined;
  /** The actors that take part. */
  actorIds?: Id[] | undefined;
  /** The kommun it concerns, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
  /** How often it recurs. */
  cadence?: Cadence | undefined;
  /** When it is due, for one that happens once ("uppföljning inför ny överenskommelse"). */
  due?: Due | undefined;
  /** How it is done, as written ("genom trygghetsmätningar och medborgardialoger"). */
  method?: string | undefined;
  /** What it starts from, as written ("med utgångspunkt i den gemensamma lokala lägesbilden"). */
  basis?: string | undefined;
  /** What it must contain: an **analys**, **rekommendationer**, **resultat**. */
  requiredContent?: ("analysis" | "recommendations" | "results")[] | undefined;
  /** What it feeds: the revision of a plan (by `planId`), of the agreement, or the next medborgarlöften. */
  feeds?: ({ type: "plan_revision"; planId: Id } | { type: "agreement_revision" } | { type: "citizen_promises" })[] | undefined;
  /** The follow-up as written. */
  asWritten?: string | undefined;
}
