import { describe, expect, it } from "vitest";
import { type LocalPart } from "@samverkan/core";
import { agreement, agreementSet, arjeplog, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "local_content_missing";
const issue = (missing: LocalPart[], index?: number) => ({
  code: CODE,
  severity: "warning",
  path: index === undefined ? ["structure"] : ["agreements", index, "structure"],
  params: { missing },
});
const bare = { goals: undefined, plans: undefined, followUps: undefined };
const promise2024 = { id: "ml-2024", municipality: "2506", period: { start: "2024", end: "2024" } } as const;
/** A del 1 for Arjeplog that asks each del 2 for `localContent`. */
const asking = (...localContent: LocalPart[]) => del1([arjeplog], { structure: { type: "strategic", localContent } });

describe("local_content_missing", () => {
  describe("without a del 1 that says what a del 2 holds", () => {
    it("fires on a del 2 without a plan", () => {
      expect(issuesOf(del2(arjeplog, { plans: [] }), CODE)).toEqual([issue(["plans"])]);
    });

    it("does not fire on a del 2 with lokala mål, a plan and a follow-up", () => {
      expect(issuesOf(del2(arjeplog), CODE)).toEqual([]);
    });

    it("names every missing part in one finding: goals, plans, follow-ups", () => {
      expect(issuesOf(del2(arjeplog, bare), CODE)).toEqual([issue(["goals", "plans", "follow_ups"])]);
      expect(issuesOf(del2(arjeplog, { goals: [], followUps: [] }), CODE)).toEqual([issue(["goals", "follow_ups"])]);
    });

    it("does not ask for medborgarlöften by default", () => {
      expect(issuesOf(del2(arjeplog, { citizenPromises: undefined, citizenPromiseCycle: undefined }), CODE)).toEqual([]);
    });

    it("uses the default for a del 2 whose del 1 is not in the set, or a del 1 that asks for nothing", () => {
      expect(issuesOf(agreementSet([asking("citizen_promises"), del2(arjeplog, { plans: [] }, "annan-del-1")]), CODE)).toEqual([
        issue(["plans"], 1),
      ]);
      expect(issuesOf(agreementSet([asking(), del2(arjeplog, { plans: [] })]), CODE)).toEqual([issue(["plans"], 1)]);
    });
  });

  describe("with a del 1 in the set that says what a del 2 holds (`structure.localContent`)", () => {
    it("asks for what the del 1 asks: medborgarlöften (Arjeplog: del 2 ska innehålla … medborgarlöften)", () => {
      const doc = agreementSet([asking("goals", "plans", "follow_ups", "citizen_promises"), del2(arjeplog)]);
      expect(issuesOf(doc, CODE)).toEqual([issue(["citizen_promises"], 1)]);
    });

    it("is satisfied by medborgarlöften in the del 2, or by its medborgarlöfte cycle", () => {
      const all = asking("goals", "plans", "follow_ups", "citizen_promises");
      expect(issuesOf(agreementSet([all, del2(arjeplog, { citizenPromises: [promise2024] })]), CODE)).toEqual([]);
      expect(issuesOf(agreementSet([all, del2(arjeplog, { citizenPromiseCycle: { cadence: { type: "yearly" } } })]), CODE)).toEqual([]);
    });

    it("does not count an empty list of medborgarlöften", () => {
      expect(issuesOf(agreementSet([asking("citizen_promises"), del2(arjeplog, { citizenPromises: [] })]), CODE)).toEqual([
        issue(["citizen_promises"], 1),
      ]);
    });

    it("asks for nothing the del 1 does not ask for", () => {
      expect(issuesOf(agreementSet([asking("goals"), del2(arjeplog, { plans: [], followUps: [] })]), CODE)).toEqual([]);
      expect(issuesOf(agreementSet([asking("goals"), del2(arjeplog, bare)]), CODE)).toEqual([issue(["goals"], 1)]);
    });

    it("names what is missing in the order the del 1 asks for it", () => {
      const doc = agreementSet([asking("citizen_promises", "goals"), del2(arjeplog, bare)]);
      expect(issuesOf(doc, CODE)).toEqual([issue(["citizen_promises", "goals"], 1)]);
    });
  });

  it("never judges an agreement that is not a del 2", () => {
    expect(issuesOf(agreement(bare), CODE)).toEqual([]);
    expect(issuesOf(del1([arjeplog], bare), CODE)).toEqual([]);
    expect(issuesOf(agreementSet([del1([arjeplog], { structure: { type: "strategic", localContent: ["goals"] }, ...bare }), del2(arjeplog)]), CODE)).toEqual([]);
    expect(issuesOf(agreement({ structure: { type: "framework" }, ...bare }), CODE)).toEqual([]);
  });
});
