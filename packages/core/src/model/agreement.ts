import * as z from "zod/mini";
import { ActorSchema } from "./actor.js";
import { CitizenPromiseCycleSchema, CitizenPromiseSchema, citizenPromiseFields } from "./citizen-promise.js";
import { CommitmentSchema } from "./commitment.js";
import { DecisionSchema } from "./decision.js";
import { DeliverableSchema } from "./deliverable.js";
import { FocusAreaSchema } from "./focus-area.js";
import { FollowUpSchema } from "./follow-up.js";
import { ForumSchema } from "./forum.js";
import { MunicipalDutiesSchema } from "./law.js";
import { ChangeSchema, LineageSchema } from "./lineage.js";
import {
  AnnexSchema,
  BudgetSchema,
  ClauseSchema,
  CommunicationSchema,
  DocumentReferenceSchema,
  GuidingDocumentSchema,
  ProblemPictureSchema,
  ProvenanceSchema,
} from "./paper.js";
import { PartiesSchema } from "./party.js";
import { ContactSchema, SignatorySchema } from "./people.js";
import { GoalSchema, PlanSchema } from "./plan.js";
import { IdSchema, LIMITS, LongTextSchema, ShortTextSchema, listOf } from "./primitives.js";
import { AgreementStructureSchema } from "./structure.js";
import { ValiditySchema } from "./validity.js";

/**
 * The version of the document format this library writes. Every document says it; documents of
 * version 1 are still read, through {@link migrate}.
 */
export const SCHEMA_VERSION = 2;

