import { describe, expect, it } from "vitest";
import { type Commitment } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "municipality_not_party";
const issueAt = (...path: (string | number)[]) => ({ code: CODE, severity: "error", path, params: {} });
const forumFor = (municipality: string) =>
  agreement({
    forums: [{ id: "lokala-bra", kind: "local_bra", name: "Lokala Brå", level: "strategic", cadence: { type: "quarterly" }, municipality }],
  });

describe("municipality_not_party", () => {
  it("fires on a forum of a kommun that is not a party (Kristianstad in a Kävlinge agreement)", () => {
    expect(issuesOf(forumFor("1290"), CODE)).toEqual([issueAt("forums", 0, "municipality")]);
  });

  it("does not fire on a forum of the party kommun", () => {
    expect(issuesOf(forumFor("1261"), CODE)).toEqual([]);
  });

  it("fires on a del 2 whose own kommun is not among its parties", () => {
    const doc = agreement({ structure: { type: "local", strategicId: "del-1", municipality: "1290" } });
    expect(issuesOf(doc, CODE)).toEqual([issueAt("structure", "municipality")]);
    const near = agreement({ structure: { type: "local", strategicId: "del-1", municipality: "1261" } });
    expect(issuesOf(near, CODE)).toEqual([]);
  });

  it("walks goals, plans, medborgarlöften, follow-ups and signatories", () => {
    const doc = agreement({
      goals: [{ id: "mal", text: "Ökad trygghet.", municipality: "1290" }],
      plans: [{ id: "plan", kind: "action_plan", owner: "municipality", municipality: "1290" }],
      citizenPromises: [
        { id: "ml", municipality: "1290", period: { start: "2025-01-01", end: "2025-12-31" }, commitments: [] },
      ],
      followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", cadence: { type: "yearly" }, municipality: "1290" }],
      contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261", "1290"] }],
      signatories: [
        { ...signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"), municipality: "1290" },
        signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15"),
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      issueAt("goals", 0, "municipality"),
      issueAt("plans", 0, "municipality"),
      issueAt("citizenPromises", 0, "municipality"),
      issueAt("followUps", 0, "municipality"),
      issueAt("signatories", 0, "municipality"),
    ]);
  });

  it("lets a contact serve kommuner outside the agreement (one kommunpolis for Osby and Östra Göinge)", () => {
    const doc = agreement({
      contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1273", "1261"] }],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("walks commitments wherever they are, deliverables and decisions", () => {
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
    expect(issuesOf(doc("1290"), CODE)).toEqual([
      issueAt("forums", 0, "commitments", 0, "municipality"),
      issueAt("focusAreas", 0, "commitments", 0, "municipality"),
      issueAt("commitments", 0, "municipality"),
      issueAt("deliverables", 0, "municipality"),
      issueAt("citizenPromises", 0, "commitments", 0, "municipality"),
      issueAt("decisions", 0, "municipality"),
    ]);
    expect(issuesOf(doc("1261"), CODE)).toEqual([]);
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on a commitment for a kommun that does not give the löfte", () => {
      const doc = citizenPromiseDocument({ commitments: [{ id: "c", by: "municipality", municipality: "1290", text: "Kommunen nattvandrar." }] });
      expect(issuesOf(doc, CODE)).toEqual([issueAt("commitments", 0, "municipality")]);
    });

    it("walks decisions, forums, follow-ups and signatories, and lets a contact serve other kommuner", () => {
      const doc = citizenPromiseDocument({
        forums: [{ id: "dialog", kind: "custom", name: "Medborgardialog", municipality: "1290" }],
        followUps: [{ id: "uppf", kind: "follow_up", subject: "Löftet", responsibleSide: "joint", municipality: "1290" }],
        signatories: [
          { ...signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01"), municipality: "1290" },
          signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01"),
        ],
        contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261", "1290"] }],
        decisions: [{ kind: "signed", body: "Kommunstyrelsen", municipality: "1290" }],
      });
      expect(issuesOf(doc, CODE)).toEqual([
        issueAt("forums", 0, "municipality"),
        issueAt("followUps", 0, "municipality"),
        issueAt("signatories", 0, "municipality"),
        issueAt("decisions", 0, "municipality"),
      ]);
    });

    it("does not fire on the default löfte", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
    });
  });
});
