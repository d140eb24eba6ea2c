import { describe, expect, it } from "vitest";
import { ObligationSchema, assertValidAgreement, fromZodIssues, scheduleObligations, type Agreement, type AgreementSet } from "@samverkan/core";
import { compileObligationSchema } from "@samverkan/core/compiled";
import { loadSeed, seedNames, sparseList } from "@samverkan/test-utils";

describe("ObligationSchema", () => {
  it.each(seedNames)("takes every obligation of %s as it is, and gives a copy", (seed) => {
    const schedule = scheduleObligations(assertValidAgreement(loadSeed(seed)) as Agreement | AgreementSet, { window: { from: "2016-01-01", to: "2030-12-31" } });
    if (!schedule.ok) throw new Error(seed);
    expect(schedule.obligations.length).toBeGreaterThan(0);
    for (const o of schedule.obligations) {
      const parsed = ObligationSchema.safeParse(o);
      expect(parsed.success && parsed.data).toEqual(o);
      expect(parsed.data).not.toBe(o);
    }
  });

  it("refuses a malformed obligation with core's coded issues", () => {
    const schedule = scheduleObligations(assertValidAgreement(loadSeed("kavlinge-2019-2022")) as Agreement);
    if (!schedule.ok) throw new Error("kavlinge-2019-2022");
    const bad = { ...schedule.obligations[0], date: "2025-02-30", kind: "party", title: { sv: "Möte" }, municipality: "12" };
    const parsed = ObligationSchema.safeParse(bad);
    if (parsed.success) throw new Error("accepted");
    expect(fromZodIssues(parsed.error.issues, bad).map((i) => [i.code, i.path])).toEqual([
      ["invalid_value", ["kind"]],
      ["invalid_date", ["date"]],
      ["invalid_format", ["municipality"]],
      ["missing_field", ["title", "en"]],
    ]);
  });

  // zod before 4.6.6 (in core's peer range, `pnpm test:zod`) parses a list's items before its
  // length: a list claiming billions of items was walked hole by hole until the heap ran out.
  it.each([
    ["ObligationSchema", () => ObligationSchema],
    ["compiled", () => compileObligationSchema()],
  ])("refuses a list of billions with too_big, reading no item (%s)", (_, schemaOf) => {
    const schema = schemaOf();
    const schedule = scheduleObligations(assertValidAgreement(loadSeed("kavlinge-2019-2022")) as Agreement);
    if (!schedule.ok) throw new Error("kavlinge-2019-2022");
    const obligation = schedule.obligations[0]!;
    for (const [make, path] of [
      [(list: unknown[]) => ({ ...obligation, responsible: { side: "joint", partyIds: list } }), ["responsible", "partyIds"]],
      [(list: unknown[]) => ({ ...obligation, source: { ...obligation.source, path: list } }), ["source", "path"]],
    ] as const) {
      const sparse = sparseList("polisen");
      const input = make(sparse.list);
      const parsed = schema.safeParse(input);
      if (parsed.success) throw new Error("accepted");
      expect(fromZodIssues(parsed.error.issues, input).map((i) => [i.code, i.path])).toEqual([["too_big", path]]);
      expect(sparse.reads()).toBeLessThanOrEqual(10);
    }
  });

  it("parses the same compiled (compileObligationSchema of @samverkan/core/compiled)", () => {
    const compiled = compileObligationSchema();
    expect(compiled).not.toBe(ObligationSchema);
    const schedule = scheduleObligations(assertValidAgreement(loadSeed("kristianstad-2025-2028")) as Agreement, { window: { from: "2025-01-01", to: "2028-12-31" } });
    if (!schedule.ok) throw new Error("kristianstad-2025-2028");
    const inputs: unknown[] = [
      ...schedule.obligations,
      null,
      [],
      { ...schedule.obligations[0], window: { start: "2025-13-01" }, extra: 1 },
      { ...schedule.obligations[1], source: { type: "forum", path: ["forums", {}] }, responsible: { side: "both", partyIds: ["A"] } },
      { ...schedule.obligations[2], target: { count: 1.5, unit: "" }, law: "2024:1", shiftedFrom: 20250101 },
    ];
    for (const input of inputs) {
      const [a, b] = [ObligationSchema.safeParse(input), compiled.safeParse(input)];
      expect(b.success).toBe(a.success);
      if (a.success && b.success) expect(b.data).toEqual(a.data);
      if (!a.success && !b.success) expect(fromZodIssues(b.error.issues, input)).toEqual(fromZodIssues(a.error.issues, input));
    }
  });
});
