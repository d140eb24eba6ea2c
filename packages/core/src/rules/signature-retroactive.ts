import { addMonths, toDay } from "../schedule/civil-date.js";
import { defineRule } from "./rule.js";
import { resolveValidity } from "./dates.js";

/** How long after the start a signature may come before it is worth a note. */
export const RETROACTIVE_MONTHS = 6;

/**
 * `signature_retroactive` (info): a signature dated more than six months after the validity began
 * (and before it ended). Signing a few weeks into the period is normal (Kristianstad 2025–2028 was
 * signed on 7 February 2025) and is not reported; neither is a validity given in years only and
 * signed in its first year. Agreements that run "from signing" are never retroactive.
 */
export const signatureRetroactive = defineRule({
  code: "signature_retroactive",
  severity: "info",
  scope: "agreement",
  check(agreement, report) {
    const kind = agreement.validity.start.type;
    if (kind !== "date" && kind !== "year") return;
    const { start, end } = resolveValidity(agreement);
    if (start === undefined) return;
    // A year-precision validity signed in its first year says no more than the text does.
    const grace = kind === "year" ? `${start.slice(0, 4)}-12-31` : undefined;
    const limit = toDay(start);
    agreement.signatories?.forEach((s, i) => {
      const date = s.signature?.date;
      if (date === undefined || (grace !== undefined && date <= grace)) return;
      if (typeof end === "string" && end !== "open" && date > end) return;
      if (toDay(date) > addMonths(limit, RETROACTIVE_MONTHS)) {
        report(["signatories", i, "signature", "date"], { months: RETROACTIVE_MONTHS });
      }
    });
  },
});
