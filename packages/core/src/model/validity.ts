import * as z from "zod/mini";
import { CivilDateSchema, LongTextSchema, ShortTextSchema, YearSchema } from "./primitives.js";

/**
 * When an agreement starts, with the precision the text had: a civil date, a year only, or
 * **"från och med datum för underskrift"** (from signing).
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
]);

/** When an agreement starts, see {@link ValidityStartSchema}. */
export type ValidityStart = z.infer<typeof ValidityStartSchema>;

/**
 * When an agreement ends: a civil date, a year only, or **tills vidare** (open-ended, until a party
 * terminates it) with its termination terms and an optional revision interval.
 *
 * @example
 * ValidityEndSchema.parse({ type: "date", date: "2028-12-31" });
 * ValidityEndSchema.parse({ type: "open_ended", noticeMonths: 3, revisionEveryYears: 3 });
 */
export const ValidityEndSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("date"), date: CivilDateSchema }),
  z.strictObject({ type: z.literal("year"), year: YearSchema }),
  z.strictObject({
    type: z.literal("open_ended"),
    /** Months of notice a party gives to terminate (**uppsägningstid**). */
    noticeMonths: z.optional(z.int().check(z.gte(0), z.lte(120))),
    /** The termination terms as written. */
    terminationTerms: z.optional(LongTextSchema),
    /** Revise the agreement every N years (**revideras vart tredje år**: 3). */
    revisionEveryYears: z.optional(z.int().check(z.gte(1), z.lte(20))),
  }),
]);

/** When an agreement ends, see {@link ValidityEndSchema}. */
export type ValidityEnd = z.infer<typeof ValidityEndSchema>;

/**
 * The **giltighetstid**: start, end, and the wording it came from.
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
});

/** The validity, see {@link ValiditySchema}. */
export type Validity = z.infer<typeof ValiditySchema>;
