// Issue 14's reproducers in @samverkan/kommuner: each threw a TypeError (or echoed the caller's
// JSON) before the guards (docs/robustness.md); each now gives a coded result.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, type Agreement, type AgreementSet, type IssuePath } from "@samverkan/core";
import {
  CONFIGURATION_KINDS,
  configurations,
  formatFinding,
  formatKommunLookupError,
  joinStrategic,
  kristianstad,
  profileFindings,
  scheduleWithProfile,
  splitJoint,
  startAgreement,
  toLocalPoliceArea,
  validateWithProfile,
  type KommunProfile,
} from "@samverkan/kommuner";
import { agreement, sparseList } from "@samverkan/test-utils";

const MARK = "zqxmark-caller";
const hostile: unknown[] = [null, undefined, 42, MARK, [], { type: MARK }, { type: "agreement", parties: null }, { type: "agreement_set", agreements: [null] }];
const echoes = (value: unknown) => JSON.stringify(value ?? null).includes(MARK);

describe("adapters hold for any input", () => {
  it.each(CONFIGURATION_KINDS.map((kind) => [kind]))("%s: check and read give document_invalid, never unhandled case with the caller's JSON", (kind) => {
    const adapter = configurations[kind];
    for (const value of hostile) {
      const findings = adapter.check(value as never);
      expect(findings.map((f) => f.code)).toEqual(["document_invalid"]);
      expect(adapter.read(value as never)).toEqual({ ok: false, findings: [{ code: "document_invalid", kind: "problem", path: [] }] });
    }
  });

  it.each(CONFIGURATION_KINDS.map((kind) => [kind]))("%s: start gives invalid_input for what is not a StartInput, build throws InvalidArgumentError", (kind) => {
    const adapter = configurations[kind];
    for (const value of [null, 42, MARK, { kommuner: 42 }, { kommuner: [null], validity: null }]) {
      const started = adapter.start(value as never);
      expect(started.ok).toBe(false);
      expect(echoes(started)).toBe(false);
    }
    for (const value of [null, 42, { agreements: MARK }]) {
      try {
        adapter.build(value as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as Error).message).not.toContain(MARK);
      }
    }
  });

  // Found by the fuzz suite: lists that claim 2^32 − 1 items. `multi_lpo.start` looked up every
  // kommun of the list, and `framework.check` upgraded every agreement of a version 1 set, for over
  // a minute each; the limit is checked before any item is read.
  const validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } };
  it.each(CONFIGURATION_KINDS.map((kind) => [kind]))("%s: start with a list of billions is invalid_input, without reading its items", (kind) => {
    for (const field of ["kommuner", "localPoliceAreas"]) {
      const sparse = sparseList();
      const input = { kommuner: ["Göteborg"], localPoliceAreas: ["LPO Centrum", "LPO Syd"], validity, [field]: sparse.list };
      expect(configurations[kind].start(input as never)).toEqual({ ok: false, issues: [{ code: "invalid_input", path: [] }] });
      expect(sparse.reads()).toBe(0);
    }
  });

  // Found by the fuzz suite: `framework.start` made a handlingsplan for every year of the validity
  // before validating it, and a validity ending "1e99-01-01" grew the list until V8 aborted.
  it("framework.start with a validity whose year is no year: document_invalid, the date named", () => {
    const input = { kommuner: ["Kävlinge"], localPoliceAreas: ["LPO Kävlinge"], validity: { ...validity, end: { type: "date", date: "1e99-01-01" } } };
    const started = configurations.framework.start(input as never);
    expect(started.ok).toBe(false);
    const issue = !started.ok ? started.issues[0] : undefined;
    expect(issue?.code).toBe("document_invalid");
    expect(issue?.code === "document_invalid" && issue.issues.map((i) => [i.code, i.path])).toEqual([["invalid_date", ["validity", "end", "date"]]]);
  });

  it.each(CONFIGURATION_KINDS.map((kind) => [kind]))("%s: check and read of a version 1 set of billions are document_invalid, without reading its items", (kind) => {
    const sparse = sparseList(agreement());
    const set = { schemaVersion: 1, type: "agreement_set", id: "set", agreements: sparse.list };
    expect(configurations[kind].check(set as never).map((f) => f.code)).toEqual(["document_invalid"]);
    expect(configurations[kind].read(set as never).ok).toBe(false);
    expect(sparse.reads()).toBe(0);
  });
});

