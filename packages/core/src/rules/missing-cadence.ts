import { defineRule } from "./rule.js";

/**
 * `missing_cadence` (warning): a forum or follow-up that does not say how often. Nothing can be
 * scheduled from it; say `when_needed` or `continuous` where that is what the text means.
 */
export const missingCadence = defineRule({
  code: "missing_cadence",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    agreement.forums?.forEach((f, i) => f.cadence || report(["forums", i], { subject: "forum" }));
    agreement.followUps?.forEach((f, i) => f.cadence || report(["followUps", i], { subject: "follow_up" }));
  },
});
