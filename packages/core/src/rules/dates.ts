import type { Agreement } from "../model/agreement.js";
import type { CivilDate } from "../model/primitives.js";
import type { CitizenPromise } from "../model/citizen-promise.js";
import { addMonths, fromDay, lastDayOf, toDay } from "../schedule/civil-date.js";
import { listOf } from "../schedule/limits.js";

/**
 * The validity of an agreement as civil dates. `start` is missing where the text does not give it,
 * or it runs "from signing" and no complete signature date is known; `end` is `"open"` for
 * **tills vidare**, and missing where the text does not give it (or it is a length from an unknown
 * start). Year precision covers whole calendar years.
 */
export interface ResolvedValidity {
  readonly start: CivilDate | undefined;
  readonly end: CivilDate | "open" | undefined;
}

/**
 * The date the last party signed, when every dated signature has a whole date; `undefined` when
 * no signature has one, or when one is dated only in part (that party may have signed last).
 *
 * @param agreement - the agreement
 * @returns the latest complete signature date
 * @example
 * signingDate(agreement); // "2025-02-07" (Kristianstad 2025–2028)
 */
export function signingDate(agreement: Agreement): CivilDate | undefined {
  let latest: CivilDate | undefined;
  for (const signatory of listOf(agreement.signatories)) {
    const signature = signatory.signature;
    const date = signature?.date;
    // Dated, but not wholly ("Kävlinge den 11"): that party may have signed last, on a day we do not know.
    if (date === undefined && (signature?.partialDate || signature?.asWritten)) return undefined;
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Fails to compile when a `switch` over a union misses a case. At run time only data that is not
 * what its type says reaches it: the error names no part of that data (it is the caller's).
 */
export function unreachable(value: never): never {
  void value;
  throw new TypeError("unhandled case");
}

/**
 * Resolves an agreement's validity, whatever precision the text had, to civil dates.
 *
 * @param agreement - the agreement
 * @returns its first and last day (or `"open"`)
 * @example
 * resolveValidity(agreement); // { start: "2025-01-01", end: "2028-12-31" } (Kristianstad 2025–2028)
 */
export function resolveValidity(agreement: Agreement): ResolvedValidity {
  // A switch, not ts-pattern: this runs several times per validation (see decisions.md, 13).
  const { start, end } = agreement.validity;
  let first: CivilDate | undefined;
  switch (start.type) {
    case "date":
      first = start.date;
      break;
    case "year":
      first = `${start.year}-01-01`;
      break;
    case "from_signing":
      first = signingDate(agreement);
      break;
    case "unknown":
      break;
    default:
      unreachable(start);
  }
  switch (end.type) {
    case "date":
      return { start: first, end: end.date };
    case "year":
      return { start: first, end: `${end.year}-12-31` };
    case "open_ended":
      return { start: first, end: "open" };
    case "duration": {
      // "sträcker sig över fyra år": the day before the same day N years (and months) on.
      const months = (end.years ?? 0) * 12 + (end.months ?? 0);
      return { start: first, end: first === undefined || months === 0 ? undefined : fromDay(addMonths(toDay(first), months) - 1) };
    }
    case "unknown":
      return { start: first, end: undefined };
    default:
      return unreachable(end);
  }
}

/**
 * Whether the period `[start, end]` lies inside a resolved validity. Unknown bounds never fail.
 *
 * @param start - first day of the period
 * @param end - last day of the period, `undefined` when not known
 * @param validity - the validity to test against
 * @returns `false` only when a known bound is crossed
 */
export function periodWithin(start: CivilDate, end: CivilDate | undefined, validity: ResolvedValidity): boolean {
  if (validity.start !== undefined && start < validity.start) return false;
  return end === undefined || validity.end === "open" || validity.end === undefined || end <= validity.end;
}

/** The last day a medborgarlöfte runs to, with its extensions; `undefined` when the text gives no end. */
export function promiseEnd(promise: Pick<CitizenPromise, "period" | "extensions">): string | undefined {
  // Not checked here (the rules call this often, on parsed documents): the scheduler checks the day it makes of the result.
  let end = promise.period.end === undefined ? undefined : lastDayOf(promise.period.end);
  for (const extension of listOf(promise.extensions)) {
    const last = lastDayOf(extension.end);
    if (end === undefined || last > end) end = last;
  }
  return end;
}
