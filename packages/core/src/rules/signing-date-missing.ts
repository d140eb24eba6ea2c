import { defineRule } from "./rule.js";
import { signingDate } from "./dates.js";

/**
 * `signing_date_missing` (warning): the agreement is valid **från och med undertecknandet** but no
 * whole signing date is recorded, so nobody can tell when it began (or will begin).
 */
export const signingDateMissing = defineRule({
  code: "signing_date_missing",
  severity: "warning",
  scope: "agreement",
  check(agreement, report) {
    if (agreement.validity.start.type === "from_signing" && signingDate(agreement) === undefined) report(["validity", "start"], {});
  },
});
