import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "signature_retroactive";
const signedOn = (kommun: string, police = "2024-12-15") => [
  signed("kso", "kavlinge", "municipal_board_chair", kommun),
  signed("lpo-chef", "polisen", "local_police_area_chief", police),
];

describe("signature_retroactive", () => {
  it("fires on a signature after the validity began (Kristianstad, signed 7 February)", () => {
    const doc = agreement({ signatories: signedOn("2025-02-07") });
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "info", path: ["signatories", 0, "signature", "date"], params: {} },
    ]);
    expect(validateAgreement(doc).ok).toBe(true);
  });

  it("does not fire on a signature on the first day", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2025-01-01") }), CODE)).toEqual([]);
  });

  it("fires on a signature on the last day, but not after it (that is signature_after_validity)", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2026-12-31") }), CODE)).toHaveLength(1);
    expect(issuesOf(agreement({ signatories: signedOn("2027-01-01") }), CODE)).toEqual([]);
  });

  it("reads a year-precision start as 1 January", () => {
    const validity = { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2018-12-20", "2019-01-02") }), CODE)).toEqual([
      { code: CODE, severity: "info", path: ["signatories", 1, "signature", "date"], params: {} },
    ]);
  });

  it("fires on an open-ended agreement signed after it began", () => {
    const validity = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2030-01-01") }), CODE)).toHaveLength(1);
  });

  it("never fires on an agreement that runs from signing, whoever signed first", () => {
    const validity = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2025-03-01", "2025-02-07") }), CODE)).toEqual([]);
  });
});
