import * as z from "zod/mini";
import { IdSchema, LongTextSchema, ShortTextSchema, YearSchema, listOf } from "./primitives.js";
import type { Id } from "./primitives.js";

/**
 * The **kommunikation** clause: whether a joint plan is to be made, whether special plans are made
 * when needed, and the clause as written. A plan that "ska utarbetas" is also a deliverable.
 *
 * @example
 * CommunicationSchema.parse({ jointPlan: true, specialPlansWhenNeeded: true });
 */
export const CommunicationSchema = z.strictObject({
  jointPlan: z.optional(z.boolean()),
  specialPlansWhenNeeded: z.optional(z.boolean()),
  summary: z.optional(LongTextSchema),
});

/** The communication clause, see {@link CommunicationSchema}. */
export interface Communication {
  /** A joint communication plan is to be made. */
  jointPlan?: boolean | undefined;
  /** Special plans are made when needed. */
  specialPlansWhenNeeded?: boolean | undefined;
  /** The clause in short, or as written. */
  summary?: string | undefined;
}

/**
 * The **budget** clause: `own_costs` is "respektive organisation bekostar sina resurser".
 *
 * @example
 * BudgetSchema.parse({ principle: "own_costs" });
 */
export const BudgetSchema = z.strictObject({
  principle: z.enum(["own_costs", "shared", "other"]),
  text: z.optional(LongTextSchema),
});

/** The budget clause, see {@link BudgetSchema}. */
export interface Budget {
  /** Who pays: each party its own costs (`own_costs`), shared costs, or other. */
  principle: "own_costs" | "shared" | "other";
  /** The clause as written. */
  text?: string | undefined;
}

/**
 * A reference to the agreement in a party's records: a **diarienummer**, a case number, or other.
 * A diarienummer in Polismyndighetens form (`A084.191/2025`) is Polisen's.
 *
 * @example
 * DocumentReferenceSchema.parse({ type: "diarienummer", value: "A084.191/2025", partyId: "polisen" });
 */
export const DocumentReferenceSchema = z.strictObject({
  type: z.enum(["diarienummer", "case", "other"]),
  value: ShortTextSchema,
  partyId: z.optional(IdSchema),
});

/** A reference, see {@link DocumentReferenceSchema}. */
export interface DocumentReference {
  /** What kind of reference it is. */
  type: "diarienummer" | "case" | "other";
  /** The reference as written ("A084.191/2025"). */
  value: string;
  /** The party whose records it is in, by its `id`. */
  partyId?: Id | undefined;
}

/**
 * What a **bilaga** (annex) holds: a medborgarlöfte, an åtgärdsplan, a lägesbild, another plan, an
 * earlier agreement, or something else.
 *
 * @example
 * AnnexKindSchema.parse("citizen_promise");
 */
export const AnnexKindSchema = z.enum(["citizen_promise", "action_plan", "situational_picture", "plan", "agreement", "other"]);

/** What an annex holds, see {@link AnnexKindSchema}. */
export type AnnexKind = "citizen_promise" | "action_plan" | "situational_picture" | "plan" | "agreement" | "other";

/**
 * A **bilaga** the agreement refers to, and where it is recorded: `ref`, the id of an item in this
 * document (a medborgarlöfte, a plan), or `documentId`, another document of this library. An annex
 * with neither is referred to but not recorded (`annex_not_recorded`).
 *
 * @example
 * AnnexSchema.parse({ id: "bilaga-1", kind: "citizen_promise", title: "Medborgarlöften", ref: "ml-2024" });
 */
export const AnnexSchema = z.strictObject({
  id: IdSchema,
  kind: AnnexKindSchema,
  title: z.optional(ShortTextSchema),
  ref: z.optional(IdSchema),
  documentId: z.optional(IdSchema),
  asWritten: z.optional(LongTextSchema),
});

/** An annex, see {@link AnnexSchema}. */
export interface Annex {
  /** Its identifier. */
  id: Id;
  /** What it holds. */
  kind: AnnexKind;
  /** Its title as written ("Bilaga 1 Medborgarlöften"). */
  title?: string | undefined;
  /** The item of this document it is, by `id` (a medborgarlöfte, a plan). */
  ref?: Id | undefined;
  /** The document of this library it is, by `id`. */
  documentId?: Id | undefined;
  /** What the text says of it. */
  asWritten?: string | undefined;
}

