import { defineRule } from "./rule.js";

/**
 * `party_missing` (error): a document with no party besides Polisen: no kommun (nor a body within
 * one) and no other party such as a region.
 */
export const partyMissing = defineRule({
  code: "party_missing",
  severity: "error",
  scope: "document",
  check(document, report) {
    const { municipalities, others } = document.parties;
    if (municipalities.length === 0 && !others?.length) report(["parties", "municipalities"], {});
  },
});
