import * as z from "zod/mini";
import { IdSchema, MunicipalityCodeSchema, ShortTextSchema, listOf } from "./primitives.js";

/**
 * The seven **polisregioner** of Polismyndigheten since 2015.
 *
 * @example
 * PoliceRegionSchema.parse("Syd");
 */
export const PoliceRegionSchema = z.enum(["Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd"]);

/** A **polisregion**, see {@link PoliceRegionSchema}. */
export type PoliceRegion = z.infer<typeof PoliceRegionSchema>;

/**
 * A **lokalpolisområde** (LPO) as the agreement names it. LPOs have no official code, and their
 * names are spelled inconsistently ("Lokalpolisområde Kristianstad", "Kristianstads
 * lokalpolisområde"), so the document keeps the name as written, a normalised `key` (lower case,
 * ASCII, hyphens; the same LPO always gets the same key) and the name to display.
 *
 * @example
 * LocalPoliceAreaSchema.parse({
 *   asWritten: "Kristianstads lokalpolisområde",
 *   key: "kristianstad",
 *   displayName: "Lokalpolisområde Kristianstad",
 * });
 */
export const LocalPoliceAreaSchema = z.strictObject({
  asWritten: ShortTextSchema,
  key: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100)),
  displayName: ShortTextSchema,
});

/** A **lokalpolisområde**, see {@link LocalPoliceAreaSchema}. */
export type LocalPoliceArea = z.infer<typeof LocalPoliceAreaSchema>;

/**
 * The police party: **Polismyndigheten**, optionally narrowed to a polisregion, a **polisområde**
 * and a lokalpolisområde as the agreement names them.
 *
 * @example
 * PolicePartySchema.parse({ id: "polisen", name: "Polismyndigheten", region: "Syd" });
 */
export const PolicePartySchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  region: z.optional(PoliceRegionSchema),
  policeArea: z.optional(ShortTextSchema),
  localPoliceArea: z.optional(LocalPoliceAreaSchema),
});

/** The police party, see {@link PolicePartySchema}. */
export type PoliceParty = z.infer<typeof PolicePartySchema>;

/**
 * A **kommun** that is a party, by its kommunkod, with the name as the agreement writes it.
 *
 * @example
 * MunicipalityPartySchema.parse({ id: "kavlinge", code: "1261", name: "Kävlinge kommun" });
 */
export const MunicipalityPartySchema = z.strictObject({
  id: IdSchema,
  code: MunicipalityCodeSchema,
  name: z.optional(ShortTextSchema),
});

/** A kommun that is a party, see {@link MunicipalityPartySchema}. */
export type MunicipalityParty = z.infer<typeof MunicipalityPartySchema>;

/**
 * The **parter**: one police party and one or more kommuner.
 *
 * @example
 * PartiesSchema.parse({
 *   police: { id: "polisen", name: "Polismyndigheten" },
 *   municipalities: [{ id: "kavlinge", code: "1261" }],
 * });
 */
export const PartiesSchema = z.strictObject({
  police: PolicePartySchema,
  municipalities: listOf(MunicipalityPartySchema).check(z.minLength(1)),
});

/** The parties, see {@link PartiesSchema}. */
export type Parties = z.infer<typeof PartiesSchema>;
