// Issue 14's reproducers: each hung, crashed or threw before the guards (docs/robustness.md), and
// each now gives a coded result. Documents here are built as a JavaScript caller or a JSON file
// may hand them over: not validated, or valid and too large to list at once.
import { describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  MAX_COMPLETIONS,
  MAX_OBLIGATIONS,
  ObligationSchema,
  formatPath,
  fromZodIssues,
  obligationStatuses,
  resolveValidity,
  rules,
  scheduleObligations,
  sv,
  validateAgreement,
  type Agreement,
  type Issue,
} from "@samverkan/core";
import { agreement, selfList, sparseList } from "@samverkan/test-utils";

const codes = (result: { ok: boolean; issues?: readonly Issue[] }) => (result.ok ? [] : result.issues!.map((i) => i.code));
// A document as data from elsewhere: the caller's type says Agreement, its content does not.
const unvalidated = (doc: unknown) => doc as Agreement;
const window = { from: "2025-01-01", to: "2026-12-31" } as const;
const forum = (cadence: unknown) => ({ id: "m", kind: "local_bra", name: "Lokala Brå", cadence });

describe("scheduling data that is not what its type says ends, with a coded issue", () => {
  it("a cadence every_n_years with years 0 (hung: the block never advanced)", () => {
    const doc = unvalidated({ ...agreement(), forums: [forum({ type: "every_n_years", years: 0 })] });
    expect(codes(scheduleObligations(doc, { window }))).toEqual(["schedule_input_invalid"]);
  });

  it("every_n_weeks with weeks 0, and a weekday that is not one", () => {
    expect(codes(scheduleObligations(unvalidated({ ...agreement(), forums: [forum({ type: "every_n_weeks", weeks: 0 })] }), { window }))).toEqual(["schedule_input_invalid"]);
    expect(codes(scheduleObligations(unvalidated({ ...agreement(), forums: [forum({ type: "weekly", weekday: "mån" })] }), { window }))).toEqual(["schedule_input_invalid"]);
  });

  it("a validity whose year is null, or whose date is malformed (hung: NaN never passed the end)", () => {
    const base = agreement();
    for (const start of [{ type: "year", year: null }, { type: "date", date: "2024-13-45" }, { type: "date", date: "1e99-01-01" }]) {
      const doc = unvalidated({ ...base, validity: { ...base.validity, start }, forums: [forum({ type: "monthly" })] });
      expect(codes(scheduleObligations(doc, { window }))).toEqual(["schedule_input_invalid"]);
    }
  });

  it("a lägesbild interval of 0, also through obligationStatuses (hung in the law's timetable)", () => {
    const doc = unvalidated({ ...agreement(), followUps: [{ id: "l", kind: "situational_picture", subject: "Lägesbild", cadence: { type: "every_n_years", years: 0 } }] });
    expect(codes(scheduleObligations(doc, { window }))).toEqual(["schedule_input_invalid"]);
    expect(codes(obligationStatuses(doc, { today: "2026-01-01" }))).toEqual(["schedule_input_invalid"]);
  });

  it("an open-ended validity revised every 0 years (grew an array until V8 aborted)", () => {
    const base = agreement();
    const doc = unvalidated({ ...base, validity: { start: base.validity.start, end: { type: "open_ended" }, terms: { revision: { everyYears: 0 } } } });
    expect(codes(scheduleObligations(doc, { window }))).toEqual(["schedule_input_invalid"]);
  });

  it("a list of billions (a sparse array) is not read item by item", () => {
    const forums: unknown[] = [];
    forums.length = 2 ** 32 - 1;
    expect(codes(scheduleObligations(unvalidated({ ...agreement(), forums }), { window }))).toEqual(["schedule_input_invalid"]);
  });

  it("a getter that throws, and options that cannot be read", () => {
    const doc = { ...agreement() };
    Object.defineProperty(doc, "forums", { enumerable: true, get: () => { throw new Error("secret"); } });
    expect(codes(scheduleObligations(doc, { window }))).toEqual(["schedule_input_invalid"]);
    const options = {};
    Object.defineProperty(options, "window", { enumerable: true, get: () => { throw new Error("secret"); } });
    expect(codes(scheduleObligations(agreement(), options))).toEqual(["unreadable_input"]);
  });

  it("an agreement whose id is a key of every object still finds no signing date there", () => {
    const base = agreement();
    const { signatories: _signed, ...unsigned } = base;
    const doc = { ...unsigned, id: "constructor", validity: { ...base.validity, start: { type: "from_signing" as const } } };
    expect(validateAgreement(doc).ok).toBe(true);
    const result = scheduleObligations(doc, { window });
    expect(result.ok && result.notes.map((n) => n.code)).toContain("schedule_start_unknown");
  });
});

