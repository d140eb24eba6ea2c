import * as z from "zod/mini";
import { IdSchema, LongTextSchema, ShortTextSchema, listOf } from "./primitives.js";

/**
 * The known **fokusområden** (prioriterade samverkansområden). Anything else is `custom`.
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `safety_measures` | trygghetsskapande åtgärder |
 * | `volume_crime` | mängdbrott |
 * | `youth_and_drugs` | ungdomar och droger |
 * | `andts` | ANDT-S (alkohol, narkotika, dopning, tobak och spel; older texts: ANDT) |
 * | `defector_programme` | avhopparverksamhet |
 * | `crimes_against_vulnerable` | brott mot särskilt utsatta |
 * | `criminal_economy` | kriminell ekonomi och välfärdsbrott |
 * | `public_space_safety` | trygghet i offentlig miljö |
 * | `health` | psykisk och fysisk hälsa |
 * | `crime_prevention` | brottsförebyggande arbete (BRÅ) |
 * | `societal_development` | samhällsutvecklingen (nya problem, extremism) |
 * | `custom` | an area the kommun defines |
 *
 * @example
 * FocusAreaKindSchema.parse("andts");
 */
export const FocusAreaKindSchema = z.enum([
  "safety_measures",
  "volume_crime",
  "youth_and_drugs",
  "andts",
  "defector_programme",
  "crimes_against_vulnerable",
  "criminal_economy",
  "public_space_safety",
  "health",
  "crime_prevention",
  "societal_development",
  "custom",
]);

/** A focus area kind, see {@link FocusAreaKindSchema}. */
export type FocusAreaKind = z.infer<typeof FocusAreaKindSchema>;

/**
 * A **fokusområde** the parties prioritise, with its heading as written. `forumIds` links an area to
 * the forums that carry it (Kristianstad lists SSPF, SIG and BOB as priority areas).
 *
 * @example
 * FocusAreaSchema.parse({ id: "mangdbrott", kind: "volume_crime", title: "Mängdbrott" });
 */
export const FocusAreaSchema = z.strictObject({
  id: IdSchema,
  kind: FocusAreaKindSchema,
  title: ShortTextSchema,
  description: z.optional(LongTextSchema),
  forumIds: z.optional(listOf(IdSchema)),
});

/** A focus area, see {@link FocusAreaSchema}. */
export type FocusArea = z.infer<typeof FocusAreaSchema>;
