import { describe, expect, it } from "vitest";
import { type Role } from "@samverkan/core";
import { agreement, arjeplog, arvidsjaur, citizenPromiseDocument, contactsFor, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "signatory_leader_missing";
const kso = signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15");
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15");
const by = (id: string, partyId: string, role: Role) => signed(id, partyId, role, "2024-12-15");
const policeIssue = { code: CODE, severity: "warning", path: ["parties", "police"], params: { side: "police" } };
const kommunIssue = (i: number) => ({ code: CODE, severity: "warning", path: ["parties", "municipalities", i], params: { side: "municipality" } });

const POLICE_LEADERS: Role[] = ["local_police_area_chief", "deputy_local_police_area_chief", "police_area_chief", "regional_police_chief"];
const MUNICIPAL_LEADERS: Role[] = ["municipal_board_chair", "deputy_municipal_board_chair", "municipal_commissioner", "municipal_director"];
const UNIT_LEADERS: Role[] = ["district_director", "committee_chair"];
const stadsdel = { id: "rinkeby-kista", code: "0180", unit: { kind: "district_administration", name: "Rinkeby-Kista stadsdelsförvaltning" } } as const;

describe("signatory_leader_missing", () => {
  it("fires on Polisen signed by the kommunpolis alone", () => {
    expect(issuesOf(agreement({ signatories: [kso, by("kp", "polisen", "community_police_officer")] }), CODE)).toEqual([policeIssue]);
  });

  it("does not fire on the kommunpolis signing beside the LPO-chef", () => {
    expect(issuesOf(agreement({ signatories: [kso, by("kp", "polisen", "community_police_officer"), lpo] }), CODE)).toEqual([]);
  });

  it("fires on a kommun signed by its säkerhetschef alone", () => {
    expect(issuesOf(agreement({ signatories: [by("sc", "kavlinge", "security_manager"), lpo] }), CODE)).toEqual([kommunIssue(0)]);
  });

  it("fires on a kommun signed by a samordnare, a kontaktperson or another role", () => {
    for (const role of ["coordinator", "contact_person", "other"] as const) {
      expect(issuesOf(agreement({ signatories: [by("x", "kavlinge", role), lpo] }), CODE)).toEqual([kommunIssue(0)]);
    }
  });

  it.each(POLICE_LEADERS)("counts %s as leading Polisen", (role) => {
    expect(issuesOf(agreement({ signatories: [kso, by("chef", "polisen", role)] }), CODE)).toEqual([]);
  });

  it.each(MUNICIPAL_LEADERS)("counts %s as leading a kommun", (role) => {
    expect(issuesOf(agreement({ signatories: [by("chef", "kavlinge", role), lpo] }), CODE)).toEqual([]);
  });

  it.each(UNIT_LEADERS)("counts %s as leading a stadsdelsnämnd or -förvaltning, but not a whole kommun", (role) => {
    expect(issuesOf(agreement({ signatories: [by("chef", "kavlinge", role), lpo] }), CODE)).toEqual([kommunIssue(0)]);
    const parties = { police: agreement().parties.police, municipalities: [stadsdel] };
    const doc = agreement({ parties, contacts: [{ id: "kp", role: "community_police_officer", partyId: "polisen" }], signatories: [by("chef", "rinkeby-kista", role), lpo] });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("judges a medborgarlöfte's own signatories inside an agreement", () => {
    const citizenPromises = [{ id: "ml", municipality: "1261", period: { start: "2025", end: "2025" }, signatories: [by("kp", "polisen", "community_police_officer"), kso] }];
    expect(issuesOf(agreement({ citizenPromises }), CODE)).toEqual([{ ...policeIssue, path: ["citizenPromises", 0, "signatories"] }]);
  });

  it("does not count a leader of the other side (an LPO-chef signing for the kommun)", () => {
    expect(issuesOf(agreement({ signatories: [by("lpo-for-kommun", "kavlinge", "local_police_area_chief"), lpo] }), CODE)).toEqual([kommunIssue(0)]);
  });

  it("leaves a party nobody signs for to party_without_signatory", () => {
    const doc = agreement({ signatories: [kso] });
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(issuesOf(doc, "party_without_signatory")).toHaveLength(1);
    expect(issuesOf(agreement({ signatories: [] }), CODE)).toEqual([]);
  });

  it("judges each kommun of a joint agreement by its own signatories", () => {
    const doc = agreement({
      parties: { police: agreement().parties.police, municipalities: [arvidsjaur, arjeplog] },
      contacts: contactsFor([arvidsjaur, arjeplog]),
      signatories: [lpo, by("kso-arvidsjaur", "arvidsjaur", "municipal_board_chair"), by("sc-arjeplog", "arjeplog", "security_manager")],
    });
    expect(issuesOf(doc, CODE)).toEqual([kommunIssue(1)]);
  });

  it("does not judge a party that is neither Polisen nor a kommun (a region)", () => {
    const police = agreement().parties.police;
    const doc = agreement({
      parties: { police, municipalities: [{ id: "kavlinge", code: "1261" }], others: [{ id: "region", kind: "region", name: "Region Skåne" }] },
      signatories: [kso, lpo, by("handlaggare", "region", "other")],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on a kommun that signs by its säkerhetschef alone", () => {
      const doc = citizenPromiseDocument({
        signatories: [signed("sc", "kavlinge", "security_manager", "2025-02-01"), signed("lpo", "polisen", "local_police_area_chief", "2025-02-01")],
      });
      expect(issuesOf(doc, CODE)).toEqual([kommunIssue(0)]);
    });

    it("does not fire on the default löfte, signed by the KSO and the LPO-chef", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
    });
  });
});
