import { MUNICIPALITY_CODES } from "./municipality-codes.generated.js";

let known: Set<string> | undefined;

/**
 * Whether a string is one of Sweden's 290 **kommunkoder** (SCB, unchanged since 2007).
 *
 * @param code - a four-digit code such as `"1290"`
 * @returns `true` for a real kommunkod
 * @example
 * isKnownMunicipalityCode("1290"); // true (Kristianstad)
 * isKnownMunicipalityCode("1299"); // false
 */
export function isKnownMunicipalityCode(code: string): boolean {
  if (!known) {
    known = new Set();
    for (let i = 0; i < MUNICIPALITY_CODES.length; i += 4) known.add(MUNICIPALITY_CODES.slice(i, i + 4));
  }
  return known.has(code);
}
