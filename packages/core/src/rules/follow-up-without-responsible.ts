import { defineRule } from "./rule.js";
import { indexOf, pathOf } from "./walk.js";

/**
 * `follow_up_without_responsible` (warning): a follow-up (of kind `follow_up` or
 * `leadership_report`) that says no one is responsible: no side, role, forum or actor; the
 * agreement's own, a medborgarlöfte's, or a medborgarlöfte document's. Polisen's trygghetsmätning
 * and the kommun's lägesbild have a side of their own and are not judged.
 */
export const followUpWithoutResponsible = defineRule({
  code: "follow_up_without_responsible",
  severity: "warning",
  scope: "document",
  check(document, report, context) {
    const listed = (value: unknown) => Array.isArray(value) && value.length > 0;
    for (const { followUp: f, at } of indexOf(document, context).followUps) {
      if (f.kind !== "follow_up" && f.kind !== "leadership_report") continue;
      if (f.responsibleSide !== undefined || listed(f.responsibleRoles) || f.forumId !== undefined || listed(f.actorIds)) continue;
      report(pathOf(at), {});
    }
  },
});
