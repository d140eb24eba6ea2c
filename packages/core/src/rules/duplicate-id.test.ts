import { describe, expect, it } from "vitest";
import { type CitizenPromise } from "@samverkan/core";
import { agreement, agreementSet, issuesOf } from "@samverkan/test-utils";

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

  it("fires on an id shared by a party and a signatory, and by the agreement and an activity", () => {
    const doc = agreement({
      id: "overenskommelse",
      contacts: [{ id: "kavlinge", role: "security_manager", partyId: "kavlinge" }],
      plans: [
        { id: "plan", kind: "activity_plan", owner: "joint", activities: [{ id: "overenskommelse", text: "Trygghetsvandring", owner: "joint" }] },
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["contacts", 0, "id"], params: { firstPath: ["parties", "municipalities", 0, "id"] } },
      { code: CODE, severity: "error", path: ["plans", 0, "activities", 0, "id"], params: { firstPath: ["id"] } },
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
