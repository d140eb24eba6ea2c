import { describe, expect, it } from "vitest";
import { validateAgreement, type AgreementValidator, type Issue, type ValidateOptions } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement, agreementSet } from "@samverkan/test-utils";

// Every case runs through both validators: the ordinary one and the compiled fast path.
const validators: [string, AgreementValidator][] = [
  ["validateAgreement", validateAgreement],
  ["compiled", compileAgreementValidator().validate],
];

/** Validates with both validators, asserting that neither throws, and returns both results. */
function run(input: unknown, options: unknown) {
  return validators.map(([name, validate]) => {
    let result: ReturnType<AgreementValidator> | undefined;
    expect(() => (result = validate(input, options as ValidateOptions)), name).not.toThrow();
    return [name, result!] as const;
  });
}

/** Asserts that `options` give exactly the one issue `expected`, whatever the document. */
function expectOptionIssue(options: unknown, expected: Issue) {
  for (const [name, result] of run(agreement(), options)) expect(result, name).toStrictEqual({ ok: false, issues: [expected] });
}

const invalidDate: Issue = { code: "invalid_date", severity: "error", path: ["asOf"], params: {} };
const interval = (issue: Omit<Issue, "severity" | "path">): Issue => ({ ...issue, severity: "error", path: ["lawIntervalMonths"] }) as Issue;

describe("validateAgreement options", () => {
  describe("asOf", () => {
    it.each(["2023-02-30", "2025-02-29", "2100-02-29", "2025-13-01", "2025-04-31", "2025-1-01", "2025-01-01T00:00:00Z", "1 juli 2023", ""])(
      "gives invalid_date at asOf for %j",
      (asOf) => expectOptionIssue({ asOf }, invalidDate),
    );

    it.each([20250101, null, true, {}, new Date(Date.UTC(2025, 0, 1))])("gives invalid_date at asOf for a non-string (%s)", (asOf) =>
      expectOptionIssue({ asOf }, invalidDate),
    );

    it.each(["2024-02-29", "2023-07-01", "2000-02-29", "1899-12-31"])("accepts %s", (asOf) => {
      for (const [name, result] of run(agreement(), { asOf })) expect(result.ok, name).toBe(true);
    });
  });

  describe("lawIntervalMonths", () => {
    it("gives too_small below 1", () => {
      expectOptionIssue({ lawIntervalMonths: 0 }, interval({ code: "too_small", params: { origin: "number", minimum: 1 } }));
      expectOptionIssue({ lawIntervalMonths: -12 }, interval({ code: "too_small", params: { origin: "number", minimum: 1 } }));
    });

    it("gives too_big above 240", () => {
      expectOptionIssue({ lawIntervalMonths: 241 }, interval({ code: "too_big", params: { origin: "number", maximum: 240 } }));
    });

    it("gives invalid_type for a number that is not whole", () => {
      expectOptionIssue({ lawIntervalMonths: 1.5 }, interval({ code: "invalid_type", params: { expected: "integer", received: "number" } }));
      expectOptionIssue({ lawIntervalMonths: Number.NaN }, interval({ code: "invalid_type", params: { expected: "integer", received: "number" } }));
      expectOptionIssue({ lawIntervalMonths: Infinity }, interval({ code: "invalid_type", params: { expected: "integer", received: "number" } }));
    });

    it("gives invalid_type for a string, even one that reads as a number", () => {
      expectOptionIssue({ lawIntervalMonths: "12" }, interval({ code: "invalid_type", params: { expected: "integer", received: "string" } }));
    });

    it("gives invalid_type for null", () => {
      expectOptionIssue({ lawIntervalMonths: null }, interval({ code: "invalid_type", params: { expected: "integer", received: "object" } }));
    });

    it.each([1, 12, 24, 240])("accepts %d", (lawIntervalMonths) => {
      for (const [name, result] of run(agreement(), { lawIntervalMonths })) expect(result.ok, name).toBe(true);
      for (const [name, result] of run(agreement(), { asOf: "2025-06-01", lawIntervalMonths })) expect(result.ok, name).toBe(true);
    });
  });

  it("reports a bad asOf before a bad lawIntervalMonths", () => {
    expectOptionIssue({ asOf: "2023-02-30", lawIntervalMonths: 0 }, invalidDate);
  });

  it("reports a bad option for a set, for JSON text and for input that is not an agreement, without throwing", () => {
    const options = { asOf: "2023-02-30" };
    for (const input of [agreementSet([agreement()]), JSON.stringify(agreement()), "{", 42, undefined]) {
      for (const [name, result] of run(input, options)) expect(result, name).toStrictEqual({ ok: false, issues: [invalidDate] });
    }
  });

  it("takes frozen options, and applies asOf with the severity overrides", () => {
    const options = Object.freeze({ asOf: "2026-07-15", lawIntervalMonths: 12, severity: Object.freeze({ action_plan_missing: "off" as const }) });
    for (const [name, result] of run(agreement(), options)) {
      expect(result.ok, name).toBe(true);
      expect(result.ok && result.warnings.map((w) => w.code), name).toEqual(["situational_picture_missing"]);
    }
  });
});

describe("options that are not an object, or that throw", () => {
  it("reads null options as none", () => {
    for (const [name, result] of run(agreement(), null)) expect(result.ok, name).toBe(true);
  });

  it("reports a getter that throws as unreadable_input, never a throw", () => {
    const hostile = {
      get asOf(): string {
        throw new Error("no");
      },
    };
    for (const [name, result] of run(agreement(), hostile)) {
      expect(result, name).toStrictEqual({ ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] });
    }
  });
});

describe("severity overrides", () => {
  it("names an unknown rule code as unknown_field, never ignores it", () => {
    expectOptionIssue({ severity: { no_such_rule: "off" } }, { code: "unknown_field", severity: "error", path: ["severity", "no_such_rule"], params: {} });
  });

  it("gives invalid_value for a level that is not error, warning, info or off", () => {
    expectOptionIssue(
      { severity: { signature_retroactive: "loud" } },
      { code: "invalid_value", severity: "error", path: ["severity", "signature_retroactive"], params: { allowed: ["error", "warning", "info", "off"] } },
    );
  });

  it("gives invalid_type for severity that is not an object", () => {
    expectOptionIssue({ severity: ["off"] }, { code: "invalid_type", severity: "error", path: ["severity"], params: { expected: "object", received: "array" } });
  });
});
