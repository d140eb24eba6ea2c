import * as z from "zod/mini";
import { IdSchema, MunicipalityCodeSchema } from "./primitives.js";

/**
 * How an agreement is built:
 *
 * | `type` | Swedish | |
 * | --- | --- | --- |
 * | `single` | en samverkansöverenskommelse | one document for one or more kommuner |
 * | `strategic` | del 1, strategisk del | shared by 1..n kommuner, completed by a del 2 per kommun |
 * | `local` | del 2, lokal del | one kommun's part; `strategicId` names its del 1, `municipality` the kommun |
 * | `framework` | flerårig överenskommelse med årliga handlingsplaner | operational plans live in `plans` |
 *
 * @example
 * AgreementStructureSchema.parse({ type: "local", strategicId: "norrbotten-del-1", municipality: "2506" });
 */
export const AgreementStructureSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single") }),
  z.strictObject({ type: z.literal("strategic") }),
  z.strictObject({ type: z.literal("local"), strategicId: IdSchema, municipality: MunicipalityCodeSchema }),
  z.strictObject({ type: z.literal("framework") }),
]);

/** How an agreement is built, see {@link AgreementStructureSchema}. */
export type AgreementStructure = z.infer<typeof AgreementStructureSchema>;

/** The `type` of an {@link AgreementStructure}. */
export type AgreementStructureType = AgreementStructure["type"];
