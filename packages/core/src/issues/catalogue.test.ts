import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { catalogues, en, formatIssue, rules, sv, type Issue, type IssueCode, type IssueParams } from "@samverkan/core";

// The list of codes comes from the Swedish catalogue (the default locale); the compiler holds it to IssueCode.
const codes = Object.keys(sv) as IssueCode[];
expectTypeOf<keyof typeof sv>().toEqualTypeOf<IssueCode>();
expectTypeOf<keyof typeof en>().toEqualTypeOf<IssueCode>();

/** The issue codes a source file emits as `code: "…"` literals. */
function codesIn(relativePath: string): string[] {
  const source = readFileSync(new URL(relativePath, import.meta.url), "utf8");
  return [...new Set([...source.matchAll(/\bcode: "([a-z_]+)"/g)].map((m) => m[1]!))];
}

/** Representative params for every code, several where the message depends on them. */
const samples: { [K in IssueCode]: readonly IssueParams[K][] } = {
  invalid_json: [{}],
  document_too_large: [{ limit: 5_000_000 }],
  unreadable_input: [{}],
  unexpected_document_type: [
    { expected: "agreement", received: "agreement_set" },
    { expected: "agreement", received: "citizen_promise" },
    { expected: "agreement_set", received: "agreement" },
  ],
  missing_field: [{ expected: "string" }, { expected: "object" }],
  invalid_type: [{ expected: "string", received: "number" }, { expected: "array", received: "object" }],
  unknown_field: [{}],
  invalid_date: [{}],
  invalid_format: [{ format: "id" }, { format: "municipality_code" }, { format: "key" }, { format: "partial_date" }, { format: "text" }],
  invalid_value: [{ allowed: ["police", "municipality", "joint"] }, { allowed: [] }],
  invalid_variant: [{ discriminator: "type", allowed: ["agreement", "agreement_set"] }],
  unsupported_schema_version: [{ supported: 2 }],
  schema_version_migrated: [{ from: 1, to: 2 }],
  too_small: [
    { origin: "string", minimum: 1 },
    { origin: "array", minimum: 1 },
    { origin: "number", minimum: 1900 },
  ],
  too_big: [
    { origin: "string", maximum: 500 },
    { origin: "array", maximum: 500 },
    { origin: "number", maximum: 2200 },
  ],
  validity_end_before_start: [{}],
  unknown_municipality_code: [{}],
  duplicate_id: [{ firstPath: ["forums", 0, "id"] }],
  unknown_reference: [
    { target: "party" },
    { target: "forum" },
    { target: "plan" },
    { target: "focus_area" },
    { target: "actor" },
    { target: "commitment" },
    { target: "citizen_promise" },
    { target: "decision" },
  ],
  party_missing: [{}],
  municipality_not_party: [{}],
  party_without_signatory: [
    { partyIndex: 0, side: "police" },
    { partyIndex: 1, side: "municipality" },
  ],
  signature_after_validity: [{}],
  signature_retroactive: [{ months: 6 }],
  signature_date_incomplete: [{}],
  signatory_role_mismatch: [{ side: "police" }, { side: "municipality" }],
  signatory_leader_missing: [{ side: "police" }, { side: "municipality" }],
  signing_date_missing: [{}],
  contact_missing: [{ side: "police" }, { side: "municipality" }],
  content_missing: [{ part: "forums" }, { part: "follow_ups" }, { part: "focus_areas" }],
  follow_up_without_responsible: [{}],
  extension_ends_early: [{}],
  annex_not_recorded: [{}],
  citizen_promise_outside_validity: [{}],
  missing_cadence: [{ subject: "forum" }, { subject: "follow_up" }],
  cadence_cannot_occur: [{ cadence: "per_mandate_period" }],
  local_municipality_not_in_strategic: [{}],
  local_period_outside_strategic: [{}],
  local_strategic_missing: [{}],
  strategic_missing_local: [{ municipalityIndex: 0 }],
  local_content_missing: [{ missing: ["goals"] }, { missing: ["goals", "plans"] }, { missing: ["goals", "plans", "follow_ups", "citizen_promises"] }],
  situational_picture_missing: [{ asOf: "2025-06-01", dueOn: "2025-03-15" }],
  situational_picture_outdated: [{ asOf: "2025-06-01", dueOn: "2025-03-15", intervalMonths: 24 }],
  action_plan_missing: [{ asOf: "2025-06-01", dueOn: "2025-03-15" }],
  action_plan_outdated: [
    { asOf: "2025-06-01", dueOn: "2025-03-15", reason: "older_than_situational_picture" },
    { asOf: "2025-06-01", dueOn: "2025-03-15", reason: "interval" },
  ],
  citizen_promise_year_missing: [{ year: 2025, asOf: "2025-06-01" }],
  schedule_input_invalid: [{}],
  schedule_window_reversed: [{}],
  schedule_window_required: [{}],
  schedule_window_too_long: [{ maximumYears: 100 }],
  schedule_too_many_obligations: [{ maximum: 2_000_000 }],
  schedule_start_unknown: [{ scheduledFrom: "2025-01-01" }, { scheduledFrom: null }],
  schedule_renewal_election: [{ election: "2026-09-13", renewal: "2026-12-31" }],
  completion_unmatched: [{ reason: "unknown_obligation" }, { reason: "duplicate" }],
  change_invalid: [{ reason: "protected_field" }, { reason: "not_an_object" }],
};