/**
 * What a clause is about, where the text says something no other field holds.
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `background` | bakgrund |
 * | `principles` | förhållningssätt, samverkansprinciper ("öppen dialog …") |
 * | `organisation` | organisation, struktur |
 * | `responsibilities` | ansvar och resurser |
 * | `method` | arbetssätt, samverkansmodellen, processens steg |
 * | `follow_up` | uppföljning |
 * | `communication` | kommunikation |
 * | `confidentiality` | sekretess, personuppgifter |
 * | `commitment` | förbindelse ("genom underteckning förbinder sig parterna …") |
 * | `other` | anything else |
 *
 * @example
 * ClauseTopicSchema.parse("principles");
 */
export const ClauseTopicSchema = z.enum([
  "background",
  "principles",
  "organisation",
  "responsibilities",
  "method",
  "follow_up",
  "communication",
  "confidentiality",
  "commitment",
  "other",
]);

/** What a clause is about, see {@link ClauseTopicSchema}. */
export type ClauseTopic =
  | "background"
  | "principles"
  | "organisation"
  | "responsibilities"
  | "method"
  | "follow_up"
  | "communication"
  | "confidentiality"
  | "commitment"
  | "other";

/**
 * A **clause** kept as written: a statement of the text that no structured field holds, so that
 * nothing the text says is lost ("Inom respektive samverkansområde kan egna styrdokument
 * upprättas.").
 *
 * @example
 * ClauseSchema.parse({ topic: "principles", text: "Samverkan ska präglas av öppen dialog." });
 */
export const ClauseSchema = z.strictObject({
  topic: ClauseTopicSchema,
  heading: z.optional(ShortTextSchema),
  text: LongTextSchema,
});

/** A clause, see {@link ClauseSchema}. */
export interface Clause {
  /** What it is about. */
  topic: ClauseTopic;
  /** Its heading as written. */
  heading?: string | undefined;
  /** The clause as written. */
  text: string;
}

/**
 * A document the agreement names as its starting point (**utgångspunkt**, **styrdokument**):
 * "Den nationella handlingsplanen för medborgarlöften", the ANDTS-strategin, a kommun's program.
 *
 * @example
 * GuidingDocumentSchema.parse({ title: "Processen för samverkan i lokalt brottsförebyggande arbete", issuer: "Polismyndigheten" });
 */
export const GuidingDocumentSchema = z.strictObject({
  title: ShortTextSchema,
  issuer: z.optional(ShortTextSchema),
  year: z.optional(YearSchema),
});

/** A guiding document, see {@link GuidingDocumentSchema}. */
export interface GuidingDocument {
  /** Its title as written. */
  title: string;
  /** Who issued it ("Polismyndigheten", "Regeringen"). */
  issuer?: string | undefined;
  /** The year it is from. */
  year?: number | undefined;
}

/**
 * The **problembild** the agreement states: a summary and its points as written ("psykisk ohälsa
 * bland unga", "säsongstoppar vid turism, biltester och marknadshelger").
 *
 * @example
 * ProblemPictureSchema.parse({ points: ["Trafikbeteenden", "Våldsutsatthet"] });
 */
export const ProblemPictureSchema = z.strictObject({
  summary: z.optional(LongTextSchema),
  points: z.optional(listOf(LongTextSchema)),
});

/** The problembild, see {@link ProblemPictureSchema}. */
export interface ProblemPicture {
  /** The problembild in short, as written. */
  summary?: string | undefined;
  /** Its points as written ("psykisk ohälsa bland unga"). */
  points?: string[] | undefined;
}

/**
 * Where a document came from: a description of the `source`, its web `address`, whether the text
 * was seen only in `part` (a page cut off) and whether it is **illustrative** (made up to show the
 * model, not taken from a real text).
 *
 * @example
 * ProvenanceSchema.parse({ source: "polisen.se news", address: "https://polisen.se/…", part: true });
 */
export const ProvenanceSchema = z.strictObject({
  illustrative: z.optional(z.boolean()),
  source: z.optional(ShortTextSchema),
  address: z.optional(ShortTextSchema),
  part: z.optional(z.boolean()),
  note: z.optional(LongTextSchema),
});

/** Provenance, see {@link ProvenanceSchema}. */
export interface Provenance {
  /** Made up to show the model, not taken from a real text. */
  illustrative?: boolean | undefined;
  /** Where the text was found ("polisen.se news", "the kommun's web site"). */
  source?: string | undefined;
  /** Its web address. */
  address?: string | undefined;
  /** Only part of the text was seen (a page cut off). */
  part?: boolean | undefined;
  /** Anything else worth knowing about the source. */
  note?: string | undefined;
}
