import * as z from "zod/mini";
import { ActorSchema } from "./actor.js";
import { IdSchema, MunicipalityCodeSchema, ShortTextSchema, listOf } from "./primitives.js";
import type { Actor } from "./actor.js";
import type { Id, MunicipalityCode } from "./primitives.js";

/**
 * The seven **polisregioner** of Polismyndigheten since 2015.
 *
 * @example
 * PoliceRegionSchema.parse("Syd");
 */
export const PoliceRegionSchema = z.enum(["Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd"]);

/** A **polisregion**, see {@link PoliceRegionSchema}. */
export type PoliceRegion = "Nord" | "Mitt" | "Bergslagen" | "Stockholm" | "Öst" | "Väst" | "Syd";

/**
 * A **lokalpolisområde** (LPO) as the agreement names it. LPOs have no official code, and their
 * names are spelled inconsistently ("Lokalpolisområde Kristianstad", "Kristianstads
 * lokalpolisområde", "lokalpolisområdet Kristianstad"), so the document keeps the name as written,
 * a normalised `key` (lower case, ASCII, hyphens; every spelling of one LPO gets the same key) and
 * the name to display.
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
export interface LocalPoliceArea {
  /** The name as the text writes it ("Kristianstads lokalpolisområde"). */
  asWritten: string;
  /** The same for every spelling of one LPO: lower case, ASCII, hyphens ("kristianstad"). */
  key: string;
  /** The name to display ("Lokalpolisområde Kristianstad"). */
  displayName: string;
}

/**
 * The level of Polismyndigheten that is the party, as the text names it: the authority itself
 * (`authority`, "Polismyndigheten", "polisen"), a **polisregion** (`region`, "Polisregion
 * Stockholm"), a **polisområde** (`police_area`, "polisområde Storgöteborg") or a
 * **lokalpolisområde** (`local_police_area`).
 *
 * @example
 * PoliceLevelSchema.parse("local_police_area");
 */
export const PoliceLevelSchema = z.enum(["authority", "region", "police_area", "local_police_area"]);

/** The level of the police party, see {@link PoliceLevelSchema}. */
export type PoliceLevel = "authority" | "region" | "police_area" | "local_police_area";

/**
 * The police party: **Polismyndigheten**, narrowed to the polisregion, **polisområde** and
 * lokalpolisområde the text names (and only those: a region the text does not name is left out,
 * since the kommun's region is known from its kommunkod). `asWritten` keeps the text's words
 * ("Polisen Dalarna"), `level` the level that acts.
 *
 * @example
 * PolicePartySchema.parse({ id: "polisen", name: "Polismyndigheten", level: "police_area", policeArea: "Polisområde Malmö" });
 */
export const PolicePartySchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  asWritten: z.optional(ShortTextSchema),
  level: z.optional(PoliceLevelSchema),
  region: z.optional(PoliceRegionSchema),
  policeArea: z.optional(ShortTextSchema),
  localPoliceArea: z.optional(LocalPoliceAreaSchema),
});

/** The police party, see {@link PolicePartySchema}. */
export interface PoliceParty {
  /** Its identifier, which signatories, contacts and decisions use (`partyId`). */
  id: Id;
  /** Its name ("Polismyndigheten"). */
  name: string;
  /** How the text names it ("Polisen Dalarna"). */
  asWritten?: string | undefined;
  /** The level of Polismyndigheten that acts. */
  level?: PoliceLevel | undefined;
  /** The polisregion, where the text names it. */
  region?: PoliceRegion | undefined;
  /** The polisområde, where the text names it ("Polisområde Malmö"). */
  policeArea?: string | undefined;
  /** The lokalpolisområde, where the text names it. */
  localPoliceArea?: LocalPoliceArea | undefined;
}

/**
 * The kinds of body within a kommun that can be a party instead of the whole kommun:
 * **stadsdelsnämnd** (`district_committee`), **stadsdelsförvaltning** (`district_administration`),
 * another **nämnd** (`committee`) or **förvaltning** (`administration`).
 *
 * @example
 * MunicipalUnitKindSchema.parse("district_administration");
 */
export const MunicipalUnitKindSchema = z.enum(["district_committee", "district_administration", "committee", "administration"]);

/** A kind of body within a kommun, see {@link MunicipalUnitKindSchema}. */
export type MunicipalUnitKind = "district_committee" | "district_administration" | "committee" | "administration";

/**
 * A **kommun** that is a party, by its kommunkod, with the name as the agreement writes it and any
 * other names it uses ("Haparanda stad" beside "Haparanda kommun", a Sami name beside the Swedish).
 * `unit` narrows the party to a body within the kommun, as in Stockholm and Göteborg, where a
 * stadsdelsförvaltning signs with its lokalpolisområde.
 *
 * @example
 * MunicipalityPartySchema.parse({ id: "kavlinge", code: "1261", name: "Kävlinge kommun" });
 * MunicipalityPartySchema.parse({
 *   id: "rinkeby-kista",
 *   code: "0180",
 *   unit: { kind: "district_administration", name: "Rinkeby-Kista stadsdelsförvaltning" },
 * });
 */
export const MunicipalityPartySchema = z.strictObject({
  id: IdSchema,
  code: MunicipalityCodeSchema,
  name: z.optional(ShortTextSchema),
  alternativeNames: z.optional(listOf(ShortTextSchema)),
  unit: z.optional(z.strictObject({ kind: MunicipalUnitKindSchema, name: ShortTextSchema })),
});

/** A kommun that is a party, see {@link MunicipalityPartySchema}. */
export interface MunicipalityParty {
  /** Its identifier, which signatories, contacts and decisions use (`partyId`). */
  id: Id;
  /** Its kommunkod ("1290"). */
  code: MunicipalityCode;
  /** Its name as the agreement writes it ("Kristianstads kommun"). */
  name?: string | undefined;
  /** Other names the text uses ("Haparanda stad", a Sami name). */
  alternativeNames?: string[] | undefined;
  /** The body within the kommun that is the party instead of the whole kommun. */
  unit?: { kind: MunicipalUnitKind; name: string } | undefined;
}

/**
 * The **parter**: one police party, the kommuner (or bodies within a kommun), and any other party
 * (`others`: Region Stockholm). `asWritten` keeps how the text names them together ("kommunerna
 * Arjeplog och Arvidsjaur"). An agreement needs a party besides Polisen (the rule
 * `party_missing`).
 *
 * @example
 * PartiesSchema.parse({
 *   police: { id: "polisen", name: "Polismyndigheten" },
 *   municipalities: [{ id: "kavlinge", code: "1261" }],
 * });
 */
export const PartiesSchema = z.strictObject({
  police: PolicePartySchema,
  municipalities: listOf(MunicipalityPartySchema),
  others: z.optional(listOf(ActorSchema)),
  asWritten: z.optional(ShortTextSchema),
});

/** The parties, see {@link PartiesSchema}. */
export interface Parties {
  /** The police party. */
  police: PoliceParty;
  /** The kommuner, or bodies within a kommun. */
  municipalities: MunicipalityParty[];
  /** Any other party (Region Stockholm). */
  others?: Actor[] | undefined;
  /** How the text names the parties together ("kommunerna Arjeplog och Arvidsjaur"). */
  asWritten?: string | undefined;
}
