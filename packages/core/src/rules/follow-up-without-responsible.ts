import { defineRule } from "./rule.js";
import { eachNode } from "./walk.js";

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
  check(document, report) {
    eachNode(document, (f, path) => {
      if (path[path.length - 2] !== "followUps" || (f.kind !== "follow_up" && f.kind !== "leadership_report")) return;
      const listed = (value: unknown) => Array.isArray(value) && value.length > 0;
      if (f.responsibleSide !== undefined || listed(f.responsibleRoles) || f.forumId !== undefined || listed(f.actorIds)) return;
      report(path, {});
    });
  },
});
