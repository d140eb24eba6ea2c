import type { IssuePath } from "../issues/issue.js";
import { defineRule } from "./rule.js";
import { eachDeclaredId } from "./ids.js";

/**
 * `duplicate_id` (error): two things in one agreement share an id, so a reference to it is
 * ambiguous. `params.firstPath` says where the id was first declared.
 */
export const duplicateId = defineRule({
  code: "duplicate_id",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const seen = new Map<string, IssuePath>();
    eachDeclaredId(agreement, (id, _kind, path) => {
      const firstPath = seen.get(id);
      if (firstPath) report(path, { firstPath });
      else seen.set(id, path);
    });
  },
});

/**
 * `duplicate_id` (error), across a set: two agreements in one set share an id, so a del 2's
 * `strategicId` could name either.
 */
export const duplicateAgreementId = defineRule({
  code: "duplicate_id",
  severity: "error",
  scope: "set",
  check(set, report) {
    const seen = new Map<string, IssuePath>();
    set.agreements.forEach((agreement, i) => {
      const path = ["agreements", i, "id"];
      const firstPath = seen.get(agreement.id);
      if (firstPath) report(path, { firstPath });
      else seen.set(agreement.id, path);
    });
  },
});
