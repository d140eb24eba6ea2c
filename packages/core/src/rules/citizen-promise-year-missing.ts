import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { CadenceType } from "../model/cadence.js";
import type { MunicipalityCode } from "../model/primitives.js";
import { firstDayOf, toDay } from "../schedule/civil-date.js";
import { ceded, heldBy } from "../schedule/law.js";
import { holdersOf } from "./law-duties.js";
import { defineRule } from "./rule.js";
import { promiseEnd, resolveValidity } from "./dates.js";

// Cycles that give every year a löfte (a löfte of two years covers both).
const DATED: ReadonlySet<CadenceType> = new Set(["yearly", "every_n_years", "half_yearly", "per_mandate_period"]);

// Where a kommun is named: its party, or a del 2's own kommun.
function kommunPath(agreement: Agreement, code: MunicipalityCode): IssuePath {
  const party = agreement.parties.municipalities.findIndex((m) => m.code === code);
  return party >= 0 ? ["parties", "municipalities", party] : ["structure", "municipality"];
}

/**
 * `citizen_promise_year_missing` (warning, only with `asOf`): a kommun the agreement answers for has
 * no medborgarlöfte recorded (in `citizenPromises`) for a year of a dated medborgarlöfte cycle: the
 * agreement's own, or for a del 2 without one, its del 1's in the same set. A year counts once its
 * löfte was due, by 31 March, within the validity and before `asOf`; a löfte of several years covers
 * each of them, and one that runs on "till dess att nya presenteras", or whose end the text does
 * not give, the years after it. Reported at the kommun, once per missing year.
 */
export const citizenPromiseYearMissing = defineRule({
  code: "citizen_promise_year_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    const { asOf } = context;
    const { structure } = agreement;
    const del1 = structure.type === "local" ? context.strategicById?.get(structure.strategicId) : undefined;
    const cadence = (agreement.citizenPromiseCycle ?? del1?.citizenPromiseCycle)?.cadence;
    if (asOf === undefined || !cadence || !DATED.has(cadence.type)) return;
    const { start, end } = resolveValidity(agreement);
    if (start === undefined || asOf < start) return;
    const last = typeof end === "string" && end !== "open" && end < asOf ? end : asOf;
    for (const [municipality, spans] of heldBy(agreement, holdersOf(context))) {
      const promises = agreement.citizenPromises?.filter((p) => p.municipality === municipality) ?? [];
      for (let year = Number(start.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
        const due = `${year}-03-31`;
        // A year's löfte is due by 31 March: only when that day is within the validity and has passed.
        if (due < start || due >= asOf || due > last || ceded(spans, toDay(due))) continue;
        const covered = promises.some((p) => {
          const from = firstDayOf(p.period.start);
          const to = p.period.untilReplaced ? undefined : promiseEnd(p);
          return from <= `${year}-12-31` && (to === undefined || to >= `${year}-01-01`);
        });
        if (!covered) report(kommunPath(agreement, municipality), { year, asOf });
      }
    }
  },
});
