import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";

/**
 * `validity_end_before_start` (error): the validity ends before it starts, at whatever precision
 * the text gave ("2019–2017", or 1 March 2025 – 28 February 2025).
 */
export const validityEndBeforeStart = defineRule({
  code: "validity_end_before_start",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const { start, end } = resolveValidity(agreement);
    if (start !== undefined && end !== "open" && end < start) report(["validity", "end"], {});
  },
});
