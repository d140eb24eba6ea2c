import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "unknown_municipality_code";
const police = agreement().parties.police;
const withKommun = (code: string) =>
  agreement({ parties: { police, municipalities: [{ id: "kavlinge", code }] } });

describe("unknown_municipality_code", () => {
  it("fires on a party whose kommunkod is not one of the 290", () => {
    expect(issuesOf(withKommun("1299"), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["parties", "municipalities", 0, "code"], params: {} },
    ]);
  });

  it("does not fire on a real kommunkod (Kristianstad 1290, Stockholm 0180)", () => {
    expect(issuesOf(withKommun("1290"), CODE)).toEqual([]);
    expect(issuesOf(withKommun("0180"), CODE)).toEqual([]);
  });

  it("fires on a code outside the parties, once per place it is named", () => {
    const doc = agreement({
      parties: { police, municipalities: [{ id: "kavlinge", code: "1261" }, { id: "x", code: "0000" }] },
      contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261", "0000"] }],
      signatories: [
        signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"),
        signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15"),
        { ...signed("x-kso", "x", "municipal_board_chair", "2024-12-15"), municipality: "0000" },
      ],
    });
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([
      ["parties", "municipalities", 1, "code"],
      ["signatories", 2, "municipality"],
      ["contacts", 0, "municipalities", 1],
    ]);
  });

  it("checks the del 2's kommun", () => {
    const doc = agreement({ structure: { type: "local", strategicId: "del-1", municipality: "9999" } });
    expect(issuesOf(doc, CODE)).toEqual([{ code: CODE, severity: "error", path: ["structure", "municipality"], params: {} }]);
  });
});
