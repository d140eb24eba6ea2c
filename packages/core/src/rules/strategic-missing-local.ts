import { defineRule } from "./rule.js";
import { eachLocalPart } from "./set.js";

/**
 * `strategic_missing_local` (warning): a del 1 in a set has a kommun with no del 2 in the set.
 * Runs only on sets: a del 1 validated alone is not expected to bring its del 2s.
 */
export const strategicMissingLocal = defineRule({
  code: "strategic_missing_local",
  severity: "warning",
  scope: "set",
  check(set, report) {
    const covered = new Set<string>();
    eachLocalPart(set, ({ strategicIndex, municipality }) => covered.add(`${strategicIndex}:${municipality}`));
    set.agreements.forEach((a, i) => {
      if (a.structure.type !== "strategic") return;
      a.parties.municipalities.forEach((m, j) => {
        if (!covered.has(`${i}:${m.code}`)) report(["agreements", i, "parties", "municipalities", j], { municipalityIndex: j });
      });
    });
  },
});
