import { describe, expect, it } from "vitest";
import { CONFIGURATION_KINDS } from "./adapter.js";
import { MAX_START_YEARS, startAgreement } from "./start-agreement.js";

describe("startAgreement", () => {
  it("starts a single agreement from the kommun's profile: valid, with what is missing and its first year", () => {
    const started = startAgreement({ kommuner: ["Kävlinge"], from: "2027-01-01" });
    if (!started.ok) throw new Error(JSON.stringify(started.issues));
    expect(started.kind).toBe("single");
    expect(started.document.id).toBe("kavlinge-2027-2030");
    expect(started.profile?.id).toBe("kavlinge");
    expect(started.localPoliceAreaFromProfile).toBe(true);
    expect(started.validity).toEqual({ start: "2027-01-01", end: "2030-12-31" });
    expect(started.window).toEqual({ from: "2027-01-01", to: "2027-12-31" });
    expect(started.missing.map((f) => f.code)).toContain("party_without_signatory");
    expect(started.problems).toEqual([]);
    expect(started.schedule.ok && started.schedule.obligations.length).toBeGreaterThan(0);
  });

  it.each(CONFIGURATION_KINDS)("starts %s without a profile, lined up as its configuration", (kind) => {
    const kommuner = kind === "single" || kind === "framework" || kind === "multi_lpo" ? ["Göteborg"] : ["Sorsele", "Storuman", "Lycksele"];
    const localPoliceAreas = kind === "multi_lpo" ? ["LPO Centrum", "LPO Hisingen"] : kind === "lpo_group" ? ["Lokalpolisområde Lycksele"] : [];
    const started = startAgreement({ kommuner, kind, localPoliceAreas, from: "2027-03-01", years: 3, profile: false });
    if (!started.ok) throw new Error(JSON.stringify(started.issues));
    expect(started.profile).toBeUndefined();
    expect(started.validity.end).toBe("2030-02-28");
    expect(started.problems).toEqual([]);
    expect(started.schedule.ok).toBe(true);
  });

  it("says which kommuner it cannot find, and refuses options out of range, never throwing", () => {
    const unknown = startAgreement({ kommuner: ["Kristiansstad", "Osby"], from: "2027-01-01" });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.issues).toEqual([{ code: "unknown_kommun", path: ["kommuner", 0] }]);
      expect(unknown.kommuner.map((k) => k.name)).toEqual(["Osby"]);
    }
    const bad = startAgreement({ kommuner: ["Osby"], from: "2027-02-30", years: MAX_START_YEARS + 1 });
    expect(!bad.ok && bad.issues.map((i) => i.path[0])).toEqual(["from", "years"]);
    const count = startAgreement({ kommuner: ["Osby"], kind: "joint", from: "2027-01-01" });
    expect(!count.ok && count.issues.map((i) => i.code)).toEqual(["wrong_municipality_count"]);
  });

  it("starts empty to transcribe: no template contents", () => {
    const started = startAgreement({ kommuner: ["Kävlinge"], from: "2020-03-10", empty: true });
    if (!started.ok || started.document.type !== "agreement") throw new Error("expected one agreement");
    expect(started.document.forums).toBeUndefined();
    expect(started.document.followUps).toBeUndefined();
  });
});
