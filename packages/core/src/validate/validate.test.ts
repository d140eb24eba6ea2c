import { describe, expect, it } from "vitest";
import { AgreementSchema, createAgreementValidator, formatIssue, validateAgreement } from "@samverkan/core";
import { agreement, agreementSet } from "@samverkan/test-utils";

describe("validateAgreement", () => {
  it("accepts a valid agreement and returns a fresh copy", () => {
    const input = agreement();
    const result = validateAgreement(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(result.warnings).toEqual([]);
  });

  it("reads JSON text", () => {
    const result = validateAgreement(JSON.stringify(agreement()));
    expect(result.ok).toBe(true);
  });

  it("validates a set agreement by agreement, with paths into the set", () => {
    const bad = agreement({ id: "b" });
    const result = validateAgreement(agreementSet([agreement({ id: "a" }), { ...bad, title: "" }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { code: "too_small", severity: "error", path: ["agreements", 1, "title"], params: { origin: "string", minimum: 1 } },
    ]);
  });

  it("lets options change or turn off a rule's severity", () => {
    const unsigned = agreement({ signatories: [] });
    const plain = validateAgreement(unsigned);
    expect(plain.ok && plain.warnings.map((w) => w.code)).toEqual(["party_without_signatory", "party_without_signatory"]);
    const raised = validateAgreement(unsigned, { severity: { party_without_signatory: "error" } });
    expect(raised.ok).toBe(false);
    const off = validateAgreement(unsigned, { severity: { party_without_signatory: "off" } });
    expect(off.ok && off.warnings).toEqual([]);
  });

  it("gives every issue a message in both locales", () => {
    const result = validateAgreement({ schemaVersion: 3, type: "agreement" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      expect(formatIssue(issue)).toMatch(/\S/);
      expect(formatIssue(issue, { locale: "en" })).toMatch(/\S/);
    }
    expect(result.issues[0]).toMatchObject({ code: "unsupported_schema_version", params: { supported: 2 } });
  });
});

describe("validateAgreement on a set with a broken envelope", () => {
  it("reports the envelope's issues and the agreements' issues in one pass", () => {
    const { id: _id, ...withoutId } = agreementSet([agreement({ id: "a", title: "" })]);
    const result = validateAgreement(withoutId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["missing_field", ["id"]],
      ["too_small", ["agreements", 0, "title"]],
    ]);
  });
});

describe("createAgreementValidator", () => {
  it("refuses a schema that is not one with a coded error, rather than reporting every document unreadable", () => {
    const hostile = Object.defineProperty({}, "safeParse", {
      get() {
        throw new Error("no");
      },
    });
    for (const schema of [undefined, null, 42, {}, { safeParse: 1 }, { safeParse: () => ({ success: true }) }, hostile]) {
      expect(() => createAgreementValidator(schema as never)).toThrow(expect.objectContaining({ code: "invalid_argument", parameter: "schema" }));
    }
    expect(() => createAgreementValidator(AgreementSchema, {} as never)).toThrow(expect.objectContaining({ code: "invalid_argument", parameter: "citizenPromiseSchema" }));
    expect(createAgreementValidator(AgreementSchema)(agreement())).toMatchObject({ ok: true });
  });
});
