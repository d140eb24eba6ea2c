import { match } from "ts-pattern";
import type { Agreement } from "../model/agreement.js";
import type { CivilDate } from "../model/primitives.js";

/**
 * The validity of an agreement as civil dates. `start` is missing where it runs "from signing" and
 * no complete signature date is known; `end` is `"open"` for **tills vidare**. Year precision
 * covers whole calendar years.
 */
export interface ResolvedValidity {
  readonly start: CivilDate | undefined;
  readonly end: CivilDate | "open";
}

/**
 * The date the last party signed, when every dated signature has a whole date; `undefined` when
 * no signature has one.
 *
 * @param agreement - the agreement
 * @returns the latest complete signature date
 * @example
 * signingDate(kristianstad); // "2025-02-07"
 */
export function signingDate(agreement: Agreement): CivilDate | undefined {
  let latest: CivilDate | undefined;
  for (const signatory of agreement.signatories ?? []) {
    const signature = signatory.signature;
    const date = signature?.date;
    // Dated, but not wholly ("Kävlinge den 11"): that party may have signed last, on a day we do not know.
    if (date === undefined && (signature?.partialDate || signature?.asWritten)) return undefined;
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Resolves an agreement's validity, whatever precision the text had, to civil dates.
 *
 * @param agreement - the agreement
 * @returns its first and last day (or `"open"`)
 * @example
 * resolveValidity(ostraGoinge2016); // { start: "2016-01-01", end: "2018-12-31" }
 */
export function resolveValidity(agreement: Agreement): ResolvedValidity {
  const { start, end } = agreement.validity;
  return {
    start: match(start)
      .with({ type: "date" }, (s) => s.date)
      .with({ type: "year" }, (s) => `${s.year}-01-01`)
      .with({ type: "from_signing" }, () => signingDate(agreement))
      .exhaustive(),
    end: match(end)
      .with({ type: "date" }, (e) => e.date)
      .with({ type: "year" }, (e) => `${e.year}-12-31`)
      .with({ type: "open_ended" }, () => "open" as const)
      .exhaustive(),
  };
}

/**
 * Whether the period `[start, end]` lies inside a resolved validity. Unknown bounds never fail.
 *
 * @param start - first day of the period
 * @param end - last day of the period
 * @param validity - the validity to test against
 * @returns `false` only when a known bound is crossed
 */
export function periodWithin(start: CivilDate, end: CivilDate, validity: ResolvedValidity): boolean {
  if (validity.start !== undefined && start < validity.start) return false;
  return validity.end === "open" || end <= validity.end;
}
