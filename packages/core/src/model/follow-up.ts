import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import { DueSchema } from "./deliverable.js";
import { IdSchema, LongTextSchema, MunicipalityCodeSchema, ShortTextSchema, SideSchema, listOf } from "./primitives.js";
import { RoleSchema } from "./roles.js";

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
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

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
export type FollowUp = z.infer<typeof FollowUpSchema>;
