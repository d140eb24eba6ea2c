import { InvalidArgumentError, type LocalPoliceArea, type PoliceParty, type PoliceRegion } from "@samverkan/core";
import { findKommun, normalizeKommunName, type Kommun } from "../registry/registry.js";

// A key in the style of kommun ids: the normal form of the name, spaces as hyphens.
const slug = (text: string) => normalizeKommunName(text).replaceAll(" ", "-");

const isKommun = (name: string) => findKommun(name).ok;

const PREFIX = /^(?:lokalpolisområdet|lokalpolisområde|lpo)\s+/i;
const SUFFIX = /\s+(?:lokalpolisområdet|lokalpolisområde|lpo)$/i;

/**
 * A **lokalpolisområde** as an agreement writes it, with its normalised key and display name. Every
 * way of writing one LPO gets the same key: "Lokalpolisområde Kristianstad", "Kristianstads
 * lokalpolisområde", "Kristianstad lokalpolisområde", "lokalpolisområdet Kristianstad" and
 * "LPO Kristianstad" all give `kristianstad` and "Lokalpolisområde Kristianstad"; "Västra
 * Skaraborgs lokalpolisområde" gives `vastra-skaraborg`; "LPO Uppsala/Knivsta" gives
 * `uppsala-knivsta`. The genitive -s of "Xs lokalpolisområde" is dropped unless the name with it is
 * a kommun's (Borås, Västerås).
 *
 * @param asWritten - the name as the agreement writes it
 * @returns the lokalpolisområde, `asWritten` kept as given (trimmed)
 * @example
 * toLocalPoliceArea("Kristianstads lokalpolisområde");
 * // { asWritten: "Kristianstads lokalpolisområde", key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" }
 */
export function toLocalPoliceArea(asWritten: string): LocalPoliceArea {
  if (typeof asWritten !== "string" || asWritten.length > 10_000) throw new InvalidArgumentError("toLocalPoliceArea", "asWritten");
  const written = asWritten.trim().replace(/\s+/g, " ");
  const suffixed = SUFFIX.test(written);
  let name = written.replace(PREFIX, "").replace(SUFFIX, "").trim();
  // "Xs lokalpolisområde": the -s is the genitive, unless the name is a kommun's that ends in s.
  // "Lokalpolisområde Xs" is not Swedish; there only a name that is a kommun's without the s loses it.
  const genitive = name.length > 1 && name.endsWith("s") && !isKommun(name);
  if (genitive && (suffixed || isKommun(name.slice(0, -1)))) name = name.slice(0, -1);
  return { asWritten: written, key: slug(name) || "lpo", displayName: `Lokalpolisområde ${name}` };
}

/**
 * The police party of a new agreement: Polismyndigheten, with the input's polisområde and the
 * lokalpolisområde where one is given, and the region of the kommun (or the input's) unless the
 * start is `empty`, for transcribing a text that may not name it.
 */
export function policeParty(kommun: Kommun, input: { policeRegion?: PoliceRegion; policeArea?: string; empty?: boolean }, localPoliceArea?: string): PoliceParty {
  const region = input.policeRegion ?? (input.empty ? undefined : kommun.policeRegion);
  return {
    id: "polisen",
    name: "Polismyndigheten",
    ...(region !== undefined && { region }),
    ...(input.policeArea !== undefined && { policeArea: input.policeArea }),
    ...(localPoliceArea !== undefined && { localPoliceArea: toLocalPoliceArea(localPoliceArea) }),
  };
}
