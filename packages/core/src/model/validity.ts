import * as z from "zod/mini";
import { CivilDateSchema, LongTextSchema, ShortTextSchema, YearSchema, listOf } from "./primitives.js";
import type { CivilDate } from "./primitives.js";

/**
 * When an agreement starts, with the precision the text had: a civil date, a year only,
 * **"från och med datum för underskrift"** (from signing), or `unknown` where the text does not say
 * (a news item, a page cut off).
 *
 * @example
 * ValidityStartSchema.parse({ type: "date", date: "2025-01-01" });
 * ValidityStartSchema.parse({ type: "year", year: 2019 });
 * ValidityStartSchema.parse({ type: "from_signing" });
 */
export const ValidityStartSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("date"), date: CivilDateSchema }),
  z.strictObject({ type: z.literal("year"), year: YearSchema }),
  z.strictObject({ type: z.literal("from_signing") }),
  z.strictObject({ type: z.literal("unknown") }),
]);

/** When an agreement starts, see {@link ValidityStartSchema}. */
export type ValidityStart =
  | { type: "date"; date: CivilDate }
  | { type: "year"; year: number }
  | { type: "from_signing" }
  | { type: "unknown" };

/**
 * When an agreement ends: a civil date, a year only, **tills vidare** / **löpande** (`open_ended`:
 * until a party terminates it; its terms are in {@link TermsSchema}), a length from the start
 * ("sträcker sig över fyra år": `duration`), or `unknown` where the text does not say.
 *
 * @example
 * ValidityEndSchema.parse({ type: "date", date: "2028-12-31" });
 * ValidityEndSchema.parse({ type: "open_ended" });
 * ValidityEndSchema.parse({ type: "duration", years: 4 });
 */
export const ValidityEndSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("date"), date: CivilDateSchema }),
  z.strictObject({ type: z.literal("year"), year: YearSchema }),
  z.strictObject({ type: z.literal("open_ended") }),
  z.strictObject({
    type: z.literal("duration"),
    years: z.optional(z.int().check(z.gte(1), z.lte(20))),
    months: z.optional(z.int().check(z.gte(1), z.lte(240))),
  }),
  z.strictObject({ type: z.literal("unknown") }),
]);

/** When an agreement ends, see {@link ValidityEndSchema}. */
export type ValidityEnd =
  | { type: "date"; date: CivilDate }
  | { type: "year"; year: number }
  | { type: "open_ended" }
  | {
      type: "duration";
      /** Years from the start, 1–20. */
      years?: number | undefined;
      /** Months from the start (besides `years`), 1–240. */
      months?: number | undefined;
    }
  | { type: "unknown" };

/**
 * The term clauses: how the agreement can end, be extended and be revised.
 *
 * - `termination`: **kan sägas upp av båda parter** (`mutual`), with months of **uppsägningstid**;
 * - `extension`: **förlängs med N år i taget** (`stepYears`), after consultation M months before
 *   the end (`consultationMonthsBefore`), or of itself unless terminated (`automatic`);
 * - `revision`: **revideras vart tredje år** (`everyYears: 3`), or **vid behov** (`whenNeeded`).
 *
 * @example
 * TermsSchema.parse({
 *   termination: { mutual: true, noticeMonths: 6 },
 *   extension: { stepYears: 2, consultationMonthsBefore: 6 },
 *   revision: { whenNeeded: true },
 * });
 */
export const TermsSchema = z.strictObject({
  termination: z.optional(
    z.strictObject({
      mutual: z.optional(z.boolean()),
      noticeMonths: z.optional(z.int().check(z.gte(0), z.lte(120))),
      asWritten: z.optional(LongTextSchema),
    }),
  ),
  extension: z.optional(
    z.strictObject({
      stepYears: z.optional(z.int().check(z.gte(1), z.lte(20))),
      consultationMonthsBefore: z.optional(z.int().check(z.gte(0), z.lte(60))),
      automatic: z.optional(z.boolean()),
      asWritten: z.optional(LongTextSchema),
    }),
  ),
  revision: z.optional(
    z.strictObject({
      everyYears: z.optional(z.int().check(z.gte(1), z.lte(20))),
      whenNeeded: z.optional(z.boolean()),
      asWritten: z.optional(LongTextSchema),
    }),
  ),
});

/** The term clauses, see {@link TermsSchema}. */
export interface Terms {
  /** How it can be terminated: by either party (`mutual`), with months of **uppsägningstid**. */
  termination?:
    | { mutual?: boolean | undefined; noticeMonths?: number | undefined; asWritten?: string | undefined }
    | undefined;
  /**
   * How it is extended: by `stepYears` at a time, after consultation `consultationMonthsBefore`
   * months before the end, or of itself unless terminated (`automatic`).
   */
  extension?:
    | {
        stepYears?: number | undefined;
        consultationMonthsBefore?: number | undefined;
        automatic?: boolean | undefined;
        asWritten?: string | undefined;
      }
    | undefined;
  /** How often it is revised: every `everyYears` years, or when needed. */
  revision?: { everyYears?: number | undefined; whenNeeded?: boolean | undefined; asWritten?: string | undefined } | undefined;
}

/**
 * The **giltighetstid**: start, end, the wording it came from, any other wording of it the text
 * has (a text that says both "för åren 2019-2021" and "för de närmaste två åren"), and the term
 * clauses.
 *
 * @example
 * ValiditySchema.parse({
 *   start: { type: "year", year: 2016 },
 *   end: { type: "year", year: 2018 },
 *   asWritten: "under åren 2016-2018",
 * });
 */
export const ValiditySchema = z.strictObject({
  start: ValidityStartSchema,
  end: ValidityEndSchema,
  asWritten: z.optional(ShortTextSchema),
  alsoWritten: z.optional(listOf(ShortTextSchema)),
  terms: z.optional(TermsSchema),
});

/** The validity, see {@link ValiditySchema}. */
export interface Validity {
  /** When it starts. */
  start: ValidityStart;
  /** When it ends. */
  end: ValidityEnd;
  /** The words the validity was read from ("under åren 2016-2018"). */
  asWritten?: string | undefined;
  /** Any other wording of it the text has ("för de närmaste två åren"). */
  alsoWritten?: string[] | undefined;
  /** Its term clauses: termination, extension, revision. */
  terms?: Terms | undefined;
}
