import { describe, expect, it } from "vitest";
import { type FollowUp, type Forum, type ForumKind, validateAgreement } from "@samverkan/core";
import { agreement, issuesOf } from "@samverkan/test-utils";

const CODE = "missing_cadence";
const forumIssue = { code: CODE, severity: "info", path: ["forums", 0], params: { subject: "forum" } };
const followUpIssue = { code: CODE, severity: "info", path: ["followUps", 0], params: { subject: "follow_up" } };
const forum = (fields: Partial<Forum> = {}) =>
  agreement({ forums: [{ id: "styrgrupp", kind: "steering_group", name: "Strategisk styrgrupp", ...fields }] });
const followUp = (fields: Partial<FollowUp> = {}) =>
  agreement({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", responsibleSide: "joint", ...fields }] });

describe("missing_cadence", () => {
  describe("forums", () => {
    it("fires, as info since the domain review (it was most of the noise on the seeds), on a forum that does not say how often it meets", () => {
      expect(issuesOf(forum(), CODE)).toEqual([forumIssue]);
      expect(validateAgreement(forum())).toMatchObject({ ok: true });
    });

    it("does not fire on a forum that meets when needed, or continuously", () => {
      expect(issuesOf(forum({ cadence: { type: "when_needed" } }), CODE)).toEqual([]);
      expect(issuesOf(forum({ cadence: { type: "continuous" } }), CODE)).toEqual([]);
    });

    it.each<ForumKind>(["local_bra", "council", "working_group", "est", "custom"])("fires on a %s without a cadence", (kind) => {
      expect(issuesOf(forum({ kind }), CODE)).toEqual([forumIssue]);
    });

    it.each<ForumKind>(["sspf", "sig", "bob", "defector_programme", "joint_inspection", "spider_group"])(
      "does not ask %s, run per case, by inspection or for one young person at a time, how often it meets",
      (kind) => {
        expect(issuesOf(forum({ kind }), CODE)).toEqual([]);
        expect(issuesOf(forum({ kind, level: "strategic" }), CODE)).toEqual([]);
        expect(issuesOf(forum({ kind, level: "operational" }), CODE)).toEqual([]);
      },
    );

    it("does not ask a forum at individual level how often it meets, but does at the other levels or none", () => {
      expect(issuesOf(forum({ kind: "working_group", level: "individual" }), CODE)).toEqual([]);
      expect(issuesOf(forum({ kind: "working_group", level: "operational" }), CODE)).toEqual([forumIssue]);
      expect(issuesOf(forum({ kind: "working_group", level: "strategic" }), CODE)).toEqual([forumIssue]);
      expect(issuesOf(forum({ kind: "working_group" }), CODE)).toEqual([forumIssue]);
    });

    it("does not ask a forum the text only recommends or allows (bör, kan) how often it meets, but one it requires (ska)", () => {
      expect(issuesOf(forum({ modality: "should" }), CODE)).toEqual([]);
      expect(issuesOf(forum({ modality: "may" }), CODE)).toEqual([]);
      expect(issuesOf(forum({ modality: "strive" }), CODE)).toEqual([]);
      expect(issuesOf(forum({ modality: "conditional" }), CODE)).toEqual([]);
      expect(issuesOf(forum({ modality: "shall" }), CODE)).toEqual([forumIssue]);
    });
  });

  describe("follow-ups", () => {
    it("fires on a follow-up without a cadence", () => {
      expect(issuesOf(followUp(), CODE)).toEqual([followUpIssue]);
      expect(issuesOf(followUp({ cadence: { type: "yearly" } }), CODE)).toEqual([]);
    });

    it("fires on a report to the leadership and on a lägesbild without a cadence", () => {
      expect(issuesOf(followUp({ kind: "leadership_report" }), CODE)).toEqual([followUpIssue]);
      expect(issuesOf(followUp({ kind: "situational_picture" }), CODE)).toEqual([followUpIssue]);
    });

    it("does not ask a one-off follow-up (with `due`) how often", () => {
      expect(issuesOf(followUp({ due: { type: "before_end", asWritten: "inför ny överenskommelse" } }), CODE)).toEqual([]);
      expect(issuesOf(followUp({ due: { type: "during", date: "2026" } }), CODE)).toEqual([]);
    });

    it("does not ask Polisen's trygghetsmätning how often (the schedule dates it by default)", () => {
      expect(issuesOf(followUp({ kind: "safety_survey", subject: "Trygghetsmätning", responsibleSide: "police" }), CODE)).toEqual([]);
    });
  });

  it("reports each forum and follow-up without a cadence at its own index", () => {
    const doc = agreement({
      forums: [
        { id: "bra", kind: "local_bra", name: "Lokala Brå", cadence: { type: "quarterly" } },
        { id: "sspf", kind: "sspf", name: "SSPF" },
        { id: "styrgrupp", kind: "steering_group", name: "Styrgrupp" },
      ],
      followUps: [
        { id: "matning", kind: "safety_survey", subject: "Trygghetsmätning", responsibleSide: "police" },
        { id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", responsibleSide: "joint" },
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([
      { ...forumIssue, path: ["forums", 2] },
      { ...followUpIssue, path: ["followUps", 1] },
    ]);
  });

  it("does not ask plans, activities or commitments for a cadence", () => {
    const doc = agreement({
      plans: [{ id: "plan", kind: "activity_plan", owner: "joint", activities: [{ id: "a1", text: "Trygghetsvandring", owner: "joint" }] }],
      citizenPromises: [
        {
          id: "ml",
          municipality: "1261",
          period: { start: "2025-01-01", end: "2025-12-31" },
          commitments: [{ id: "c1", by: "joint", text: "Vi håller medborgarmöten." }],
        },
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });
});
