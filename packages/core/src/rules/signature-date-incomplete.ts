import { defineRule } from "./rule.js";

/**
 * `signature_date_incomplete` (warning): the text has a signature line but not a whole date
 * ("Kävlinge den 11": the month and year are cut off). One line the parties signed together is one
 * finding, at its first signatory: signatures with the same words, place and partial date are one
 * line.
 */
export const signatureDateIncomplete = defineRule({
  code: "signature_date_incomplete",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    const lines = new Set<string>();
    agreement.signatories?.forEach((s, i) => {
      const signature = s.signature;
      if (!signature || signature.date !== undefined || (!signature.partialDate && !signature.asWritten)) return;
      const line = JSON.stringify([signature.asWritten, signature.place, signature.partialDate]);
      if (lines.has(line)) return;
      lines.add(line);
      report(["signatories", i, "signature"], {});
    });
  },
});
