import { describe, expect, it } from "vitest";
import { rules, validateAgreement, type IssueCode } from "@samverkan/core";
import { agreement, signed } from "@samverkan/test-utils";

const ruleCodes = new Set<IssueCode>(rules.map((r) => r.code));

/** The issues of one code; fails when the document did not get past the shape check. */
function issuesOf(input: unknown, code: IssueCode) {
  const result = validateAgreement(input);
  const all = result.ok ? result.warnings : result.issues;
  expect(all.filter((i) => !ruleCodes.has(i.code))).toEqual([]);
  return all.filter((i) => i.code === code);
}

const CODE = "signature_date_incomplete";
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2019-01-11");
const kso = (signature: object | undefined) =>
  agreement({
    validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } },
    signatories: [lpo, { id: "kso", partyId: "kavlinge", role: "municipal_board_chair", ...(signature && { signature }) }],
  });

describe("signature_date_incomplete", () => {
  it("fires on a cut-off date line (Kävlinge den 11)", () => {
    const doc = kso({ place: "Kävlinge", partialDate: { day: 11 }, asWritten: "Kävlinge den 11" });
    expect(issuesOf(doc, CODE)).toEqual([{ code: CODE, severity: "warning", path: ["signatories", 1, "signature"], params: {} }]);
  });

  it("does not fire once the whole date is known", () => {
    const doc = kso({ date: "2019-01-11", place: "Kävlinge", partialDate: { day: 11 }, asWritten: "Kävlinge den 11" });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("fires on a partial date without the words, and on the words without a date", () => {
    expect(issuesOf(kso({ partialDate: { year: 2019, month: 1 } }), CODE)).toHaveLength(1);
    expect(issuesOf(kso({ asWritten: "Kävlinge den" }), CODE)).toHaveLength(1);
  });

  it("does not fire on a signatory without a signature, or a signature with only a place", () => {
    expect(issuesOf(kso(undefined), CODE)).toEqual([]);
    expect(issuesOf(kso({ place: "Kävlinge" }), CODE)).toEqual([]);
  });
});
