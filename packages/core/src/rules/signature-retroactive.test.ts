import { describe, expect, it } from "vitest";
import { type Agreement, validateAgreement } from "@samverkan/core";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "signature_retroactive";
const signedOn = (kommun: string, police = "2024-12-15") => [
  signed("kso", "kavlinge", "municipal_board_chair", kommun),
  signed("lpo-chef", "polisen", "local_police_area_chief", police),
];
const at = (i: number) => ({ code: CODE, severity: "info", path: ["signatories", i, "signature", "date"], params: { months: 6 } });
const years = (from: number, to: number): Agreement["validity"] => ({ start: { type: "year", year: from }, end: { type: "year", year: to } });

describe("signature_retroactive", () => {
  it("fires on a signature more than six months after the validity began", () => {
    const doc = agreement({ signatories: signedOn("2025-08-07") });
    expect(issuesOf(doc, CODE)).toEqual([at(0)]);
    expect(validateAgreement(doc).ok).toBe(true);
  });

  it("no longer fires on Kristianstad, signed 7 February: signing weeks into the period is normal (domain review)", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2025-02-07") }), CODE)).toEqual([]);
  });

  it("does not fire on a signature on the first day, or before it", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2025-01-01") }), CODE)).toEqual([]);
    expect(issuesOf(agreement({ signatories: signedOn("2024-06-01") }), CODE)).toEqual([]);
  });

  it("allows exactly six months: from 1 January, 1 July is not reported, 2 July is", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2025-07-01") }), CODE)).toEqual([]);
    expect(issuesOf(agreement({ signatories: signedOn("2025-07-02") }), CODE)).toEqual([at(0)]);
  });

  it("counts six months to the month's last day when the day does not exist (31 August to 28 February)", () => {
    const validity = { start: { type: "date", date: "2025-08-31" }, end: { type: "date", date: "2027-08-30" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2026-02-28", "2025-08-01") }), CODE)).toEqual([]);
    expect(issuesOf(agreement({ validity, signatories: signedOn("2026-03-01", "2025-08-01") }), CODE)).toEqual([at(0)]);
  });

  it("fires on a signature on the last day, but not after it (that is signature_after_validity)", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2026-12-31") }), CODE)).toEqual([at(0)]);
    expect(issuesOf(agreement({ signatories: signedOn("2027-01-01") }), CODE)).toEqual([]);
  });

  it("no longer fires on a year-precision validity signed in its first year (domain review), only after it", () => {
    // "2019–2022" says no more than the year: a signature in 2019 is within what the text says.
    expect(issuesOf(agreement({ validity: years(2019, 2022), signatories: signedOn("2018-12-20", "2019-01-02") }), CODE)).toEqual([]);
    expect(issuesOf(agreement({ validity: years(2019, 2022), signatories: signedOn("2018-12-20", "2019-12-31") }), CODE)).toEqual([]);
    expect(issuesOf(agreement({ validity: years(2019, 2022), signatories: signedOn("2018-12-20", "2020-01-01") }), CODE)).toEqual([at(1)]);
  });

  it("reads a year-precision start as 1 January once the first year is past", () => {
    expect(issuesOf(agreement({ validity: years(2019, 2022), signatories: signedOn("2021-03-01") }), CODE)).toEqual([at(0)]);
  });

  it("fires on an open-ended agreement signed long after it began", () => {
    const validity = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2030-01-01") }), CODE)).toEqual([at(0)]);
  });

  it("reports each late signature", () => {
    expect(issuesOf(agreement({ signatories: signedOn("2025-09-01", "2025-10-01") }), CODE)).toEqual([at(0), at(1)]);
  });

  it("never fires on an agreement that runs from signing, whoever signed first", () => {
    const validity = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2025-03-01", "2025-12-07") }), CODE)).toEqual([]);
  });

  it("never fires on a validity whose start the text does not give", () => {
    const validity = { start: { type: "unknown" }, end: { type: "date", date: "2026-12-31" } } as const;
    expect(issuesOf(agreement({ validity, signatories: signedOn("2026-06-01") }), CODE)).toEqual([]);
  });
});
