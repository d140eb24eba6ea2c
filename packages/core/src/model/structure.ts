import * as z from "zod/mini";
import { IdSchema, MunicipalityCodeSchema, listOf } from "./primitives.js";
import type { Id, MunicipalityCode } from "./primitives.js";

/**
 * What a del 1 says each del 2 must hold: **lokala mål** (`goals`), **genomförande- och
 * handlingsplaner** (`plans`), **uppföljningsplaner** (`follow_ups`), **medborgarlöften**
 * (`citizen_promises`).
 *
 * @example
 * LocalContentSchema.parse("citizen_promises");
 */
export const LocalContentSchema = z.enum(["goals", "plans", "follow_ups", "citizen_promises"]);

/** A part a del 2 must hold, see {@link LocalContentSchema}. */
export type LocalContent = "goals" | "plans" | "follow_ups" | "citizen_promises";

/**
 * How an agreement is built:
 *
 * | `type` | Swedish | |
 * | --- | --- | --- |
 * | `single` | en samverkansöverenskommelse | one document for one or more kommuner |
 * | `strategic` | del 1, strategisk del, stadsövergripande överenskommelse | shared by 1..n kommuner (or one large kommun's framework), completed by del 2s; `localContent` is what each del 2 must hold |
 * | `local` | del 2, lokal del, lokal överenskommelse | `strategicId` names its del 1, `municipality` the kommun; a large kommun has one per lokalpolisområde |
 * | `framework` | flerårig överenskommelse med årliga handlingsplaner | operational plans live in `plans` |
 *
 * A del 1 and a del 2 of one kommun (del 1 the lägesbild and focus areas, del 2 the åtgärdsplan) is
 * a `strategic` with that kommun and one `local`.
 *
 * @example
 * AgreementStructureSchema.parse({ type: "local", strategicId: "norrbotten-del-1", municipality: "2506" });
 * AgreementStructureSchema.parse({ type: "strategic", localContent: ["goals", "plans", "follow_ups", "citizen_promises"] });
 */
export const AgreementStructureSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single") }),
  z.strictObject({ type: z.literal("strategic"), localContent: z.optional(listOf(LocalContentSchema)) }),
  z.strictObject({ type: z.literal("local"), strategicId: IdSchema, municipality: MunicipalityCodeSchema }),
  z.strictObject({ type: z.literal("framework") }),
]);

/** How an agreement is built, see {@link AgreementStructureSchema}. */
export type AgreementStructure =
  | { type: "single" }
  | {
      type: "strategic";
      /** What each del 2 must hold. */
      localContent?: LocalContent[] | undefined;
    }
  | {
      type: "local";
      /** The del 1 it completes, by its `id`. */
      strategicId: Id;
      /** The kommunkod of the kommun it is for. */
      municipality: MunicipalityCode;
    }
  | { type: "framework" };

/** The `type` of an {@link AgreementStructure}. */
export type AgreementStructureType = AgreementStructure["type"];
