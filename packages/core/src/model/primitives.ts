import * as z from "zod/mini";
import { LIMITS } from "./limits.js";

export { LIMITS } from "./limits.js";

/**
 * An identifier that other parts of the document refer to: lower-case letters, digits, `_` and `-`.
 *
 * @example
 * IdSchema.parse("lokala-bra"); // "lokala-bra"
 */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/));

/** An identifier, see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;

// zod's own ISO date pattern (leap years included), so a partial date's day is checked exactly as a
// civil date's. Copied, not imported: reading it from `z.regexes` bundles every pattern zod has.
const ISO_DATE = /(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))/;

/** The pattern of a {@link CivilDate}: `YYYY-MM-DD`, a day that exists. */
export const CIVIL_DATE_PATTERN: RegExp = new RegExp(`^${ISO_DATE.source}$`);

/**
 * A civil date, `YYYY-MM-DD`, in Europe/Stockholm. Impossible dates such as `2023-02-30` are rejected.
 * Dates in agreements are never instants: compare them as strings, never through `Date`.
 *
 * @example
 * CivilDateSchema.parse("2025-02-07"); // "2025-02-07"
 */
export const CivilDateSchema = z.string().check(z.regex(CIVIL_DATE_PATTERN));

/** A civil date, `YYYY-MM-DD`, see {@link CivilDateSchema}. */
export type CivilDate = z.infer<typeof CivilDateSchema>;

/** The pattern of a {@link PartialDate}: a year, a year and month, or a whole civil date. */
export const PARTIAL_DATE_PATTERN: RegExp = new RegExp(`^(?:${ISO_DATE.source}|\\d{4}(?:-(?:0[1-9]|1[0-2]))?)$`);

/**
 * A date with the precision the text has: a year (`"2016"`), a month (`"2017-06"`) or a whole civil
 * date (`"2018-04-01"`). "Löftet gäller juni 2017 – juni 2018" is `"2017-06"` to `"2018-06"`;
 * "medborgarlöften tas fram under 2016" is due `"2016"`. A start covers the period's first day, an
 * end its last.
 *
 * @example
 * PartialDateSchema.parse("2017-06");
 * PartialDateSchema.parse("2016");
 */
export const PartialDateSchema = z.string().check(z.regex(PARTIAL_DATE_PATTERN));

/** A date with the precision the text has, see {@link PartialDateSchema}. */
export type PartialDate = z.infer<typeof PartialDateSchema>;

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
  return boundedArray(item, LIMITS.listItems);
}

/**
 * A list of at most `maximum` items whose length is checked before any item is read. zod from 4.6.6
 * does so itself; older zod in the peer range (4.5.0 to 4.6.5) parses every item first, and a
 * sparse list (or a proxy) claiming billions of items took minutes or the whole heap. Here a list
 * over its limit gets zod's own `too_big` issue, from the schema's own check, at once, on every zod
 * the range admits. Internal: the model's lists and the set's list of agreements.
 */
export function boundedArray<T extends z.ZodMiniType>(item: T, maximum: number) {
  const cap = z.maxLength(maximum);
  const schema = z.array(item).check(cap);
  const internals = schema._zod as unknown as { parse: Parse };
  const check = cap._zod as unknown as { check(payload: Payload): void };
  const parse = internals.parse;
  internals.parse = (payload, ctx) => {
    if (!Array.isArray(payload.value) || payload.value.length <= maximum) return parse(payload, ctx);
    const start = payload.issues.length;
    check.check(payload);
    // Not `continue`: the items were not parsed, so no later check may read the value.
    for (let i = start; i < payload.issues.length; i++) payload.issues[i]!.continue = false;
    return payload;
  };
  return schema;
}

type Payload = { value: unknown; issues: { continue?: boolean }[] };
type Parse = (payload: Payload, ctx: unknown) => unknown;

/**
 * Which side of the agreement does something: **Polisen**, **kommunen**, or both **tillsammans**.
 *
 * @example
 * SideSchema.parse("joint");
 */
export const SideSchema = z.enum(["police", "municipality", "joint"]);

/** Which side does something, see {@link SideSchema}. */
export type Side = "police" | "municipality" | "joint";

/**
 * Who does something, as the text says it: **Polisen**, **kommunen**, both **tillsammans**, or an
 * `actor` that is not a party (länsstyrelsen, räddningstjänsten, a fastighetsägare, a förening),
 * named by `actorIds` beside it.
 *
 * @example
 * ActorSideSchema.parse("actor");
 */
export const ActorSideSchema = z.enum(["police", "municipality", "joint", "actor"]);

/** Who does something, see {@link ActorSideSchema}. */
export type ActorSide = "police" | "municipality" | "joint" | "actor";

/**
 * How binding the text makes something, in its own words:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `shall` | ska |
 * | `should` | bör |
 * | `strive` | ska sträva efter, verka för |
 * | `may` | kan |
 * | `conditional` | om … (only when something happens: "om det uppkommer önskemål …") |
 *
 * @example
 * ModalitySchema.parse("strive");
 */
export const ModalitySchema = z.enum(["shall", "should", "strive", "may", "conditional"]);

/** How binding the text makes something, see {@link ModalitySchema}. */
export type Modality = "shall" | "should" | "strive" | "may" | "conditional";

/**
 * A quantity as the text states it: "minst 4 trafikkontroller" is `{ count: 4, unit:
 * "trafikkontroller", atLeast: true }`; "20-talet trafikkontroller" is `approximate`.
 *
 * @example
 * QuantitySchema.parse({ count: 100, unit: "tillfällen", atLeast: true });
 */
export const QuantitySchema = z.strictObject({
  count: z.int().check(z.gte(0), z.lte(1_000_000)),
  unit: ShortTextSchema,
  atLeast: z.optional(z.boolean()),
  atMost: z.optional(z.boolean()),
  approximate: z.optional(z.boolean()),
});

/** A quantity, see {@link QuantitySchema}. */
export interface Quantity {
  /** How many, a whole number (0–1 000 000). */
  count: number;
  /** Of what, as written ("trafikkontroller", "tillfällen"). */
  unit: string;
  /** The text says **minst** (at least). */
  atLeast?: boolean | undefined;
  /** The text says **högst** (at most). */
  atMost?: boolean | undefined;
  /** The number is approximate ("20-talet"). */
  approximate?: boolean | undefined;
}
