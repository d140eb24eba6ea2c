import { localsOf } from "../schedule/law.js";
import { defineRule } from "./rule.js";
import { signingParties } from "./signers.js";

/**
 * `contact_missing` (warning): a party with no contact person in the agreement: no kommunpolis or
 * other contact for Polisen, no säkerhetschef, samordnare or other contact for a kommun. A del 1
 * leaves a kommun with its own del 2 in the same set to that del 2, and a del 2 whose del 1 has a
 * police contact shares it.
 */
export const contactMissing = defineRule({
  code: "contact_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    const { structure } = agreement;
    const has = new Set(agreement.contacts?.map((c) => c.partyId));
    const del1 = structure.type === "local" ? context.strategicById?.get(structure.strategicId) : undefined;
    const policeId = agreement.parties.police.id;
    if (del1?.contacts?.some((c) => c.partyId === del1.parties.police.id)) has.add(policeId);
    for (const party of signingParties(agreement.parties)) {
      if (has.has(party.id)) continue;
      const code = party.side === "municipality" ? agreement.parties.municipalities[party.index]!.code : undefined;
      if (structure.type === "strategic" && code !== undefined && context.holders && localsOf(context.holders, agreement.id, code) > 0) continue;
      report(party.path, { side: party.side });
    }
  },
});
