import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ObligationSchema, formatIssue, formatPath, type Issue, type Obligation } from "@samverkan/core";
import { toICalendar, type CalendarResult } from "@samverkan/calendar";
import { MAX_ISSUES, readObligations, type ObligationParser } from "./check.js";
import { sparseList } from "@samverkan/test-utils";
import { obligation, obligations, renewal } from "./obligations.fixtures.js";
import { calendarWriter } from "./write.js";

/** toICalendar with anything at all; it must return, never throw. */
const call = (input: unknown, options?: unknown): CalendarResult => toICalendar(input as Obligation[], options as never);

/** The issues of a refusal, failing the test when the export succeeded. */
function issuesOf(result: CalendarResult): readonly Issue[] {
  if (result.ok) throw new Error("toICalendar did not refuse");
  return result.issues;
}

/** The one issue of a refusal, as [code, path]. */
function only(result: CalendarResult): [string, readonly (string | number)[]] {
  const issues = issuesOf(result);
  expect(issues).toHaveLength(1);
  return [issues[0]!.code, issues[0]!.path];
}

/** A marker in bad input: no message may repeat it. */
const SECRET = "HEMLIG-TEXT";

describe("toICalendar with obligations it cannot export", () => {
  it.each([null, undefined, "[]", {}, { obligations: [] }, 42])("refuses %j, which is not an array", (input) => {
    const [issue] = issuesOf(call(input));
    expect(issue).toMatchObject({ code: "invalid_type", severity: "error", path: [], params: { expected: "array" } });
  });

  it.each<[string, unknown, string, (string | number)[]]>([
    ["not an object", "2025-03-31", "invalid_type", [1]],
    ["null", null, "invalid_type", [1]],
    ["an empty id", obligation({ id: "" }), "too_small", [1, "id"]],
    ["an id with a lone surrogate", obligation({ id: "a\uD800b" }), "invalid_format", [1, "id"]],
    ["an unknown kind", obligation({ kind: "party" as never }), "invalid_value", [1, "kind"]],
    ["an impossible date", obligation({ date: "2025-02-30" }), "invalid_date", [1, "date"]],
    ["a date without zeros", obligation({ date: "2025-3-1" }), "invalid_date", [1, "date"]],
    ["a date-time", obligation({ date: "2025-03-01T00:00:00Z" }), "invalid_date", [1, "date"]],
    ["a Date", obligation({ date: new Date() as never }), "invalid_type", [1, "date"]],
    ["no window", obligation({ window: undefined as never }), "missing_field", [1, "window"]],
    ["a bad window start", obligation({ window: { start: "2025-13-01", end: "2025-12-31" } }), "invalid_date", [1, "window", "start"]],
    ["a window that ends before it starts", obligation({ window: { start: "2025-12-31", end: "2025-01-01" } }), "schedule_window_reversed", [1, "window"]],
    ["no agreement id", obligation({ agreementId: undefined as never }), "missing_field", [1, "agreementId"]],
    ["an agreement id that is not an id", obligation({ agreementId: `Östra Göinge ${SECRET}` }), "invalid_format", [1, "agreementId"]],
    ["an unknown source type", obligation({ source: { type: "rumour" as never, path: [] } }), "invalid_value", [1, "source", "type"]],
    ["a source without its path", obligation({ source: { type: "forum" } as never }), "missing_field", [1, "source", "path"]],
    ["an unknown side", obligation({ responsible: { side: "both" as never, partyIds: [] } }), "invalid_value", [1, "responsible", "side"]],
    ["a kommunkod of two digits", obligation({ municipality: "12" }), "invalid_format", [1, "municipality"]],
    ["a bad basis", obligation({ basis: "guess" as never }), "invalid_value", [1, "basis"]],
    ["a basis of version 1", obligation({ basis: "law" as never }), "invalid_value", [1, "basis"]],
    ["an unknown law", obligation({ law: "2024:1" as never }), "invalid_value", [1, "law"]],
    ["a target without a count", obligation({ target: { unit: "kontroller" } as never }), "missing_field", [1, "target", "count"]],
    ["a target with an empty unit", obligation({ target: { count: 4, unit: "" } }), "too_small", [1, "target", "unit"]],
    ["no Swedish title", obligation({ title: { en: "Meeting" } as never }), "missing_field", [1, "title", "sv"]],
    ["no English title", obligation({ title: { sv: "Möte" } as never }), "missing_field", [1, "title", "en"]],
    ["a bad shiftedFrom", obligation({ shiftedFrom: `igår ${SECRET}` }), "invalid_date", [1, "shiftedFrom"]],
  ])("refuses an obligation with %s, saying where", (_, bad, code, path) => {
    const issues = issuesOf(call([obligation({ id: "first" }), bad]));
    expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
    for (const issue of issues) {
      expect(issue.severity).toBe("error");
      // The message names the fault, never the input's text.
      for (const locale of ["sv", "en"] as const) expect(formatIssue(issue, { locale })).not.toContain(SECRET);
    }
  });

  it("reports every obligation at fault, in order, up to a bound", () => {
    const bad = (i: number) => obligation({ id: `bad-${i}`, date: "2025-02-30" });
    expect(issuesOf(call([obligation(), bad(1), renewal, bad(3)])).map((i) => formatPath(i.path))).toEqual(["[1].date", "[3].date"]);
    const many = call(Array.from({ length: 500 }, (_, i) => bad(i)));
    expect(issuesOf(many)).toHaveLength(MAX_ISSUES);
    expect(issuesOf(many).at(-1)?.path).toEqual([MAX_ISSUES - 1, "date"]);
    // A sparse array of 2^32 − 1 holes stops at the bound too, at once.
    expect(issuesOf(call(new Array(2 ** 32 - 1)))).toHaveLength(MAX_ISSUES);
  });

  it("reports on core's fast path exactly what zod's own parser reports", () => {
    const faults: Partial<Obligation>[] = [
      { date: "2025-02-30" },
      { kind: "party" as never, title: { sv: "Möte" } as never },
      { window: { start: "2025-12-31", end: "2025-01-01" } },
      { source: { type: "forum", id: "Ej ett id", path: [{}] as never } },
      { target: { count: -1, unit: "" } },
      { id: "o-7" },
    ];
    const at = [3, 250, 400, 499, 501, 502];
    const list: unknown[] = Array.from({ length: 503 }, (_, i) => obligation({ id: `o-${i}` }));
    faults.forEach((fault, k) => (list[at[k]!] = obligation({ id: `bad-${k}`, ...fault })));
    const zodOwn: ObligationParser = (value) => ObligationSchema.safeParse(value);
    const check = (parse?: ObligationParser) => readObligations(list, "date", () => undefined, parse);
    const ordinary = check(zodOwn);
    expect(ordinary.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ["invalid_date", "[3].date"],
      ["invalid_value", "[250].kind"],
      ["missing_field", "[250].title.en"],
      ["schedule_window_reversed", "[400].window"],
      ["invalid_format", "[499].source.id"],
      ["invalid_value", "[499].source.path[0]"],
      ["too_small", "[501].target.count"],
      ["too_small", "[501].target.unit"],
      ["duplicate_id", "[502].id"],
    ]);
    expect(check()).toEqual(ordinary);
    expect(issuesOf(call(list))).toEqual(ordinary);
    // And the same events, written from obligations checked either way.
    const good = list.map((_, i) => obligation({ id: `o-${i}` }));
    const events = (parse?: ObligationParser) => {
      const seen: Obligation[] = [];
      expect(readObligations(good, "date", (o) => seen.push(o), parse)).toEqual([]);
      return seen;
    };
    expect(events()).toEqual(events(zodOwn));
    expect(events(zodOwn)).toEqual(good);
  });

  it("refuses a last day after which iCalendar cannot write DTEND", () => {
    const last = obligation({ date: "9999-12-31", window: { start: "9999-12-01", end: "9999-12-31" } });
    expect(only(call([last]))).toEqual(["invalid_date", [0, "date"]]);
    expect(only(call([last], { span: "window" }))).toEqual(["invalid_date", [0, "window", "end"]]);
    const early = obligation({ date: "9999-12-30", window: { start: "9999-12-01", end: "9999-12-31" } });
    expect(call([early]).ok).toBe(true);
    expect(only(call([early], { span: "window" }))).toEqual(["invalid_date", [0, "window", "end"]]);
  });

  it("refuses two obligations with the same id, which would share a UID", () => {
    const [issue] = issuesOf(call([obligation(), renewal, obligation({ date: "2025-03-28" })]));
    expect(issue).toEqual({ code: "duplicate_id", severity: "error", path: [2, "id"], params: { firstPath: [0, "id"] } });
    expect(formatIssue(issue!, { locale: "en" })).toBe("The id is already used at [0].id.");
  });
});

