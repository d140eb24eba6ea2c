import { describe, expect, it } from "vitest";
import { fromZodIssues } from "../issues/from-zod.js";
import { CadenceSchema } from "../model/cadence.js";
import { CADENCE_TYPES, checkCadence } from "./check-cadence.js";

/** What validating with the schema says: the coded issues, as `validateAgreement` reports them. */
const bySchema = (value: unknown) => {
  const parsed = CadenceSchema.safeParse(value);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, value);
};

const NUMBERS = [undefined, 0, 1, 2, 7, 8, 12, 13, 20, 21, 52, 53, -1, 2.5, "2", null, Number.NaN, Infinity, -Infinity, 1e20, -1e20, true, [], {}];
const FIELDS: Record<string, readonly unknown[]> = {
  weekday: NUMBERS,
  weeks: NUMBERS,
  years: NUMBERS,
  atLeast: [undefined, true, false, "yes", 0, null],
  asWritten: [undefined, "", "x", "x".repeat(500), "x".repeat(501), 4, null, [], ["x"], { length: 0 }, { length: 501 }],
  anchor: [
    undefined,
    3,
    null,
    [],
    {},
    { type: "month" },
    { type: "month", month: 3 },
    { type: "month", month: 13 },
    { type: "month", month: 2.5, extra: true },
    { type: "season", season: "autumn" },
    { type: "season", season: "x" },
    { type: "season" },
    { type: "annual_report" },
    { type: "annual_report", of: "municipal_accounts" },
    { type: "annual_report", of: "x", y: 2 },
    { type: "week" },
    { type: 5 },
  ],
  extra: [undefined, 1],
};
// The fields a valid cadence of each type must have.
const REQUIRED: Record<string, object> = { every_n_weeks: { weeks: 2 }, every_n_years: { years: 2 } };

function* inputs(): Generator<unknown> {
  yield* [null, 5, "weekly", [], {}, { type: "daily" }, { type: 5 }, { type: null }, { type: undefined }, { extra: 1 }];
  for (const type of [...CADENCE_TYPES, "daily"]) {
    const base = { type, ...REQUIRED[type] };
    yield base;
    for (const [field, values] of Object.entries(FIELDS)) for (const value of values) yield { ...base, [field]: value };
    // Two bad fields and unknown keys at once: the issues come in the schema's order, unknown keys last.
    yield { z: 1, ...base, asWritten: "", weekday: 9, a: 2, atLeast: "no", anchor: { type: "month", month: 0, b: 1 } };
  }
}

describe("checkCadence", () => {
  it("knows the schema's cadence types, in its order", () => {
    const tags = CadenceSchema.def.options.map((option) => option.def.shape.type.def.values[0]);
    expect(CADENCE_TYPES).toEqual(tags);
  });

  it("gives exactly the coded issues the schema gives, over a matrix of good and bad cadences", () => {
    let valid = 0;
    let cases = 0;
    for (const input of inputs()) {
      const expected = bySchema(input);
      expect(checkCadence(input), JSON.stringify(input)).toEqual(expected);
      cases++;
      if (expected.length === 0) valid++;
    }
    // The matrix holds both kinds in number, so neither half of the comparison is empty.
    expect(cases).toBeGreaterThan(1000);
    expect(valid).toBeGreaterThan(100);
  });

  it("accepts every cadence the model's examples use", () => {
    for (const cadence of [
      { type: "tertial", atLeast: true, asWritten: "minst en gång per tertiäl" },
      { type: "weekly", weekday: 3 },
      { type: "yearly", anchor: { type: "season", season: "autumn" } },
      { type: "every_n_weeks", weeks: 2, weekday: 1 },
      { type: "yearly", anchor: { type: "annual_report", of: "crime_prevention_work" } },
    ]) {
      expect(CadenceSchema.safeParse(cadence).success).toBe(true);
      expect(checkCadence(cadence)).toEqual([]);
    }
  });
});
