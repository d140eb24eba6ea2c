import type { Parties } from "../model/party.js";
import type { Signatory } from "../model/people.js";
import { defineRule, type Report } from "./rule.js";
import { signingParties } from "./signers.js";

function check(parties: Parties, signatories: readonly Signatory[] | undefined, report: Report<"party_without_signatory">): void {
  const signed = new Set(signatories?.map((s) => s.partyId));
  for (const party of signingParties(parties)) {
    if (!signed.has(party.id)) report(party.path, { partyIndex: party.index, side: party.side });
  }
}

/**
 * `party_without_signatory` (warning): a party (Polisen or a kommun) that no signatory signs for.
 * A draft often lacks them; a finished agreement names who signs for every party.
 */
export const partyWithoutSignatory = defineRule({
  code: "party_without_signatory",
  severity: "warning",
  scope: "document",
  check: (document, report) => check(document.parties, document.signatories, report),
});
