import { MUNICIPALITY_CODE_STEPS } from "./municipality-codes.generated.js";

let known: Set<string> | undefined;

/** Sweden's 290 kommunkoder in order, read from their steps (see the generated file). */
export function municipalityCodes(): string[] {
  const codes: string[] = [];
  let code = 0;
  for (const ch of MUNICIPALITY_CODE_STEPS) {
    const step = ch.charCodeAt(0) - 35;
    code += step;
    // "[" (56) carries on to the next character.
    if (step < 56) codes.push(String(code).padStart(4, "0"));
  }
  return codes;
}

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
  known ??= new Set(municipalityCodes());
  return typeof code === "string" && known.has(code);
}
