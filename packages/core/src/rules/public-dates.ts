import { InvalidArgumentError } from "../issues/invalid-argument.js";
import type { Agreement } from "../model/agreement.js";
import type { CivilDate } from "../model/primitives.js";
import { resolveValidity as resolve, signingDate as signed, type ResolvedValidity } from "./dates.js";

// The public forms of the validity helpers: the same functions, guarded at the boundary. The rules
// and the scheduler call the unguarded ones on what they have checked.

/**
 * The date the last party signed, when every dated signature has a whole date; `undefined` when
 * no signature has one, or when one is dated only in part (that party may have signed last).
 *
 * @param agreement - the agreement
 * @returns the latest complete signature date
 * @throws {@link InvalidArgumentError} when `agreement` is not an agreement
 * @example
 * signingDate(agreement); // "2025-02-07" (Kristianstad 2025–2028)
 */
export function signingDate(agreement: Agreement): CivilDate | undefined {
  try {
    return signed(agreement);
  } catch {
    throw new InvalidArgumentError("signingDate", "agreement");
  }
}

/**
 * Resolves an agreement's validity, whatever precision the text had, to civil dates.
 *
 * @param agreement - the agreement
 * @returns its first and last day (or `"open"`)
 * @throws {@link InvalidArgumentError} when `agreement` is not an agreement
 * @example
 * resolveValidity(agreement); // { start: "2025-01-01", end: "2028-12-31" } (Kristianstad 2025–2028)
 */
export function resolveValidity(agreement: Agreement): ResolvedValidity {
  try {
    return resolve(agreement);
  } catch {
    throw new InvalidArgumentError("resolveValidity", "agreement");
  }
}
