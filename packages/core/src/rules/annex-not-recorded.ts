import { defineRule } from "./rule.js";

/**
 * `annex_not_recorded` (info): a **bilaga** the agreement refers to (its medborgarlöften, its
 * åtgärdsplan) is recorded nowhere: neither in the document (`ref`) nor as another document
 * (`documentId`). Record it, or know that checks and schedules cannot see it.
 */
export const annexNotRecorded = defineRule({
  code: "annex_not_recorded",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    agreement.annexes?.forEach((annex, i) => {
      if (annex.ref === undefined && annex.documentId === undefined) report(["annexes", i], {});
    });
  },
});
