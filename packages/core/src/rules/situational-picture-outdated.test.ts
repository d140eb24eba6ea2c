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

const CODE = "situational_picture_outdated";
const police = agreement().parties.police;

/** The issue for the record at `index`, due on `dueOn` with `intervalMonths`, as of `asOf`. */
const outdated = (asOf: string, dueOn: string, intervalMonths: number, ...prefix: (string | number)[]) => ({
  code: CODE,
  severity: "warning",
  path: [...prefix, "municipalDuties", 0, "situationalPicture", "date"],
  params: { asOf, dueOn, intervalMonths },
});

/** Kristianstad (1290, valid 2025–2028) with its lägesbild of `date`, and the agreement's own cadence for it if given. */
function kristianstadWithPicture(date: string, cadence?: Cadence, overrides: Partial<Agreement> = {}) {
  return kristianstadAgreement({
    ...(cadence && { followUps: [situationalPictureFollowUp(cadence)] }),
    municipalDuties: [lawDuties("1290", { situationalPicture: date, actionPlan: date })],
    ...overrides,
  });
}

describe("situational_picture_outdated", () => {
  it("fires on a lägesbild older than 24 months by default, at its date", () => {
    const doc = kristianstadWithPicture("2024-03-15");
    expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toEqual([outdated("2026-03-16", "2026-03-15", 24)]);
    expect(validateAgreement(doc, { asOf: "2026-03-16" }).ok).toBe(true);
  });

  it("does not fire on the due date itself, only from the day after", () => {
    const doc = kristianstadWithPicture("2024-03-15");
    expect(issuesOf(doc, CODE, { asOf: "2026-03-15" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toHaveLength(1);
  });

  it("never runs without asOf", () => {
    const doc = kristianstadWithPicture("2015-01-01");
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(issuesOf(doc, CODE, { lawIntervalMonths: 1 })).toEqual([]);
  });

  it("does not run before Lag (2023:196) came into force on 1 July 2023", () => {
    const doc = del1([arjeplog], { municipalDuties: [lawDuties("2506", { situationalPicture: "2021-05-01" })] });
    expect(issuesOf(doc, CODE, { asOf: "2023-06-30" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2023-07-01" })).toEqual([
      { code: CODE, severity: "warning", path: ["municipalDuties", 0, "situationalPicture", "date"], params: { asOf: "2023-07-01", dueOn: "2023-05-01", intervalMonths: 24 } },
    ]);
  });

  it("does not run on a day the agreement is not valid", () => {
    const doc = kristianstadWithPicture("2022-06-01"); // valid 2025-01-01 – 2028-12-31
    expect(issuesOf(doc, CODE, { asOf: "2024-12-31" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2029-01-01" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-01-01" })).toEqual([outdated("2025-01-01", "2024-06-01", 24)]);
    expect(issuesOf(doc, CODE, { asOf: "2028-12-31" })).toEqual([outdated("2028-12-31", "2024-06-01", 24)]);
  });

  it("does not judge a lägesbild dated after asOf (it is missing then, not outdated)", () => {
    const doc = kristianstadWithPicture("2027-01-10");
    expect(issuesOf(doc, CODE, { asOf: "2026-06-01" })).toEqual([]);
    expect(issuesOf(doc, "situational_picture_missing", { asOf: "2026-06-01" })).toHaveLength(1);
  });

  it("does not fire where there is no lägesbild (that is situational_picture_missing)", () => {
    expect(issuesOf(kristianstadAgreement(), CODE, { asOf: "2028-06-01" })).toEqual([]);
    const planOnly = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { actionPlan: "2019-01-01" })] });
    expect(issuesOf(planOnly, CODE, { asOf: "2028-06-01" })).toEqual([]);
  });

  describe("the interval", () => {
    it("is lawIntervalMonths when the agreement has no cadence for its lägesbild", () => {
      const doc = kristianstadWithPicture("2024-03-15");
      expect(issuesOf(doc, CODE, { asOf: "2025-03-16", lawIntervalMonths: 12 })).toEqual([outdated("2025-03-16", "2025-03-15", 12)]);
      expect(issuesOf(doc, CODE, { asOf: "2025-03-15", lawIntervalMonths: 12 })).toEqual([]);
      // Longer than the default: not yet outdated after 24 months.
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16", lawIntervalMonths: 36 })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2027-03-16", lawIntervalMonths: 36 })).toEqual([outdated("2027-03-16", "2027-03-15", 36)]);
    });

    it("is the agreement's own cadence before lawIntervalMonths: every 2 years is 24 months (Kristianstad)", () => {
      const doc = kristianstadWithPicture("2024-03-15", { type: "every_n_years", years: 2, asWritten: "Vartannat år" });
      expect(issuesOf(doc, CODE, { asOf: "2025-03-16", lawIntervalMonths: 12 })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-15", lawIntervalMonths: 12 })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16", lawIntervalMonths: 12 })).toEqual([outdated("2026-03-16", "2026-03-15", 24)]);
    });

    it("is the agreement's own cadence before the default: yearly is 12 months", () => {
      const doc = kristianstadWithPicture("2025-03-15", { type: "yearly" });
      expect(issuesOf(doc, CODE, { asOf: "2026-03-15" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toEqual([outdated("2026-03-16", "2026-03-15", 12)]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16", lawIntervalMonths: 36 })).toEqual([outdated("2026-03-16", "2026-03-15", 12)]);
    });

    it("reads every n years as 12 × n months", () => {
      const doc = kristianstadWithPicture("2025-01-20", { type: "every_n_years", years: 3 });
      expect(issuesOf(doc, CODE, { asOf: "2028-01-20" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2028-01-21" })).toEqual([outdated("2028-01-21", "2028-01-20", 36)]);
    });

    it("falls back when the agreement's cadence has no fixed length", () => {
      const doc = kristianstadWithPicture("2025-03-15", { type: "when_needed" });
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toEqual([]);
      expect(issuesOf(doc, CODE, { asOf: "2027-03-16" })).toEqual([outdated("2027-03-16", "2027-03-15", 24)]);
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16", lawIntervalMonths: 12 })).toEqual([outdated("2026-03-16", "2026-03-15", 12)]);
    });

    it("takes the kommun's own follow-up before one for every kommun, and ignores another kommun's", () => {
      const general = situationalPictureFollowUp({ type: "yearly" });
      const own = situationalPictureFollowUp({ type: "every_n_years", years: 2 }, "1290");
      const other = situationalPictureFollowUp({ type: "quarterly" }, "1261");
      const at = (followUps: Agreement["followUps"]) =>
        issuesOf(kristianstadWithPicture("2025-03-15", undefined, { followUps }), CODE, { asOf: "2026-03-16" });
      expect(at([general, own])).toEqual([]);
      expect(at([own, general])).toEqual([]);
      expect(at([other, general])).toEqual([outdated("2026-03-16", "2026-03-15", 12)]);
      expect(at([other])).toEqual([]);
    });

    it("is unaffected by follow-ups of other kinds", () => {
      // The default agreement's yearly `follow_up` is not a lägesbild.
      const doc = kristianstadWithPicture("2025-03-15", undefined, {
        followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Gemensamma åtgärder", cadence: { type: "yearly" } }],
      });
      expect(issuesOf(doc, CODE, { asOf: "2026-03-16" })).toEqual([]);
    });
  });

  it("moves month by month to the month's last day: 29 February + 12 months is due on 28 February", () => {
    const doc = kristianstadWithPicture("2024-02-29", { type: "yearly" });
    expect(issuesOf(doc, CODE, { asOf: "2025-02-28" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-03-01" })).toEqual([outdated("2025-03-01", "2025-02-28", 12)]);
  });

  it("keeps the last day of a long month where the due month has it: 31 August + 24 months", () => {
    const doc = kristianstadWithPicture("2023-08-31");
    expect(issuesOf(doc, CODE, { asOf: "2025-08-31" })).toEqual([]);
    expect(issuesOf(doc, CODE, { asOf: "2025-09-01" })).toEqual([outdated("2025-09-01", "2025-08-31", 24)]);
  });

  it("judges each kommun of a joint agreement by its own record", () => {
    const doc = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      municipalDuties: [lawDuties("2505", { situationalPicture: "2025-02-01" }), lawDuties("2506", { situationalPicture: "2022-11-15" })],
    });
    expect(issuesOf(doc, CODE, { asOf: "2025-06-01" })).toEqual([
      { code: CODE, severity: "warning", path: ["municipalDuties", 1, "situationalPicture", "date"], params: { asOf: "2025-06-01", dueOn: "2024-11-15", intervalMonths: 24 } },
    ]);
  });

  it("judges a del 2 only for its own kommun", () => {
    const stale = lawDuties("2506", { situationalPicture: "2020-10-01" });
    const fresh = lawDuties("2505", { situationalPicture: "2024-10-01" });
    expect(issuesOf(del2(arvidsjaur, { municipalDuties: [stale, fresh] }), CODE, { asOf: "2025-06-01" })).toEqual([]);
    expect(issuesOf(del2(arjeplog, { municipalDuties: [stale, fresh] }), CODE, { asOf: "2025-06-01" })).toEqual([
      { code: CODE, severity: "warning", path: ["municipalDuties", 0, "situationalPicture", "date"], params: { asOf: "2025-06-01", dueOn: "2022-10-01", intervalMonths: 24 } },
    ]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([agreement(), kristianstadWithPicture("2024-03-15")]);
    expect(issuesOf(doc, CODE, { asOf: "2026-04-01" })).toEqual([outdated("2026-04-01", "2026-03-15", 24, "agreements", 1)]);
  });
});

describe("situational_picture_outdated: which follow-up sets the interval", () => {
  it("a kommun's own follow-up 'when needed' does not hide a general yearly one", () => {
    const doc = kristianstadAgreement({
      followUps: [situationalPictureFollowUp({ type: "yearly" }), situationalPictureFollowUp({ type: "when_needed" }, "1290")],
      municipalDuties: [lawDuties("1290", { situationalPicture: "2025-01-10", actionPlan: "2025-02-01" })],
    });
    expect(issuesOf(doc, "situational_picture_outdated", { asOf: "2026-06-01" })).toMatchObject([
      { params: { dueOn: "2026-01-10", intervalMonths: 12 } },
    ]);
  });
});
