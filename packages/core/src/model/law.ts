import * as z from "zod/mini";
import { CivilDateSchema, IdSchema, LongTextSchema, MunicipalityCodeSchema, ShortTextSchema, listOf } from "./primitives.js";
import type { CivilDate, Id, MunicipalityCode } from "./primitives.js";

/**
 * The parts a **lägesbild** must have under Lag (2023:196) om kommuners ansvar för
 * brottsförebyggande arbete, 4 §: a mapping of crime, its extent and consequences
 * (`crime_mapping`), other relevant information (`other_information`), and an analysis
 * (`analysis`) that includes the causes of crime (`causes`).
 *
 * @example
 * SituationalPictureSectionSchema.parse("causes");
 */
export const SituationalPictureSectionSchema = z.enum(["crime_mapping", "other_information", "analysis", "causes"]);

/** A section of a lägesbild, see {@link SituationalPictureSectionSchema}. */
export type SituationalPictureSection = "crime_mapping" | "other_information" | "analysis" | "causes";

/**
 * The kommun's **lägesbild** as the law asks for it: when it was completed, which of the law's
 * sections it has, and a reference to it.
 *
 * @example
 * SituationalPictureSchema.parse({
 *   date: "2024-03-15",
 *   sections: ["crime_mapping", "other_information", "analysis", "causes"],
 * });
 */
export const SituationalPictureSchema = z.strictObject({
  date: CivilDateSchema,
  sections: z.optional(listOf(SituationalPictureSectionSchema)),
  reference: z.optional(ShortTextSchema),
});

/** A lägesbild, see {@link SituationalPictureSchema}. */
export interface SituationalPicture {
  /** The day it was completed. */
  date: CivilDate;
  /** Which of the law's parts it has. */
  sections?: SituationalPictureSection[] | undefined;
  /** A reference to it (a diarienummer, a title). */
  reference?: string | undefined;
}

/**
 * The kommun's decision on its **åtgärdsplan**: which body decided it (kommunfullmäktige,
 * kommunstyrelsen) and when.
 *
 * @example
 * ActionPlanDecisionSchema.parse({ body: "Kommunfullmäktige", date: "2024-06-10" });
 */
export const ActionPlanDecisionSchema = z.strictObject({
  body: ShortTextSchema,
  date: CivilDateSchema,
  planId: z.optional(IdSchema),
  reference: z.optional(ShortTextSchema),
});

/** An åtgärdsplan decision, see {@link ActionPlanDecisionSchema}. */
export interface ActionPlanDecision {
  /** The body that decided it (Kommunfullmäktige, Kommunstyrelsen). */
  body: string;
  /** The day it was decided. */
  date: CivilDate;
  /** The plan, where the document records it in `plans`. */
  planId?: Id | undefined;
  /** A reference to the decision (a diarienummer, a paragraph). */
  reference?: string | undefined;
}

/**
 * The kommun's **samordningsfunktion**: who holds it and which of the law's tasks it has
 * (`contact_point`: contact for external actors; `coordination`: coordinates and supports the
 * work; `inform_inhabitants`: informs the inhabitants).
 *
 * @example
 * CoordinationFunctionSchema.parse({ holder: "Säkerhetsenheten", contactId: "samordnare", tasks: ["contact_point"] });
 */
export const CoordinationFunctionSchema = z.strictObject({
  holder: z.optional(ShortTextSchema),
  contactId: z.optional(IdSchema),
  tasks: z.optional(listOf(z.enum(["contact_point", "coordination", "inform_inhabitants"]))),
  description: z.optional(LongTextSchema),
});

/** A samordningsfunktion, see {@link CoordinationFunctionSchema}. */
export interface CoordinationFunction {
  /** Who holds it ("Säkerhetsenheten"). */
  holder?: string | undefined;
  /** Its contact, by `id` in `contacts`. */
  contactId?: Id | undefined;
  /** Which of the law's tasks it has. */
  tasks?: ("contact_point" | "coordination" | "inform_inhabitants")[] | undefined;
  /** What the text says of it. */
  description?: string | undefined;
}

/**
 * What one kommun has done under **Lag (2023:196)**: its latest lägesbild, its latest åtgärdsplan
 * decision and its samordningsfunktion. Rules (with `asOf`) flag a missing or outdated lägesbild
 * or åtgärdsplan, and the schedule dates the next ones from the latest lägesbild.
 *
 * @example
 * MunicipalDutiesSchema.parse({
 *   municipality: "1290",
 *   situationalPicture: { date: "2024-03-15" },
 *   actionPlan: { body: "Kommunfullmäktige", date: "2024-06-10" },
 * });
 */
export const MunicipalDutiesSchema = z.strictObject({
  municipality: MunicipalityCodeSchema,
  situationalPicture: z.optional(SituationalPictureSchema),
  actionPlan: z.optional(ActionPlanDecisionSchema),
  coordinationFunction: z.optional(CoordinationFunctionSchema),
});

/** One kommun's duties under the law, see {@link MunicipalDutiesSchema}. */
export interface MunicipalDuties {
  /** The kommunkod of the kommun. */
  municipality: MunicipalityCode;
  /** Its latest lägesbild. */
  situationalPicture?: SituationalPicture | undefined;
  /** Its latest decision on an åtgärdsplan. */
  actionPlan?: ActionPlanDecision | undefined;
  /** Its samordningsfunktion. */
  coordinationFunction?: CoordinationFunction | undefined;
}