/** Every sample as an issue. */
const issues: Issue[] = codes.flatMap((code) =>
  (samples[code] as readonly object[]).map((params) => ({ code, severity: "error", path: [], params }) as Issue),
);

describe("message catalogues", () => {
  it("sv and en have exactly the same codes", () => {
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("the shipped catalogues are sv and en", () => {
    expect(catalogues).toStrictEqual({ sv, en });
  });

  it("has every rule's code", () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(codes, rule.code).toContain(rule.code);
  });

  it("has every code that reading the input and mapping zod's issues can emit", () => {
    const emitted = [...codesIn("./from-zod.ts"), ...codesIn("../validate/validate.ts")];
    // The regex finds the codes it should: the mapping's own and the reader's.
    expect(emitted).toEqual(
      expect.arrayContaining([
        "missing_field",
        "invalid_type",
        "unknown_field",
        "invalid_date",
        "invalid_format",
        "invalid_value",
        "invalid_variant",
        "unsupported_schema_version",
        "too_small",
        "too_big",
        "invalid_json",
        "document_too_large",
        "unreadable_input",
        "unexpected_document_type",
      ]),
    );
    for (const code of emitted) expect(codes, code).toContain(code);
  });

  it("every code is a rule's, a shape code or a scheduling code, and nothing else", () => {
    const known = new Set<string>([
      ...rules.map((r) => r.code),
      ...codesIn("./from-zod.ts"),
      ...codesIn("../validate/validate.ts"),
      ...codesIn("../validate/options.ts"),
      ...codesIn("../schedule/options.ts"),
      ...codesIn("../schedule/schedule.ts"),
      ...codesIn("../schedule/status.ts"),
      ...codesIn("../changes/compile.ts"),
      ...codesIn("../migrate/migrate.ts"),
    ]);
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it("the samples cover every code", () => {
    expect(Object.keys(samples).sort()).toEqual([...codes].sort());
  });

  it.each(issues.map((issue) => [issue.code, JSON.stringify(issue.params), issue] as const))(
    "%s %s: a non-empty sentence in both locales, different in each",
    (_, __, issue) => {
      const messages = { sv: sv[issue.code](issue.params as never), en: en[issue.code](issue.params as never) };
      for (const message of Object.values(messages)) {
        expect(typeof message).toBe("string");
        expect(message.trim()).not.toBe("");
        expect(message).toBe(message.trim());
        expect(message).not.toMatch(/undefined|null|NaN|\[object Object\]/);
      }
      expect(messages.sv).not.toBe(messages.en);
      // formatIssue uses the same catalogues: Swedish by default.
      expect(formatIssue(issue)).toBe(messages.sv);
      expect(formatIssue(issue, { locale: "sv" })).toBe(messages.sv);
      expect(formatIssue(issue, { locale: "en" })).toBe(messages.en);
    },
  );

  it("Swedish messages read as Swedish: no English type names, codes or straight quotes, and lag (2023:196) cited as such", () => {
    for (const issue of [...issues, { code: "invalid_type", severity: "error", path: [], params: { expected: "string", received: "number" } } as Issue]) {
      const message = sv[issue.code](issue.params as never);
      expect(message, issue.code).not.toMatch(/\b(string|number|object|array|boolean|integer|undefined)\b/);
      // Codes may appear only as quoted data (the allowed values of a field).
      expect(message.replace(/”[^”]*”/g, ""), issue.code).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(message, issue.code).not.toMatch(/"/);
      expect(message, issue.code).not.toMatch(/Lag 2023|lag 2023|\(lag 2023/);
    }
    expect(sv.too_small({ origin: "array", minimum: 1 })).toBe("Listan har för få poster (minst 1).");
    expect(en.local_municipality_not_in_strategic({})).toContain("party to");
  });

  it("messages that depend on their params differ between params", () => {
    for (const code of codes) {
      const variants = samples[code] as readonly object[];
      if (variants.length < 2 || code === "missing_field") continue;
      for (const catalogue of [sv, en]) {
        const texts = variants.map((params) => (catalogue[code] as (p: object) => string)(params));
        expect(new Set(texts).size, code).toBe(texts.length);
      }
    }
  });
});

// Found by `pnpm fuzz` at 100,000 inputs per function: a sparse list that claims billions of items
// made `invalid_value` (and every message that quotes a list) run until the fuzz worker's time limit.
describe("the shipped catalogues on hostile params", () => {
  const huge = new Array<string>(2 ** 32 - 1);
  it.each([
    ["sv", sv],
    ["en", en],
  ] as const)("%s: a list of billions of items is an InvalidArgumentError, at once", (_, catalogue) => {
    const started = performance.now();
    expect(() => catalogue.invalid_value({ allowed: huge })).toThrow(expect.objectContaining({ name: "InvalidArgumentError", code: "invalid_argument" }));
    expect(() => catalogue.invalid_variant({ discriminator: "type", allowed: huge })).toThrow(expect.objectContaining({ name: "InvalidArgumentError" }));
    expect(() => catalogue.invalid_value(null as never)).toThrow(expect.objectContaining({ name: "InvalidArgumentError" }));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ["sv", sv],
    ["en", en],
  ] as const)("%s: a list of up to 1,000 items is quoted", (_, catalogue) => {
    const allowed = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    expect(catalogue.invalid_value({ allowed })).toContain("v999");
  });
});
