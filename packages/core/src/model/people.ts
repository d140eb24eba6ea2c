import * as z from "zod/mini";
import {
  CivilDateSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  ShortTextSchema,
  listOf,
} from "./primitives.js";
import { RoleSchema } from "./roles.js";
import type { CivilDate, Id, MunicipalityCode } from "./primitives.js";
import type { Role } from "./roles.js";

/**
 * A person or function that coordinates the work for a party: the **kommunpolis**, the
 * **säkerhetschef**, a **samordnare**. One kommunpolis may serve several kommuner.
 *
 * @example
 * ContactSchema.parse({ id: "kommunpolis", role: "community_police_officer", partyId: "polisen" });
 */
export const ContactSchema = z.strictObject({
  id: IdSchema,
  role: RoleSchema,
  partyId: IdSchema,
  title: z.optional(ShortTextSchema),
  name: z.optional(ShortTextSchema),
  municipalities: z.optional(listOf(MunicipalityCodeSchema)),
  responsibilities: z.optional(listOf(LongTextSchema)),
});

/** A contact, see {@link ContactSchema}. */
export interface Contact {
  /** Its identifier. */
  id: Id;
  /** The role ("community_police_officer" for a kommunpolis). */
  role: Role;
  /** The party it coordinates for, by its `id`. */
  partyId: Id;
  /** Its title as written ("Brå-samordnare"). */
  title?: string | undefined;
  /** The person's name. */
  name?: string | undefined;
  /** The kommuner it serves, where it is not all of them. */
  municipalities?: MunicipalityCode[] | undefined;
  /** What it is responsible for, as written. */
  responsibilities?: string[] | undefined;
}

/**
 * A signature's date and place, as complete as the text is. `partialDate` keeps what a cut-off
 * line still says ("Kävlinge den 11": day 11); `date` is set only when the whole date is known.
 * `derived` marks a date worked out rather than written ("på tisdagen" in a news item of
 * 19 December 2017).
 *
 * @example
 * SignatureSchema.parse({ place: "Kävlinge", partialDate: { day: 11 }, asWritten: "Kävlinge den 11" });
 * SignatureSchema.parse({ date: "2025-02-07", place: "Kristianstad" });
 */
export const SignatureSchema = z.strictObject({
  date: z.optional(CivilDateSchema),
  partialDate: z.optional(
    z.strictObject({
      year: z.optional(z.int().check(z.gte(1900), z.lte(2200))),
      month: z.optional(z.int().check(z.gte(1), z.lte(12))),
      day: z.optional(z.int().check(z.gte(1), z.lte(31))),
    }),
  ),
  place: z.optional(ShortTextSchema),
  asWritten: z.optional(ShortTextSchema),
  derived: z.optional(z.boolean()),
});

/** A signature, see {@link SignatureSchema}. */
export interface Signature {
  /** The day it was signed, when the whole date is known. */
  date?: CivilDate | undefined;
  /** What a cut-off line still says ("Kävlinge den 11": day 11). */
  partialDate?: { year?: number | undefined; month?: number | undefined; day?: number | undefined } | undefined;
  /** Where it was signed. */
  place?: string | undefined;
  /** The line as written ("Kristianstad 2025-02-07"). */
  asWritten?: string | undefined;
  /** The date was worked out rather than written ("på tisdagen" in a dated news item). */
  derived?: boolean | undefined;
}

/**
 * A **undertecknare**: who signs for which party, in which role (`acting` for **t.f.**),
 * for which kommun in a joint agreement, and the signature itself when the text has it.
 *
 * @example
 * SignatorySchema.parse({
 *   id: "kso",
 *   partyId: "kristianstad",
 *   role: "municipal_board_chair",
 *   name: "Camilla Palm",
 *   signature: { date: "2025-02-07", place: "Kristianstad" },
 * });
 */
export const SignatorySchema = z.strictObject({
  id: IdSchema,
  partyId: IdSchema,
  role: RoleSchema,
  acting: z.optional(z.boolean()),
  title: z.optional(ShortTextSchema),
  name: z.optional(ShortTextSchema),
  municipality: z.optional(MunicipalityCodeSchema),
  signature: z.optional(SignatureSchema),
});

/** A signatory, see {@link SignatorySchema}. */
export interface Signatory {
  /** Its identifier. */
  id: Id;
  /** The party it signs for, by its `id`. */
  partyId: Id;
  /** Its role (`municipal_board_chair` for a kommunstyrelsens ordförande). */
  role: Role;
  /** It signs as acting (**t.f.**). */
  acting?: boolean | undefined;
  /** Its title as written. */
  title?: string | undefined;
  /** The person's name. */
  name?: string | undefined;
  /** The kommun it signs for, in a joint agreement. */
  municipality?: MunicipalityCode | undefined;
  /** The signature, when the text has it. */
  signature?: Signature | undefined;
}
