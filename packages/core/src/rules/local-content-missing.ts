import type { LocalPart } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import { defineRule } from "./rule.js";

/** What a del 2 holds when its del 1 does not say: lokala mål, a plan, and how it is followed up. */
export const DEFAULT_LOCAL_CONTENT: readonly LocalPart[] = ["goals", "plans", "follow_ups"];

const holds: Record<LocalPart, (a: Agreement) => boolean> = {
  goals: (a) => Boolean(a.goals?.length),
  plans: (a) => Boolean(a.plans?.length),
  follow_ups: (a) => Boolean(a.followUps?.length),
  citizen_promises: (a) => Boolean(a.citizenPromises?.length || a.citizenPromiseCycle),
};

/**
 * `local_content_missing` (warning): a del 2 without the local parts a del 2 holds: what its del 1
 * asks for (`structure.localContent`, when the del 1 is in the same set: "del 2 ska innehålla
 * lokala mål, lokala genomförande-, och uppföljningsplaner samt medborgarlöften"), else lokala mål,
 * a plan and a follow-up. One finding per del 2, naming what is missing.
 */
export const localContentMissing = defineRule({
  code: "local_content_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    const { structure } = agreement;
    if (structure.type !== "local") return;
    const del1 = context.strategicById?.get(structure.strategicId);
    const asked = del1?.structure.type === "strategic" ? del1.structure.localContent : undefined;
    const missing = (asked?.length ? asked : DEFAULT_LOCAL_CONTENT).filter((part) => !holds[part](agreement));
    if (missing.length) report(["structure"], { missing });
  },
});
