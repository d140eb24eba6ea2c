import * as z from "zod/mini";
import { IdSchema, ShortTextSchema, listOf } from "./primitives.js";
import type { Id } from "./primitives.js";

/**
 * The kinds of organisation that act in an agreement besides Polisen and the kommun:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `region` | region (Region Stockholm) |
 * | `county_board` | länsstyrelsen |
 * | `rescue_service` | räddningstjänst (also a räddningstjänstförbund) |
 * | `municipal_administration` | a förvaltning or nämnd of the kommun that is not itself a party |
 * | `municipal_company` | kommunalt bolag (Hemab, a bostadsbolag) |
 * | `property_owner` | fastighetsägare, fastighetsförvaltare, fastighetsägarförening |
 * | `association` | förening, civilsamhället (nattvandrare, a non-profit) |
 * | `business` | näringsliv, företag, citysamverkan |
 * | `other` | any other |
 *
 * @example
 * ActorKindSchema.parse("county_board");
 */
export const ActorKindSchema = z.enum([
  "region",
  "county_board",
  "rescue_service",
  "municipal_administration",
  "municipal_company",
  "property_owner",
  "association",
  "business",
  "other",
]);

/** A kind of actor, see {@link ActorKindSchema}. */
export type ActorKind =
  | "region"
  | "county_board"
  | "rescue_service"
  | "municipal_administration"
  | "municipal_company"
  | "property_owner"
  | "association"
  | "business"
  | "other";

/**
 * An organisation the text names as acting (**aktör**): a third party that holds commitments
 * without being a party (länsstyrelsen, Räddningstjänsten Höga Kusten – Ådalen, fastighetsägare),
 * or, under `parties.others`, a party that is neither Polisen nor a kommun (Region Stockholm).
 * Commitments and forums point at it by `id`.
 *
 * @example
 * ActorSchema.parse({ id: "raddningstjansten", kind: "rescue_service", name: "Räddningstjänsten Höga Kusten – Ådalen" });
 */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  kind: ActorKindSchema,
  name: ShortTextSchema,
  alternativeNames: z.optional(listOf(ShortTextSchema)),
});

/** An actor, see {@link ActorSchema}. */
export interface Actor {
  /** Its identifier, which commitments, forums and deliverables use (`actorIds`). */
  id: Id;
  /** What kind of organisation it is. */
  kind: ActorKind;
  /** Its name as the text writes it. */
  name: string;
  /** Other names the text uses for it. */
  alternativeNames?: string[] | undefined;
}
