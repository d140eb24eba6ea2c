import { defineRule } from "./rule.js";
import { eachMunicipalityReference } from "./walk.js";

/**
 * `municipality_not_party` (error): a del 2, forum, goal, plan, medborgarlöfte, follow-up or
 * signatory names a kommun that is not a party to the agreement. Contacts are exempt: one
 * kommunpolis often serves several kommuner ("Kommunpolis Osby, Östra Göinge"), not all of them
 * parties to this agreement.
 */
export const municipalityNotParty = defineRule({
  code: "municipality_not_party",
  severity: "error",
  scope: "agreement",
  check(agreement, report) {
    const parties = new Set(agreement.parties.municipalities.map((m) => m.code));
    eachMunicipalityReference(agreement, (code, path) => {
      if (!parties.has(code) && path[0] !== "contacts") report(path, {});
    });
  },
});
