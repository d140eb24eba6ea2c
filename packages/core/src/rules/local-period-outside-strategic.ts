import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";
import { eachLocalPart } from "./set.js";

/**
 * `local_period_outside_strategic` (warning): a del 2 that starts before its del 1 starts or ends
 * after it ends (an open-ended del 2 under a bounded del 1 ends after it). A warning, not an
 * error: a del 2 or handlingsplan for the next year is often adopted in the autumn before the new
 * del 1 is signed. Unknown bounds (a del 1 that runs from an unknown signing date) are not judged.
 */
export const localPeriodOutsideStrategic = defineRule({
  code: "local_period_outside_strategic",
  severity: "warning",
  scope: "set",
  check(set, report) {
    eachLocalPart(set, ({ local, strategic, index }) => {
      if (!strategic) return;
      const inner = resolveValidity(local);
      const outer = resolveValidity(strategic);
      const startsBefore = inner.start !== undefined && outer.start !== undefined && inner.start < outer.start;
      const endsAfter = typeof outer.end === "string" && outer.end !== "open" && (inner.end === "open" || (inner.end !== undefined && inner.end > outer.end));
      if (startsBefore || endsAfter) report(["agreements", index, "validity"], {});
    });
  },
});
