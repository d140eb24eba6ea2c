import { toDay } from "../schedule/civil-date.js";
import { defineRule } from "./rule.js";
import { dueOn, eachDutiesAsOf } from "./law-duties.js";

/**
 * `action_plan_outdated` (warning, only with `asOf`): a kommun's **åtgärdsplan** was decided before
 * the lägesbild it should follow from, and the new plan fell due before `asOf`. A kommun has six
 * months from a lägesbild to decide its plan (`older_than_situational_picture` when that lägesbild
 * is the latest recorded, `interval` when it is one the timetable asked for since).
 */
export const actionPlanOutdated = defineRule({
  code: "action_plan_outdated",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    eachDutiesAsOf(agreement, context, (d) => {
      const overdue = d.overdueActionPlan;
      if (d.actionPlanDate === undefined || !overdue) return;
      const fromRecorded = d.situationalPictureDate !== undefined && overdue.start === toDay(d.situationalPictureDate) + 1;
      report([...d.path("actionPlan"), "date"], { asOf: d.asOf, dueOn: dueOn(overdue), reason: fromRecorded ? "older_than_situational_picture" : "interval" });
    });
  },
});
