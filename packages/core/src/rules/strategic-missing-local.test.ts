import { describe, expect, it } from "vitest";
import { agreement, agreementSet, arjeplog, arvidsjaur, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "strategic_missing_local";

describe("strategic_missing_local", () => {
  it("fires on a kommun of the del 1 without a del 2 in the set", () => {
    const doc = agreementSet([del1(), del2(arjeplog)]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 0, "parties", "municipalities", 0], params: { municipalityIndex: 0 } },
    ]);
  });

  it("does not fire when every kommun has its del 2", () => {
    expect(issuesOf(agreementSet([del1(), del2(arjeplog), del2(arvidsjaur)]), CODE)).toEqual([]);
  });

  it("fires on every kommun of a del 1 alone in a set, but not on a del 1 validated alone", () => {
    expect(issuesOf(agreementSet([del1()]), CODE).map((i) => i.params)).toEqual([{ municipalityIndex: 0 }, { municipalityIndex: 1 }]);
    expect(issuesOf(del1(), CODE)).toEqual([]);
  });

  it("does not count a del 2 that completes another del 1", () => {
    const doc = agreementSet([del1([arjeplog]), del2(arjeplog, {}, "annan-del-1")]);
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([["agreements", 0, "parties", "municipalities", 0]]);
  });

  it("does not ask single agreements for a del 2", () => {
    expect(issuesOf(agreementSet([agreement()]), CODE)).toEqual([]);
  });
});
