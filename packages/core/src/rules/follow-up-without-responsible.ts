import { defineRule } from "./rule.js";

/**
 * `follow_up_without_responsible` (warning): a follow-up (of kind `follow_up` or
 * `leadership_report`) that says no one is responsible: no side, role, forum or actor. Polisen's
 * trygghetsmätning and the kommun's lägesbild have a side of their own and are not judged.
 */
export const followUpWithoutResponsible = defineRule({
  code: "follow_up_without_responsible",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    agreement.followUps?.forEach((f, i) => {
      if (f.kind !== "follow_up" && f.kind !== "leadership_report") return;
      if (f.responsibleSide || f.responsibleRoles?.length || f.forumId !== undefined || f.actorIds?.length) return;
      report(["followUps", i], {});
    });
  },
});
