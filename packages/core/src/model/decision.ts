import * as z from "zod/mini";
import { ActorSideSchema, IdSchema, LongTextSchema, MunicipalityCodeSchema, PartialDateSchema, ShortTextSchema } from "./primitives.js";
import type { ActorSide, Id, MunicipalityCode, PartialDate } from "./primitives.js";

/**
 * What a decision did to the agreement:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `adopted` | antogs, godkändes (by kommunstyrelsen, polisledningen) |
 * | `signed` | undertecknades |
 * | `extended` | förlängdes |
 * | `revised` | reviderades |
 * | `terminated` | sades upp |
 *
 * @example
 * DecisionKindSchema.parse("adopted");
 */
export const DecisionKindSchema = z.enum(["adopted", "signed", "extended", "revised", "terminated"]);

/** A kind of decision, see {@link DecisionKindSchema}. */
export type DecisionKind = "adopted" | "signed" | "extended" | "revised" | "terminated";

/**
 * A **beslut** on the agreement, as dated as the text is: which body (**kommunstyrelsen**,
 * **polisledningen**), for which party or side and kommun, when (a day, a month or a year), and
 * its paragraph (**§**) and **diarienummer** where given. "Adopted by each kommunstyrelse, then
 * signed" is one `adopted` decision per kommun and the signatures. A decision the text names
 * without a date ("beslutas av kommunstyrelsen") is the body that adopts it.
 *
 * @example
 * DecisionSchema.parse({
 *   kind: "adopted",
 *   body: "Kommunstyrelsen",
 *   partyId: "uppsala",
 *   date: "2015-01",
 *   reference: "KSN-2014-1450",
 * });
 */
export const DecisionSchema = z.strictObject({
  id: z.optional(IdSchema),
  kind: DecisionKindSchema,
  body: z.optional(ShortTextSchema),
  side: z.optional(ActorSideSchema),
  partyId: z.optional(IdSchema),
  municipality: z.optional(MunicipalityCodeSchema),
  date: z.optional(PartialDateSchema),
  paragraph: z.optional(ShortTextSchema),
  reference: z.optional(ShortTextSchema),
  asWritten: z.optional(LongTextSchema),
});

/** A decision, see {@link DecisionSchema}. */
export interface Decision {
  /** Its identifier, for a change (`decisionId`) that refers to it. */
  id?: Id | undefined;
  /** What the decision did. */
  kind: DecisionKind;
  /** The body that decided ("Kommunstyrelsen", "Polisledningen"). */
  body?: string | undefined;
  /** The side it decided for. */
  side?: ActorSide | undefined;
  /** The party it decided for, by its `id`. */
  partyId?: Id | undefined;
  /** The kommun it decided for, in an agreement for several. */
  municipality?: MunicipalityCode | undefined;
  /** When: a day, a month or a year. */
  date?: PartialDate | undefined;
  /** Its paragraph in the minutes ("§ 45"). */
  paragraph?: string | undefined;
  /** Its **diarienummer** ("KSN-2014-1450"). */
  reference?: string | undefined;
  /** The decision as written. */
  asWritten?: string | undefined;
}
