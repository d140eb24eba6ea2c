import { describe, expect, it } from "vitest";
import {
  SCHEMA_URL,
  compileAgreement,
  migrate,
  scheduleObligations,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
} from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement, agreementSet, citizenPromiseDocument, loadSeed } from "@samverkan/test-utils";

const V1_URL = "https://cdn.jsdelivr.net/npm/@samverkan/core/schema/agreement.v1.schema.json";
const compiled = compileAgreementValidator().validate;

const withSchema = <T extends object>(doc: T, $schema: unknown = SCHEMA_URL) => ({ $schema, ...doc });

// A version 1 document: the builder's agreement has nothing that version 1 did not have.
const v1Agreement = () => ({ ...agreement(), schemaVersion: 1 });

describe("$schema in a document", () => {
  const kinds: [string, () => object][] = [
    ["an agreement", () => agreement()],
    ["a set", () => agreementSet([agreement({ id: "a" }), agreement({ id: "b" })])],
    ["a medborgarlöfte", () => citizenPromiseDocument()],
  ];

  it.each(kinds)("is accepted in %s, and kept in the value as its first key", (_name, make) => {
    for (const validate of [validateAgreement, compiled]) {
      const result = validate(withSchema(make()));
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
      if (!result.ok) continue;
      expect(result.value.$schema).toBe(SCHEMA_URL);
      expect(Object.keys(result.value)[0]).toBe("$schema");
      // Nothing else changes: the same document and findings as without it.
      const without = validate(make());
      expect(without.ok && { ...without.value, $schema: SCHEMA_URL }).toEqual(result.value);
      expect(without.ok && without.warnings).toEqual(result.warnings);
    }
  });

  it("is read as JSON text, and survives a round trip through the value", () => {
    const text = JSON.stringify(withSchema(agreement()), null, 2);
    const result = validateAgreement(text);
    expect(result.ok && JSON.stringify(result.value, null, 2)).toBe(text);
  });

  it("may be any address: a relative path, a node_modules path, another URL", () => {
    for (const $schema of ["./agreement.v2.schema.json", "../node_modules/@samverkan/core/schema/agreement.v2.schema.json", "https://example.org/s.json"]) {
      const result = validateAgreement(withSchema(agreement(), $schema));
      expect(result.ok && result.value.$schema).toBe($schema);
    }
  });

  it("is accepted on an agreement inside a set, so an agreement's file goes into a set as it is", () => {
    const result = validateAgreement(withSchema(agreementSet([withSchema(agreement({ id: "a" }), "./a.json") as Agreement])));
    expect(result.ok && result.value.type === "agreement_set" && result.value.agreements[0]!.$schema).toBe("./a.json");
  });

  it.each([
    [42, "invalid_type"],
    [null, "invalid_type"],
    [["x"], "invalid_type"],
    ["", "too_small"],
    ["x".repeat(501), "too_big"],
  ])("is a non-empty string of at most 500 characters: %j is %s", (value, code) => {
    for (const [doc, path] of [
      [withSchema(agreement(), value), ["$schema"]],
      [withSchema(citizenPromiseDocument(), value), ["$schema"]],
      [withSchema(agreementSet([agreement()]), value), ["$schema"]],
      [agreementSet([withSchema(agreement(), value) as Agreement]), ["agreements", 0, "$schema"]],
    ] as const) {
      const result = validateAgreement(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
    }
  });

  it("changes no schedule", () => {
    const doc = loadSeed("kristianstad-2025-2028") as object;
    const window = { from: "2025-01-01", to: "2028-12-31" };
    const plain = validateAgreement(doc);
    const marked = validateAgreement(withSchema(doc));
    if (!plain.ok || !marked.ok) throw new Error("the seed is valid");
    expect(scheduleObligations(marked.value, { window })).toEqual(scheduleObligations(plain.value, { window }));
  });

  it("is never changed by validation: the input stays as it was", () => {
    const doc = withSchema(agreement(), "./x.json");
    const before = structuredClone(doc);
    validateAgreement(doc);
    expect(doc).toEqual(before);
  });
});

describe("$schema through migrate", () => {
  it("keeps a version 2 document's $schema", () => {
    const result = migrate(withSchema(agreement(), "./own.json"));
    expect(result.ok && result.value.$schema).toBe("./own.json");
  });

  it.each([
    [V1_URL, SCHEMA_URL],
    ["../node_modules/@samverkan/core/schema/agreement.v1.schema.json", "../node_modules/@samverkan/core/schema/agreement.v2.schema.json"],
    ["agreement.v1.schema.json", "agreement.v2.schema.json"],
    ["C:\\schemas\\agreement.v1.schema.json", "C:\\schemas\\agreement.v2.schema.json"],
    ["https://unpkg.com/@samverkan/core@0.4.0/schema/agreement.v1.schema.json#", "https://unpkg.com/@samverkan/core@0.4.0/schema/agreement.v2.schema.json#"],
  ])("points a version 1 document's %s at version 2's schema", (from, to) => {
    const result = migrate(withSchema(v1Agreement(), from));
    expect(result.ok && result.value.$schema).toBe(to);
    const validated = validateAgreement(withSchema(v1Agreement(), from));
    expect(validated.ok && validated.value.$schema).toBe(to);
  });

  it.each(["./mine.json", "https://example.org/my-agreement.v1.schema.json", "agreement.v1.schema.json.bak", "urn:samverkan:schema:agreement:1"])(
    "keeps any other $schema of a version 1 document (%s)",
    ($schema) => {
      const result = migrate(withSchema(v1Agreement(), $schema));
      expect(result.ok && result.value.$schema).toBe($schema);
    },
  );

  it("updates a version 1 set's $schema and its agreements' $schema", () => {
    const set = { $schema: V1_URL, schemaVersion: 1, type: "agreement_set", id: "set", agreements: [withSchema(v1Agreement(), V1_URL)] };
    const result = migrate(set);
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as AgreementDocument) : undefined;
    expect(value?.$schema).toBe(SCHEMA_URL);
    expect(value?.type === "agreement_set" && value.agreements[0]!.$schema).toBe(SCHEMA_URL);
    expect(set.$schema).toBe(V1_URL);
  });

  it("gives a version 1 document without $schema none", () => {
    const result = migrate(v1Agreement());
    expect(result.ok && "$schema" in result.value).toBe(false);
  });

  it("reports a version 1 document's bad $schema at its path", () => {
    const result = migrate(withSchema(v1Agreement(), 7));
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([["invalid_type", ["$schema"]]]);
  });
});

describe("$schema through compileAgreement", () => {
  it("keeps the agreement's $schema", () => {
    const result = compileAgreement(withSchema(agreement({ changes: [{ type: "amendment", id: "a", patch: { purpose: "Nytt syfte." } }] })) as Agreement);
    expect(result.ok && result.value.$schema).toBe(SCHEMA_URL);
    expect(result.ok && result.value.purpose).toBe("Nytt syfte.");
  });

  it("refuses a change that would set it: it names the format, not a fact of the agreement", () => {
    const result = compileAgreement(agreement({ changes: [{ type: "amendment", id: "a", patch: { $schema: "./x.json" } }] }));
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["change_invalid", ["changes", 0, "patch", "$schema"], { reason: "protected_field" }],
    ]);
  });
});

describe("SCHEMA_URL", () => {
  it("is an https address of this format version's file in the published package", () => {
    const url = new URL(SCHEMA_URL);
    expect(url.protocol).toBe("https:");
    expect(url.pathname).toBe("/npm/@samverkan/core/schema/agreement.v2.schema.json");
  });
});
