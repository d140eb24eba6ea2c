import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPath, validateAgreement } from "@samverkan/core";

// Every finding validation gives on the seeds, each with the place in the domain review
// (../shared/reviews/domain-review.md) that agrees with it. A finding that appears or goes away
// fails this test until someone checks it against the review.

function findings(name: string): string[] {
  const result = validateAgreement(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.warnings.map((w) => `${w.severity} ${w.code} ${formatPath(w.path)}`);
}

const agreed: Record<string, [finding: string, why: string][]> = {
  "ostra-goinge-2016-2018": [
    ["warning party_without_signatory parties.police", "decision 9: the text names no signatories"],
    ["warning party_without_signatory parties.municipalities[0]", "decision 9: the text names no signatories"],
    ["info content_missing forums", "the text names no forum (review 1.1: the kommunpolis and säkerhetschef set up meetings themselves)"],
    ["info annex_not_recorded annexes[0]", "review 1.1 #1: the medborgarlöften of 2016 belong to the agreement but are nowhere recorded"],
    ["info missing_cadence followUps[1]", "review 1.1 #6: the joint lägesbilder are made with no stated interval"],
  ],
  "ostra-goinge-2023-2026": [
    ["info content_missing focusAreas", "the agreement names no priority area; its forums and medborgarlöften carry the work (review 1.2)"],
    ["info missing_cadence forums[0]", "review 2.1: missing_cadence kept as info; the text gives Lokala Brå no cadence"],
  ],
  "kavlinge-2019-2022": [
    ["warning signature_date_incomplete signatories[0].signature", "review 2.1: fine for encoding old PDFs; one finding for the one line \"Kävlinge den 11\""],
    ["info annex_not_recorded annexes[0]", "review 1.3 #2: the \"framtagna medborgarlöften\" belong to the agreement but are not recorded"],
    ["info missing_cadence forums[0]", "review 2.1: info; RTH's cadence is not stated (DOMAIN.md)"],
    ["info missing_cadence forums[1]", "review 2.1: info; the operative groups' cadence is not stated"],
  ],
  "kristianstad-2025-2028": [
    ["warning contact_missing parties.municipalities[0]", "review 2.2: \"Kristianstad has no kommun contact\""],
    ["info missing_cadence forums[1]", "review 2.1: info; the beredningsgrupp's cadence is not stated"],
    ["info missing_cadence forums[2]", "review 1.4 #4 and 2.1: info; Lokala Brå's cadence is not stated"],
  ],
  "arjeplog-arvidsjaur-2023-2026": [
    ["warning signing_date_missing validity.start", "review 2.2: from-signing validity with no signing date"],
    ["warning party_without_signatory parties.police", "decision 9: the text names no signatories"],
    ["warning party_without_signatory parties.municipalities[0]", "decision 9: the text names no signatories"],
    ["warning party_without_signatory parties.municipalities[1]", "decision 9: the text names no signatories"],
    ["warning follow_up_without_responsible followUps[2]", "review 2.2: \"Arjeplog L73–80 is an example\" of a follow-up with no one responsible"],
  ],
  "arjeplog-del-2": [],
  "arvidsjaur-del-2": [],
};

describe("findings on the seeds: only those the review agrees with", () => {
  it.each(Object.entries(agreed))("%s", (name, expected) => {
    expect(findings(name)).toEqual(expected.map(([finding]) => finding));
  });

  it("none of the noise the review found (review 2.1)", () => {
    const all = Object.keys(agreed).flatMap(findings);
    expect(all.filter((f) => f.includes("signature_retroactive"))).toEqual([]);
    expect(all.filter((f) => / missing_cadence /.test(f) && f.startsWith("warning"))).toEqual([]);
    expect(all.filter((f) => f.includes("goals_missing"))).toEqual([]);
  });
});