describe("conversions, profiles and helpers hold for any input", () => {
  it("splitJoint and joinStrategic: document_invalid", () => {
    for (const value of hostile) {
      expect(splitJoint(value as Agreement)).toEqual({ ok: false, issues: [{ code: "document_invalid", path: [] }] });
      expect(joinStrategic(value as AgreementSet)).toEqual({ ok: false, issues: [{ code: "document_invalid", path: [] }] });
    }
    const joint = agreement();
    expect(splitJoint(joint, 42 as unknown as string)).toEqual({ ok: false, issues: [{ code: "document_invalid", path: ["setId"] }] });
  });

  it("validateWithProfile and scheduleWithProfile with a null profile or options: coded issues", () => {
    const doc = agreement();
    expect(validateWithProfile(doc, null as unknown as KommunProfile).result).toEqual({
      ok: false,
      issues: [{ code: "invalid_type", severity: "error", path: ["profile"], params: { expected: "object", received: "null" } }],
    });
    expect(validateWithProfile(doc, kristianstad, null as never).result.ok).toBe(false);
    expect(scheduleWithProfile(doc, null as unknown as KommunProfile)).toEqual({
      ok: false,
      issues: [{ code: "invalid_type", severity: "error", path: ["profile"], params: { expected: "object", received: "null" } }],
    });
    expect(scheduleWithProfile(doc, kristianstad, null as never)).toEqual({
      ok: false,
      issues: [{ code: "invalid_type", severity: "error", path: ["options"], params: { expected: "object", received: "null" } }],
    });
  });

  // Found by the fuzz suite (kommuner:validateWithProfile, --index 31218): a profile whose
  // requiredForums claimed 2^32 − 1 items; a finding per hole ran the heap out.
  it("validateWithProfile and profileFindings with a profile list of billions: too_big, no item read", () => {
    const doc = agreement();
    for (const key of ["requiredForums", "rules"] as const) {
      const sparse = sparseList(key === "rules" ? { code: "x", severity: "warning", message: { sv: "x", en: "x" }, check: () => [] } : "council");
      const profile = { ...kristianstad, [key]: sparse.list } as unknown as KommunProfile;
      const validation = validateWithProfile(doc, profile);
      expect(validation.result).toMatchObject({ ok: false, issues: [{ code: "too_big", path: ["profile", key], params: { origin: "array" } }] });
      expect(validation.findings).toEqual([]);
      expect(() => profileFindings(doc, profile)).toThrow(InvalidArgumentError);
      expect(sparse.reads()).toBe(0);
    }
  });

  it("validateWithProfile with a profile rule that gives back a list of billions: unreadable_input", () => {
    const sparse = sparseList([]);
    const profile: KommunProfile = { ...kristianstad, rules: [{ code: "many", severity: "warning", message: { sv: "x", en: "x" }, check: () => sparse.list as IssuePath[] }] };
    expect(validateWithProfile(agreement(), profile).result).toEqual({ ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] });
    expect(sparse.reads()).toBe(0);
  });

  it("startAgreement with what is not its options: invalid_input", () => {
    for (const value of [null, MARK, { kommuner: MARK, from: "2027-01-01" }]) {
      const started = startAgreement(value as never);
      expect(started.ok).toBe(false);
      expect(echoes(started)).toBe(false);
    }
    for (const field of ["kommuner", "localPoliceAreas"]) {
      const sparse = sparseList();
      const started = startAgreement({ kommuner: ["Kävlinge"], from: "2027-01-01", [field]: sparse.list } as never);
      expect(started).toEqual({ ok: false, issues: [{ code: "invalid_input", path: [] }], kommuner: [] });
      expect(sparse.reads()).toBe(0);
    }
  });

  it("formatters name nothing the caller gave", () => {
    expect(() => formatFinding({ code: MARK } as never)).toThrow(InvalidArgumentError);
    expect(formatFinding({ code: "goals_missing", kind: "missing", path: [], year: MARK } as never)).not.toContain(MARK);
    const text = formatKommunLookupError({ code: "unknown_kommun", candidates: [{ code: "9999", name: MARK }] } as never);
    expect(text).not.toContain(MARK);
    expect(() => toLocalPoliceArea(null as never)).toThrow(InvalidArgumentError);
  });
});
