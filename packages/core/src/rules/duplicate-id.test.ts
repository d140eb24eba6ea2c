import { describe, expect, it } from "vitest";
import { type CitizenPromise, type Commitment } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "duplicate_id";
const forum = (id: string) => ({ id, kind: "local_bra", name: "Lokala Brå", level: "strategic", cadence: { type: "quarterly" } }) as const;
const focusArea = (id: string) => ({ id, kind: "volume_crime", title: "Mängdbrott" }) as const;

describe("duplicate_id (in one agreement)", () => {
  it("fires on two forums with one id, pointing back at the first", () => {
    const doc = agreement({ forums: [forum("bra"), forum("bra")] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["forums", 1, "id"], params: { firstPath: ["forums", 0, "id"] } },
    ]);
  });

  it("does not fire on two forums with different ids", () => {
    expect(issuesOf(agreement({ forums: [forum("bra"), forum("est")] }), CODE)).toEqual([]);
  });

  it("fires across different lists: a focus area with a forum's id", () => {
    const doc = agreement({ forums: [forum("sspf")], focusAreas: [focusArea("sspf")] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["focusAreas", 0, "id"], params: { firstPath: ["forums", 0, "id"] } },
    ]);
  });

  it("fires on an id shared by a party and a contact, and by the agreement and an activity, in the order ids are declared", () => {
    const doc = agreement({
      id: "overenskommelse",
      contacts: [{ id: "kavlinge", role: "security_manager", partyId: "kavlinge" }],
      plans: [
        { id: "plan", kind: "activity_plan", owner: "joint", activities: [{ id: "overenskommelse", text: "Trygghetsvandring", owner: "joint" }] },
      ],
    });
    // Issues come in the order of the document, where plans come before contacts.
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["plans", 0, "activities", 0, "id"], params: { firstPath: ["id"] } },
      { code: CODE, severity: "error", path: ["contacts", 0, "id"], params: { firstPath: ["parties", "municipalities", 0, "id"] } },
    ]);
  });

  it("fires on commitments sharing an id across two medborgarlöften", () => {
    const promise = (id: string): CitizenPromise => ({
      id,
      municipality: "1261",
      period: { start: "2025-01-01", end: "2025-12-31" },
      commitments: [{ id: "fotpatrull", by: "police", text: "Polisen lovar att fotpatrullera." }],
    });
    const doc = agreement({ citizenPromises: [promise("ml-1"), promise("ml-2")] });
    expect(issuesOf(doc, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["citizenPromises", 1, "commitments", 0, "id"],
        params: { firstPath: ["citizenPromises", 0, "commitments", 0, "id"] },
      },
    ]);
  });

  it("reports every repeat against the first declaration", () => {
    const doc = agreement({ forums: [forum("bra"), forum("bra"), forum("bra")] });
    expect(issuesOf(doc, CODE).map((i) => [i.path, i.params])).toEqual([
      [["forums", 1, "id"], { firstPath: ["forums", 0, "id"] }],
      [["forums", 2, "id"], { firstPath: ["forums", 0, "id"] }],
    ]);
  });
});

