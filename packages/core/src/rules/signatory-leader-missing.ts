import { MUNICIPAL_LEADER_ROLES, POLICE_LEADER_ROLES, UNIT_LEADER_ROLES } from "../model/roles.js";
import { defineRule } from "./rule.js";
import { signatoryLists, signingParties } from "./signers.js";

/**
 * `signatory_leader_missing` (warning): a party signs, but no one who leads it: Polisen without a
 * lokalpolisområdeschef (or biträdande LPO-chef, polisområdeschef, regionpolischef), for example
 * signed by the kommunpolis alone; a kommun without its KSO (or vice KSO), a kommunalråd or its
 * kommundirektör; a stadsdelsnämnd or -förvaltning without those or its own ordförande or
 * direktör. Judged for the agreement's own signatories and for each medborgarlöfte's that has any.
 */
export const signatoryLeaderMissing = defineRule({
  code: "signatory_leader_missing",
  severity: "warning",
  scope: "document",
  check(document, report) {
    for (const { list, prefix } of signatoryLists(document)) {
      for (const party of signingParties(document.parties)) {
        const own = list.filter((s) => s.partyId === party.id);
        // A party nobody signs for is party_without_signatory's.
        if (own.length === 0) continue;
        const leaders = party.side === "police" ? POLICE_LEADER_ROLES : party.unit ? UNIT_LEADER_ROLES : MUNICIPAL_LEADER_ROLES;
        // At the party; for a medborgarlöfte's signatories, at that list (the löfte has no parties of its own).
        if (!own.some((s) => leaders.has(s.role))) report(prefix.length ? [...prefix, "signatories"] : party.path, { side: party.side });
      }
    }
  },
});
