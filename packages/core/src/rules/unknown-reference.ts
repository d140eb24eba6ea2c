import type { IssuePath } from "../issues/issue.js";
import { defineRule } from "./rule.js";
import { eachDeclaredId, type IdKind } from "./ids.js";

type Target = "party" | "forum" | "plan" | "focus_area";

/**
 * `unknown_reference` (error): a `partyId`, `forumId`, `forumIds`, `planId` or `focusAreaIds`
 * entry that names nothing of that kind in the agreement.
 */
export const unknownReference = defineRule({
  code: "unknown_reference",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const declared = new Set<string>();
    eachDeclaredId(agreement, (id, kind: IdKind) => declared.add(`${kind}:${id}`));
    const expect = (id: string, target: Target, path: IssuePath) => {
      if (!declared.has(`${target}:${id}`)) report(path, { target });
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
