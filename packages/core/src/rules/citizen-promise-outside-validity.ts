import { defineRule } from "./rule.js";
import { periodWithin, resolveValidity } from "./dates.js";

/**
 * `citizen_promise_outside_validity` (warning): a medborgarlöfte whose period, with its last
 * extension, begins before or ends after the agreement's validity.
 */
export const citizenPromiseOutsideValidity = defineRule({
  code: "citizen_promise_outside_validity",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    const validity = resolveValidity(agreement);
    agreement.citizenPromises?.forEach((promise, i) => {
      let end = promise.period.end;
      for (const extension of promise.extensions ?? []) if (extension.end > end) end = extension.end;
      if (!periodWithin(promise.period.start, end, validity)) report(["citizenPromises", i, "period"], {});
    });
  },
});
