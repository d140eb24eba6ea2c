import { describe, expect, it } from "vitest";
import { compileAgreement, type Agreement, type Change } from "@samverkan/core";
import { agreement } from "@samverkan/test-utils";

const withChanges = (changes: Change[], overrides: Partial<Agreement> = {}) => agreement({ changes, ...overrides });

describe("compileAgreement", () => {
  it("applies an extension and a later amendment, in order, and returns the state without the history", () => {
    const base = withChanges([
      { type: "extension", id: "forlangning", date: "2026-10-01", end: { type: "year", year: 2027 } },
      {
        type: "amendment",
        id: "ny-uppfoljning",
        date: "2026-11-15",
        summary: "Uppföljningen görs varje halvår.",
        patch: { followUps: [{ id: "uppfoljning", cadence: { type: "half_yearly" } }], purpose: "Ökad trygghet." },
      },
    ]);
    const before = structuredClone(base);
    const result = compileAgreement(base);
    expect(base).toEqual(before);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.applied).toEqual(["forlangning", "ny-uppfoljning"]);
    expect(result.value.validity.end).toEqual({ type: "year", year: 2027 });
    expect(result.value.followUps).toEqual([{ id: "uppfoljning", kind: "follow_up", subject: "Gemensamma åtgärder", responsibleSide: "joint", cadence: { type: "half_yearly" } }]);
    expect(result.value.purpose).toBe("Ökad trygghet.");
    expect(result.value.changes).toBeUndefined();
  });

  it("gives the state on a day: only the changes decided by then", () => {
    const base = withChanges([
      { type: "extension", id: "forlangning", date: "2026-10-01", end: { type: "date", date: "2027-12-31" } },
      { type: "termination", id: "uppsagning", date: "2027-03-01", effective: "2027-06-30" },
    ]);
    expect(compileAgreement(base, { asOf: "2026-09-30" })).toMatchObject({ ok: true, applied: [], value: { validity: { end: { type: "date", date: "2026-12-31" } } } });
    expect(compileAgreement(base, { asOf: "2026-12-01" })).toMatchObject({ ok: true, applied: ["forlangning"], value: { validity: { end: { date: "2027-12-31" } } } });
    expect(compileAgreement(base)).toMatchObject({ ok: true, applied: ["forlangning", "uppsagning"], value: { validity: { end: { date: "2027-06-30" } } } });
  });

  it("merges lists of items with ids by id, adds new ones, removes with null, replaces other lists", () => {
    const base = withChanges([
      {
        type: "amendment",
        id: "andring",
        patch: {
          forums: [{ id: "lokala-bra", cadence: { type: "monthly" } }, { id: "styrgrupp", kind: "steering_group", name: "Styrgrupp" }],
          goals: null,
          otherTitles: ["Trygg i Kävlinge"],
        },
      },
    ], { goals: [{ id: "mal", text: "Ökad trygghet." }] });
    const result = compileAgreement(base);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.forums).toEqual([
      { id: "lokala-bra", kind: "local_bra", name: "Lokala Brå", level: "strategic", cadence: { type: "monthly" } },
      { id: "styrgrupp", kind: "steering_group", name: "Styrgrupp" },
    ]);
    expect(result.value.goals).toBeUndefined();
    expect(result.value.otherTitles).toEqual(["Trygg i Kävlinge"]);
  });

  it("gives an agreement without changes back as it is", () => {
    expect(compileAgreement(agreement())).toEqual({ ok: true, value: agreement(), applied: [] });
  });

  it("refuses a patch that touches the agreement's identity or history", () => {
    for (const field of ["id", "type", "schemaVersion", "changes"]) {
      const result = compileAgreement(withChanges([{ type: "amendment", id: "andring", patch: { [field]: "x" } }]));
      expect(result).toEqual({ ok: false, issues: [{ code: "change_invalid", severity: "error", path: ["changes", 0, "patch", field], params: { reason: "protected_field" } }] });
    }
  });

  it("never copies a key that could reach a prototype", () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "purpose": "Ny."}') as Record<string, unknown>;
    const result = compileAgreement(withChanges([{ type: "amendment", id: "andring", patch }]));
    expect(result.ok && result.value.purpose).toBe("Ny.");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports what a change breaks, at its path in the compiled agreement", () => {
    const result = compileAgreement(withChanges([{ type: "amendment", id: "andring", patch: { title: "" } }]));
    expect(result).toMatchObject({ ok: false, issues: [{ code: "too_small", path: ["title"] }] });
  });

  it.each([null, 42, "agreement", [], { type: "agreement_set" }])("gives a coded issue, never a throw, for %j", (input) => {
    expect(compileAgreement(input as never)).toMatchObject({ ok: false, issues: [{ code: "invalid_type", path: [] }] });
  });
});
