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
import { IdSchema, LIMITS, LongTextSchema, ShortTextSchema, boundedArray, listOf } from "./primitives.js";
import { AgreementStructureSchema } from "./structure.js";
import { ValiditySchema } from "./validity.js";
import type { Actor } from "./actor.js";
import type { CitizenPromise, CitizenPromiseCycle, CitizenPromiseExtension, CitizenPromisePeriod, CitizenPromiseResult } from "./citizen-promise.js";
import type { Commitment } from "./commitment.js";
import type { Decision } from "./decision.js";
import type { Deliverable } from "./deliverable.js";
import type { FocusArea } from "./focus-area.js";
import type { FollowUp } from "./follow-up.js";
import type { Forum } from "./forum.js";
import type { MunicipalDuties } from "./law.js";
import type { Change, Lineage } from "./lineage.js";
import type { Annex, Budget, Clause, Communication, DocumentReference, GuidingDocument, ProblemPicture, Provenance } from "./paper.js";
import type { Parties } from "./party.js";
import type { Contact, Signatory } from "./people.js";
import type { Goal, Plan } from "./plan.js";
import type { Id } from "./primitives.js";
import type { AgreementStructure } from "./structure.js";
import type { Validity } from "./validity.js";

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
export interface Agreement {
  /** Where the document's JSON Schema is, for editors and validators (see {@link SCHEMA_URL}); ignored by the library. */
  $schema?: string | undefined;
  /** The format version: always {@link SCHEMA_VERSION}. */
  schemaVersion: 2;
  type: "agreement";
  /** Its identifier ("kristianstad-2025-2028"), which sets, changes and other documents use. */
  id: Id;
  /** Its title as written. */
  title: string;
  /** Other titles the text uses for it. */
  otherTitles?: string[] | undefined;
  /** How it is built: one agreement, a del 1, a del 2 or a multi-year framework. */
  structure: AgreementStructure;
  /** The **parter**: Polisen, the kommuner, any other party. */
  parties: Parties;
  /** The organisations it names as acting besides the parties (länsstyrelsen, räddningstjänsten). */
  actors?: Actor[] | undefined;
  /** The **giltighetstid** and term clauses. */
  validity: Validity;
  /** The agreements it replaces and the one that replaced it. */
  lineage?: Lineage | undefined;
  /** Changes after signing (extensions, terminations, amendments), in order; see {@link compileAgreement}. */
  changes?: Change[] | undefined;
  /** Its **syfte**, as written. */
  purpose?: string | undefined;
  /** Its **mål**. */
  goals?: Goal[] | undefined;
  /** The **problembild** it states. */
  problemPicture?: ProblemPicture | undefined;
  /** The documents it names as its starting point. */
  guidingDocuments?: GuidingDocument[] | undefined;
  /** The **samverkansforum** where the parties meet. */
  forums?: Forum[] | undefined;
  /** The **fokusområden**, each with its commitments. */
  focusAreas?: FocusArea[] | undefined;
  /** Commitments that belong to no focus area, forum or medborgarlöfte. */
  commitments?: Commitment[] | undefined;
  /** One-off deliverables ("en kommunikationsplan ska utarbetas"). */
  deliverables?: Deliverable[] | undefined;
  /** Its plans: aktivitetsplaner, handlingsplaner, åtgärdsplaner. */
  plans?: Plan[] | undefined;
  /** The **medborgarlöften** it holds. */
  citizenPromises?: CitizenPromise[] | undefined;
  /** How medborgarlöften are made, when it does not hold them itself. */
  citizenPromiseCycle?: CitizenPromiseCycle | undefined;
  /** Its **uppföljningar**. */
  followUps?: FollowUp[] | undefined;
  /** What each kommun has done under Lag (2023:196). */
  municipalDuties?: MunicipalDuties[] | undefined;
  /** The contacts that coordinate the work (kommunpolis, säkerhetschef, samordnare). */
  contacts?: Contact[] | undefined;
  /** Who signs it. */
  signatories?: Signatory[] | undefined;
  /** The decisions on it (adopted, signed, extended, …). */
  decisions?: Decision[] | undefined;
  /** The **kommunikation** clause. */
  communication?: Communication | undefined;
  /** The **budget** clause. */
  budget?: Budget | undefined;
  /** Its **bilagor**. */
  annexes?: Annex[] | undefined;
  /** Its diarienummer and other references in the parties' records. */
  references?: DocumentReference[] | undefined;
  /** What the text says that no other field holds, as written. */
  clauses?: Clause[] | undefined;
  /** Where the document came from. */
  provenance?: Provenance | undefined;
}

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
export interface CitizenPromiseDocument {
  /** Where the document's JSON Schema is, for editors and validators (see {@link SCHEMA_URL}); ignored by the library. */
  $schema?: string | undefined;
  /** The format version: always {@link SCHEMA_VERSION}. */
  schemaVersion: 2;
  type: "citizen_promise";
  /** Its identifier ("mala-2024"). */
  id: Id;
  /** The parties that give it. */
  parties: Parties;
  /** The organisations its commitments name besides the parties. */
  actors?: Actor[] | undefined;
  /** The agreement it belongs to, by its `id`, where there is one. */
  agreementId?: Id | undefined;
  /** Its title as written. */
  title?: string | undefined;
  /** The period it runs. */
  period: CitizenPromisePeriod;
  /** Its extensions (**förlängningar**), oldest first. */
  extensions?: CitizenPromiseExtension[] | undefined;
  /** What the löfte builds on, as written ("trygghetsmätning 2019, medborgardialoger och trygghetsvandringar"). */
  basis?: string | undefined;
  /** The problems or löften it names as headings ("Ökad närvaro och trygghet i Oxhagen …"). */
  themes?: string[] | undefined;
  /** What each side promises, item by item. */
  commitments?: Commitment[] | undefined;
  /** The forums that carry it. */
  forums?: Forum[] | undefined;
  /** How it is followed up. */
  followUps?: FollowUp[] | undefined;
  /** The results of its follow-up. */
  results?: CitizenPromiseResult[] | undefined;
  /** Who signs it. */
  signatories?: Signatory[] | undefined;
  /** How the löfte is communicated. */
  communication?: Communication | undefined;
  /** The contacts that coordinate the work. */
  contacts?: Contact[] | undefined;
  /** The decisions on it. */
  decisions?: Decision[] | undefined;
  /** The löften it replaces and the one that replaced it. */
  lineage?: Lineage | undefined;
  /** Its diarienummer and other references in the parties' records. */
  references?: DocumentReference[] | undefined;
  /** What the text says that no other field holds, as written. */
  clauses?: Clause[] | undefined;
  /** Where the document came from. */
  provenance?: Provenance | undefined;
}

/** Most agreements in one set (internal: the set schema's limit, read by the validator and the migration). */
export const MAX_SET_AGREEMENTS = 300;

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
  agreements: boundedArray(AgreementSchema, MAX_SET_AGREEMENTS),
});

/** A set of agreements, see {@link AgreementSetSchema}. */
export interface AgreementSet {
  /** Where the document's JSON Schema is, for editors and validators (see {@link SCHEMA_URL}); ignored by the library. */
  $schema?: string | undefined;
  /** The format version: always {@link SCHEMA_VERSION}. */
  schemaVersion: 2;
  type: "agreement_set";
  /** Its identifier ("norrbotten"). */
  id: Id;
  /** A title for the set. */
  title?: string | undefined;
  /** The agreements, at most 300: a del 1 with its del 2s, or any agreements checked together. */
  agreements: Agreement[];
}

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
export type AgreementDocument = Agreement | AgreementSet | CitizenPromiseDocument;
