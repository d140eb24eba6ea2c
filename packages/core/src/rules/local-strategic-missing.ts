import { defineRule } from "./rule.js";
import { eachLocalPart } from "./set.js";

/** `local_strategic_missing` (warning): a del 2 whose `strategicId` names no del 1 in the set. */
export const localStrategicMissing = defineRule({
  code: "local_strategic_missing",
  severity: "warning",
  scope: "set",
  check(set, report) {
    eachLocalPart(set, ({ strategic, index }) => {
      if (!strategic) report(["agreements", index, "structure", "strategicId"], {});
    });
  },
});
