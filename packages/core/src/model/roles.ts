import * as z from "zod/mini";

/**
 * A role a person has in the cooperation. Swedish terms and identifiers:
 *
 * | identifier | Swedish | side |
 * | --- | --- | --- |
 * | `community_police_officer` | kommunpolis | Polisen |
 * | `local_police_area_chief` | lokalpolisområdeschef (LPO-chef) | Polisen |
 * | `deputy_local_police_area_chief` | biträdande lokalpolisområdeschef | Polisen |
 * | `police_area_chief` | polisområdeschef | Polisen |
 * | `regional_police_chief` | regionpolischef | Polisen |
 * | `municipal_board_chair` | kommunstyrelsens ordförande (KSO) | kommunen |
 * | `deputy_municipal_board_chair` | kommunstyrelsens vice ordförande | kommunen |
 * | `municipal_commissioner` | kommunalråd (also borgarråd, finansborgarråd) | kommunen |
 * | `municipal_director` | kommundirektör, kommunchef, stadsdirektör | kommunen |
 * | `district_director` | stadsdelsdirektör, förvaltningschef | kommunen |
 * | `committee_chair` | nämndens ordförande (stadsdelsnämnd) | kommunen |
 * | `security_manager` | säkerhetschef | kommunen |
 * | `coordinator` | samordnare, Brå-samordnare, trygghetssamordnare | kommunen |
 * | `contact_person` | kontaktperson | either |
 * | `other` | any other role; say which in `title` | either |
 *
 * @example
 * RoleSchema.parse("community_police_officer");
 */
export const RoleSchema = z.enum([
  "community_police_officer",
  "local_police_area_chief",
  "deputy_local_police_area_chief",
  "police_area_chief",
  "regional_police_chief",
  "municipal_board_chair",
  "deputy_municipal_board_chair",
  "municipal_commissioner",
  "municipal_director",
  "district_director",
  "committee_chair",
  "security_manager",
  "coordinator",
  "contact_person",
  "other",
]);

/** A role, see {@link RoleSchema}. */
export type Role =
  | "community_police_officer"
  | "local_police_area_chief"
  | "deputy_local_police_area_chief"
  | "police_area_chief"
  | "regional_police_chief"
  | "municipal_board_chair"
  | "deputy_municipal_board_chair"
  | "municipal_commissioner"
  | "municipal_director"
  | "district_director"
  | "committee_chair"
  | "security_manager"
  | "coordinator"
  | "contact_person"
  | "other";

const roles = RoleSchema.options;

/** The roles only Polisen has (the first five). */
export const POLICE_ROLES: ReadonlySet<Role> = new Set(roles.slice(0, 5));

/** The roles only a kommun (or one of its nämnder and förvaltningar) has (the next eight). */
export const MUNICIPAL_ROLES: ReadonlySet<Role> = new Set(roles.slice(5, 13));

/** The police roles that lead and sign for Polisen: LPO-chef (also biträdande), polisområdeschef, regionpolischef. */
export const POLICE_LEADER_ROLES: ReadonlySet<Role> = new Set(roles.slice(1, 5));

/** The kommun roles that lead and sign for a kommun: KSO (also vice), kommunalråd, kommundirektör. */
export const MUNICIPAL_LEADER_ROLES: ReadonlySet<Role> = new Set(roles.slice(5, 9));

/** The roles that lead and sign for a stadsdelsnämnd or -förvaltning: those of a kommun, and its ordförande or direktör. */
export const UNIT_LEADER_ROLES: ReadonlySet<Role> = new Set(roles.slice(5, 11));
