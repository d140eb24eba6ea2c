import { describe, expect, it } from "vitest";
import { type Role } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "signatory_role_mismatch";
const kso = signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15");
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15");
/** The default agreement, with a third signatory for `partyId` in `role`. */
const withThird = (partyId: string, role: Role) => agreement({ signatories: [kso, lpo, signed("tredje", partyId, role, "2024-12-15")] });
const issue = (side: "police" | "municipality") => ({ code: CODE, severity: "error", path: ["signatories", 2, "role"], params: { side } });

/** Every role, with the side it belongs to (the table in model/roles.ts). */
const sideOf: Record<Role, "police" | "municipality" | "either"> = {
  community_police_officer: "police",
  local_police_area_chief: "police",
  deputy_local_police_area_chief: "police",
  police_area_chief: "police",
  regional_police_chief: "police",
  municipal_board_chair: "municipality",
  deputy_municipal_board_chair: "municipality",
  municipal_commissioner: "municipality",
  municipal_director: "municipality",
  district_director: "municipality",
  committee_chair: "municipality",
  security_manager: "municipality",
  coordinator: "municipality",
  contact_person: "either",
  other: "either",
};
const roles = Object.keys(sideOf) as Role[];

describe("signatory_role_mismatch", () => {
  it("fires on a kommunpolis signing for the kommun, with the kommun's side", () => {
    expect(issuesOf(withThird("kavlinge", "community_police_officer"), CODE)).toEqual([issue("municipality")]);
  });

  it("fires on a säkerhetschef signing for Polisen, with Polisen's side", () => {
    expect(issuesOf(withThird("polisen", "security_manager"), CODE)).toEqual([issue("police")]);
  });

  it("does not fire on the same roles signing for their own side", () => {
    expect(issuesOf(withThird("polisen", "community_police_officer"), CODE)).toEqual([]);
    expect(issuesOf(withThird("kavlinge", "security_manager"), CODE)).toEqual([]);
  });

  it.each(roles.filter((r) => sideOf[r] === "police"))("fires on %s signing for a kommun", (role) => {
    expect(issuesOf(withThird("kavlinge", role), CODE)).toEqual([issue("municipality")]);
    expect(issuesOf(withThird("polisen", role), CODE)).toEqual([]);
  });

  it.each(roles.filter((r) => sideOf[r] === "municipality"))("fires on %s signing for Polisen", (role) => {
    expect(issuesOf(withThird("polisen", role), CODE)).toEqual([issue("police")]);
    expect(issuesOf(withThird("kavlinge", role), CODE)).toEqual([]);
  });

  it.each(roles.filter((r) => sideOf[r] === "either"))("lets %s sign for either side", (role) => {
    expect(issuesOf(withThird("polisen", role), CODE)).toEqual([]);
    expect(issuesOf(withThird("kavlinge", role), CODE)).toEqual([]);
  });

  it("reports every mismatched signatory, at its own index", () => {
    const doc = agreement({ signatories: [signed("kp", "kavlinge", "community_police_officer", "2024-12-15"), signed("ks", "polisen", "municipal_board_chair", "2024-12-15")] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["signatories", 0, "role"], params: { side: "municipality" } },
      { code: CODE, severity: "error", path: ["signatories", 1, "role"], params: { side: "police" } },
    ]);
  });

  it("does not judge a signatory for a party that is neither Polisen nor a kommun (a region)", () => {
    const police = agreement().parties.police;
    const doc = agreement({
      parties: { police, municipalities: [{ id: "kavlinge", code: "1261" }], others: [{ id: "region", kind: "region", name: "Region Skåne" }] },
      signatories: [kso, lpo, signed("regiondirektor", "region", "municipal_director", "2024-12-15")],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("does not judge a signatory whose party does not exist (that is unknown_reference)", () => {
    expect(issuesOf(withThird("kavlinge-kommun", "community_police_officer"), CODE)).toEqual([]);
    expect(issuesOf(withThird("kavlinge-kommun", "community_police_officer"), "unknown_reference")).toHaveLength(1);
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on an LPO-chef signing for the kommun", () => {
      const doc = citizenPromiseDocument({
        signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01"), signed("lpo", "kavlinge", "local_police_area_chief", "2025-02-01")],
      });
      expect(issuesOf(doc, CODE)).toEqual([{ code: CODE, severity: "error", path: ["signatories", 1, "role"], params: { side: "municipality" } }]);
    });

    it("does not fire on the default löfte, signed by the KSO and the LPO-chef", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
    });
  });
});
