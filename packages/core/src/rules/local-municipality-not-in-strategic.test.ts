import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreementSet, arjeplog, arvidsjaur, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "local_municipality_not_in_strategic";

describe("local_municipality_not_in_strategic", () => {
  it("fires on a del 2 for a kommun that is not a party of its del 1", () => {
    const doc = agreementSet([del1([arjeplog]), del2(arjeplog), del2(arvidsjaur)]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["agreements", 2, "structure", "municipality"], params: {} },
    ]);
  });

  it("does not fire when every del 2's kommun is a party of the del 1", () => {
    const doc = agreementSet([del1(), del2(arjeplog), del2(arvidsjaur)]);
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(validateAgreement(doc)).toMatchObject({ ok: true, warnings: [] });
  });

  it("does not judge a del 2 whose del 1 is not in the set", () => {
    expect(issuesOf(agreementSet([del1([arjeplog]), del2(arvidsjaur, {}, "annan-del-1")]), CODE)).toEqual([]);
  });

  it("checks each del 2 against the del 1 it names, not any del 1 of the set", () => {
    const doc = agreementSet([del1([arjeplog]), del1([arvidsjaur], { id: "del-1-b" }), del2(arvidsjaur), del2(arvidsjaur, { id: "b" }, "del-1-b")]);
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([["agreements", 2, "structure", "municipality"]]);
  });

  it("only runs on sets", () => {
    expect(issuesOf(del2(arvidsjaur), CODE)).toEqual([]);
  });
});