describe("duplicate_id (the ids of schema version 2)", () => {
  const at = (path: (string | number)[], firstPath: (string | number)[]) => ({ code: CODE, severity: "error", path, params: { firstPath } });
  const commitment = (id: string): Commitment => ({ id, by: "police", text: "Polisen fotpatrullerar i centrum." });
  const lansstyrelsen = { id: "lansstyrelsen", kind: "county_board", name: "Länsstyrelsen Skåne" } as const;

  it("fires on commitments with one id wherever they are: forums, focus areas, the agreement, medborgarlöften and their forums", () => {
    const doc = agreement({
      forums: [{ ...forum("bra"), commitments: [commitment("patrull")] }],
      focusAreas: [{ ...focusArea("mangdbrott"), commitments: [commitment("patrull")] }],
      commitments: [commitment("patrull")],
      citizenPromises: [
        {
          id: "ml",
          municipality: "1261",
          period: { start: "2025", end: "2025" },
          commitments: [commitment("patrull")],
          forums: [{ ...forum("medborgardialog"), commitments: [commitment("patrull")] }],
        },
      ],
    });
    const first = ["forums", 0, "commitments", 0, "id"];
    expect(issuesOf(doc, CODE)).toEqual([
      at(["focusAreas", 0, "commitments", 0, "id"], first),
      at(["commitments", 0, "id"], first),
      at(["citizenPromises", 0, "commitments", 0, "id"], first),
      at(["citizenPromises", 0, "forums", 0, "commitments", 0, "id"], first),
    ]);
  });

  it("does not fire on commitments with different ids", () => {
    const doc = agreement({ focusAreas: [{ ...focusArea("mangdbrott"), commitments: [commitment("patrull")] }], commitments: [commitment("kontroller")] });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("fires on an actor with the id of another party (parties.others)", () => {
    const police = agreement().parties.police;
    const doc = agreement({
      parties: { police, municipalities: [{ id: "kavlinge", code: "1261" }], others: [lansstyrelsen] },
      actors: [lansstyrelsen],
    });
    expect(issuesOf(doc, CODE)).toEqual([at(["actors", 0, "id"], ["parties", "others", 0, "id"])]);
  });

  it("fires on another party with a kommun's id", () => {
    const police = agreement().parties.police;
    const doc = agreement({ parties: { police, municipalities: [{ id: "kavlinge", code: "1261" }], others: [{ ...lansstyrelsen, id: "kavlinge" }] } });
    expect(issuesOf(doc, CODE)).toEqual([at(["parties", "others", 0, "id"], ["parties", "municipalities", 0, "id"])]);
  });

  it("fires on a deliverable with a goal's id", () => {
    const doc = agreement({
      goals: [{ id: "kommunikationsplan", text: "En gemensam kommunikation." }],
      deliverables: [{ id: "kommunikationsplan", kind: "communication_plan", text: "En kommunikationsplan ska utarbetas." }],
    });
    expect(issuesOf(doc, CODE)).toEqual([at(["deliverables", 0, "id"], ["goals", 0, "id"])]);
  });

  it("fires on a decision with a change's id (changes come first in a document); decisions without an id are not compared", () => {
    const doc = agreement({
      decisions: [
        { kind: "adopted", body: "Kommunstyrelsen" },
        { kind: "adopted", body: "Kommunfullmäktige" },
        { id: "forlangning", kind: "extended", body: "Kommunstyrelsen", date: "2026-11-02" },
      ],
      changes: [{ type: "extension", id: "forlangning", date: "2026-11-02", decisionId: "forlangning", end: { type: "year", year: 2027 } }],
    });
    expect(issuesOf(doc, CODE)).toEqual([at(["decisions", 2, "id"], ["changes", 0, "id"])]);
  });

  it("fires on an annex with the id of the medborgarlöfte it holds (ref names it, the annex needs its own id)", () => {
    const doc = agreement({
      citizenPromises: [{ id: "ml-2025", municipality: "1261", period: { start: "2025", end: "2025" } }],
      annexes: [{ id: "ml-2025", kind: "citizen_promise", ref: "ml-2025" }],
    });
    expect(issuesOf(doc, CODE)).toEqual([at(["annexes", 0, "id"], ["citizenPromises", 0, "id"])]);
    const near = agreement({
      citizenPromises: [{ id: "ml-2025", municipality: "1261", period: { start: "2025", end: "2025" } }],
      annexes: [{ id: "bilaga-1", kind: "citizen_promise", ref: "ml-2025" }],
    });
    expect(issuesOf(near, CODE)).toEqual([]);
  });

  it("fires on a medborgarlöfte's signatory with the id of the agreement's signatory", () => {
    const doc = agreement({
      citizenPromises: [
        { id: "ml", municipality: "1261", period: { start: "2025", end: "2025" }, signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01")] },
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([at(["signatories", 0, "id"], ["citizenPromises", 0, "signatories", 0, "id"])]);
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on a commitment with a party's id", () => {
      const doc = citizenPromiseDocument({ commitments: [{ id: "kavlinge", by: "municipality", text: "Kommunen nattvandrar." }] });
      expect(issuesOf(doc, CODE)).toEqual([at(["commitments", 0, "id"], ["parties", "municipalities", 0, "id"])]);
    });

    it("fires on a contact and a decision with the löfte's own id or a commitment's", () => {
      const doc = citizenPromiseDocument({
        contacts: [{ id: "fotpatrullering", role: "community_police_officer", partyId: "polisen" }],
        decisions: [{ id: "test-medborgarlofte", kind: "signed", body: "Kommunstyrelsen" }],
      });
      expect(issuesOf(doc, CODE)).toEqual([
        at(["contacts", 0, "id"], ["commitments", 0, "id"]),
        at(["decisions", 0, "id"], ["id"]),
      ]);
    });

    it("does not fire on the default löfte", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
    });
  });
});

describe("duplicate_id (across a set)", () => {
  it("fires on two agreements of a set with one id", () => {
    const doc = agreementSet([agreement({ id: "del-1" }), agreement({ id: "del-1" })]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["agreements", 1, "id"], params: { firstPath: ["agreements", 0, "id"] } },
    ]);
  });

  it("does not fire on different agreement ids, even when their contents reuse ids", () => {
    const doc = agreementSet([agreement({ id: "a" }), agreement({ id: "b" })]);
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("reports a duplicate inside one agreement of a set under that agreement's path", () => {
    const doc = agreementSet([agreement({ id: "a" }), agreement({ id: "b", forums: [forum("bra"), forum("bra")] })]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["agreements", 1, "forums", 1, "id"], params: { firstPath: ["forums", 0, "id"] } },
    ]);
  });

  it("does not compare ids across agreements when the document is a single agreement", () => {
    expect(issuesOf(agreement({ id: "a" }), CODE)).toEqual([]);
  });
});
