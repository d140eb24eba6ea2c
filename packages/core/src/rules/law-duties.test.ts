import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreement, arjeplog, arvidsjaur, del1, issuesOf, kristianstadAgreement } from "@samverkan/test-utils";

// When the rules of Lag (2023:196) run at all (eachDutiesAsOf), shown with the two rules that fire
// on a kommun with no record: both must behave the same.
describe.each(["situational_picture_missing", "action_plan_missing"] as const)("%s: when the law's rules run", (code) => {
  const issueAt = (asOf: string, ...path: (string | number)[]) => ({ code, severity: "warning", path, params: { asOf } });
  const police = agreement().parties.police;

  it("never runs without asOf", () => {
    expect(issuesOf(kristianstadAgreement(), code)).toEqual([]);
    expect(issuesOf(kristianstadAgreement(), code, { lawIntervalMonths: 12 })).toEqual([]);
    expect(validateAgreement(kristianstadAgreement())).toMatchObject({ ok: true, warnings: [] });
  });

  it("does not run before Lag (2023:196) came into force on 1 July 2023", () => {
    // Arjeplog and Arvidsjaur's del 1 is valid 2023–2026.
    const doc = del1();
    expect(issuesOf(doc, code, { asOf: "2023-06-30" })).toEqual([]);
    expect(issuesOf(doc, code, { asOf: "2023-01-01" })).toEqual([]);
    expect(issuesOf(doc, code, { asOf: "2023-07-01" })).toEqual([
      issueAt("2023-07-01", "parties", "municipalities", 0),
      issueAt("2023-07-01", "parties", "municipalities", 1),
    ]);
  });

  it("does not run on a day the agreement is not valid", () => {
    const doc = kristianstadAgreement(); // 2025-01-01 – 2028-12-31
    expect(issuesOf(doc, code, { asOf: "2024-12-31" })).toEqual([]);
    expect(issuesOf(doc, code, { asOf: "2029-01-01" })).toEqual([]);
    expect(issuesOf(doc, code, { asOf: "2025-01-01" })).toEqual([issueAt("2025-01-01", "parties", "municipalities", 0)]);
    expect(issuesOf(doc, code, { asOf: "2028-12-31" })).toEqual([issueAt("2028-12-31", "parties", "municipalities", 0)]);
  });

  it("reads a year-precision validity as whole years and an open-ended one as never ending", () => {
    const byYear = kristianstadAgreement({ validity: { start: { type: "year", year: 2025 }, end: { type: "year", year: 2028 } } });
    expect(issuesOf(byYear, code, { asOf: "2028-12-31" })).toHaveLength(1);
    expect(issuesOf(byYear, code, { asOf: "2029-01-01" })).toEqual([]);
    const open = kristianstadAgreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } });
    expect(issuesOf(open, code, { asOf: "2040-06-01" })).toHaveLength(1);
  });

  it("judges a validity from signing from the last signature", () => {
    const doc = kristianstadAgreement({ validity: { start: { type: "from_signing" }, end: { type: "date", date: "2028-12-31" } } });
    // Signed 2024-12-15 by both parties.
    expect(issuesOf(doc, code, { asOf: "2024-12-14" })).toEqual([]);
    expect(issuesOf(doc, code, { asOf: "2024-12-15" })).toHaveLength(1);
  });

  it("reports each kommun of a joint agreement without a record at its party", () => {
    const joint = agreement({ parties: { police, municipalities: [arjeplog, arvidsjaur] } });
    expect(issuesOf(joint, code, { asOf: "2025-06-01" })).toEqual([
      issueAt("2025-06-01", "parties", "municipalities", 0),
      issueAt("2025-06-01", "parties", "municipalities", 1),
    ]);
  });
});
