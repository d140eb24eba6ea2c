import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import { IdSchema, LongTextSchema, MunicipalityCodeSchema, ShortTextSchema, listOf } from "./primitives.js";
import { RoleSchema } from "./roles.js";

/**
 * The kinds of **samverkansforum**. Proper names with no English keep their Swedish form.
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `local_bra` | Lokala Brå (lokalt brottsförebyggande råd) |
 * | `council` | a council in Lokala Brå's role, e.g. Rådet för trygghet och hälsa (RTH) |
 * | `steering_group` | strategisk styrgrupp |
 * | `est` | lägesbildsgrupp, Effektiv samordning för trygghet (EST) |
 * | `spider_group` | spindelgrupp |
 * | `sspf` | SSPF (skola, socialtjänst, polis, fritid) |
 * | `sig` | SIG (social insatsgrupp) |
 * | `bob` | BOB (barn och unga i organiserad brottslighet) |
 * | `defector_programme` | avhopparverksamhet |
 * | `joint_inspection` | lagstadgad tillsyn i samverkan |
 * | `custom` | a forum of the kommun's own |
 *
 * @example
 * ForumKindSchema.parse("est");
 */
export const ForumKindSchema = z.enum([
  "local_bra",
  "council",
  "steering_group",
  "est",
  "spider_group",
  "sspf",
  "sig",
  "bob",
  "defector_programme",
  "joint_inspection",
  "custom",
]);

/** A forum kind, see {@link ForumKindSchema}. */
export type ForumKind = z.infer<typeof ForumKindSchema>;

/**
 * A forum's **nivå**: strategic (strategisk), operational (operativ) or individual (individnivå).
 *
 * @example
 * ForumLevelSchema.parse("operational");
 */
export const ForumLevelSchema = z.enum(["strategic", "operational", "individual"]);

/** A forum's level, see {@link ForumLevelSchema}. */
export type ForumLevel = z.infer<typeof ForumLevelSchema>;

/**
 * A **samverkansforum** where both parties meet: its kind, the kommun's own name for it, level,
 * members, responsibilities and how often it meets. `municipality` narrows a forum of a joint
 * agreement to one kommun.
 *
 * @example
 * ForumSchema.parse({
 *   id: "lagesbildsgruppen",
 *   kind: "est",
 *   name: "Lägesbildsgruppen",
 *   level: "operational",
 *   cadence: { type: "weekly", asWritten: "en gång i veckan" },
 * });
 */
export const ForumSchema = z.strictObject({
  id: IdSchema,
  kind: ForumKindSchema,
  name: ShortTextSchema,
  level: ForumLevelSchema,
  municipality: z.optional(MunicipalityCodeSchema),
  members: z.optional(listOf(z.strictObject({ role: z.optional(RoleSchema), name: ShortTextSchema }))),
  responsibilities: z.optional(listOf(LongTextSchema)),
  cadence: z.optional(CadenceSchema),
  description: z.optional(LongTextSchema),
});

/** A forum, see {@link ForumSchema}. */
export type Forum = z.infer<typeof ForumSchema>;
