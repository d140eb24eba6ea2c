import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";

/**
 * `signature_retroactive` (info): a signature dated after the validity began but before it ended
 * (Kristianstad 2025–2028 was signed on 7 February 2025). Common and legitimate, worth knowing.
 * Agreements that run "from signing" are never retroactive.
 */
export const signatureRetroactive = defineRule({
  code: "signature_retroactive",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    if (agreement.validity.start.type === "from_signing") return;
    const { start, end } = resolveValidity(agreement);
    if (start === undefined) return;
    agreement.signatories?.forEach((s, i) => {
      const date = s.signature?.date;
      if (date !== undefined && date > start && (end === "open" || date <= end)) {
        report(["signatories", i, "signature", "date"], {});
      }
    });
  },
});
