import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import {
  agreement,
  agreementSet,
  arjeplog,
  arvidsjaur,
  del2,
  issuesOf,
  kristianstadAgreement,
  lawDuties,
  loadSeed,
} from "@samverkan/test-utils";

const CODE = "action_plan_missing";
const issueAt = (asOf: string, ...path: (string | number)[]) => ({ code: CODE, severity: "warning", path, params: { asOf } });
const police = agreement().parties.police;

describe("action_plan_missing", () => {
  it("fires on a kommun with no record under the law, at its party (Kristianstad, 1 June 2026)", () => {
    const doc = kristianstadAgreement();
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([issueAt("2026-06-01", "parties", "municipalities", 0)]);
    expect(validateAgreement(doc, { asOf: "2026-06-01" }).ok).toBe(true);
  });

  it("fires on the Kristianstad seed, which records no åtgärdsplan decision", () => {
    expect(issuesOf(loadSeed("kristianstad-2025-2028"), CODE, { asOf: "2026-06-01" })).toEqual([
      issueAt("2026-06-01", "parties", "municipalities", 0),
    ]);
  });

  it("points into the kommun's record when it has a lägesbild but no åtgärdsplan", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2025-03-15" })] });
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([issueAt("2026-06-01", "municipalDuties", 0, "actionPlan")]);
  });

  it("does not fire on a decision dated on or before asOf, however old", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { actionPlan: "2025-06-10" })] });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-10" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2028-12-31" })).toEqual([]);
  });

  it("counts a decision dated after asOf as missing", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2025-03-15", actionPlan: "2025-06-10" })] });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-09" })).toEqual([issueAt("2025-06-09", "municipalDuties", 0, "actionPlan")]);
    expect(issuesOf(doc, CODE, { asOf: "2025-06-10" })).toEqual([]);
  });

  it("judges each kommun of a joint agreement by its own record", () => {
    const joint = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      municipalDuties: [lawDuties("2506", { situationalPicture: "2024-10-01" }), lawDuties("2505", { actionPlan: "2024-12-02" })],
    });
    expect(issuesOf(joint, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "municipalDuties", 0, "actionPlan")]);
  });

  it("judges a del 2 only for its own kommun", () => {
    const arvidsjaurPlan = lawDuties("2505", { actionPlan: "2024-12-02" });
    const doc = del2(arvidsjaur, { parties: { police, municipalities: [arjeplog, arvidsjaur] }, municipalDuties: [arvidsjaurPlan] });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([]);
    // Another kommun's decision does not count for the del 2's kommun.
    const other = del2(arjeplog, { municipalDuties: [arvidsjaurPlan] });
    expect(issuesOf(other, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "parties", "municipalities", 0)]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([kristianstadAgreement({ municipalDuties: [lawDuties("1290", { actionPlan: "2025-06-10" })] }), agreement()]);
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([issueAt("2026-06-01", "agreements", 1, "parties", "municipalities", 0)]);
  });
});
