import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "unknown_reference";
const forum = { id: "sspf", kind: "sspf", name: "SSPF", level: "individual", cadence: { type: "every_n_weeks", weeks: 2 } } as const;
const area = (forumIds: string[]) => ({ id: "ungdomar", kind: "youth_and_drugs", title: "Ungdomar och droger", forumIds }) as const;

describe("unknown_reference", () => {
  it("fires on a signatory for a party that does not exist", () => {
    const doc = agreement({
      signatories: [signed("kso", "kavlinge-kommun", "municipal_board_chair", "2024-12-15"), signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15")],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["signatories", 0, "partyId"], params: { target: "party" } },
    ]);
  });

  it("does not fire on the default signatories, which name both parties", () => {
    expect(issuesOf(agreement(), CODE)).toEqual([]);
  });

  it("fires on a partyId that names something else than a party (a forum)", () => {
    const doc = agreement({
      forums: [forum],
      contacts: [{ id: "samordnare", role: "coordinator", partyId: "sspf" }],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["contacts", 0, "partyId"], params: { target: "party" } },
    ]);
  });

  it("checks partyId of decision bodies and of references (where given)", () => {
    const doc = agreement({
      decisions: [{ kind: "adopted", partyId: "kavlinge", body: "Kommunstyrelsen" }, { kind: "adopted", partyId: "lpo", body: "LPO-chefen" }],
      references: [{ type: "diarienummer", value: "A1/2025" }, { type: "diarienummer", value: "A2/2025", partyId: "region" }],
    });
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([
      ["decisions", 1, "partyId"],
      ["references", 1, "partyId"],
    ]);
  });

  it("fires on a focus area carried by a forum that does not exist", () => {
    const doc = agreement({ forums: [forum], focusAreas: [area(["sspf", "sig"])] });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["focusAreas", 0, "forumIds", 1], params: { target: "forum" } },
    ]);
    expect(issuesOf(agreement({ forums: [forum], focusAreas: [area(["sspf"])] }), CODE)).toEqual([]);
  });

  it("fires on a follow-up's forumId and on a plan_revision feed naming no plan", () => {
    const followUp = (forumId: string, planId: string) =>
      agreement({
        forums: [forum],
        plans: [{ id: "aktivitetsplan", kind: "activity_plan", owner: "joint" }],
        followUps: [
          {
            id: "uppfoljning",
            kind: "follow_up",
            subject: "Åtgärder",
            cadence: { type: "quarterly" },
            forumId,
            feeds: [{ type: "agreement_revision" }, { type: "plan_revision", planId }],
          },
        ],
      });
    expect(issuesOf(followUp("bra", "handlingsplan"), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["followUps", 0, "forumId"], params: { target: "forum" } },
      { code: CODE, severity: "error", path: ["followUps", 0, "feeds", 1, "planId"], params: { target: "plan" } },
    ]);
    expect(issuesOf(followUp("sspf", "aktivitetsplan"), CODE)).toEqual([]);
  });

  it("fires on a planId that names a forum, not a plan", () => {
    const doc = agreement({
      forums: [forum],
      followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", cadence: { type: "yearly" }, feeds: [{ type: "plan_revision", planId: "sspf" }] }],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["followUps", 0, "feeds", 0, "planId"], params: { target: "plan" } },
    ]);
  });

  it("fires on goals and activities tied to focus areas that do not exist", () => {
    const doc = (goalAreas: string[], activityAreas: string[]) =>
      agreement({
        focusAreas: [area([])],
        goals: [{ id: "mal", text: "Färre unga i droger.", focusAreaIds: goalAreas }],
        plans: [
          {
            id: "plan",
            kind: "activity_plan",
            owner: "joint",
            activities: [{ id: "a1", text: "Föräldramöten", owner: "municipality", focusAreaIds: activityAreas }],
          },
        ],
      });
    expect(issuesOf(doc(["andts"], ["ungdomar", "mangdbrott"]), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["goals", 0, "focusAreaIds", 0], params: { target: "focus_area" } },
      { code: CODE, severity: "error", path: ["plans", 0, "activities", 0, "focusAreaIds", 1], params: { target: "focus_area" } },
    ]);
    expect(issuesOf(doc(["ungdomar"], ["ungdomar"]), CODE)).toEqual([]);
  });
});
