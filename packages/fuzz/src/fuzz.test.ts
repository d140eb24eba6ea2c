// The fuzz suite's own checks, in `pnpm test`: every public function has a target (a new export
// cannot be forgotten), the mutation and echo checks can fail, and the calendar's reproducer.
import { describe, expect, it } from "vitest";
import * as calendar from "@samverkan/calendar";
import * as cli from "@samverkan/cli";
import * as core from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import { agreement } from "@samverkan/test-utils";
import { exportsWithoutTarget, functionAt, publicFunctions } from "./enumerate.js";
import { fingerprint } from "./fingerprint.js";
import { hasMarker, MARK, mutate, throwingGetter } from "./hostile.js";
import { messagesOf } from "./messages.js";
import { callSeed } from "./protocol.js";
import { targets, type Modules } from "./targets.js";

const modules = { core, compiled, kommuner, calendar, document, pdf, cli } as unknown as Modules;
const list = targets(modules);

describe("targets", () => {
  it("every public function of every entry point has a fuzz target", () => {
    expect(publicFunctions(modules).length).toBeGreaterThan(150);
    expect(exportsWithoutTarget(modules, list)).toEqual([]);
  });

  it("every target names a public function, each a different one", () => {
    expect(list.filter((t) => functionAt(modules, t.name) === undefined).map((t) => t.name)).toEqual([]);
    expect(new Set(list.map((t) => t.name)).size).toBe(list.length);
    expect(new Set(list.map((t) => functionAt(modules, t.name))).size).toBe(list.length);
  });

  it("an export without a target is found", () => {
    expect(exportsWithoutTarget(modules, list.filter((t) => t.name !== "core:scheduleObligations"))).toEqual(["core:scheduleObligations"]);
  });

  it("each call has its own seed, the same every run", () => {
    expect(callSeed(1, "core:migrate", 7)).toBe(callSeed(1, "core:migrate", 7));
    expect(callSeed(1, "core:migrate", 7)).not.toBe(callSeed(1, "core:migrate", 8));
    expect(callSeed(1, "core:migrate", 7)).not.toBe(callSeed(1, "core:validateAgreement", 7));
  });
});

describe("the checks", () => {
  it("the fingerprint changes with any change, and never runs a getter", () => {
    const doc = agreement() as unknown as Record<string, unknown>;
    const before = fingerprint(doc);
    expect(fingerprint(doc)).toBe(before);
    (doc.parties as { municipalities: unknown[] }).municipalities.push(null);
    expect(fingerprint(doc)).not.toBe(before);
    const trap = {};
    throwingGetter(trap, "x", 1);
    expect(() => fingerprint(trap)).not.toThrow();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const twice: Record<string, unknown> = { self: {} };
    expect(fingerprint(cycle)).not.toBe(fingerprint(twice));
    // Each kind of change is seen: a key, a string for a number, a float in a typed array, a getter, frozen.
    const base = () => ({ a: 1, list: [1, "1", null], f: new Float64Array([0.5]), b: new BigInt64Array([1n]) });
    const fp = fingerprint(base());
    expect(fingerprint(base())).toBe(fp);
    const changes: ((o: ReturnType<typeof base>) => void)[] = [
      (o) => Object.assign(o, { c: 1 }),
      (o) => (o.list[0] = "1"),
      (o) => (o.f[0] = 0.25),
      (o) => (o.b[0] = 2n),
      (o) => throwingGetter(o, "a", 2),
      (o) => Object.freeze(o),
      (o) => (o.list.length = 2),
    ];
    for (const change of changes) {
      const o = base();
      change(o);
      expect(fingerprint(o)).not.toBe(fp);
    }
  });

  it("mutations are reproducible from their seed and leave the original alone", () => {
    const doc = agreement();
    const before = fingerprint(doc);
    expect(fingerprint(mutate(doc, 42))).toBe(fingerprint(mutate(doc, 42)));
    expect(fingerprint(doc)).toBe(before);
  });

  it("the messages of a result are its issues', findings' and errors' texts, not the caller's data given back", () => {
    const texts = (result: unknown) => {
      const out: string[] = [];
      messagesOf(result, out);
      return out.filter(hasMarker);
    };
    expect(texts({ ok: false, issues: [{ code: "unknown_reference", severity: "error", path: ["x"], params: { id: `${MARK}1` } }] })).not.toEqual([]);
    expect(texts({ ok: false, error: { code: "unknown_kommun", candidates: [{ code: "0305", name: `${MARK}2` }] } })).not.toEqual([]);
    expect(texts({ ok: false, findings: [{ code: "goals_missing", kind: "missing", path: [], year: `${MARK}3` }] })).not.toEqual([]);
    expect(texts({ error: { code: "invalid_argument", message: `bad ${MARK}4` } })).not.toEqual([]);
    // Found in a 100,000-input run: a kommun party's `code` is its kommunkod, and a document given
    // back holds what the caller wrote (the fuzz suite's 64 "echoes" of one run were these).
    expect(texts({ ok: true, value: { parties: { municipalities: [{ id: `${MARK}5`, code: "0305", name: `Håb${MARK}6` }] } } })).toEqual([]);
    expect(texts({ ok: true, value: { parties: { municipalities: [{ id: "habo", code: `250${MARK}7` }] } } })).toEqual([]);
  });

  it("a marker is found where it is planted", () => {
    expect(hasMarker(`unhandled case: {"type":"${MARK}3"}`)).toBe(true);
    expect(hasMarker("unhandled case")).toBe(false);
  });
});

describe("reproducers outside core and kommuner", () => {
  it("toICalendar with a stamp that is not a Date: a result with a coded issue, never a throw", () => {
    const schedule = core.scheduleObligations(agreement(), { window: { from: "2025-01-01", to: "2025-12-31" } });
    expect(schedule.ok).toBe(true);
    if (!schedule.ok) return;
    for (const stamp of ["2025-01-01", 0, null, { getTime: () => NaN }]) {
      const result = calendar.toICalendar(schedule.obligations, { stamp: stamp as unknown as Date });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).toContainEqual(["stamp"]);
    }
  });
});
