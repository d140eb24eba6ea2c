import { firstDayOf } from "../schedule/civil-date.js";
import { defineRule } from "./rule.js";
import { periodWithin, promiseEnd, resolveValidity } from "./dates.js";

/**
 * `citizen_promise_outside_validity` (info): a medborgarlöfte whose period, with its last
 * extension, begins before or ends after the agreement's validity. Worth knowing, not a fault:
 * medborgarlöften often run on their own calendar (a calendar-year löfte under an agreement that
 * starts in March).
 */
export const citizenPromiseOutsideValidity = defineRule({
  code: "citizen_promise_outside_validity",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    const validity = resolveValidity(agreement);
    agreement.citizenPromises?.forEach((promise, i) => {
      if (!periodWithin(firstDayOf(promise.period.start), promiseEnd(promise), validity)) report(["citizenPromises", i, "period"], {});
    });
  },
});
