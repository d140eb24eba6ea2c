import { defineRule } from "./rule.js";
import { eachDutiesAsOf } from "./law-duties.js";

/**
 * `action_plan_missing` (warning, only with `asOf`): a kommun the agreement speaks for has no
 * recorded decision on an **åtgärdsplan** dated on or before `asOf`, although Lag (2023:196) is in
 * force and the agreement is valid on that day.
 */
export const actionPlanMissing = defineRule({
  code: "action_plan_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.actionPlanDate === undefined) report(d.path("actionPlan"), { asOf: d.asOf });
    });
  },
});
