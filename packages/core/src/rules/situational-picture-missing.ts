import { defineRule } from "./rule.js";
import { eachDutiesAsOf } from "./law-duties.js";

/**
 * `situational_picture_missing` (warning, only with `asOf`): a kommun the agreement speaks for has
 * no recorded **lägesbild** dated on or before `asOf`, although Lag (2023:196) is in force and the
 * agreement is valid on that day.
 */
export const situationalPictureMissing = defineRule({
  code: "situational_picture_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.situationalPictureDate === undefined) report(d.path("situationalPicture"), { asOf: d.asOf });
    });
  },
});
