import type { LocalPoliceArea, PoliceParty, PoliceRegion } from "@samverkan/core";
import { findKommun, normalizeKommunName, type Kommun } from "../registry/registry.js";

// A key in the style of kommun ids: the normal form of the name, spaces as hyphens.
const slug = (text: string) => normalizeKommunName(text).replaceAll(" ", "-");

/**
 * A **lokalpolisområde** as an agreement writes it, with its normalised key and display name:
 * "Kristianstads lokalpolisområde", "Lokalpolisområde Kristianstad" and "LPO Kristianstad" all
 * get the key `kristianstad` and the display name "Lokalpolisområde Kristianstad". A genitive -s is
 * dropped only where the name without it is a kommun's and the name with it is not.
 *
 * @param asWritten - the name as the agreement writes it
 * @returns the lokalpolisområde, `asWritten` kept as given (trimmed)
 * @example
 * toLocalPoliceArea("Kristianstads lokalpolisområde");
 * // { asWritten: "Kristianstads lokalpolisområde", key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" }
 */
export function toLocalPoliceArea(asWritten: string): LocalPoliceArea {
  const written = asWritten.trim().replace(/\s+/g, " ");
  let name = written.replace(/^(lokalpolisområde|lpo)\s+/i, "").replace(/\s+(lokalpolisområde|lpo)$/i, "").trim();
  if (name.endsWith("s") && !findKommun(name).ok && findKommun(name.slice(0, -1)).ok) name = name.slice(0, -1);
  return { asWritten: written, key: slug(name) || "lpo", displayName: `Lokalpolisområde ${name}` };
}

/**
 * The police party of a new agreement: Polismyndigheten in the kommun's region (or the input's),
 * with the input's polisområde and the lokalpolisområde where one is given.
 */
export function policeParty(kommun: Kommun, input: { policeRegion?: PoliceRegion; policeArea?: string }, localPoliceArea?: string): PoliceParty {
  return {
    id: "polisen",
    name: "Polismyndigheten",
    region: input.policeRegion ?? kommun.policeRegion,
    ...(input.policeArea !== undefined && { policeArea: input.policeArea }),
    ...(localPoliceArea !== undefined && { localPoliceArea: toLocalPoliceArea(localPoliceArea) }),
  };
}
