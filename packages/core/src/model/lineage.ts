import * as z from "zod/mini";
import { CivilDateSchema, IdSchema, LongTextSchema, PartialDateSchema, ShortTextSchema, YearSchema, listOf } from "./primitives.js";
import type { CivilDate, Id, PartialDate } from "./primitives.js";

/**
 * Another agreement, as this one refers to it: by `id` where it is a document of this library,
 * and by what the text says of it (title, period, diarienummer).
 *
 * @example
 * AgreementReferenceSchema.parse({ title: "Fem Fokus för ökad trygghet" });
 * AgreementReferenceSchema.parse({ period: { start: "2014-01-01", end: "2014-12-31" }, reference: "KSN-2013-1258" });
 */
export const AgreementReferenceSchema = z.strictObject({
  id: z.optional(IdSchema),
  title: z.optional(ShortTextSchema),
  period: z.optional(z.strictObject({ start: z.optional(PartialDateSchema), end: z.optional(PartialDateSchema) })),
  reference: z.optional(ShortTextSchema),
  asWritten: z.optional(LongTextSchema),
});

/** A reference to another agreement, see {@link AgreementReferenceSchema}. */
export interface AgreementReference {
  /** Its `id`, where it is a document of this library. */
  id?: Id | undefined;
  /** Its title as written. */
  title?: string | undefined;
  /** Its period, as far as the text gives it. */
  period?: { start?: PartialDate | undefined; end?: PartialDate | undefined } | undefined;
  /** Its diarienummer. */
  reference?: string | undefined;
  /** The reference as written. */
  asWritten?: string | undefined;
}

/**
 * Where the agreement stands among its kind: the agreements it **ersätter** (replaces), newest
 * first, the one that replaced it, and the history as written ("har tecknat avtal … sedan 2010").
 *
 * @example
 * LineageSchema.parse({ replaces: [{ title: "Fem Fokus för ökad trygghet" }] });
 */
export const LineageSchema = z.strictObject({
  replaces: z.optional(listOf(AgreementReferenceSchema)),
  replacedBy: z.optional(AgreementReferenceSchema),
  history: z.optional(LongTextSchema),
});

/** An agreement's lineage, see {@link LineageSchema}. */
export interface Lineage {
  /** The agreements this one replaces, newest first. */
  replaces?: AgreementReference[] | undefined;
  /** The agreement that replaced this one. */
  replacedBy?: AgreementReference | undefined;
  /** The history as written ("har tecknat avtal … sedan 2010"). */
  history?: string | undefined;
}

const changeCommon = {
  id: IdSchema,
  /** The day the change was decided. */
  date: z.optional(CivilDateSchema),
  /** The decision behind it, by its `id` in `decisions`. */
  decisionId: z.optional(IdSchema),
  asWritten: z.optional(LongTextSchema),
};

/**
 * A dated change to an agreement after it was signed (**ändring**), the way OCDS records
 * releases: {@link compileAgreement} applies the changes, in order, to give the agreement as it
 * stands.
 *
 * | `type` | Swedish | what it changes |
 * | --- | --- | --- |
 * | `extension` | förlängning | the validity's end, to `end` |
 * | `termination` | uppsägning | the validity's end, to `effective` |
 * | `amendment` | ändring, revidering | the fields in `patch`, a JSON merge patch (RFC 7396): objects merge, `null` removes, lists of items with an `id` merge by id, other lists are replaced |
 *
 * @example
 * ChangeSchema.parse({ type: "extension", id: "forlangning-2027", date: "2026-11-02", end: { type: "year", year: 2027 } });
 */
export const ChangeSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("extension"),
    ...changeCommon,
    end: z.discriminatedUnion("type", [
      z.strictObject({ type: z.literal("date"), date: CivilDateSchema }),
      z.strictObject({ type: z.literal("year"), year: YearSchema }),
    ]),
  }),
  z.strictObject({ type: z.literal("termination"), ...changeCommon, effective: CivilDateSchema }),
  z.strictObject({
    type: z.literal("amendment"),
    ...changeCommon,
    summary: z.optional(LongTextSchema),
    patch: z.optional(z.looseObject({})),
  }),
]);

/** A change to an agreement, see {@link ChangeSchema}. */
export type Change =
  | {
      type: "extension";
      /** Its identifier. */
      id: Id;
      /** The day the change was decided. */
      date?: CivilDate | undefined;
      /** The decision behind it, by its `id` in `decisions`. */
      decisionId?: Id | undefined;
      /** The change as written. */
      asWritten?: string | undefined;
      /** The validity's new end. */
      end: { type: "date"; date: CivilDate } | { type: "year"; year: number };
    }
  | {
      type: "termination";
      id: Id;
      date?: CivilDate | undefined;
      decisionId?: Id | undefined;
      asWritten?: string | undefined;
      /** The day the agreement ends. */
      effective: CivilDate;
    }
  | {
      type: "amendment";
      id: Id;
      date?: CivilDate | undefined;
      decisionId?: Id | undefined;
      asWritten?: string | undefined;
      /** What it changes, in words. */
      summary?: string | undefined;
      /** The fields it changes, as a JSON merge patch (RFC 7396). */
      patch?: { [key: string]: unknown } | undefined;
    };
