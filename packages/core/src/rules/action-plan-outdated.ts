import { defineRule } from "./rule.js";
import { eachDutiesAsOf, monthsAfter } from "./law-duties.js";

/**
 * `action_plan_outdated` (warning, only with `asOf`): a kommun's **åtgärdsplan** was decided before
 * its latest lägesbild (the law has the plan follow from the lägesbild), or, with no newer
 * lägesbild, is older than the lägesbild interval on `asOf`.
 */
export const actionPlanOutdated = defineRule({
  code: "action_plan_outdated",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      const decided = d.actionPlanDate;
      if (decided === undefined) return;
      const path = [...d.path("actionPlan"), "date"];
      if (d.situationalPictureDate !== undefined && decided < d.situationalPictureDate) {
        report(path, { asOf: d.asOf, reason: "older_than_situational_picture" });
      } else if (monthsAfter(decided, d.intervalMonths) < d.asOf) {
        report(path, { asOf: d.asOf, reason: "interval" });
      }
    });
  },
});
