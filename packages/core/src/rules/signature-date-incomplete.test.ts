import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

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
