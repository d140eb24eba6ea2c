import { isKnownMunicipalityCode } from "../data/municipality-codes.js";
import { defineRule } from "./rule.js";
import { indexOf, pathOf } from "./walk.js";

/**
 * `unknown_municipality_code` (error): a kommunkod, among the parties or anywhere else in the
 * document, that is not one of Sweden's 290.
 */
export const unknownMunicipalityCode = defineRule({
  code: "unknown_municipality_code",
  severity: "error",
  scope: "document",
  check(document, report, context) {
    document.parties.municipalities.forEach((party, i) => {
      if (!isKnownMunicipalityCode(party.code)) report(["parties", "municipalities", i, "code"], {});
    });
    for (const { code, at } of indexOf(document, context).municipalities) if (!isKnownMunicipalityCode(code)) report(pathOf(at), {});
  },
});
