import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  assertValidAgreement,
  AgreementValidationError,
  formatIssue,
  validateAgreement,
  type AgreementDocument,
  type AgreementValidator,
  type DocumentType,
  type Issue,
  type ValidateOptions,
} from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement, agreementSet, citizenPromiseDocument, loadSeed } from "@samverkan/test-utils";

// `{ type }` asks for one kind of document. Every case runs through both validators.
const validators: [string, AgreementValidator][] = [
  ["validateAgreement", validateAgreement],
  ["compiled", compileAgreementValidator().validate],
];

const documents: Record<DocumentType, () => AgreementDocument> = {
  agreement: () => agreement(),
  agreement_set: () => agreementSet([agreement({ id: "a" }), agreement({ id: "b" })]),
  citizen_promise: () => citizenPromiseDocument(),
};
const types = Object.keys(documents) as DocumentType[];
const pairs = types.flatMap((expected) => types.filter((received) => received !== expected).map((received) => [expected, received] as const));

const mismatch = (expected: DocumentType, received: DocumentType): Issue => ({
  code: "unexpected_document_type",
  severity: "error",
  path: ["type"],
  params: { expected, received },
});

describe.each(validators)("%s with the type option", (_, validate) => {
  it.each(types)("accepts a document of the type asked for (%s), with the same result as without the option", (type) => {
    const doc = documents[type]();
    const result = validate(doc, { type });
    expect(result.ok).toBe(true);
    expect(result).toStrictEqual(validate(doc));
  });

  it.each(pairs)("asked for %s, gives unexpected_document_type for a document of type %s", (expected, received) => {
    expect(validate(documents[received](), { type: expected })).toStrictEqual({ ok: false, issues: [mismatch(expected, received)] });
  });

  it("gives only the type issue for an invalid set when a single agreement was asked for", () => {
    const broken = { ...documents.agreement_set(), id: "" };
    expect(validate(broken, { type: "agreement" })).toStrictEqual({ ok: false, issues: [mismatch("agreement", "agreement_set")] });
    // Without the option, the set's own issue.
    const plain = validate(broken);
    expect(!plain.ok && plain.issues.map((i) => i.code)).toEqual(["invalid_format"]);
  });

  it("reads JSON text and reports the set seed, which the README's snippet would meet", () => {
    const set = readFileSync(new URL("../../../../examples/agreements/arjeplog-arvidsjaur-set.json", import.meta.url), "utf8");
    expect(validate(set, { type: "agreement" })).toStrictEqual({ ok: false, issues: [mismatch("agreement", "agreement_set")] });
    const single = validate(JSON.stringify(loadSeed("kristianstad-2025-2028")), { type: "agreement" });
    expect(single.ok && single.value.parties.municipalities.map((m) => m.code)).toEqual(["1290"]);
  });

  it("leaves a document without a known type to the shape check, as without the option", () => {
    for (const doc of [{ schemaVersion: 2 }, { ...agreement(), type: "avtal" }, [], "null", 42]) {
      expect(validate(doc, { type: "agreement" })).toStrictEqual(validate(doc));
    }
  });

  it("still reports the migration of a version 1 document of another type", () => {
    const v1Set = JSON.parse(readFileSync(new URL("../../../test-utils/fixtures/v1/arjeplog-arvidsjaur-set.json", import.meta.url), "utf8"));
    const result = validate(v1Set, { type: "agreement" });
    expect(result).toStrictEqual({
      ok: false,
      issues: [{ code: "schema_version_migrated", severity: "info", path: ["schemaVersion"], params: { from: 1, to: 2 } }, mismatch("agreement", "agreement_set")],
    });
    const v1Single = JSON.parse(readFileSync(new URL("../../../test-utils/fixtures/v1/kavlinge-2019-2022.json", import.meta.url), "utf8"));
    const single = validate(v1Single, { type: "agreement" });
    expect(single.ok && single.value.type).toBe("agreement");
  });

  it.each(["set", "Agreement", "", null, 1, {}])("gives invalid_value at type for the option %j", (type) => {
    expect(validate(agreement(), { type } as unknown as ValidateOptions)).toStrictEqual({
      ok: false,
      issues: [{ code: "invalid_value", severity: "error", path: ["type"], params: { allowed: ["agreement", "agreement_set", "citizen_promise"] } }],
    });
  });

  it("treats an option whose getter throws as unreadable input", () => {
    const options = Object.defineProperty({}, "type", {
      get() {
        throw new Error("no");
      },
    });
    expect(validate(agreement(), options)).toStrictEqual({ ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] });
  });

  it("does not change the options or the document", () => {
    const doc = documents.agreement_set();
    const copy = structuredClone(doc);
    const options = Object.freeze({ type: "agreement" as const });
    validate(doc, options);
    expect(doc).toStrictEqual(copy);
  });
});

describe("unexpected_document_type", () => {
  it("says what the document is and what was asked for, in both locales", () => {
    const issue = mismatch("agreement", "agreement_set");
    expect(formatIssue(issue)).toBe("Dokumentet är en samling överenskommelser, inte en enskild överenskommelse.");
    expect(formatIssue(issue, { locale: "en" })).toBe("The document is a set of agreements, not a single agreement.");
    expect(formatIssue(mismatch("agreement", "citizen_promise"), { locale: "en" })).toBe("The document is a medborgarlöfte, not a single agreement.");
  });
});

describe("assertValidAgreement with the type option", () => {
  it("returns the document of the type asked for", () => {
    const single = assertValidAgreement(agreement(), { type: "agreement" });
    expect(single.parties.municipalities[0]?.code).toBe("1261");
  });

  it("throws with the type issue for another kind of document", () => {
    expect(() => assertValidAgreement(documents.citizen_promise(), { type: "agreement" })).toThrow(AgreementValidationError);
    expect(() => assertValidAgreement(documents.citizen_promise(), { type: "agreement" })).toThrow("Invalid agreement: unexpected_document_type");
  });
});
