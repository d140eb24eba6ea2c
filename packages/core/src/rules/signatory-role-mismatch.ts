import type { Parties } from "../model/party.js";
import type { Signatory } from "../model/people.js";
import { MUNICIPAL_ROLES, POLICE_ROLES } from "../model/roles.js";
import { defineRule, type Report } from "./rule.js";
import { signingParties } from "./signers.js";

function check(parties: Parties, signatories: readonly Signatory[] | undefined, report: Report<"signatory_role_mismatch">): void {
  const sides = new Map(signingParties(parties).map((p) => [p.id, p.side]));
  signatories?.forEach((s, i) => {
    const side = sides.get(s.partyId);
    if ((side === "municipality" && POLICE_ROLES.has(s.role)) || (side === "police" && MUNICIPAL_ROLES.has(s.role))) {
      report(["signatories", i, "role"], { side });
    }
  });
}

/**
 * `signatory_role_mismatch` (error): a signatory signs for a party in a role of the other side: a
 * kommunpolis or LPO-chef for a kommun, a KSO or säkerhetschef for Polisen. A kontaktperson or
 * another role (`other`) signs for either.
 */
export const signatoryRoleMismatch = defineRule({
  code: "signatory_role_mismatch",
  severity: "error",
  scope: "document",
  check: (document, report) => check(document.parties, document.signatories, report),
});
