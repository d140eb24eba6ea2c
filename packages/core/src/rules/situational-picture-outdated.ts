import { defineRule } from "./rule.js";
import { eachDutiesAsOf, monthsAfter } from "./law-duties.js";

/**
 * `situational_picture_outdated` (warning, only with `asOf`): a kommun's latest **lägesbild** is
 * older than the interval allows on `asOf`. The interval is the agreement's own cadence for its
 * lägesbild, else `lawIntervalMonths` (a profile's), else 24 months.
 */
export const situationalPictureOutdated = defineRule({
  code: "situational_picture_outdated",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.situationalPictureDate === undefined) return;
      const dueOn = monthsAfter(d.situationalPictureDate, d.intervalMonths);
      if (dueOn < d.asOf) {
        report([...d.path("situationalPicture"), "date"], { asOf: d.asOf, dueOn, intervalMonths: d.intervalMonths });
      }
    });
  },
});
