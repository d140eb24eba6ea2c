import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The model's types are declared (interfaces and unions, so that editors and the API reference show
// them by name, field by field), and model.test-d.ts checks each one against its schema. This test
// keeps that list complete: a new schema gets a declared type, and the declared type gets a line there.
const dir = new URL("./", import.meta.url);
const sources = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.includes(".test"))
    .map((f) => readFileSync(new URL(f, dir), "utf8")),
  readFileSync(new URL("../schedule/obligation.ts", import.meta.url), "utf8"),
].join("\n");
const typeTest = readFileSync(new URL("./model.test-d.ts", import.meta.url), "utf8");

const schemas = [...sources.matchAll(/^export const (\w+)Schema\b/gm)].map((m) => m[1]!);
const declared = new Set([...sources.matchAll(/^export (?:interface (\w+)|type (\w+) =(?! z\.infer))/gm)].map((m) => (m[1] ?? m[2])!));
const inferred = [...sources.matchAll(/^export type (\w+) = z\.infer<typeof (\w+)Schema>/gm)].map((m) => m[1]!);
const checked = new Set([...typeTest.matchAll(/expectTypeOf<(?:Writable<)?core\.(\w+)>?>\(\)\.toEqualTypeOf<z\.infer<typeof core\.(\w+)Schema>>/g)].filter((m) => m[1] === m[2]).map((m) => m[1]!));

describe("the model's declared types", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(70);
  });

  it("infers only the string formats from their schemas", () => {
    expect(inferred.sort()).toEqual(["CivilDate", "Id", "MunicipalityCode", "PartialDate"]);
  });

  it.each(schemas.filter((name) => declared.has(name)))("%s is checked against its schema in model.test-d.ts", (name) => {
    expect(checked).toContain(name);
  });

  it("checks no type that is not declared beside its schema", () => {
    for (const name of checked) expect(declared).toContain(name);
  });
});
