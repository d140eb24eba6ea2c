import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import { CommitmentSchema } from "./commitment.js";
import {
  ActorSideSchema,
  IdSchema,
  LongTextSchema,
  ModalitySchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
  listOf,
} from "./primitives.js";
import { RoleSchema } from "./roles.js";
import type { Cadence } from "./cadence.js";
import type { Commitment } from "./commitment.js";
import type { ActorSide, Id, Modality, MunicipalityCode } from "./primitives.js";
import type { Role } from "./roles.js";

/**
 * The kinds of **samverkansforum**: bodies that meet. Proper names with no English keep their
 * Swedish form. SSPF, SIG, BOB and avhopparverksamhet are often *ways of working* run per case
 * rather than bodies that meet; then they are focus areas (see {@link FocusAreaKindSchema}), and a
 * forum of their kind is recorded only where the text names a group that meets.
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `local_bra` | Lokala Brå (lokalt brottsförebyggande råd) |
 * | `council` | a council in Lokala Brå's role, e.g. Rådet för trygghet och hälsa (RTH) |
 * | `steering_group` | strategisk styrgrupp |
 * | `working_group` | arbetsgrupp, samverkansgrupp, beredningsgrupp, operativ grupp |
 * | `est` | lägesbildsgrupp, Effektiv samordning för trygghet (EST) |
 * | `spider_group` | spindelgrupp |
 * | `sspf` | SSPF-grupp (skola, socialtjänst, polis, fritid; also PSS) |
 * | `sig` | SIG (social insatsgrupp) |
 * | `bob` | BOB-råd (barn och unga i organiserad brottslighet) |
 * | `defector_programme` | avhopparverksamhet (as a group that meets) |
 * | `joint_inspection` | lagstadgad tillsyn i samverkan (as a group that meets) |
 * | `custom` | a forum of the kommun's own |
 *
 * @example
 * ForumKindSchema.parse("est");
 */
export const ForumKindSchema = z.enum([
  "local_bra",
  "council",
  "steering_group",
  "working_group",
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
export type ForumKind =
  | "local_bra"
  | "council"
  | "steering_group"
  | "working_group"
  | "est"
  | "spider_group"
  | "sspf"
  | "sig"
  | "bob"
  | "defector_programme"
  | "joint_inspection"
  | "custom";

/**
 * A forum's **nivå**: strategic (strategisk), operational (operativ) or individual (individnivå).
 * Recorded only where the text says it.
 *
 * @example
 * ForumLevelSchema.parse("operational");
 */
export const ForumLevelSchema = z.enum(["strategic", "operational", "individual"]);

/** A forum's level, see {@link ForumLevelSchema}. */
export type ForumLevel = "strategic" | "operational" | "individual";

/**
 * A member of a forum as the text names it: a role or a function ("områdespoliserna",
 * "stadsdirektören"), the side it comes from, or an actor that is not a party.
 *
 * @example
 * ForumMemberSchema.parse({ side: "police", role: "community_police_officer", name: "Kommunpolisen" });
 */
export const ForumMemberSchema = z.strictObject({
  name: ShortTextSchema,
  side: z.optional(ActorSideSchema),
  role: z.optional(RoleSchema),
  actorId: z.optional(IdSchema),
});

/** A forum member, see {@link ForumMemberSchema}. */
export interface ForumMember {
  /** The member as the text names it ("områdespoliserna", "stadsdirektören"). */
  name: string;
  /** The side it comes from. */
  side?: ActorSide | undefined;
  /** Its role, where it is one of the known roles. */
  role?: Role | undefined;
  /** The actor it is, where it is not a party. */
  actorId?: Id | undefined;
}

/**
 * A **samverkansforum** where the parties meet: its kind, the kommun's own name for it, and, as far
 * as the text says: its level, who convenes it (**sammankallande**), its members, whether each party
 * can expect the other to be represented there (`mutualRepresentation`), what it is responsible
 * for, what it commits to, and how often it meets. `modality` keeps a forum the text only
 * recommends ("bör finnas": `should`). `municipality` narrows a forum of a joint agreement to one
 * kommun; `focusAreaIds` ties a working group to the areas it carries.
 *
 * @example
 * ForumSchema.parse({
 *   id: "lagesbildsgruppen",
 *   kind: "est",
 *   name: "Lägesbildsgruppen",
 *   cadence: { type: "weekly", asWritten: "en gång i veckan" },
 * });
 */
export const ForumSchema = z.strictObject({
  id: IdSchema,
  kind: ForumKindSchema,
  name: ShortTextSchema,
  level: z.optional(ForumLevelSchema),
  modality: z.optional(ModalitySchema),
  municipality: z.optional(MunicipalityCodeSchema),
  convenor: z.optional(ActorSideSchema),
  members: z.optional(listOf(ForumMemberSchema)),
  mutualRepresentation: z.optional(z.boolean()),
  responsibilities: z.optional(listOf(LongTextSchema)),
  commitments: z.optional(listOf(CommitmentSchema)),
  focusAreaIds: z.optional(listOf(IdSchema)),
  cadence: z.optional(CadenceSchema),
  description: z.optional(LongTextSchema),
});

/** A forum, see {@link ForumSchema}. */
export interface Forum {
  /** Its identifier. */
  id: Id;
  /** What kind of forum it is. */
  kind: ForumKind;
  /** The kommun's own name for it ("Lägesbildsgruppen"). */
  name: string;
  /** Its level, where the text says it. */
  level?: ForumLevel | undefined;
  /** How binding the text makes it: `should` for a forum the text only recommends ("bör finnas"). */
  modality?: Modality | undefined;
  /** The kommun it belongs to, in a joint agreement. */
  municipality?: MunicipalityCode | undefined;
  /** Who convenes it (**sammankallande**). */
  convenor?: ActorSide | undefined;
  /** Its members, as the text names them. */
  members?: ForumMember[] | undefined;
  /** Whether each party can expect the other to be represented there. */
  mutualRepresentation?: boolean | undefined;
  /** What it is responsible for, as written. */
  responsibilities?: string[] | undefined;
  /** What it commits to. */
  commitments?: Commitment[] | undefined;
  /** The focus areas it carries. */
  focusAreaIds?: Id[] | undefined;
  /** How often it meets. */
  cadence?: Cadence | undefined;
  /** What the text says of it. */
  description?: string | undefined;
}
