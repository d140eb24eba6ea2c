import type { IssuePath } from "../issues/issue.js";
import type { CitizenPromisePeriod } from "../model/citizen-promise.js";
import { firstDayOf, lastDayOf } from "../schedule/civil-date.js";
import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";

const reversed = (period: CitizenPromisePeriod) => period.end !== undefined && lastDayOf(period.end) < firstDayOf(period.start);

/**
 * `validity_end_before_start` (error): the validity ends before it starts, at whatever precision
 * the text gave ("2019–2017", or 1 March 2025 – 28 February 2025); and a medborgarlöfte whose
 * period does, in an agreement or as a document of its own.
 */
export const validityEndBeforeStart = defineRule({
  code: "validity_end_before_start",
  severity: "error",
  scope: "document",
  check(document, report) {
    if (document.type === "citizen_promise") {
      if (reversed(document.period)) report(["period", "end"], {});
      return;
    }
    const { start, end } = resolveValidity(document);
    if (start !== undefined && end !== "open" && end !== undefined && end < start) report(["validity", "end"], {});
    document.citizenPromises?.forEach(({ period }, i) => {
      if (reversed(period)) report(["citizenPromises", i, "period", "end"] satisfies IssuePath, {});
    });
  },
});
