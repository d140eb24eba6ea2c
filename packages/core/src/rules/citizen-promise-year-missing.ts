import type { CadenceType } from "../model/cadence.js";
import { firstDayOf } from "../schedule/civil-date.js";
import { ALONE, lawMunicipalitiesOf } from "../schedule/law.js";
import { defineRule } from "./rule.js";
import { promiseEnd } from "./citizen-promise-outside-validity.js";
import { resolveValidity } from "./dates.js";

// Cycles that give every year a löfte (a löfte of two years covers both).
const DATED: ReadonlySet<CadenceType> = new Set(["yearly", "every_n_years", "half_yearly", "per_mandate_period"]);

/**
 * `citizen_promise_year_missing` (warning, only with `asOf`): the agreement has a dated
 * medborgarlöfte cycle, and a kommun it answers for has no medborgarlöfte recorded for a year of
 * the validity whose löfte was due by `asOf` (a year's löfte is signed by the end of March). The
 * löften are looked for in the agreement (`citizenPromises`); a löfte with no end counts until the
 * next one.
 */
export const citizenPromiseYearMissing = defineRule({
  code: "citizen_promise_year_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    const { asOf } = context;
    const cadence = agreement.citizenPromiseCycle?.cadence;
    if (asOf === undefined || !cadence || !DATED.has(cadence.type)) return;
    const { start, end } = resolveValidity(agreement);
    if (start === undefined) return;
    const last = typeof end === "string" && end !== "open" && end < asOf ? end : asOf;
    const holders = { local: context.localMunicipalities ?? ALONE.local, shared: context.sharedMunicipalities ?? ALONE.shared };
    for (const municipality of lawMunicipalitiesOf(agreement, holders)) {
      const promises = agreement.citizenPromises?.filter((p) => p.municipality === municipality) ?? [];
      for (let year = Number(start.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
        if (`${year}-03-31` >= asOf) break;
        const covered = promises.some((p) => {
          const from = firstDayOf(p.period.start);
          // A löfte that runs until the next is presented, or whose end the text does not give, covers the years after it.
          const to = p.period.untilReplaced ? undefined : promiseEnd(p);
          return from <= `${year}-12-31` && (to === undefined || to >= `${year}-01-01`);
        });
        if (!covered) report(["citizenPromiseCycle"], { year, asOf });
      }
    }
  },
});
