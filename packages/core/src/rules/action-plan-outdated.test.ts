import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type Cadence } from "@samverkan/core";
import {
  agreement,
  agreementSet,
  arjeplog,
  arvidsjaur,
  del1,
  del2,
  issuesOf,
  kristianstadAgreement,
  lawDuties,
  situationalPictureFollowUp,
} from "@samverkan/test-utils";

const CODE = "action_plan_outdated";
const police = agreement().parties.police;
type Reason = "older_than_situational_picture" | "interval";

const outdated = (asOf: string, reason: Reason, index = 0, ...prefix: (string | number)[]) => ({
  code: CODE,
  severity: "warning",
  path: [...prefix, "municipalDuties", index, "actionPlan", "date"],
  params: { asOf, reason },
});

/** Kristianstad (1290, valid 2025–2028) with its lägesbild and åtgärdsplan decision, and its own cadence if given. */
function kristianstad(dates: { situationalPicture?: string; actionPlan?: string }, cadence?: Cadence, overrides: Partial<Agreement> = {}) {
  return kristianstadAgreement({
    ...(cadence && { followUps: [situationalPictureFollowUp(cadence)] }),
    municipalDuties: [lawDuties("1290", dates)],
    ...overrides,
  });
}

describe("action_plan_outdated", () => {
  describe("reason older_than_situational_picture", () => {
    it("fires on a decision taken before the latest lägesbild", () => {
      const doc = kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-02-01" });
      expect(issuesOf(doc, CODE, { asOf: "2025-09-01" })).toEqual([outdated("2025-09-01", "older_than_situational_picture")]);
      expect(validateAgreement(doc, { asOf: "2025-09-01" }).ok).toBe(true);
    });

    it("fires from the day of the lägesbild, not before", () => {
      const doc = kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-02-01" });
      expect(issuesOf(doc, CODE, { asOf: "2025-05-31" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([outdated("2025-06-01", "older_than_situational_picture")]);
    });

    it("does not fire on a decision on the day of the lägesbild or after it", () => {
      expect(issuesOf(kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-06-01" }), CODE, { asOf: "2025-09-01" })).toEqual([]);
      expect(issuesOf(kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-06-10" }), CODE, { asOf: "2025-09-01" })).toEqual([]);
    });

    it("wins over the interval when both hold", () => {
      // Decided 2023-11-01, lägesbild 2024-01-10: both before the lägesbild and more than 24 months old.
      const doc = kristianstad({ situationalPicture: "2024-01-10", actionPlan: "2023-11-01" });
      expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([outdated("2026-06-01", "older_than_situational_picture")]);
    });
  });

  describe("reason interval", () => {
    it("fires on a decision older than 24 months by default, from the day after it falls due", () => {
      const doc = kristianstad({ actionPlan: "2024-03-15" });
      expect(issuesOf(doc, CODE, { asOf: "2026-03-15" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toEqual([outdated("2026-03-16", "interval")]);
    });

    it("fires on a decision after its lägesbild once the interval has passed", () => {
      const doc = kristianstad({ situationalPicture: "2023-09-01", actionPlan: "2023-10-01" });
      expect(issuesOf(doc, CODE, { asOf: "2025-10-01" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2025-10-02" })).toEqual([outdated("2025-10-02", "interval")]);
    });

    it("uses the agreement's own cadence before lawIntervalMonths before 24 months", () => {
      const doc = (cadence?: Cadence) => kristianstad({ situationalPicture: "2025-03-01", actionPlan: "2025-03-15" }, cadence);
      // every 2 years (24 months) beats lawIntervalMonths 12
      expect(issuesOf(doc({ type: "every_n_years", years: 2 }), CODE, { asOf: "2026-03-16", lawIntervalMonths: 12 })).toEqual([]);
      expect(issuesOf(doc({ type: "every_n_years", years: 2 }), CODE, { asOf: "2027-03-16", lawIntervalMonths: 12 })).toEqual([
        outdated("2027-03-16", "interval"),
      ]);
      // yearly (12 months) beats lawIntervalMonths 36 and the default
      expect(issuesOf(doc({ type: "yearly" }), CODE, { asOf: "2026-03-15" })).toEqual([]);
      expect(issuesOf(doc({ type: "yearly" }), CODE, { asOf: "2026-03-16", lawIntervalMonths: 36 })).toEqual([outdated("2026-03-16", "interval")]);
      // lawIntervalMonths beats the default
      expect(issuesOf(doc(), CODE, { asOf: "2026-03-16", lawIntervalMonths: 12 })).toEqual([outdated("2026-03-16", "interval")]);
      expect(issuesOf(doc(), CODE, { asOf: "2027-03-16", lawIntervalMonths: 36 })).toEqual([]);
      expect(issuesOf(doc(), CODE, { asOf: "2027-03-16" })).toEqual([outdated("2027-03-16", "interval")]);
    });

    it("moves to the month's last day: decided 29 February, yearly, due 28 February", () => {
      const doc = kristianstad({ actionPlan: "2024-02-29" }, { type: "yearly" });
      expect(issuesOf(doc, CODE, { asOf: "2025-02-28" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2025-03-01" })).toEqual([outdated("2025-03-01", "interval")]);
    });
  });

  it("does not judge a lägesbild dated after asOf", () => {
    // The new lägesbild of 2025-10-01 does not yet make the decision of 2025-02-01 older than it.
    const doc = kristianstad({ situationalPicture: "2025-10-01", actionPlan: "2025-02-01" });
    expect(issuesOf(doc, CODE, { asOf: "2025-09-30" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-10-01" })).toEqual([outdated("2025-10-01", "older_than_situational_picture")]);
  });

  it("does not judge a decision dated after asOf (it is missing then)", () => {
    const doc = kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-02-01" });
    const later = kristianstad({ situationalPicture: "2022-06-01", actionPlan: "2026-02-01" });
    expect(issuesOf(later, CODE, { asOf: "2026-01-31" })).toEqual([]);
    expect(issuesOf(later, "action_plan_missing", { asOf: "2026-01-31" })).toHaveLength(1);
    expect(issuesOf(doc, CODE, { asOf: "2025-01-31" })).toEqual([]);
  });

  it("does not fire without a decision (that is action_plan_missing)", () => {
    expect(issuesOf(kristianstad({ situationalPicture: "2025-06-01" }), CODE, { asOf: "2028-06-01" })).toEqual([]);
    expect(issuesOf(kristianstadAgreement(), CODE, { asOf: "2028-06-01" })).toEqual([]);
  });

  it("never runs without asOf", () => {
    const doc = kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2015-02-01" });
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(issuesOf(doc, CODE, { lawIntervalMonths: 1 })).toEqual([]);
  });

  it("does not run before Lag (2023:196) came into force on 1 July 2023", () => {
    const doc = del1([arjeplog], { municipalDuties: [lawDuties("2506", { situationalPicture: "2023-03-01", actionPlan: "2022-12-05" })] });
    expect(issuesOf(doc, CODE, { asOf: "2023-06-30" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2023-07-01" })).toEqual([outdated("2023-07-01", "older_than_situational_picture")]);
  });

  it("does not run on a day the agreement is not valid", () => {
    const doc = kristianstad({ situationalPicture: "2024-06-01", actionPlan: "2024-02-01" }); // valid 2025-01-01 – 2028-12-31
    expect(issuesOf(doc, CODE, { asOf: "2024-12-31" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2029-01-01" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-01-01" })).toEqual([outdated("2025-01-01", "older_than_situational_picture")]);
  });

  it("judges each kommun of a joint agreement by its own record, with each reason", () => {
    const doc = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      municipalDuties: [
        lawDuties("2505", { situationalPicture: "2024-10-01", actionPlan: "2024-03-04" }),
        lawDuties("2506", { actionPlan: "2022-09-12" }),
      ],
    });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([
      outdated("2025-06-01", "interval", 1),
      outdated("2025-06-01", "older_than_situational_picture", 0),
    ]);
  });

  it("judges a del 2 only for its own kommun", () => {
    const stale = lawDuties("2506", { situationalPicture: "2024-10-01", actionPlan: "2024-03-04" });
    const fresh = lawDuties("2505", { situationalPicture: "2024-10-01", actionPlan: "2024-11-18" });
    expect(issuesOf(del2(arvidsjaur, { municipalDuties: [stale, fresh] }), CODE, { asOf: "2025-06-01" })).toEqual([]);
    expect(issuesOf(del2(arjeplog, { municipalDuties: [stale, fresh] }), CODE, { asOf: "2025-06-01" })).toEqual([
      outdated("2025-06-01", "older_than_situational_picture", 0),
    ]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([agreement(), kristianstad({ situationalPicture: "2025-06-01", actionPlan: "2025-02-01" })]);
    expect(issuesOf(doc, CODE, { asOf: "2025-09-01" })).toEqual([outdated("2025-09-01", "older_than_situational_picture", 0, "agreements", 1)]);
  });
});