/**
 * The address of the JSON Schema of the current format version: its `$id`, and the `$schema` to
 * write in a document so that an editor checks and completes it. The file ships in the package as
 * `schema/agreement.v2.schema.json` (import `@samverkan/core/agreement.schema.json`); this address is
 * the file of the newest published package on the jsDelivr CDN, so it serves without a download.
 * See `docs/json-schema.md`.
 *
 * @example
 * const doc = { $schema: SCHEMA_URL, schemaVersion: SCHEMA_VERSION, type: "agreement" };
 */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/@samverkan/core/schema/agreement.v${SCHEMA_VERSION}.schema.json`;

// `$schema`: where the document's JSON Schema is, for editors and JSON Schema validators. Any
// address (a URL, or a path relative to the file); nothing in the library reads it.
const SchemaReferenceSchema = z.optional(z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText)));

/**
 * A **samverkansöverenskommelse** between Polismyndigheten and one or more kommuner: its parts,
 * parties and the other actors it names, validity and term clauses, lineage and later changes,
 * purpose, goals and problembild, forums, focus areas with each side's commitments, one-off
 * deliverables, plans, medborgarlöften, follow-ups, what each kommun has done under
 * lag (2023:196), contacts, signatories, decisions and the paper around it. Lists that the text
 * does not have are left out; `clauses` keeps, as written, what no other field holds.
 *
 * Like every document, an agreement may name its JSON Schema in `$schema` (see {@link SCHEMA_URL}),
 * also inside a set, so that an agreement's file can go into a set as it is. The library keeps it
 * and otherwise ignores it.
 *
 * @example
 * AgreementSchema.parse({
 *   schemaVersion: 2,
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
  $schema: SchemaReferenceSchema,
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal("agreement"),
  id: IdSchema,
  title: ShortTextSchema,
  otherTitles: z.optional(listOf(ShortTextSchema)),
  structure: AgreementStructureSchema,
  parties: PartiesSchema,
  actors: z.optional(listOf(ActorSchema)),
  validity: ValiditySchema,
  lineage: z.optional(LineageSchema),
  changes: z.optional(listOf(ChangeSchema)),
  purpose: z.optional(LongTextSchema),
  goals: z.optional(listOf(GoalSchema)),
  problemPicture: z.optional(ProblemPictureSchema),
  guidingDocuments: z.optional(listOf(GuidingDocumentSchema)),
  forums: z.optional(listOf(ForumSchema)),
  focusAreas: z.optional(listOf(FocusAreaSchema)),
  commitments: z.optional(listOf(CommitmentSchema)),
  deliverables: z.optional(listOf(DeliverableSchema)),
  plans: z.optional(listOf(PlanSchema)),
  citizenPromises: z.optional(listOf(CitizenPromiseSchema)),
  citizenPromiseCycle: z.optional(CitizenPromiseCycleSchema),
  followUps: z.optional(listOf(FollowUpSchema)),
  municipalDuties: z.optional(listOf(MunicipalDutiesSchema)),
  contacts: z.optional(listOf(ContactSchema)),
  signatories: z.optional(listOf(SignatorySchema)),
  decisions: z.optional(listOf(DecisionSchema)),
  communication: z.optional(CommunicationSchema),
  budget: z.optional(BudgetSchema),
  annexes: z.optional(listOf(AnnexSchema)),
  references: z.optional(listOf(DocumentReferenceSchema)),
  clauses: z.optional(listOf(ClauseSchema)),
  provenance: z.optional(ProvenanceSchema),
});

/** A samverkansöverenskommelse, see {@link AgreementSchema}. */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * A **medborgarlöfte** as a document of its own: the parties that give it (Polisen, the kommun or a
 * stadsdelsförvaltning, and any other party), the actors its commitments name, the agreement it
 * belongs to where there is one (`agreementId`), and everything a medborgarlöfte has (see
 * {@link CitizenPromiseSchema}): period, extensions, basis, commitments per side with quantities,
 * signatories, follow-up and results. It may name its JSON Schema in `$schema`.
 *
 * @example
 * CitizenPromiseDocumentSchema.parse({
 *   schemaVersion: 2,
 *   type: "citizen_promise",
 *   id: "mala-2024",
 *   parties: { police: { id: "polisen", name: "Polismyndigheten" }, municipalities: [{ id: "mala", code: "2418" }] },
 *   period: { start: "2024", end: "2024", asWritten: "gäller under 2024" },
 *   commitments: [{ id: "tillsyn", by: "joint", text: "… varje år göra minst en gemensam tillsyn …" }],
 * });
 */
export const CitizenPromiseDocumentSchema = z.strictObject({
  $schema: SchemaReferenceSchema,
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal("citizen_promise"),
  id: IdSchema,
  parties: PartiesSchema,
  actors: z.optional(listOf(ActorSchema)),
  agreementId: z.optional(IdSchema),
  ...citizenPromiseFields,
  contacts: z.optional(listOf(ContactSchema)),
  decisions: z.optional(listOf(DecisionSchema)),
  lineage: z.optional(LineageSchema),
  references: z.optional(listOf(DocumentReferenceSchema)),
  clauses: z.optional(listOf(ClauseSchema)),
  provenance: z.optional(ProvenanceSchema),
});

/** A medborgarlöfte as a document of its own, see {@link CitizenPromiseDocumentSchema}. */
export type CitizenPromiseDocument = z.infer<typeof CitizenPromiseDocumentSchema>;

/**
 * A set of agreements checked together: a del 1 with its del 2s, a large kommun's framework with
 * its local agreements, or every agreement of one LPO. Rules that look across documents (a del 2
 * outside its del 1, a kommun without a del 2) run on sets. It may name its JSON Schema in `$schema`.
 *
 * @example
 * AgreementSetSchema.parse({ schemaVersion: 2, type: "agreement_set", id: "norrbotten", agreements: [] });
 */
export const AgreementSetSchema = z.strictObject({
  $schema: SchemaReferenceSchema,
  schemaVersion: z.literal(SCHEMA_VERSION),
  type: z.literal("agreement_set"),
  id: IdSchema,
  title: z.optional(ShortTextSchema),
  agreements: z.array(AgreementSchema).check(z.maxLength(300)),
});

/** A set of agreements, see {@link AgreementSetSchema}. */
export type AgreementSet = z.infer<typeof AgreementSetSchema>;

/**
 * Any document this library reads: one agreement, a set of them, or a medborgarlöfte of its own.
 * `type` tells which.
 *
 * @example
 * const doc = AgreementDocumentSchema.parse(JSON.parse(json));
 * if (doc.type === "agreement_set") console.log(doc.agreements.length);
 */
export const AgreementDocumentSchema = z.discriminatedUnion("type", [AgreementSchema, AgreementSetSchema, CitizenPromiseDocumentSchema]);

/** Any document this library reads, see {@link AgreementDocumentSchema}. */
export type AgreementDocument = z.infer<typeof AgreementDocumentSchema>;
