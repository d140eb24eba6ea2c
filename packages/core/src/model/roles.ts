import * as z from "zod/mini";

/**
 * A role a person has in the cooperation. Swedish terms and identifiers:
 *
 * | identifier | Swedish |
 * | --- | --- |
 * | `community_police_officer` | kommunpolis |
 * | `local_police_area_chief` | lokalpolisområdeschef (LPO-chef) |
 * | `deputy_local_police_area_chief` | biträdande lokalpolisområdeschef |
 * | `police_area_chief` | polisområdeschef |
 * | `municipal_board_chair` | kommunstyrelsens ordförande (KSO) |
 * | `municipal_commissioner` | kommunalråd |
 * | `municipal_director` | kommundirektör |
 * | `security_manager` | säkerhetschef |
 * | `coordinator` | samordnare, Brå-samordnare |
 * | `other` | any other role; say which in `title` |
 *
 * @example
 * RoleSchema.parse("community_police_officer");
 */
export const RoleSchema = z.enum([
  "community_police_officer",
  "local_police_area_chief",
  "deputy_local_police_area_chief",
  "police_area_chief",
  "municipal_board_chair",
  "municipal_commissioner",
  "municipal_director",
  "security_manager",
  "coordinator",
  "other",
]);

/** A role, see {@link RoleSchema}. */
export type Role = z.infer<typeof RoleSchema>;
