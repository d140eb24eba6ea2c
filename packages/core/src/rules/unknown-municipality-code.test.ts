import { describe, expect, it } from "vitest";
import { type Commitment } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

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

  it("fires on a code outside the parties, once per place it is named, in the order of the document", () => {
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
      ["contacts", 0, "municipalities", 1],
      ["signatories", 2, "municipality"],
    ]);
  });

  it("checks the del 2's kommun", () => {
    const doc = agreement({ structure: { type: "local", strategicId: "del-1", municipality: "9999" } });
    expect(issuesOf(doc, CODE)).toEqual([{ code: CODE, severity: "error", path: ["structure", "municipality"], params: {} }]);
  });

  it("checks the kommun of commitments wherever they are, of deliverables and of decisions", () => {
    const commitment = (id: string, municipality: string): Commitment => ({ id, by: "municipality", municipality, text: "Kommunen nattvandrar." });
    const doc = (code: string) =>
      agreement({
        forums: [{ id: "bra", kind: "local_bra", name: "Lokala Brå", cadence: { type: "quarterly" }, commitments: [commitment("c1", code)] }],
        focusAreas: [{ id: "ungdomar", kind: "youth_and_drugs", title: "Ungdomar", commitments: [commitment("c2", code)] }],
        commitments: [commitment("c3", code)],
        deliverables: [{ id: "d1", kind: "communication_plan", text: "En kommunikationsplan ska utarbetas.", municipality: code }],
        citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2025", end: "2025" }, commitments: [commitment("c4", code)] }],
        decisions: [{ kind: "adopted", body: "Kommunstyrelsen", municipality: code }],
      });
    expect(issuesOf(doc("9999"), CODE).map((i) => i.path)).toEqual([
      ["forums", 0, "commitments", 0, "municipality"],
      ["focusAreas", 0, "commitments", 0, "municipality"],
      ["commitments", 0, "municipality"],
      ["deliverables", 0, "municipality"],
      ["citizenPromises", 0, "commitments", 0, "municipality"],
      ["decisions", 0, "municipality"],
    ]);
    expect(issuesOf(doc("1261"), CODE)).toEqual([]);
  });

  it("checks the parts of a medborgarlöfte inside an agreement: its kommun, forums, follow-ups and signatories", () => {
    const doc = agreement({
      citizenPromises: [
        {
          id: "ml",
          municipality: "0000",
          period: { start: "2025", end: "2025" },
          forums: [{ id: "dialog", kind: "custom", name: "Medborgardialog", municipality: "0000" }],
          followUps: [{ id: "uppf", kind: "follow_up", subject: "Löftet", responsibleSide: "joint", municipality: "0000" }],
          signatories: [{ ...signed("kso-ml", "kavlinge", "municipal_board_chair", "2025-02-01"), municipality: "0000" }],
        },
      ],
    });
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([
      ["citizenPromises", 0, "municipality"],
      ["citizenPromises", 0, "forums", 0, "municipality"],
      ["citizenPromises", 0, "followUps", 0, "municipality"],
      ["citizenPromises", 0, "signatories", 0, "municipality"],
    ]);
  });

  describe("in a medborgarlöfte document", () => {
    const police = agreement().parties.police;

    it("fires on a party whose kommunkod is not one of the 290", () => {
      const doc = citizenPromiseDocument({ parties: { police, municipalities: [{ id: "kavlinge", code: "1299" }] } });
      expect(issuesOf(doc, CODE)).toEqual([{ code: CODE, severity: "error", path: ["parties", "municipalities", 0, "code"], params: {} }]);
    });

    it("fires on the kommun of a commitment, a decision and a contact", () => {
      const doc = citizenPromiseDocument({
        commitments: [{ id: "c", by: "municipality", municipality: "0000", text: "Kommunen nattvandrar." }],
        contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261", "0000"] }],
        decisions: [{ kind: "signed", body: "Kommunstyrelsen", municipality: "0000" }],
      });
      expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([
        ["commitments", 0, "municipality"],
        ["contacts", 0, "municipalities", 1],
        ["decisions", 0, "municipality"],
      ]);
    });

    it("does not fire on the default löfte (Kävlinge, 1261)", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
    });
  });
});
