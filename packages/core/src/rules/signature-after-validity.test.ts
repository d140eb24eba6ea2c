import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "signature_after_validity";
const signedOn = (kommun: string, police = "2024-12-15") => [
  signed("kso", "kavlinge", "municipal_board_chair", kommun),
  signed("lpo-chef", "polisen", "local_police_area_chief", police),
];

describe("signature_after_validity", () => {
  it("fires on a signature the day after the validity ended", () => {
    const doc = agreement({ signatories: signedOn("2027-01-01") });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "error", path: ["signatories", 0, "signature", "date"], params: {} },
    ]);
  });

  it("does not fire on a signature on the last day", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2026-12-31") }), CODE)).toEqual([]);
  });

  it("reads a year-precision end as 31 December", () => {
    const validity = { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2022-12-31", "2023-01-02") }), CODE)).toEqual([
      { code: CODE, severity: "error", path: ["signatories", 1, "signature", "date"], params: {} },
    ]);
  });

  it("never fires on an open-ended agreement", () => {
    // The notice period is a term clause since schema version 2, not part of the end.
    const validity = { start: { type: "date", date: "2015-01-01" }, end: { type: "open_ended" }, terms: { termination: { mutual: true, noticeMonths: 3 } } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2040-06-01") }), CODE)).toEqual([]);
  });

  it("ignores signatures without a whole date", () => {
    const doc = agreement({
      validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } },
      signatories: [
        { id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 }, asWritten: "Kävlinge den 11" } },
        { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief" },
      ],
    });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });
});
