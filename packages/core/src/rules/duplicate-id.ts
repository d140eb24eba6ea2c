import type { IssuePath } from "../issues/issue.js";
import { defineRule } from "./rule.js";
import { indexOf, pathOf, type Trail } from "./walk.js";

/**
 * `duplicate_id` (error): two things in one document share an id, so a reference to it is
 * ambiguous. `params.firstPath` says where the id was first declared.
 */
export const duplicateId = defineRule({
  code: "duplicate_id",
  severity: "error",
  scope: "document",
  check(document, report, context) {
    const seen = new Map<string, Trail>();
    for (const { id, at } of indexOf(document, context).ids) {
      const first = seen.get(id);
      if (first) report(pathOf(at), { firstPath: pathOf(first) });
      else seen.set(id, at);
    }
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
