import * as z from "zod/mini";
import { ActorSideSchema, IdSchema, LongTextSchema, MunicipalityCodeSchema, PartialDateSchema, ShortTextSchema } from "./primitives.js";

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
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

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
export type Decision = z.infer<typeof DecisionSchema>;
