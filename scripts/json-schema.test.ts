import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreement, agreementSet } from "@samverkan/test-utils";
import { agreementJsonSchemaText } from "./json-schema.js";

const file = new URL("../packages/core/schema/agreement.schema.json", import.meta.url);
const shipped = readFileSync(file, "utf8");
const ajv = new Ajv2020({ strict: false, allErrors: true });
const check = ajv.compile(JSON.parse(shipped) as object);

describe("the shipped JSON Schema", () => {
  it("is generated from the zod schema (run `pnpm generate` after changing the model)", () => {
    expect(shipped).toBe(agreementJsonSchemaText());
  });

  it("accepts what validateAgreement accepts", () => {
    for (const doc of [agreement(), agreementSet([agreement({ id: "a" }), agreement({ id: "b" })])]) {
      expect(validateAgreement(doc).ok).toBe(true);
      expect(check(doc)).toBe(true);
    }
  });

  it("rejects shape errors that validateAgreement rejects", () => {
    const bad = [
      { ...agreement(), titel: "typo" },
      agreement({ validity: { start: { type: "date", date: "2023-02-30" }, end: { type: "year", year: 2026 } } }),
      agreement({ parties: { police: { id: "polisen", name: "Polismyndigheten" }, municipalities: [{ id: "x", code: "126" }] } }),
      { ...agreement(), schemaVersion: 2 },
    ];
    for (const doc of bad) {
      expect(validateAgreement(doc).ok).toBe(false);
      expect(check(doc)).toBe(false);
    }
  });
});
