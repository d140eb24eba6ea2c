import type { ForumKind } from "../model/forum.js";
import { defineRule } from "./rule.js";

// Ways of working run per case or by inspection, or at individual level (spindelgrupper work with
// single young people, with their guardians' consent): no text says how often they "meet".
const CASE_DRIVEN: ReadonlySet<ForumKind> = new Set(["sspf", "sig", "bob", "defector_programme", "joint_inspection", "spider_group"]);

/**
 * `missing_cadence` (info): a forum or follow-up that does not say how often, so nothing can be
 * scheduled from it (say `when_needed` or `continuous` where that is what the text means). Not
 * reported where no cadence is to be expected: forums run per case or at individual level (SSPF,
 * SIG, BOB, avhopparverksamhet, tillsyn, spindelgrupper, level `individual`), forums the text only
 * recommends ("bör finnas": a `modality` other than `shall`), one-off follow-ups (with `due`), and
 * Polisen's trygghetsmätning, which the schedule dates by default.
 */
export const missingCadence = defineRule({
  code: "missing_cadence",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    agreement.forums?.forEach((f, i) => {
      const recommended = f.modality !== undefined && f.modality !== "shall";
      if (!f.cadence && !CASE_DRIVEN.has(f.kind) && f.level !== "individual" && !recommended) report(["forums", i], { subject: "forum" });
    });
    agreement.followUps?.forEach((f, i) => {
      if (!f.cadence && !f.due && f.kind !== "safety_survey") report(["followUps", i], { subject: "follow_up" });
    });
  },
});
