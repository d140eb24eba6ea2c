import * as z from "zod/mini";
import { CadenceSchema } from "./cadence.js";
import { CommitmentSchema } from "./commitment.js";
import { FollowUpSchema } from "./follow-up.js";
import { CommunicationSchema } from "./paper.js";
import { ForumSchema } from "./forum.js";
import { SignatorySchema } from "./people.js";
import {
  ActorSideSchema,
  CivilDateSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  PartialDateSchema,
  QuantitySchema,
  ShortTextSchema,
  SideSchema,
  listOf,
} from "./primitives.js";
import type { Cadence } from "./cadence.js";
import type { Commitment } from "./commitment.js";
import type { FollowUp } from "./follow-up.js";
import type { Forum } from "./forum.js";
import type { Communication } from "./paper.js";
import type { Signatory } from "./people.js";
import type { ActorSide, CivilDate, Id, MunicipalityCode, PartialDate, Quantity, Side } from "./primitives.js";

/**
 * A medborgarlöfte's **period**, with the precision the text has ("juni 2017 – juni 2018":
 * `"2017-06"` to `"2018-06"`; "under 2024": `"2024"` to `"2024"`), and `untilReplaced` for a
 * rolling end: "löper under 2020-2021 **och till dess att nya medborgarlöften presenteras**". An end
 * the text does not give ("från 2022") is left out.
 *
 * @example
 * CitizenPromisePeriodSchema.parse({ start: "2018-04-01", end: "2019-03-31" });
 * CitizenPromisePeriodSchema.parse({ start: "2020", end: "2021", untilReplaced: true });
 */
export const CitizenPromisePeriodSchema = z.strictObject({
  start: PartialDateSchema,
  end: z.optional(PartialDateSchema),
  untilReplaced: z.optional(z.boolean()),
  asWritten: z.optional(ShortTextSchema),
});

/** A medborgarlöfte's period, see {@link CitizenPromisePeriodSchema}. */
export interface CitizenPromisePeriod {
  /** The first day, month or year it covers (`"2018-04-01"`, `"2017-06"`, `"2024"`). */
  start: PartialDate;
  /** The last day, month or year it covers; left out where the text gives no end. */
  end?: PartialDate | undefined;
  /** It runs on until new medborgarlöften replace it. */
  untilReplaced?: boolean | undefined;
  /** The words the period was read from ("gäller under 2024"). */
  asWritten?: string | undefined;
}

/**
 * A **förlängning** of a medborgarlöfte: its new end, and when it was decided. The löfte keeps its
 * identity (its `id` and its commitments); only its end moves.
 *
 * @example
 * CitizenPromiseExtensionSchema.parse({ end: "2026-12-31", decidedOn: "2025-11-20" });
 */
export const CitizenPromiseExtensionSchema = z.strictObject({
  end: PartialDateSchema,
  decidedOn: z.optional(CivilDateSchema),
  asWritten: z.optional(ShortTextSchema),
});

/** An extension of a medborgarlöfte, see {@link CitizenPromiseExtensionSchema}. */
export interface CitizenPromiseExtension {
  /** The new end. */
  end: PartialDate;
  /** The day the extension was decided. */
  decidedOn?: CivilDate | undefined;
  /** The words it was read from. */
  asWritten?: string | undefined;
}

/**
 * How a commitment, or the whole löfte, turned out (**uppföljning**): `fulfilled` (uppfyllt),
 * `partly_fulfilled` (delvis), `not_fulfilled` (inte uppfyllt).
 *
 * @example
 * OutcomeSchema.parse("partly_fulfilled");
 */
export const OutcomeSchema = z.enum(["fulfilled", "partly_fulfilled", "not_fulfilled"]);

/** How a commitment turned out, see {@link OutcomeSchema}. */
export type Outcome = "fulfilled" | "partly_fulfilled" | "not_fulfilled";

/**
 * A **follow-up result**: for one commitment (`commitmentId`) or the whole löfte, over a period
 * (`"2021"`), the outcome and what was done in numbers: "polisen varit på plats i Angereds centrum
 * vid 300 tillfällen" against the commitment's "minst hundra" is `achieved: { count: 300, unit:
 * "tillfällen" }`, `outcome: "fulfilled"`.
 *
 * @example
 * CitizenPromiseResultSchema.parse({
 *   commitmentId: "fotpatrullering",
 *   outcome: "fulfilled",
 *   achieved: { count: 300, unit: "tillfällen" },
 * });
 */
