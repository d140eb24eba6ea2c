import { defineRule } from "./rule.js";
import { dueOn, eachDutiesAsOf } from "./law-duties.js";

/**
 * `action_plan_missing` (warning, only with `asOf`): a kommun the agreement speaks for has no
 * recorded decision on an **åtgärdsplan** on or before `asOf`, and one fell due before `asOf`: six
 * months after the lägesbild it follows from, on the timetable the schedule lists.
 */
export const actionPlanMissing = defineRule({
  code: "action_plan_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      if (d.actionPlanDate === undefined && d.overdueActionPlan) {
        report(d.path("actionPlan"), { asOf: d.asOf, dueOn: dueOn(d.overdueActionPlan) });
      }
    });
  },
});
