import { describe, expect, it } from "vitest";
import { agreementSet, arjeplog, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "local_strategic_missing";

describe("local_strategic_missing", () => {
  it("fires on a del 2 whose del 1 is not in the set", () => {
    const doc = agreementSet([del2(arjeplog, {}, "norrbotten-del-1")]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 0, "structure", "strategicId"], params: {} },
    ]);
  });

  it("does not fire when the set holds the del 1", () => {
    expect(issuesOf(agreementSet([del2(arjeplog), del1([arjeplog])]), CODE)).toEqual([]);
  });

  it("fires when strategicId names an agreement of the set that is not a del 1", () => {
    const doc = agreementSet([del1([arjeplog], { structure: { type: "single" } }), del2(arjeplog)]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 1, "structure", "strategicId"], params: {} },
    ]);
  });

  it("does not fire on a del 2 validated alone", () => {
    expect(issuesOf(del2(arjeplog), CODE)).toEqual([]);
  });
});
