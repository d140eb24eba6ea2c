import { defineRule } from "./rule.js";

/**
 * `signature_date_incomplete` (warning): the text has a signature line but not a whole date
 * ("Kävlinge den 11": the month and year are cut off).
 */
export const signatureDateIncomplete = defineRule({
  code: "signature_date_incomplete",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    agreement.signatories?.forEach((s, i) => {
      const signature = s.signature;
      if (signature && signature.date === undefined && (signature.partialDate || signature.asWritten)) {
        report(["signatories", i, "signature"], {});
      }
    });
  },
});
