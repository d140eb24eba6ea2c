import * as z from "zod/mini";
import { CitizenPromiseCycleSchema, CitizenPromiseSchema } from "./citizen-promise.js";
import { FocusAreaSchema } from "./focus-area.js";
import { FollowUpSchema } from "./follow-up.js";
import { ForumSchema } from "./forum.js";
import { BudgetSchema, CommunicationSchema, DecisionBodySchema, DocumentReferenceSchema, ProvenanceSchema } from "./paper.js";
import { MunicipalDutiesSchema } from "./law.js";
import { PartiesSchema } from "./party.js";
import { ContactSchema, SignatorySchema } from "./people.js";
import { GoalSchema, PlanSchema } from "./plan.js";
import { IdSchema, LongTextSchema, ShortTextSchema, listOf } from "./primitives.js";
import { AgreementStructureSchema } from "./structure.js";
import { ValiditySchema } from "./validity.js";

/**
 * The version of the document format this library reads and writes. Every document says it.
 */
export const SCHEMA_VERSION = 1;

/**
 * A **samverkansöverenskommelse** between Polismyndigheten and one or more kommuner: its parts,
 * parties, validity, forums, focus areas, goals and plans, medborgarlöften, follow-ups, contacts,
 * signatories, what each kommun has done under Lag (2023:196), and the paper around it. Lists that the text does not have are left out.
 *
 * @example
 * AgreementSchema.parse({
 *   schemaVersion: 1,
 *   type: "agreement",
 *   id: "kavlinge-2019-2022",
 *   title: "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022",
 *   structure: { type: "single" },
 *   parties: {
 *     police: { id: "polisen", name: "Polismyndigheten" },
 *     municipalities: [{ id: "kavlinge", code: "1261" }],
 *   },
 *   validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } },
 * });
 */
export const AgreementSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal("agreement"),
  id: IdSchema,
  title: ShortTextSchema,
  structure: AgreementStructureSchema,
  parties: PartiesSchema,
  validity: ValiditySchema,
  purpose: z.optional(LongTextSchema),
  goals: z.optional(listOf(GoalSchema)),
  forums: z.optional(listOf(ForumSchema)),
  focusAreas: z.optional(listOf(FocusAreaSchema)),
  plans: z.optional(listOf(PlanSchema)),
  citizenPromises: z.optional(listOf(CitizenPromiseSchema)),
  citizenPromiseCycle: z.optional(CitizenPromiseCycleSchema),
  followUps: z.optional(listOf(FollowUpSchema)),
  municipalDuties: z.optional(listOf(MunicipalDutiesSchema)),
  contacts: z.optional(listOf(ContactSchema)),
  signatories: z.optional(listOf(SignatorySchema)),
  communication: z.optional(CommunicationSchema),
  budget: z.optional(BudgetSchema),
  decisionBodies: z.optional(listOf(DecisionBodySchema)),
  references: z.optional(listOf(DocumentReferenceSchema)),
  provenance: z.optional(ProvenanceSchema),
});

/** A samverkansöverenskommelse, see {@link AgreementSchema}. */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * A set of agreements checked together: a del 1 with its del 2s, or every agreement of one LPO.
 * Rules that look across documents (a del 2 outside its del 1, a kommun without a del 2) run on sets.
 *
 * @example
 * AgreementSetSchema.parse({ schemaVersion: 1, type: "agreement_set", id: "norrbotten", agreements: [] });
 */
export const AgreementSetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal("agreement_set"),
  id: IdSchema,
  title: z.optional(ShortTextSchema),
  agreements: z.array(AgreementSchema).check(z.maxLength(300)),
});

/** A set of agreements, see {@link AgreementSetSchema}. */
export type AgreementSet = z.infer<typeof AgreementSetSchema>;

/**
 * Any document this library reads: one agreement, or a set of them. `type` tells which.
 *
 * @example
 * const doc = AgreementDocumentSchema.parse(JSON.parse(text));
 * if (doc.type === "agreement_set") console.log(doc.agreements.length);
 */
export const AgreementDocumentSchema = z.discriminatedUnion("type", [AgreementSchema, AgreementSetSchema]);

/** Any document this library reads, see {@link AgreementDocumentSchema}. */
export type AgreementDocument = z.infer<typeof AgreementDocumentSchema>;