export const CitizenPromiseResultSchema = z.strictObject({
  commitmentId: z.optional(IdSchema),
  period: z.optional(PartialDateSchema),
  outcome: z.optional(OutcomeSchema),
  achieved: z.optional(QuantitySchema),
  reportedBy: z.optional(ActorSideSchema),
  text: z.optional(LongTextSchema),
});

/** A follow-up result, see {@link CitizenPromiseResultSchema}. */
export interface CitizenPromiseResult {
  /** The commitment it reports on; left out for the whole löfte. */
  commitmentId?: Id | undefined;
  /** The period it covers (`"2021"`). */
  period?: PartialDate | undefined;
  /** How it turned out. */
  outcome?: Outcome | undefined;
  /** What was done, in numbers. */
  achieved?: Quantity | undefined;
  /** Who reported it. */
  reportedBy?: ActorSide | undefined;
  /** The result as written. */
  text?: string | undefined;
}

/**
 * The fields a medborgarlöfte has wherever it is recorded: inside an agreement
 * ({@link CitizenPromiseSchema}) or as a document of its own ({@link CitizenPromiseDocumentSchema}).
 */
export const citizenPromiseFields = {
  title: z.optional(ShortTextSchema),
  period: CitizenPromisePeriodSchema,
  extensions: z.optional(listOf(CitizenPromiseExtensionSchema)),
  /** What the löfte builds on, as written ("trygghetsmätning 2019, medborgardialoger och trygghetsvandringar"). */
  basis: z.optional(LongTextSchema),
  /** The problems or löften it names as headings ("Ökad närvaro och trygghet i Oxhagen …"). */
  themes: z.optional(listOf(ShortTextSchema)),
  commitments: z.optional(listOf(CommitmentSchema)),
  forums: z.optional(listOf(ForumSchema)),
  followUps: z.optional(listOf(FollowUpSchema)),
  results: z.optional(listOf(CitizenPromiseResultSchema)),
  signatories: z.optional(listOf(SignatorySchema)),
  /** How the löfte is communicated. */
  communication: z.optional(CommunicationSchema),
};

/**
 * A **medborgarlöfte** recorded inside an agreement: the kommun it is for, its own period (1, 2 or
 * 3 years, a partial year, an odd start, a rolling end) and extensions, what it builds on, the
 * commitments of each side with quantities and frequencies, its signatories, and the results of
 * its follow-up.
 *
 * @example
 * CitizenPromiseSchema.parse({
 *   id: "ml-2025",
 *   municipality: "1290",
 *   period: { start: "2025-03-01", end: "2026-02-28" },
 *   commitments: [{ id: "p1", by: "police", text: "Polisen lovar att fotpatrullera i centrum." }],
 * });
 */
export const CitizenPromiseSchema = z.strictObject({
  id: IdSchema,
  municipality: MunicipalityCodeSchema,
  ...citizenPromiseFields,
});

/** A medborgarlöfte, see {@link CitizenPromiseSchema}. */
export interface CitizenPromise {
  /** Its identifier in the agreement. */
  id: Id;
  /** The kommunkod of the kommun it is for. */
  municipality: MunicipalityCode;
  /** Its title as written ("Medborgarlöfte 2025 för Kristianstads kommun"). */
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
}

/**
 * How the agreement says medborgarlöften are made when it does not hold them itself: how often
 * (**årliga medborgarlöften**; "revideras vartannat år"), who leads ("Polisen ansvarar för
 * framtagande av medborgarlöften"), what they build on, and what they are for.
 *
 * @example
 * CitizenPromiseCycleSchema.parse({ cadence: { type: "yearly" }, lead: "police" });
 */
export const CitizenPromiseCycleSchema = z.strictObject({
  cadence: z.optional(CadenceSchema),
  lead: z.optional(SideSchema),
  basis: z.optional(LongTextSchema),
  purpose: z.optional(LongTextSchema),
});

/** The medborgarlöfte cycle, see {@link CitizenPromiseCycleSchema}. */
export interface CitizenPromiseCycle {
  /** How often medborgarlöften are made ("årliga medborgarlöften": yearly). */
  cadence?: Cadence | undefined;
  /** Which side leads the work. */
  lead?: Side | undefined;
  /** What they build on, as written. */
  basis?: string | undefined;
  /** What they are for, as written. */
  purpose?: string | undefined;
}
