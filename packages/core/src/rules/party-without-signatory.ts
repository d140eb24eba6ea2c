import { defineRule } from "./rule.js";

/**
 * `party_without_signatory` (warning): a party (Polisen or a kommun) that no signatory signs for.
 * A draft often lacks them; a finished agreement names who signs for every party.
 */
export const partyWithoutSignatory = defineRule({
  code: "party_without_signatory",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    const signed = new Set(agreement.signatories?.map((s) => s.partyId));
    const { police, municipalities } = agreement.parties;
    if (!signed.has(police.id)) report(["parties", "police"], { partyIndex: 0, side: "police" });
    municipalities.forEach((m, i) => {
      if (!signed.has(m.id)) report(["parties", "municipalities", i], { partyIndex: i, side: "municipality" });
    });
  },
});
