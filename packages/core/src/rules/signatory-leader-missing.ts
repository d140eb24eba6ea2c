import type { Parties } from "../model/party.js";
import type { Signatory } from "../model/people.js";
import { MUNICIPAL_LEADER_ROLES, POLICE_LEADER_ROLES } from "../model/roles.js";
import { defineRule, type Report } from "./rule.js";
import { signingParties } from "./signers.js";

function check(parties: Parties, signatories: readonly Signatory[] | undefined, report: Report<"signatory_leader_missing">): void {
  for (const party of signingParties(parties)) {
    const own = signatories?.filter((s) => s.partyId === party.id) ?? [];
    // A party nobody signs for is party_without_signatory's.
    if (own.length === 0) continue;
    const leaders = party.side === "police" ? POLICE_LEADER_ROLES : MUNICIPAL_LEADER_ROLES;
    if (!own.some((s) => leaders.has(s.role))) report(party.path, { side: party.side });
  }
}

/**
 * `signatory_leader_missing` (warning): a party signs, but no one who leads it: Polisen without a
 * lokalpolisområdeschef (or biträdande LPO-chef, polisområdeschef, regionpolischef), for example
 * signed by the kommunpolis alone; a kommun without its KSO (or vice KSO), a kommunalråd or its
 * kommundirektör (or, for a stadsdelsnämnd, its ordförande or direktör).
 */
export const signatoryLeaderMissing = defineRule({
  code: "signatory_leader_missing",
  severity: "warning",
  scope: "document",
  check: (document, report) => check(document.parties, document.signatories, report),
});
