import { defineRule } from "./rule.js";
import { dueOn, eachDutiesAsOf } from "./law-duties.js";

/**
 * `situational_picture_missing` (warning, only with `asOf`): a kommun the agreement speaks for has
 * no recorded **lägesbild** on or before `asOf`, and one fell due before `asOf` on the timetable the
 * schedule lists: the first lägesbild is due at the end of the first interval from the validity's
 * start (under lag (2023:196), from 1 July 2023 at the earliest).
 */
export const situationalPictureMissing = defineRule({
  code: "situational_picture_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.situationalPictureDate === undefined && d.overdueSituationalPicture) {
        report(d.path("situationalPicture"), { asOf: d.asOf, dueOn: dueOn(d.overdueSituationalPicture) });
      }
    });
  },
});