describe("toICalendar with options it cannot use", () => {
  it.each<[string, unknown, string, (string | number)[]]>([
    ["options that are not an object", "sv", "invalid_type", []],
    ["null options", null, "invalid_type", []],
    ["an unknown locale", { locale: "fi" }, "invalid_value", ["locale"]],
    ["an unknown span", { span: "week" }, "invalid_value", ["span"]],
    ["a name that is not text", { name: 2025 }, "invalid_type", ["name"]],
    ["a PRODID over two lines", { prodId: "-//a//b//SV\nX-EVIL:1" }, "invalid_format", ["prodId"]],
    ["an empty PRODID", { prodId: "" }, "too_small", ["prodId"]],
    ["an invalid stamp", { stamp: new Date("not a date") }, "invalid_date", ["stamp"]],
    ["a stamp after 9999", { stamp: new Date("+010000-01-01T00:00:00Z") }, "invalid_date", ["stamp"]],
    ["a stamp that is text", { stamp: "2025-01-01T00:00:00Z" }, "invalid_type", ["stamp"]],
    ["a stamp that is a number", { stamp: 0 }, "invalid_type", ["stamp"]],
    // Once "this is not a Date object", a TypeError thrown from inside the export.
    ["a stamp made from Date.prototype", { stamp: Object.create(Date.prototype) }, "invalid_type", ["stamp"]],
    ["a stamp that is a proxy of a Date", { stamp: new Proxy(new Date(0), {}) }, "invalid_type", ["stamp"]],
  ])("refuses %s", (_, options, code, path) => {
    expect(only(call(obligations, options))).toEqual([code, path]);
  });

  it("gives every bad option, and the options' issues only", () => {
    const result = call([null], { locale: "fi", span: "week", stamp: "now" });
    expect(issuesOf(result).map((i) => formatPath(i.path))).toEqual(["locale", "span", "stamp"]);
    expect(issuesOf(result)[0]?.params).toEqual({ allowed: ["sv", "en"] });
  });

  it("takes a Date from another realm", () => {
    const stamp = runInNewContext("new Date(Date.UTC(2025, 5, 1, 12, 0, 0))") as Date;
    expect(stamp instanceof Date).toBe(false);
    const result = call(obligations, { stamp });
    expect(result.ok && result.value).toContain("\r\nDTSTAMP:20250601T120000Z\r\n");
  });
});

