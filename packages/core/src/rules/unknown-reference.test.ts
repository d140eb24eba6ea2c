import { describe, expect, it } from "vitest";
import { type Agreement, type Commitment } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

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

  describe("actors", () => {
    const lansstyrelsen = { id: "lansstyrelsen", kind: "county_board", name: "Länsstyrelsen Skåne" } as const;
    const byActor = (actorIds: string[]): Commitment => ({ id: "tillsyn", by: "actor", actorIds, text: "Länsstyrelsen deltar i tillsyn." });
    const withCommitment = (actorIds: string[], fields: Parameters<typeof agreement>[0] = {}) =>
      agreement({ focusAreas: [{ id: "ungdomar", kind: "youth_and_drugs", title: "Ungdomar", commitments: [byActor(actorIds)] }], ...fields });

    it("fires on a commitment by an actor that is not declared", () => {
      expect(issuesOf(withCommitment(["lansstyrelsen"]), CODE)).toEqual([
        { code: CODE, severity: "error", path: ["focusAreas", 0, "commitments", 0, "actorIds", 0], params: { target: "actor" } },
      ]);
    });

    it("does not fire on an actor in `actors`, or a party that is neither Polisen nor a kommun", () => {
      expect(issuesOf(withCommitment(["lansstyrelsen"], { actors: [lansstyrelsen] }), CODE)).toEqual([]);
      const parties: Agreement["parties"] = { ...agreement().parties, others: [{ id: "region", kind: "region", name: "Region Skåne" }] };
      expect(issuesOf(withCommitment(["region"], { parties }), CODE)).toEqual([]);
    });

    it("does not take a kommun or Polisen for an actor", () => {
      expect(issuesOf(withCommitment(["kavlinge", "polisen"], { actors: [lansstyrelsen] }), CODE).map((i) => i.path)).toEqual([
        ["focusAreas", 0, "commitments", 0, "actorIds", 0],
        ["focusAreas", 0, "commitments", 0, "actorIds", 1],
      ]);
    });

    it("checks actors wherever they are named: focus areas, forum members, deliverables, plan activities, follow-ups", () => {
      const doc = agreement({
        forums: [{ id: "bra", kind: "local_bra", name: "Lokala Brå", cadence: { type: "quarterly" }, members: [{ name: "Länsstyrelsen", actorId: "lst" }] }],
        focusAreas: [{ id: "ungdomar", kind: "youth_and_drugs", title: "Ungdomar", actorIds: ["lst"] }],
        deliverables: [{ id: "plan", kind: "communication_plan", text: "En kommunikationsplan.", actorIds: ["lst"] }],
        plans: [{ id: "plan-1", kind: "activity_plan", owner: "joint", activities: [{ id: "a1", text: "Tillsyn", owner: "joint", actorIds: ["lst"] }] }],
        followUps: [{ id: "uppf", kind: "follow_up", subject: "Åtgärder", cadence: { type: "yearly" }, actorIds: ["lst"] }],
      });
      const paths = [
        ["forums", 0, "members", 0, "actorId"],
        ["focusAreas", 0, "actorIds", 0],
        ["deliverables", 0, "actorIds", 0],
        ["plans", 0, "activities", 0, "actorIds", 0],
        ["followUps", 0, "actorIds", 0],
      ];
      expect(issuesOf(doc, CODE)).toEqual(paths.map((path) => ({ code: CODE, severity: "error", path, params: { target: "actor" } })));
      expect(issuesOf({ ...doc, actors: [{ ...lansstyrelsen, id: "lst" }] }, CODE)).toEqual([]);
    });
  });

  it("fires on a commitment's forum that does not exist, and finds a forum of a medborgarlöfte", () => {
    const commitment = (forumIds: string[]): Commitment => ({ id: "dialog", by: "joint", text: "Vi håller medborgardialog.", forumIds });
    const doc = (forumIds: string[]) =>
      agreement({
        commitments: [commitment(forumIds)],
        citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2025", end: "2025" }, forums: [{ id: "medborgardialog", kind: "custom", name: "Medborgardialog" }] }],
      });
    expect(issuesOf(doc(["lokala-bra", "medborgardialog"]), CODE)).toEqual([]);
    expect(issuesOf(doc(["dialogforum"]), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["commitments", 0, "forumIds", 0], params: { target: "forum" } },
    ]);
  });

  it("fires on a result for a commitment that does not exist, and finds a commitment anywhere in the agreement", () => {
    const doc = (commitmentId: string) =>
      agreement({
        focusAreas: [{ id: "centrum", kind: "public_space_safety", title: "Centrum", commitments: [{ id: "kontroller", by: "police", text: "Minst 4 trafikkontroller i månaden." }] }],
        citizenPromises: [
          {
            id: "ml",
            municipality: "1261",
            period: { start: "2025", end: "2025" },
            commitments: [{ id: "fotpatrull", by: "police", text: "Polisen fotpatrullerar." }],
            results: [{ commitmentId, outcome: "fulfilled" }],
          },
        ],
      });
    expect(issuesOf(doc("fotpatrull"), CODE)).toEqual([]);
    expect(issuesOf(doc("kontroller"), CODE)).toEqual([]);
    expect(issuesOf(doc("nattvandring"), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["citizenPromises", 0, "results", 0, "commitmentId"], params: { target: "commitment" } },
    ]);
    expect(issuesOf(doc("ml"), CODE)).toHaveLength(1);
  });

  it("fires on a change whose decision is not recorded (only a decision with an id can be named)", () => {
    const doc = (decisions: NonNullable<Parameters<typeof agreement>[0]>["decisions"]) =>
      agreement({
        decisions,
        changes: [{ type: "extension", id: "forlangning", date: "2026-11-02", decisionId: "ks-beslut", end: { type: "year", year: 2027 } }],
      });
    expect(issuesOf(doc([{ id: "ks-beslut", kind: "extended", body: "Kommunstyrelsen" }]), CODE)).toEqual([]);
    expect(issuesOf(doc([{ kind: "extended", body: "Kommunstyrelsen" }]), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["changes", 0, "decisionId"], params: { target: "decision" } },
    ]);
  });

  it("fires on an annex whose ref names nothing of its kind: a medborgarlöfte for a medborgarlöfte, else a plan", () => {
    const doc = (...annexes: NonNullable<NonNullable<Parameters<typeof agreement>[0]>["annexes"]>) =>
      agreement({
        citizenPromises: [{ id: "ml-2025", municipality: "1261", period: { start: "2025", end: "2025" } }],
        plans: [{ id: "atgardsplan", kind: "action_plan", owner: "municipality" }],
        annexes,
      });
    expect(issuesOf(doc({ id: "b1", kind: "citizen_promise", ref: "ml-2025" }, { id: "b2", kind: "action_plan", ref: "atgardsplan" }), CODE)).toEqual([]);
    expect(issuesOf(doc({ id: "b1", kind: "citizen_promise", ref: "ml-2024" }, { id: "b2", kind: "citizen_promise", ref: "atgardsplan" }), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["annexes", 0, "ref"], params: { target: "citizen_promise" } },
      { code: CODE, severity: "error", path: ["annexes", 1, "ref"], params: { target: "citizen_promise" } },
    ]);
    expect(issuesOf(doc({ id: "b1", kind: "action_plan", ref: "ml-2025" }), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["annexes", 0, "ref"], params: { target: "plan" } },
    ]);
  });

  it("does not look into the agreements of its lineage, or into a change's patch", () => {
    const doc = agreement({
      lineage: { replaces: [{ id: "kavlinge-2019-2022", title: "Samverkansöverenskommelse 2019–2022" }] },
      changes: [{ type: "amendment", id: "andring", date: "2025-06-01", patch: { followUps: [{ id: "ny", kind: "follow_up", subject: "Ny", forumId: "finns-inte" }] } }],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on a result for a commitment the löfte does not have", () => {
      expect(issuesOf(citizenPromiseDocument({ results: [{ commitmentId: "fotpatrullering", outcome: "fulfilled" }] }), CODE)).toEqual([]);
      expect(issuesOf(citizenPromiseDocument({ results: [{ commitmentId: "inget-sadant", outcome: "fulfilled" }] }), CODE)).toEqual([
        { code: CODE, severity: "error", path: ["results", 0, "commitmentId"], params: { target: "commitment" } },
      ]);
    });

    it("checks the parties of signatories, contacts and decisions", () => {
      const doc = citizenPromiseDocument({
        signatories: [signed("kso", "kavlinge-kommun", "municipal_board_chair", "2025-02-01"), signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01")],
        contacts: [{ id: "kp", role: "community_police_officer", partyId: "lpo" }],
        decisions: [{ kind: "signed", partyId: "kommunstyrelsen", body: "Kommunstyrelsen" }],
      });
      expect(issuesOf(doc, CODE).map((i) => [i.path, i.params])).toEqual([
        [["signatories", 0, "partyId"], { target: "party" }],
        [["contacts", 0, "partyId"], { target: "party" }],
        [["decisions", 0, "partyId"], { target: "party" }],
      ]);
    });

    it("checks forums and actors against the löfte's own", () => {
      const doc = (forumId: string, actorId: string) =>
        citizenPromiseDocument({
          actors: [{ id: "nattvandrarna", kind: "association", name: "Nattvandrarna" }],
          commitments: [{ id: "nattvandring", by: "actor", actorIds: [actorId], text: "Nattvandrarna går varje fredag." }],
          forums: [{ id: "dialog", kind: "custom", name: "Medborgardialog" }],
          followUps: [{ id: "uppf", kind: "follow_up", subject: "Löftet", responsibleSide: "joint", forumId }],
        });
      expect(issuesOf(doc("dialog", "nattvandrarna"), CODE)).toEqual([]);
      expect(issuesOf(doc("lokala-bra", "foreningen"), CODE).map((i) => [i.path, i.params])).toEqual([
        [["commitments", 0, "actorIds", 0], { target: "actor" }],
        [["followUps", 0, "forumId"], { target: "forum" }],
      ]);
    });
  });
});
