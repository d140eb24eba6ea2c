import * as z from "zod/mini";
import { CommitmentSchema } from "./commitment.js";
import { IdSchema, LongTextSchema, PartialDateSchema, ShortTextSchema, listOf } from "./primitives.js";
import type { Commitment } from "./commitment.js";
import type { Id, PartialDate } from "./primitives.js";

/**
 * The known **fokusområden** (prioriterade samverkansområden). Anything else is `custom`. SSPF, SIG,
 * BOB, avhopparverksamhet and tillsyn i samverkan are ways of working run per case: as areas of
 * cooperation they are focus areas of these kinds, with no meeting cadence.
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `safety_measures` | trygghetsskapande åtgärder |
 * | `volume_crime` | mängdbrott |
 * | `youth_and_drugs` | ungdomar och droger |
 * | `andts` | ANDT-S (alkohol, narkotika, dopning, tobak och spel; older texts: ANDT) |
 * | `defector_programme` | avhopparverksamhet |
 * | `crimes_against_vulnerable` | brott mot särskilt utsatta (våld i nära relation, hedersrelaterat våld, …) |
 * | `criminal_economy` | kriminell ekonomi och välfärdsbrott |
 * | `public_space_safety` | trygghet i offentlig miljö |
 * | `traffic_safety` | trafiksäkerhet |
 * | `health` | psykisk och fysisk hälsa |
 * | `crime_prevention` | brottsförebyggande arbete (BRÅ) |
 * | `societal_development` | samhällsutvecklingen (nya problem, extremism) |
 * | `sspf` | SSPF (skola, socialtjänst, polis, fritid) |
 * | `sig` | SIG (social insatsgrupp) |
 * | `bob` | BOB (barn och unga i organiserad brottslighet) |
 * | `joint_inspection` | lagstadgad tillsyn i samverkan |
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
  "traffic_safety",
  "health",
  "crime_prevention",
  "societal_development",
  "sspf",
  "sig",
  "bob",
  "joint_inspection",
  "custom",
]);

/** A focus area kind, see {@link FocusAreaKindSchema}. */
export type FocusAreaKind =
  | "safety_measures"
  | "volume_crime"
  | "youth_and_drugs"
  | "andts"
  | "defector_programme"
  | "crimes_against_vulnerable"
  | "criminal_economy"
  | "public_space_safety"
  | "traffic_safety"
  | "health"
  | "crime_prevention"
  | "societal_development"
  | "sspf"
  | "sig"
  | "bob"
  | "joint_inspection"
  | "custom";

/**
 * A **fokusområde** the parties prioritise, with its heading as written, what each side commits to
 * in it (`commitments`), the forums that carry it (`forumIds`), the actors that take part
 * (`actorIds`), and its own period where the text gives one ("Prioriterade områden 2021-2022").
 *
 * @example
 * FocusAreaSchema.parse({
 *   id: "offentlig-miljo",
 *   kind: "public_space_safety",
 *   title: "Öka tillgänglighet och trygghet i den offentliga miljön",
 *   commitments: [
 *     { id: "synlighet", by: "police", modality: "strive", text: "… sträva efter att fotpatrullera …" },
 *   ],
 * });
 */
export const FocusAreaSchema = z.strictObject({
  id: IdSchema,
  kind: FocusAreaKindSchema,
  title: ShortTextSchema,
  description: z.optional(LongTextSchema),
  period: z.optional(z.strictObject({ start: PartialDateSchema, end: z.optional(PartialDateSchema) })),
  commitments: z.optional(listOf(CommitmentSchema)),
  forumIds: z.optional(listOf(IdSchema)),
  actorIds: z.optional(listOf(IdSchema)),
});

/** A focus area, see {@link FocusAreaSchema}. */
export interface FocusArea {
  /** Its identifier. */
  id: Id;
  /** Which known area it is, or `custom`. */
  kind: FocusAreaKind;
  /** Its heading as written. */
  title: string;
  /** What the text says of it. */
  description?: string | undefined;
  /** Its own period, where the text gives one ("Prioriterade områden 2021-2022"). */
  period?: { start: PartialDate; end?: PartialDate | undefined } | undefined;
  /** What each side commits to in it. */
  commitments?: Commitment[] | undefined;
  /** The forums that carry it. */
  forumIds?: Id[] | undefined;
  /** The actors that take part. */
  actorIds?: Id[] | undefined;
}
