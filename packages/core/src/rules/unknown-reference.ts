import type { IssuePath } from "../issues/issue.js";
import { defineRule } from "./rule.js";
import type { Agreement } from "../model/agreement.js";

type Target = "party" | "forum" | "plan" | "focus_area";

const ids = (list: readonly { id: string }[] | undefined) => new Set(list?.map((item) => item.id));

// The ids each kind of reference may point to.
function declaredTargets(agreement: Agreement): Record<Target, Set<string>> {
  const party = ids(agreement.parties.municipalities).add(agreement.parties.police.id);
  return { party, forum: ids(agreement.forums), plan: ids(agreement.plans), focus_area: ids(agreement.focusAreas) };
}

/**
 * `unknown_reference` (error): a `partyId`, `forumId`, `forumIds`, `planId` or `focusAreaIds`
 * entry that names nothing of that kind in the agreement.
 */
export const unknownReference = defineRule({
  code: "unknown_reference",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const declared = declaredTargets(agreement);
    const expect = (id: string, target: Target, path: IssuePath) => {
      if (!declared[target].has(id)) report(path, { target });
    };
    const partyLists = [
      ["contacts", agreement.contacts],
      ["signatories", agreement.signatories],
      ["decisionBodies", agreement.decisionBodies],
    ] as const;
    for (const [key, list] of partyLists) list?.forEach((item, i) => expect(item.partyId, "party", [key, i, "partyId"]));
    agreement.references?.forEach((r, i) => r.partyId !== undefined && expect(r.partyId, "party", ["references", i, "partyId"]));
    agreement.focusAreas?.forEach((area, i) =>
      area.forumIds?.forEach((id, j) => expect(id, "forum", ["focusAreas", i, "forumIds", j])),
    );
    agreement.followUps?.forEach((f, i) => {
      if (f.forumId !== undefined) expect(f.forumId, "forum", ["followUps", i, "forumId"]);
      f.feeds?.forEach((feed, j) => {
        if (feed.type === "plan_revision") expect(feed.planId, "plan", ["followUps", i, "feeds", j, "planId"]);
      });
    });
    agreement.goals?.forEach((g, i) =>
      g.focusAreaIds?.forEach((id, j) => expect(id, "focus_area", ["goals", i, "focusAreaIds", j])),
    );
    agreement.plans?.forEach((plan, i) =>
      plan.activities?.forEach((a, j) =>
        a.focusAreaIds?.forEach((id, k) => expect(id, "focus_area", ["plans", i, "activities", j, "focusAreaIds", k])),
      ),
    );
  },
});
