import * as z from "zod/mini";
import { ShortTextSchema } from "./primitives.js";

/**
 * Where in the year a recurring duty falls when the text says so: a month, a season
 * (**varje höst**: autumn), or **i samband med årsredovisningen** (with the annual report). `of`
 * says which report the text means where it says: the kommun's own årsredovisning
 * (`municipal_accounts`), or the yearly report of the crime-prevention work
 * (`crime_prevention_work`: "årsredovisningen av det brottsförebyggande och trygghetsskapande
 * arbetet").
 *
 * @example
 * CadenceAnchorSchema.parse({ type: "season", season: "autumn" });
 * CadenceAnchorSchema.parse({ type: "month", month: 3 });
 * CadenceAnchorSchema.parse({ type: "annual_report", of: "crime_prevention_work" });
 */
export const CadenceAnchorSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("month"), month: z.int().check(z.gte(1), z.lte(12)) }),
  z.strictObject({ type: z.literal("season"), season: z.enum(["spring", "summer", "autumn", "winter"]) }),
  z.strictObject({ type: z.literal("annual_report"), of: z.optional(z.enum(["municipal_accounts", "crime_prevention_work"])) }),
]);

/** Where in the year a duty falls, see {@link CadenceAnchorSchema}. */
export type CadenceAnchor =
  | {
      type: "month";
      /** The month, 1 (January) to 12. */
      month: number;
    }
  | {
      type: "season";
      /** **våren**, **sommaren**, **hösten** or **vintern**. */
      season: "spring" | "summer" | "autumn" | "winter";
    }
  | {
      type: "annual_report";
      /** Which report: the kommun's årsredovisning, or the yearly report of the crime-prevention work. */
      of?: "municipal_accounts" | "crime_prevention_work" | undefined;
    };

/** ISO weekday: 1 Monday … 7 Sunday. */
const Weekday = z.int().check(z.gte(1), z.lte(7));

// Fields every cadence may carry: "minst" (at least), an anchor in the year, and the words it came from.
const common = {
  atLeast: z.optional(z.boolean()),
  anchor: z.optional(CadenceAnchorSchema),
  asWritten: z.optional(ShortTextSchema),
};

/**
 * How often something recurs (**periodicitet**). The kinds:
 *
 * | `type` | Swedish | parameters |
 * | --- | --- | --- |
 * | `weekly` | varje vecka | optional `weekday` (1 Monday … 7 Sunday) |
 * | `every_n_weeks` | var N:e vecka (var 14:e dag: 2) | `weeks`, optional `weekday` |
 * | `monthly` | varje månad | |
 * | `quarterly` | en gång i kvartalet | |
 * | `tertial` | per tertial (T1 jan–apr, T2 maj–aug, T3 sep–dec) | |
 * | `half_yearly` | varje halvår | |
 * | `yearly` | årligen | |
 * | `every_n_years` | vartannat år: 2 | `years` |
 * | `per_mandate_period` | en gång per mandatperiod (val i september vart fjärde år) | |
 * | `before_end` | en gång innan giltighetstiden löper ut (inför förnyelse) | |
 * | `when_needed` | vid behov | |
 * | `continuous` | löpande | |
 *
 * Every kind may say `atLeast` (**minst**), an `anchor` in the year, and `asWritten`.
 *
 * @example
 * CadenceSchema.parse({ type: "tertial", atLeast: true, asWritten: "minst en gång per tertiäl" });
 * CadenceSchema.parse({ type: "weekly", weekday: 3 });
 * CadenceSchema.parse({ type: "yearly", anchor: { type: "season", season: "autumn" } });
 */
export const CadenceSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("weekly"), weekday: z.optional(Weekday), ...common }),
  z.strictObject({
    type: z.literal("every_n_weeks"),
    weeks: z.int().check(z.gte(2), z.lte(52)),
    weekday: z.optional(Weekday),
    ...common,
  }),
  z.strictObject({ type: z.literal("monthly"), ...common }),
  z.strictObject({ type: z.literal("quarterly"), ...common }),
  z.strictObject({ type: z.literal("tertial"), ...common }),
  z.strictObject({ type: z.literal("half_yearly"), ...common }),
  z.strictObject({ type: z.literal("yearly"), ...common }),
  z.strictObject({ type: z.literal("every_n_years"), years: z.int().check(z.gte(2), z.lte(20)), ...common }),
  z.strictObject({ type: z.literal("per_mandate_period"), ...common }),
  z.strictObject({ type: z.literal("before_end"), ...common }),
  z.strictObject({ type: z.literal("when_needed"), ...common }),
  z.strictObject({ type: z.literal("continuous"), ...common }),
]);

/** How often something recurs, see {@link CadenceSchema}. */
export type Cadence =
  | {
      type: "weekly";
      /** The day of the week, 1 (Monday) to 7 (Sunday). */
      weekday?: number | undefined;
      /** The text says **minst** (at least). */
      atLeast?: boolean | undefined;
      /** Where in the year it falls, when the text says so. */
      anchor?: CadenceAnchor | undefined;
      /** The words it was read from ("en gång i veckan"). */
      asWritten?: string | undefined;
    }
  | {
      type: "every_n_weeks";
      /** Every how many weeks, 2–52 ("var 14:e dag": 2). */
      weeks: number;
      /** The day of the week, 1 (Monday) to 7 (Sunday). */
      weekday?: number | undefined;
      atLeast?: boolean | undefined;
      anchor?: CadenceAnchor | undefined;
      asWritten?: string | undefined;
    }
  | { type: "monthly"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "quarterly"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "tertial"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "half_yearly"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "yearly"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | {
      type: "every_n_years";
      /** Every how many years, 2–20 ("vartannat år": 2). */
      years: number;
      atLeast?: boolean | undefined;
      anchor?: CadenceAnchor | undefined;
      asWritten?: string | undefined;
    }
  | { type: "per_mandate_period"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "before_end"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "when_needed"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined }
  | { type: "continuous"; atLeast?: boolean | undefined; anchor?: CadenceAnchor | undefined; asWritten?: string | undefined };

/** The `type` of a {@link Cadence}. */
export type CadenceType = Cadence["type"];
