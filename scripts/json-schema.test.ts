import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { migrate, validateAgreement } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument } from "@samverkan/test-utils";
import { agreementJsonSchemaText } from "./json-schema.js";

const schemaFile = (name: string) => readFileSync(new URL(`../packages/core/schema/${name}`, import.meta.url), "utf8");
const shipped = schemaFile("agreement.schema.json");
const shippedV1 = schemaFile("agreement.v1.schema.json");
const ajv = new Ajv2020({ strict: false, allErrors: true });
const check = ajv.compile(JSON.parse(shipped) as object);
const checkV1 = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(shippedV1) as object);

const v1Folder = new URL("../packages/test-utils/fixtures/v1/", import.meta.url);
const v1Documents = readdirSync(v1Folder)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, v1Folder), "utf8")) as unknown] as const);
const v2Folders = ["../examples/agreements/", "../examples/corpus/"].map((f) => new URL(f, import.meta.url));
const v2Documents = v2Folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), "utf8")) as unknown] as const),
);

describe("the shipped JSON Schema of version 2", () => {
  it("is generated from the zod schema (run `pnpm generate` after changing the model)", () => {
    expect(shipped).toBe(agreementJsonSchemaText());
  });

  it("accepts what validateAgreement accepts", () => {
    for (const doc of [agreement(), agreementSet([agreement({ id: "a" }), agreement({ id: "b" })]), citizenPromiseDocument()]) {
      expect(validateAgreement(doc).ok).toBe(true);
      expect(check(doc)).toBe(true);
    }
  });

  it.each(v2Documents)("accepts %s, as validateAgreement does", (_name, doc) => {
    expect(validateAgreement(doc).ok).toBe(true);
    expect(check(doc), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it("rejects shape errors that validateAgreement rejects", () => {
    const bad = [
      { ...agreement(), titel: "typo" },
      agreement({ validity: { start: { type: "date", date: "2023-02-30" }, end: { type: "year", year: 2026 } } }),
      agreement({ parties: { police: { id: "polisen", name: "Polismyndigheten" }, municipalities: [{ id: "x", code: "126" }] } }),
      { ...agreement(), schemaVersion: 3 },
      citizenPromiseDocument({ period: { start: "2025-13" } }),
      citizenPromiseDocument({ period: { start: "2023-02-29" } }),
    ];
    for (const doc of bad) {
      expect(validateAgreement(doc).ok).toBe(false);
      expect(check(doc)).toBe(false);
    }
  });
});

describe("the shipped JSON Schema of version 1", () => {
  it("is frozen: the schema version 1 documents were written against", () => {
    expect(createHash("sha256").update(shippedV1).digest("hex")).toBe("cf4b9441882c53bc3d2136c87b63bf5c3aaed3bcdc3cdec43b9ddc7d55a5edc0");
  });

  it.each(v1Documents)("accepts %s, and version 2 accepts what migrate makes of it", (_name, doc) => {
    expect(checkV1(doc)).toBe(true);
    expect(check(doc)).toBe(false);
    const migrated = migrate(doc);
    expect(migrated.ok && check(migrated.value)).toBe(true);
  });
});
