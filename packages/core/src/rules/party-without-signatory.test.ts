import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "party_without_signatory";
const police = agreement().parties.police;
const kso = (partyId: string) => signed(`kso-${partyId}`, partyId, "municipal_board_chair", "2024-12-15");
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15");

describe("party_without_signatory", () => {
  it("fires on a kommun nobody signs for", () => {
    const doc = agreement({ signatories: [lpo] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["parties", "municipalities", 0], params: { partyIndex: 0, side: "municipality" } },
    ]);
  });

  it("fires on Polisen when only the kommun signs", () => {
    const doc = agreement({ signatories: [kso("kavlinge")] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["parties", "police"], params: { partyIndex: 0, side: "police" } },
    ]);
  });

  it("does not fire when every party has a signatory, dated or not", () => {
    const undated = agreement({ signatories: [{ id: "kso", partyId: "kavlinge", role: "municipal_board_chair" }, lpo] });
    expect(issuesOf(undated, CODE)).toEqual([]);
  });

  it("fires on every party of an unsigned draft", () => {
    expect(issuesOf(agreement({ signatories: [] }), CODE).map((i) => i.path)).toEqual([["parties", "police"], ["parties", "municipalities", 0]]);
    expect(issuesOf(agreement({ signatories: undefined }), CODE)).toHaveLength(2);
  });

  it("gives the index of the unsigned kommun in a joint agreement", () => {
    const parties = {
      police,
      municipalities: [
        { id: "arvidsjaur", code: "2505" },
        { id: "arjeplog", code: "2506" },
      ],
    };
    expect(issuesOf(agreement({ parties, signatories: [lpo, kso("arvidsjaur")] }), CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["parties", "municipalities", 1], params: { partyIndex: 1, side: "municipality" } },
    ]);
    expect(issuesOf(agreement({ parties, signatories: [lpo, kso("arvidsjaur"), kso("arjeplog")] }), CODE)).toEqual([]);
  });
});
