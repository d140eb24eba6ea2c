import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import {
  agreement,
  agreementSet,
  arjeplog,
  arvidsjaur,
  del1,
  del2,
  issuesOf,
  kristianstadAgreement,
  lawDuties,
  loadSeed,
} from "@samverkan/test-utils";

const CODE = "situational_picture_missing";
const issueAt = (asOf: string, ...path: (string | number)[]) => ({ code: CODE, severity: "warning", path, params: { asOf } });
const police = agreement().parties.police;

describe("situational_picture_missing", () => {
  it("fires on a kommun with no record under the law, at its party (Kristianstad, 1 June 2026)", () => {
    const doc = kristianstadAgreement();
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([issueAt("2026-06-01", "parties", "municipalities", 0)]);
    // A warning: the document stays valid.
    expect(validateAgreement(doc, { asOf: "2026-06-01" }).ok).toBe(true);
  });

  it("fires on the Kristianstad seed, which records no lägesbild", () => {
    expect(issuesOf(loadSeed("kristianstad-2025-2028"), CODE, { asOf: "2026-06-01" })).toEqual([
      issueAt("2026-06-01", "parties", "municipalities", 0),
    ]);
  });

  it("points into the kommun's record when it has one without a lägesbild", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { actionPlan: "2025-06-10" })] });
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([issueAt("2026-06-01", "municipalDuties", 0, "situationalPicture")]);
  });

  it("does not fire on a kommun with a lägesbild dated on or before asOf", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2025-03-15" })] });
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-03-15" })).toEqual([]);
  });

  it("does not care how old the lägesbild is (that is situational_picture_outdated)", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2019-09-01" })] });
    expect(issuesOf(doc, CODE, { asOf: "2028-12-31" })).toEqual([]);
  });

  it("counts a lägesbild dated after asOf as missing", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2026-03-15" })] });
    expect(issuesOf(doc, CODE, { asOf: "2026-03-14" })).toEqual([issueAt("2026-03-14", "municipalDuties", 0, "situationalPicture")]);
    expect(issuesOf(doc, CODE, { asOf: "2026-03-15" })).toEqual([]);
  });

  it("reports only the kommun of a joint agreement that lacks a lägesbild", () => {
    const joint = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      municipalDuties: [lawDuties("2505", { situationalPicture: "2024-11-20" })],
    });
    expect(issuesOf(joint, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "parties", "municipalities", 0)]);
    const both = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      municipalDuties: [lawDuties("2505", { situationalPicture: "2024-11-20" }), lawDuties("2506", { actionPlan: "2024-12-02" })],
    });
    expect(issuesOf(both, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "municipalDuties", 1, "situationalPicture")]);
  });

  it("judges a del 2 only for its own kommun", () => {
    // Arjeplog's del 2, with Arvidsjaur (who has no lägesbild) named among its parties as well.
    const doc = del2(arjeplog, {
      parties: { police, municipalities: [arvidsjaur, arjeplog] },
      municipalDuties: [lawDuties("2506", { situationalPicture: "2024-02-01" })],
    });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([]);
    const without = del2(arjeplog, { parties: { police, municipalities: [arvidsjaur, arjeplog] } });
    expect(issuesOf(without, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "parties", "municipalities", 1)]);
  });

  it("does not count another kommun's record for a del 2", () => {
    const doc = del2(arvidsjaur, { municipalDuties: [lawDuties("2506", { situationalPicture: "2024-02-01" })] });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "parties", "municipalities", 0)]);
  });

  it("points at a del 2's own kommun when it is not among its parties", () => {
    const doc = del2(arjeplog, { parties: { police, municipalities: [arvidsjaur] } });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "structure", "municipality")]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([
      del2(arjeplog, { municipalDuties: [lawDuties("2506", { situationalPicture: "2024-02-01" })] }),
      del2(arvidsjaur),
    ]);
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([issueAt("2025-06-01", "agreements", 1, "parties", "municipalities", 0)]);
  });
});

describe("situational_picture_missing in a set", () => {
  it("leaves a kommun to its del 2: a complete del 1 + del 2 set raises nothing", () => {
    const recorded = (code: string) => ({ municipalDuties: [lawDuties(code, { situationalPicture: "2025-02-01", actionPlan: "2025-03-10" })] });
    const set = agreementSet([del1(), del2(arjeplog, recorded("2506")), del2(arvidsjaur, recorded("2505"))]);
    const result = validateAgreement(set, { asOf: "2025-06-01" });
    expect(result.ok && result.warnings.filter((w) => w.code.includes("situational_picture") || w.code.includes("action_plan"))).toEqual([]);
  });

  it("still judges the del 1 for a kommun without a del 2 in the set", () => {
    const set = agreementSet([del1(), del2(arjeplog, { municipalDuties: [lawDuties("2506", { situationalPicture: "2025-02-01" })] })]);
    const result = validateAgreement(set, { asOf: "2025-06-01" });
    const found = result.ok ? result.warnings.filter((w) => w.code === "situational_picture_missing") : [];
    expect(found.map((w) => w.path)).toEqual([["agreements", 0, "parties", "municipalities", 0]]);
  });
});
