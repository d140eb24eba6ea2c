import { defineRule } from "./rule.js";

/**
 * `content_missing` (info): an agreement that names no forum, no follow-up or no focus area (one
 * finding for each that is missing). Worth knowing in a draft; a del 2 is judged by
 * `local_content_missing` instead, and a del 1 only for its focus areas (its del 2s may hold the
 * forums and follow-ups).
 */
export const contentMissing = defineRule({
  code: "content_missing",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    const type = agreement.structure.type;
    if (type === "local") return;
    if (type !== "strategic") {
      if (!agreement.forums?.length) report(["forums"], { part: "forums" });
      if (!agreement.followUps?.length) report(["followUps"], { part: "follow_ups" });
    }
    if (!agreement.focusAreas?.length) report(["focusAreas"], { part: "focus_areas" });
  },
});