describe("toICalendar with input it cannot read", () => {
  const throwing = <T extends object>(target: T, key: string): T =>
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(SECRET);
      },
    });

  it("says which obligation could not be read", () => {
    expect(only(call([obligation(), throwing({ ...obligation() }, "date")]))).toEqual(["unreadable_input", [1]]);
    expect(only(call([obligation(), throwing({ ...obligation(), title: {} }, "title")]))).toEqual(["unreadable_input", [1]]);
    expect(only(call(throwing([obligation(), renewal], "1")))).toEqual(["unreadable_input", [1]]);
    const refusing = new Proxy([obligation()], { get: (target, key) => (key === "0" ? (() => { throw new Error(SECRET); })() : Reflect.get(target, key)) });
    expect(only(call(refusing))).toEqual(["unreadable_input", [0]]);
  });

  // Found by the fuzz suite: an obligation whose `partyIds` (or `source.path`) claimed 2^32 − 1
  // items. The schema had no limit on these two lists, and parsed them hole by hole until the heap
  // ran out and the process died.
  it("refuses an obligation with a list of billions, without reading its items", () => {
    const base = obligation();
    for (const [make, path] of [
      [(list: unknown[]) => ({ ...base, responsible: { side: "joint", partyIds: list } }), [0, "responsible", "partyIds"]],
      [(list: unknown[]) => ({ ...base, source: { ...base.source, path: list } }), [0, "source", "path"]],
    ] as const) {
      const sparse = sparseList("polisen");
      expect(only(call([make(sparse.list)]))).toEqual(["too_big", path]);
      expect(ObligationSchema.safeParse(make(sparse.list)).success).toBe(false);
      expect(sparse.reads()).toBe(0);
    }
  });

  it("refuses options or a list it cannot read at all", () => {
    expect(only(call(obligations, throwing({}, "locale")))).toEqual(["unreadable_input", []]);
    const { proxy, revoke } = Proxy.revocable([obligation()], {});
    revoke();
    expect(only(call(proxy))).toEqual(["unreadable_input", []]);
    expect(only(call(new Proxy([], { get: (t, k) => (k === "length" ? "many" : Reflect.get(t, k)) })))).toEqual(["unreadable_input", []]);
  });

  it("never throws, whatever it is given", () => {
    const cyclic: Record<string, unknown> = { ...obligation() };
    cyclic.window = cyclic;
    const odd: unknown[] = [
      Symbol("x"),
      10n,
      () => obligation(),
      Object.create(null),
      [[]],
      cyclic,
      { ...obligation(), title: { sv: { toString: () => { throw new Error(SECRET); } }, en: "x" } },
      { ...obligation(), responsible: { side: "joint", partyIds: new Proxy([], { get: () => { throw new Error(SECRET); } }) } },
    ];
    for (const input of odd) {
      for (const options of [undefined, { locale: "en" }, Symbol("o")]) {
        const result = call([obligation(), input], options);
        expect(result.ok).toBe(false);
        for (const issue of issuesOf(result)) expect(formatIssue(issue)).not.toContain(SECRET);
      }
      expect(call(input).ok).toBe(false);
    }
  });
});

describe("the writer's bound", () => {
  it("ends with nothing rather than a string past the bound (toICalendar: document_too_large)", () => {
    const settings = { locale: "sv", span: "date", name: undefined, prodId: "-//x//y//SV", stamp: 0 } as const;
    const write = (limit?: number) => {
      const writer = calendarWriter(settings, limit);
      for (const o of obligations) writer.add(o);
      return writer.end();
    };
    expect(write()).toMatch(/^BEGIN:VCALENDAR\r\n[^]*\r\nEND:VCALENDAR\r\n$/);
    expect(write(2000)).toBeUndefined();
  });
});
