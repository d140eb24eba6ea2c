import { MUNICIPAL_ROLES, POLICE_ROLES } from "../model/roles.js";
import { defineRule } from "./rule.js";
import { signatoryLists, signingParties } from "./signers.js";

/**
 * `signatory_role_mismatch` (error): a signatory signs for a party in a role of the other side: a
 * kommunpolis or LPO-chef for a kommun, a KSO or säkerhetschef for Polisen; in the agreement's own
 * signatories and a medborgarlöfte's. A kontaktperson or another role (`other`) signs for either.
 */
export const signatoryRoleMismatch = defineRule({
  code: "signatory_role_mismatch",
  severity: "error",
  scope: "document",
  check(document, report) {
    const sides = new Map(signingParties(document.parties).map((p) => [p.id, p.side]));
    for (const { list, prefix } of signatoryLists(document)) {
      list.forEach((s, i) => {
        const side = sides.get(s.partyId);
        if ((side === "municipality" && POLICE_ROLES.has(s.role)) || (side === "police" && MUNICIPAL_ROLES.has(s.role))) {
          report([...prefix, "signatories", i, "role"], { side });
        }
      });
    }
  },
});
