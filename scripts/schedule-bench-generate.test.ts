// The scheduling benchmark's corpus and floor (bench/schedule-generate.ts, bench/schedule-floor.ts):
// what they make must be what the benchmark claims to measure. Every agreement validates and has
// ten cadences with one weekly, one agreement per kommun; the portfolio adds medborgarlöften and
// is one valid set; the large agreement makes the sizes it is for; and the floor gives exactly the
// dates scheduleObligations gives. Also: the Collector's sort gives the portfolio and the large
// agreement the order of the comparison sort it replaced, however their obligations are added.
import { describe, expect, it } from "vitest";
import { scheduleObligations, validateAgreement, type Agreement, type AgreementSet, type Obligation } from "@samverkan/core";
import { toDay } from "../packages/core/src/schedule/civil-date.js";
import { Collector } from "../packages/core/src/schedule/schedule.js";
import { floorDates, floorPortfolioDates } from "../bench/schedule-floor.js";
import {
  CADENCES_PER_AGREEMENT,
  cadencesOf,
  generateLargeAgreement,
  generatePortfolioAgreement,
  generateScheduleAgreement,
  generateScheduleAgreements,
  generateSchedulePortfolio,
  promiseDesign,
  scheduleDesign,
} from "../bench/schedule-generate.js";
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

describe("generateSchedulePortfolio", () => {
  const portfolio = generateSchedulePortfolio({ seed: SEED, years: 4 });
  const scheduled = (set: AgreementSet) => {
    const result = scheduleObligations(set);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.obligations;
  };

  it("is one valid set of the 290 agreements, each with its ten cadences and medborgarlöften", () => {
    expect(portfolio.type).toBe("agreement_set");
    expect(portfolio.agreements.map((a) => a.id)).toEqual(corpus.map((a) => a.id));
    const result = validateAgreement(portfolio);
    expect(result.ok && result.warnings).toEqual([]);
    for (const [i, doc] of portfolio.agreements.entries()) {
      expect(cadencesOf(doc)).toEqual(cadencesOf(corpus[i]!));
      expect(Boolean(doc.citizenPromiseCycle) !== Boolean(doc.citizenPromises?.length)).toBe(true);
    }
  });

  it("mixes cycles of one and two years, and recorded löften with and without an extension", () => {
    const designs = KOMMUNKODER.map((_, i) => promiseDesign(SEED, i));
    expect(new Set(designs.map((d) => `${d.kind} ${d.years}`))).toEqual(new Set(["cycle 1", "cycle 2", "recorded 1", "recorded 2"]));
    expect(portfolio.agreements.some((a) => a.citizenPromises?.some((p) => p.extensions?.length))).toBe(true);
    expect(generatePortfolioAgreement(SEED, 7, 40).citizenPromiseCycle).toEqual(portfolio.agreements[7]!.citizenPromiseCycle);
  });

  it("makes the law's and the medborgarlöften's obligations, and the floor gives the same dates, for the set and each agreement", () => {
    for (const years of [1, 4, 7]) {
      const set = years === 4 ? portfolio : generateSchedulePortfolio({ seed: SEED, years });
      const obligations = scheduled(set);
      expect(obligations.map((o) => o.date)).toEqual(floorPortfolioDates(set, { law: true }));
      for (const doc of set.agreements.slice(0, 20)) {
        expect(obligations.filter((o) => o.agreementId === doc.id).map((o) => o.date), `${doc.id} ${years}`).toEqual(floorDates(doc, { law: true }));
      }
      const kinds = new Set(obligations.map((o) => o.kind));
      for (const kind of ["citizen_promise_decision", "citizen_promise_dialogue", "citizen_promise_follow_up"] as const) expect(kinds).toContain(kind);
      if (years >= 4) for (const kind of ["situational_picture", "action_plan"] as const) expect(kinds).toContain(kind);
    }
  });

  it("agrees with the floor on validities that start before the law and mid-month", () => {
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const doc = generatePortfolioAgreement(SEED, i, 6);
      const shifted: Agreement = { ...doc, validity: { start: { type: "date", date: "2022-03-15" }, end: { type: "date", date: "2029-08-20" } } };
      const result = scheduleObligations(shifted);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.obligations.map((o) => o.date), shifted.id).toEqual(floorDates(shifted, { law: true }));
    }
  });
});

describe("generateLargeAgreement", () => {
  it("makes one valid agreement with 22 districts' cadences: about 2,000, 10,000 and 100,000 obligations over 1, 5 and 50 years", () => {
    const sizes = [1, 5, 50].map((years) => {
      const doc = generateLargeAgreement({ seed: SEED, districts: 22, years });
      expect(validateAgreement(doc).ok).toBe(true);
      expect(cadencesOf(doc)).toHaveLength(22 * CADENCES_PER_AGREEMENT);
      const result = scheduleObligations(doc, { withoutLaw: true });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      if (years < 50) expect(result.obligations.map((o) => o.date)).toEqual(floorDates(doc));
      return result.obligations.length;
    });
    expect(sizes[0]).toBeGreaterThan(1_500);
    expect(sizes[0]).toBeLessThan(2_500);
    expect(sizes[1]).toBeGreaterThan(8_000);
    expect(sizes[1]).toBeLessThan(12_000);
    expect(sizes[2]).toBeGreaterThan(80_000);
    expect(sizes[2]).toBeLessThan(120_000);
  });
});

describe("Collector on the benchmark's schedules", () => {
  // A stable comparison sort on the key (date, then kind): equal keys in the order added.
  const reference = (entries: readonly (readonly [Obligation, number])[]) => {
    const keys = entries.map(([o, due]) => Collector.key(o, due));
    return entries.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  };
  const check = (obligations: readonly Obligation[]) => {
    // Source by source in date order (as a schedule adds them), and the sources in reverse.
    const bySource = new Map<string, Obligation[]>();
    for (const o of obligations) {
      const key = `${o.agreementId}|${o.source.path.join("/")}|${o.kind}|${o.municipality ?? ""}`;
      bySource.set(key, [...(bySource.get(key) ?? []), o]);
    }
    const sources = [...bySource.values()];
    for (const added of [sources.flat(), [...sources].reverse().flat()]) {
      const entries = added.map((o) => [o, toDay(o.date)] as const);
      const collector = new Collector();
      for (const [o, due] of entries) collector.add(o, due);
      const position = new Map(added.map((o, i) => [o, i]));
      expect(collector.sorted().map((o) => position.get(o))).toEqual(reference(entries));
    }
  };

  it("orders the four-year portfolio as the stable comparison sort does", () => {
    const result = scheduleObligations(generateSchedulePortfolio({ seed: SEED, years: 4 }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    check(result.obligations);
  });

  it("orders the large agreement as the stable comparison sort does", () => {
    const result = scheduleObligations(generateLargeAgreement({ seed: SEED, districts: 22, years: 5 }), { withoutLaw: true });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    check(result.obligations);
  });
});
