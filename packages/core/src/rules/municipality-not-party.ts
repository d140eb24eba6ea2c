import { defineRule } from "./rule.js";
import { indexOf, pathOf } from "./walk.js";

/**
 * `municipality_not_party` (error): a del 2, forum, goal, plan, commitment, deliverable,
 * medborgarlöfte, follow-up, decision or signatory names a kommun that is not a party to the
 * document. Contacts are exempt: one kommunpolis often serves several kommuner ("Kommunpolis Osby,
 * Östra Göinge"), not all of them parties to this agreement.
 */
export const municipalityNotParty = defineRule({
  code: "municipality_not_party",
  severity: "error",
  scope: "document",
  check(document, report, context) {
    const codes = new Set(document.parties.municipalities.map((m) => m.code));
    for (const { code, at, contact } of indexOf(document, context).municipalities) if (!codes.has(code) && !contact) report(pathOf(at), {});
  },
});