describe("what one call may produce is bounded", () => {
  it(`a valid document that asks for more than ${MAX_OBLIGATIONS.toLocaleString("en-US")} obligations gets schedule_too_many_obligations (ran out of heap)`, () => {
    // 500 weekly forums over a hundred years: about 2.6 million meetings, in a document of some 50 kB.
    const base = agreement({ validity: { start: { type: "date", date: "1950-01-01" }, end: { type: "date", date: "2049-12-31" } } });
    const forums = Array.from({ length: 500 }, (_, i) => ({ ...forum({ type: "weekly" }), id: `m${i}`, name: `Forum ${i}` }));
    const validated = validateAgreement({ ...base, forums });
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    const result = scheduleObligations(validated.value, { withoutLaw: true, nonWorkingDays: "keep" });
    expect(result).toEqual({ ok: false, issues: [{ code: "schedule_too_many_obligations", severity: "error", path: [], params: { maximum: MAX_OBLIGATIONS } }] });
  }, 120_000);

  it("obligationStatuses with 130,000 bad completions reports a bounded list (threw RangeError from a spread)", () => {
    const completions = Array.from({ length: 130_000 }, () => ({}));
    const result = obligationStatuses(agreement(), { today: "2026-01-01", completions: completions as never });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.length).toBeLessThanOrEqual(110);
    expect(result.issues[0]).toMatchObject({ code: "missing_field", path: ["completions", 0, "obligationId"] });
  });

  it(`more than ${MAX_COMPLETIONS.toLocaleString("en-US")} completions: one too_big issue`, () => {
    const completions: unknown[] = [];
    completions.length = MAX_COMPLETIONS + 1;
    expect(obligationStatuses(agreement(), { today: "2026-01-01", completions: completions as never })).toEqual({
      ok: false,
      issues: [{ code: "too_big", severity: "error", path: ["completions"], params: { origin: "array", maximum: MAX_COMPLETIONS } }],
    });
  });
});

describe("functions that return a plain value throw only InvalidArgumentError, naming no input", () => {
  const marker = "zqxmark-in-the-input";
  const bad = [null, 42, marker, { type: marker }, { validity: { start: { type: marker }, end: { type: marker } } }];

  it.each(bad.map((value) => [value]))("resolveValidity(%j)", (value) => {
    expect(() => resolveValidity(value as unknown as Agreement)).toThrow(InvalidArgumentError);
    try {
      resolveValidity(value as unknown as Agreement);
    } catch (error) {
      expect((error as InvalidArgumentError).code).toBe("invalid_argument");
      expect(String((error as Error).message)).not.toContain(marker);
    }
  });

  it("a rule's check given something that is not an agreement", () => {
    for (const rule of rules) {
      const check = (value: unknown) => (rule.check as (...a: unknown[]) => void)(value, () => {}, { indexes: new Map() });
      for (const value of [null, 42, marker]) expect(() => check(value)).toThrow(InvalidArgumentError);
      // An object of another shape: nothing to report, or InvalidArgumentError; never another error.
      for (const value of bad.slice(3)) {
        try {
          check(value);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }
    }
  });

  it("a rule's check reads at most a million values, even of a list that holds itself", () => {
    // Found by the fuzz suite: a list of 501 items, 500 strings and the list itself. The guard
    // counted only the objects it reached, one each time round, and read 501 values each time: a
    // million times round, 4 seconds for one call.
    const self = selfList();
    const doc = { ...agreement(), actors: self.list };
    for (const rule of rules.slice(0, 3)) {
      self.reset();
      expect(() => (rule.check as (...a: unknown[]) => void)(doc, () => {}, { indexes: new Map() })).toThrow(InvalidArgumentError);
      expect(self.reads()).toBeGreaterThan(0);
      expect(self.reads()).toBeLessThanOrEqual(1_000_000);
    }
  });

  // Found by the fuzz suite (core:fromZodIssues): an issue whose path claimed 2^32 − 1 keys (10 s
  // and more: --index 14080), and unknown keys that were the caller's objects, copied into the
  // result's paths (--index 5871).
  it("fromZodIssues given issues zod does not make: InvalidArgumentError, no list walked, nothing copied", () => {
    const input = { title: 1 };
    const parsed = ObligationSchema.safeParse(input);
    if (parsed.success) throw new Error("accepted");
    const real = parsed.error.issues[0]!;
    for (const [field, make] of [
      ["path", (list: unknown[]) => ({ ...real, path: list })],
      ["values", (list: unknown[]) => ({ code: "invalid_value", path: ["title"], values: list, message: "" })],
      ["keys", (list: unknown[]) => ({ code: "unrecognized_keys", path: [], keys: list, message: "" })],
      ["options", (list: unknown[]) => ({ code: "invalid_union", path: ["title"], options: list, errors: [], message: "" })],
    ] as const) {
      const sparse = sparseList("title", 1_000);
      expect(() => fromZodIssues([make(sparse.list)] as never, input), field).toThrow(InvalidArgumentError);
      expect(sparse.reads(), field).toBe(0);
    }
    const marker = { type: "zqxmark-in-the-issues" };
    for (const issue of [
      { code: "unrecognized_keys", path: [], keys: [marker], message: "" },
      { ...real, path: [marker] },
      { code: "too_big", origin: "array", maximum: marker, path: ["title"], message: "" },
    ]) {
      expect(() => fromZodIssues([issue] as never, input)).toThrow(InvalidArgumentError);
    }
    // zod's own issues are read as before.
    expect(fromZodIssues(parsed.error.issues, input).length).toBeGreaterThan(0);
  });

  it("formatPath and a catalogue's message given what they cannot write", () => {
    expect(() => formatPath(null as never)).toThrow(InvalidArgumentError);
    expect(() => formatPath([Symbol("x")] as never)).toThrow(InvalidArgumentError);
    // Found by the fuzz suite: `Array.isArray` throws a TypeError on a revoked proxy.
    const revoked = Proxy.revocable(["forums"], {});
    revoked.revoke();
    expect(() => formatPath(revoked.proxy)).toThrow(InvalidArgumentError);
    expect(() => sv.too_big(null as never)).toThrow(InvalidArgumentError);
    expect(formatPath(["forums", 2, "cadence"])).toBe("forums[2].cadence");
  });
});
