import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";

/** What an id names, so a reference can say what it should point to. */
export type IdKind = "agreement" | "party" | "forum" | "focus_area" | "goal" | "plan" | "activity" | "citizen_promise" | "commitment" | "follow_up" | "contact" | "signatory";

/**
 * Calls `visit` for every id an agreement declares, with what it names and a function that gives
 * where: paths are built only for the ids a rule reports, which keeps valid documents fast.
 */
export function eachDeclaredId(agreement: Agreement, visit: (id: string, kind: IdKind, path: () => IssuePath) => void): void {
  visit(agreement.id, "agreement", () => ["id"]);
  visit(agreement.parties.police.id, "party", () => ["parties", "police", "id"]);
  agreement.parties.municipalities.forEach((m, i) => visit(m.id, "party", () => ["parties", "municipalities", i, "id"]));
  const lists = [
    ["forums", "forum", agreement.forums],
    ["focusAreas", "focus_area", agreement.focusAreas],
    ["goals", "goal", agreement.goals],
    ["plans", "plan", agreement.plans],
    ["citizenPromises", "citizen_promise", agreement.citizenPromises],
    ["followUps", "follow_up", agreement.followUps],
    ["contacts", "contact", agreement.contacts],
    ["signatories", "signatory", agreement.signatories],
  ] as const;
  for (const [key, kind, list] of lists) list?.forEach((item, i) => visit(item.id, kind, () => [key, i, "id"]));
  agreement.plans?.forEach((plan, i) =>
    plan.activities?.forEach((a, j) => visit(a.id, "activity", () => ["plans", i, "activities", j, "id"])),
  );
  agreement.citizenPromises?.forEach((p, i) =>
    p.commitments.forEach((c, j) => visit(c.id, "commitment", () => ["citizenPromises", i, "commitments", j, "id"])),
  );
}
