import { describe, expect, it } from "vitest";
import { agreement, issuesOf } from "@samverkan/test-utils";

const CODE = "missing_cadence";
const forum = (cadence?: { type: "when_needed" | "continuous" | "weekly" }) =>
  agreement({ forums: [{ id: "styrgrupp", kind: "steering_group", name: "Strategisk styrgrupp", level: "strategic", ...(cadence && { cadence }) }] });
const followUp = (cadence?: { type: "yearly" }) =>
  agreement({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", ...(cadence && { cadence }) }] });

describe("missing_cadence", () => {
  it("fires on a forum that does not say how often it meets", () => {
    expect(issuesOf(forum(), CODE)).toEqual([{ code: CODE, severity: "warning", path: ["forums", 0], params: { subject: "forum" } }]);
  });

  it("does not fire on a forum that meets when needed, or continuously", () => {
    expect(issuesOf(forum({ type: "when_needed" }), CODE)).toEqual([]);
    expect(issuesOf(forum({ type: "continuous" }), CODE)).toEqual([]);
  });

  it("fires on a follow-up without a cadence", () => {
    expect(issuesOf(followUp(), CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["followUps", 0], params: { subject: "follow_up" } },
    ]);
    expect(issuesOf(followUp({ type: "yearly" }), CODE)).toEqual([]);
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
