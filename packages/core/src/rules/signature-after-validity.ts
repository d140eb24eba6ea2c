import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";

/**
 * `signature_after_validity` (error): a signature dated after the validity ended; the agreement
 * was never in force.
 */
export const signatureAfterValidity = defineRule({
  code: "signature_after_validity",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const { end } = resolveValidity(agreement);
    if (end === "open" || end === undefined) return;
    agreement.signatories?.forEach((s, i) => {
      const date = s.signature?.date;
      if (date !== undefined && date > end) report(["signatories", i, "signature", "date"], {});
    });
  },
});
