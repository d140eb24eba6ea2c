import * as z from "zod/mini";

/**
 * Limits that keep a document's size bounded. A real agreement is 5–50 KB; the limits are generous
 * for that and stop a runaway document early with a coded issue instead of a slow parse.
 */
export const LIMITS = {
  /** Longest identifier. */
  idLength: 64,
  /** Longest short text: a title, a name, a label. */
  shortText: 500,
  /** Longest running text: a paragraph as written in the agreement. */
  longText: 20_000,
  /** Most items in any list (forums, activities, signatories, …). */
  listItems: 500,
  /** Largest JSON text {@link validateAgreement} accepts, in UTF-16 code units. */
  jsonLength: 5_000_000,
} as const;

/**
 * An identifier that other parts of the document refer to: lower-case letters, digits, `_` and `-`.
 *
 * @example
 * IdSchema.parse("lokala-bra"); // "lokala-bra"
 */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/));

/** An identifier, see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;

/**
 * A civil date, `YYYY-MM-DD`, in Europe/Stockholm. Impossible dates such as `2023-02-30` are rejected.
 * Dates in agreements are never instants: compare them as strings, never through `Date`.
 *
 * @example
 * CivilDateSchema.parse("2025-02-07"); // "2025-02-07"
 */
export const CivilDateSchema = z.iso.date();

/** A civil date, `YYYY-MM-DD`, see {@link CivilDateSchema}. */
export type CivilDate = z.infer<typeof CivilDateSchema>;

/**
 * A calendar year an agreement can plausibly name (1900–2200).
 *
 * @example
 * YearSchema.parse(2026); // 2026
 */
export const YearSchema = z.int().check(z.gte(1900), z.lte(2200));

/**
 * A **kommunkod**: SCB's four-digit municipality code, as a string ("0180" is Stockholm).
 * The shape is checked here; whether the code exists is the rule `unknown_municipality_code`.
 *
 * @example
 * MunicipalityCodeSchema.parse("1290"); // Kristianstad
 */
export const MunicipalityCodeSchema = z.string().check(z.regex(/^\d{4}$/));

/** A **kommunkod**, see {@link MunicipalityCodeSchema}. */
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;

/**
 * A short text such as a title or a name (1–500 characters).
 *
 * @example
 * ShortTextSchema.parse("Lokala Brå");
 */
export const ShortTextSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText));

/**
 * A running text as written in the agreement (1–20 000 characters).
 *
 * @example
 * LongTextSchema.parse("Uppföljningen ska innehålla en analys och rekommendationer.");
 */
export const LongTextSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.longText));

/**
 * A list of at most {@link LIMITS}.listItems items.
 *
 * @param item - the schema of one item
 * @returns the list schema
 * @example
 * const Names = listOf(ShortTextSchema);
 */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.maxLength(LIMITS.listItems));
}

/**
 * Which side of the agreement does something: **Polisen**, **kommunen**, or both **tillsammans**.
 *
 * @example
 * SideSchema.parse("joint");
 */
export const SideSchema = z.enum(["police", "municipality", "joint"]);

/** Which side does something, see {@link SideSchema}. */
export type Side = z.infer<typeof SideSchema>;
