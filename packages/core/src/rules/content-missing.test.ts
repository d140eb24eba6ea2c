import { describe, expect, it } from "vitest";
import { agreement, agreementSet, arjeplog, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "content_missing";
const issue = (part: "forums" | "follow_ups" | "focus_areas", at: string) => ({ code: CODE, severity: "info", path: [at], params: { part } });
const forums = issue("forums", "forums");
const followUps = issue("follow_ups", "followUps");
const focusAreas = issue("focus_areas", "focusAreas");
const empty = { forums: undefined, followUps: undefined, focusAreas: undefined };

describe("content_missing", () => {
  it("fires on an agreement with no focus area", () => {
    expect(issuesOf(agreement({ focusAreas: [] }), CODE)).toEqual([focusAreas]);
  });

  it("fires on an agreement with no forum, and on one with no follow-up", () => {
    expect(issuesOf(agreement({ forums: [] }), CODE)).toEqual([forums]);
    expect(issuesOf(agreement({ followUps: undefined }), CODE)).toEqual([followUps]);
  });

  it("does not fire on an agreement with a forum, a follow-up and a focus area", () => {
    expect(issuesOf(agreement(), CODE)).toEqual([]);
  });

  it("reports each missing part once, forums, follow-ups, focus areas", () => {
    expect(issuesOf(agreement(empty), CODE)).toEqual([forums, followUps, focusAreas]);
  });

  it("judges a framework agreement like a single one", () => {
    expect(issuesOf(agreement({ structure: { type: "framework" }, ...empty }), CODE)).toEqual([forums, followUps, focusAreas]);
  });

  it("judges a del 1 only for its focus areas: its del 2s may hold the forums and follow-ups", () => {
    expect(issuesOf(del1([arjeplog], { forums: [], followUps: [] }), CODE)).toEqual([]);
    expect(issuesOf(del1([arjeplog], empty), CODE)).toEqual([focusAreas]);
  });

  it("never judges a del 2 (local_content_missing does)", () => {
    expect(issuesOf(del2(arjeplog, empty), CODE)).toEqual([]);
    const doc = agreementSet([del1([arjeplog]), del2(arjeplog, empty)]);
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([del1([arjeplog], { focusAreas: [] }), del2(arjeplog)]);
    expect(issuesOf(doc, CODE)).toEqual([{ ...focusAreas, path: ["agreements", 0, "focusAreas"] }]);
  });
});
