import { describe, expect, it } from "vitest";
import { type FollowUp } from "@samverkan/core";
import { agreement, issuesOf } from "@samverkan/test-utils";

const CODE = "follow_up_without_responsible";
const issue = (i = 0) => ({ code: CODE, severity: "warning", path: ["followUps", i], params: {} });
/** A yearly follow-up of `kind` with the given fields, and nothing that says who is responsible. */
const followUp = (kind: FollowUp["kind"], fields: Partial<FollowUp> = {}): FollowUp => ({
  id: `uppfoljning-${kind}`,
  kind,
  subject: "Gemensamma åtgärder",
  cadence: { type: "yearly" },
  ...fields,
});
const lansstyrelsen = { id: "lansstyrelsen", kind: "county_board", name: "Länsstyrelsen Skåne" } as const;
const withFollowUps = (...followUps: FollowUp[]) => agreement({ followUps, actors: [lansstyrelsen] });

describe("follow_up_without_responsible", () => {
  it("fires on a follow-up that names no one responsible (Arjeplog L73–80)", () => {
    expect(issuesOf(withFollowUps(followUp("follow_up")), CODE)).toEqual([issue()]);
  });

  it("fires on a report to the police and kommun leadership that names no one", () => {
    expect(issuesOf(withFollowUps(followUp("leadership_report")), CODE)).toEqual([issue()]);
  });

  it("does not judge Polisen's trygghetsmätning or the kommun's lägesbild", () => {
    expect(issuesOf(withFollowUps(followUp("safety_survey"), followUp("situational_picture")), CODE)).toEqual([]);
  });

  it.each<[string, Partial<FollowUp>]>([
    ["a responsible side", { responsibleSide: "joint" }],
    ["a responsible role", { responsibleRoles: ["community_police_officer"] }],
    ["a forum", { forumId: "lokala-bra" }],
    ["an actor", { actorIds: ["lansstyrelsen"] }],
  ])("does not fire on a follow-up with %s", (_, fields) => {
    expect(issuesOf(withFollowUps(followUp("follow_up", fields), followUp("leadership_report", fields)), CODE)).toEqual([]);
  });

  it("does not count empty lists of roles or actors as someone", () => {
    expect(issuesOf(withFollowUps(followUp("follow_up", { responsibleRoles: [], actorIds: [] })), CODE)).toEqual([issue()]);
  });

  it("reports each follow-up without a responsible at its own index", () => {
    const doc = withFollowUps(followUp("follow_up", { responsibleSide: "police" }), followUp("safety_survey"), followUp("leadership_report"));
    expect(issuesOf(doc, CODE)).toEqual([issue(2)]);
  });
});
