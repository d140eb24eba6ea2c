// The scheduling benchmark's corpus and floor (bench/schedule-generate.ts, bench/schedule-floor.ts):
// what they make must be what the benchmark claims to measure. Every agreement validates and has
// ten cadences with one weekly, one agreement per kommun; and the floor gives exactly the dates
// scheduleObligations gives.
import { describe, expect, it } from "vitest";
import { scheduleObligations, validateAgreement, type Agreement } from "@samverkan/core";
import { floorDates } from "../bench/schedule-floor.js";
import { CADENCES_PER_AGREEMENT, cadencesOf, generateScheduleAgreement, generateScheduleAgreements, scheduleDesign } from "../bench/schedule-generate.js";
import { KOMMUNKODER } from "../bench/swedish.js";

const SEED = 1;
const corpus = generateScheduleAgreements({ seed: SEED, years: 4 });
const ours = (agreement: Agreement) => {
  const result = scheduleObligations(agreement, { withoutLaw: true });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.obligations.map((o) => o.date);
};

describe("generateScheduleAgreements", () => {
  it("makes one agreement per kommun, all 290", () => {
    expect(corpus).toHaveLength(290);
    expect(corpus.map((a) => a.parties.municipalities[0]!.code)).toEqual([...KOMMUNKODER]);
    expect(new Set(corpus.map((a) => a.id)).size).toBe(290);
  });

  it("makes agreements that validateAgreement accepts, without warnings", () => {
    const rejected = corpus.flatMap((doc) => {
      const result = validateAgreement(doc);
      return result.ok && result.warnings.length === 0 ? [] : [{ id: doc.id, result }];
    });
    expect(rejected).toEqual([]);
  });

  it("gives every agreement ten cadences, exactly one weekly, valid 2025-01-01 – 2028-12-31", () => {
    for (const doc of corpus) {
      const cadences = cadencesOf(doc);
      expect(cadences).toHaveLength(CADENCES_PER_AGREEMENT);
      expect(cadences.filter((c) => c.type === "weekly")).toHaveLength(1);
      expect(doc.validity).toMatchObject({ start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2028-12-31" } });
    }
  });

  it("mixes the cadences the issue names", () => {
    const seen = new Set(corpus.flatMap(cadencesOf).map((c) => `${c.type}${c.anchor ? `/${c.anchor.type === "season" ? c.anchor.season : c.anchor.type}` : ""}${c.type === "every_n_years" ? `/${c.years}` : c.type === "every_n_weeks" ? `/${c.weeks}` : ""}`));
    for (const kind of ["weekly", "quarterly", "tertial", "yearly/autumn", "every_n_years/2", "monthly", "half_yearly", "every_n_weeks/2", "yearly/annual_report", "per_mandate_period", "before_end"]) {
      expect(seen, kind).toContain(kind);
    }
  });

  it("keeps an agreement's cadences whatever the validity's length, and is deterministic", () => {
    for (const i of [0, 57, 289]) {
      expect(cadencesOf(generateScheduleAgreement(SEED, i, 40))).toEqual(cadencesOf(corpus[i]!));
      expect(generateScheduleAgreement(SEED, i, 4)).toEqual(corpus[i]);
      expect(generateScheduleAgreement(SEED, i, 40).validity.end).toEqual({ type: "date", date: "2064-12-31" });
    }
    expect(scheduleDesign(SEED + 1, 0)).not.toEqual(scheduleDesign(SEED, 0));
  });
});

describe("floorDates", () => {
  it("gives the dates scheduleObligations gives (its ten cadences and the renewal), sorted", () => {
    for (const doc of corpus.slice(0, 12)) {
      const dates = floorDates(doc);
      expect(dates).toEqual(ours(doc));
      expect(dates.length).toBeGreaterThan(200); // a weekly meeting alone is 208 or 209 in four years
    }
  });

  it("agrees over 1 and 40 years", () => {
    for (const years of [1, 40]) {
      for (const i of [3, 150]) {
        const doc = generateScheduleAgreement(SEED, i, years);
        expect(floorDates(doc)).toEqual(ours(doc));
      }
    }
  });

  it("agrees on a validity that starts mid-week on 29 February and ends mid-month", () => {
    for (const doc of corpus.slice(20, 26)) {
      const shifted: Agreement = { ...doc, validity: { start: { type: "date", date: "2024-02-29" }, end: { type: "date", date: "2031-08-15" } } };
      expect(floorDates(shifted)).toEqual(ours(shifted));
    }
  });
});
