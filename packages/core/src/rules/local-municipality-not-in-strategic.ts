import { defineRule } from "./rule.js";
import { eachLocalPart } from "./set.js";

/**
 * `local_municipality_not_in_strategic` (error): a del 2 for a kommun that is not a party of the
 * del 1 it completes.
 */
export const localMunicipalityNotInStrategic = defineRule({
  code: "local_municipality_not_in_strategic",
  severity: "error",
  scope: "set",
  check(set, report) {
    eachLocalPart(set, ({ municipality, strategic, index }) => {
      if (strategic && !strategic.parties.municipalities.some((m) => m.code === municipality)) {
        report(["agreements", index, "structure", "municipality"], {});
      }
    });
  },
});
