import { lawIntervalMonths } from "../schedule/law.js";
import { defineRule } from "./rule.js";
import { dueOn, eachDutiesAsOf } from "./law-duties.js";

/**
 * `situational_picture_outdated` (warning, only with `asOf`): a kommun's latest **lägesbild** is
 * older than the interval allows on `asOf`: the next one fell due before `asOf`. The interval is the
 * agreement's own for its lägesbild, else `lawIntervalMonths` (a profile's), else 24 months.
 */
export const situationalPictureOutdated = defineRule({
  code: "situational_picture_outdated",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.situationalPictureDate === undefined || !d.overdueSituationalPicture) return;
      const intervalMonths = lawIntervalMonths(agreement, d.municipality, context.lawIntervalMonths);
      report([...d.path("situationalPicture"), "date"], { asOf: d.asOf, dueOn: dueOn(d.overdueSituationalPicture), intervalMonths });
    });
  },
});
