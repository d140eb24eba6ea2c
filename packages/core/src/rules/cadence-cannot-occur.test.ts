import { describe, expect, it } from "vitest";
import { type Agreement, type Cadence } from "@samverkan/core";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "cadence_cannot_occur";
type Validity = Agreement["validity"];

const days = (start: string, end: string): Validity => ({ start: { type: "date", date: start }, end: { type: "date", date: end } });

/** An agreement with `validity` whose yearly follow-up has `cadence`. */
const followedUp = (validity: Validity, cadence: Cadence, overrides: Parameters<typeof agreement>[0] = {}) =>
  agreement({
    validity,
    followUps: [{ id: "trygghetsmatning", kind: "safety_survey", subject: "Trygghetsmätning", cadence }],
    ...overrides,
  });

const issue = (cadence: string) => ({ code: CODE, severity: "warning", path: ["followUps", 0, "cadence"], params: { cadence } });

describe("cadence_cannot_occur", () => {
  describe("anchors", () => {
    it("fires on a month the validity never reaches", () => {
      const doc = followedUp(days("2025-01-01", "2025-06-30"), { type: "yearly", anchor: { type: "month", month: 9 } });
      expect(issuesOf(doc, CODE)).toEqual([issue("yearly")]);
    });

    it("does not fire on a month the validity touches, even for a day", () => {
      const doc = followedUp(days("2025-01-01", "2025-09-01"), { type: "yearly", anchor: { type: "month", month: 9 } });
      expect(issuesOf(doc, CODE)).toEqual([]);
    });

    it("fires on autumn (varje höst) in a validity from January to June", () => {
      const doc = followedUp(days("2025-01-01", "2025-06-30"), { type: "yearly", anchor: { type: "season", season: "autumn" } });
      expect(issuesOf(doc, CODE)).toEqual([issue("yearly")]);
    });

    it("counts winter across the turn of the year", () => {
      const winter = { type: "yearly", anchor: { type: "season", season: "winter" } } as const;
      expect(issuesOf(followedUp(days("2025-11-15", "2026-01-15"), winter), CODE)).toEqual([]);
      expect(issuesOf(followedUp(days("2025-03-01", "2025-11-30"), winter), CODE)).toEqual([issue("yearly")]);
    });

    it("counts months across the turn of the year", () => {
      const january = { type: "yearly", anchor: { type: "month", month: 1 } } as const;
      expect(issuesOf(followedUp(days("2025-03-01", "2026-02-28"), january), CODE)).toEqual([]);
      expect(issuesOf(followedUp(days("2025-03-01", "2025-12-31"), january), CODE)).toEqual([issue("yearly")]);
    });

    it("reaches every month in a whole year, and never judges the annual report", () => {
      const december = { type: "yearly", anchor: { type: "month", month: 12 } } as const;
      expect(issuesOf(followedUp({ start: { type: "year", year: 2025 }, end: { type: "year", year: 2025 } }, december), CODE)).toEqual([]);
      const annualReport = { type: "yearly", anchor: { type: "annual_report" } } as const;
      expect(issuesOf(followedUp(days("2025-06-01", "2025-06-30"), annualReport), CODE)).toEqual([]);
    });

    it("never fires on an anchor in an open-ended validity", () => {
      const validity: Validity = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } };
      expect(issuesOf(followedUp(validity, { type: "yearly", anchor: { type: "month", month: 9 } }), CODE)).toEqual([]);
    });
  });

  describe("every N years", () => {
    it("fires when N years is longer than the validity", () => {
      const doc = followedUp(days("2025-01-01", "2026-12-31"), { type: "every_n_years", years: 3 });
      expect(issuesOf(doc, CODE)).toEqual([issue("every_n_years")]);
    });

    it("does not fire when the first N years end on the last day", () => {
      const doc = followedUp(days("2025-01-01", "2026-12-31"), { type: "every_n_years", years: 2 });
      expect(issuesOf(doc, CODE)).toEqual([]);
    });

    it("fires when the validity is one day short of N years", () => {
      const doc = followedUp(days("2025-03-01", "2027-02-27"), { type: "every_n_years", years: 2 });
      expect(issuesOf(doc, CODE)).toEqual([issue("every_n_years")]);
      expect(issuesOf(followedUp(days("2025-03-01", "2027-02-28"), { type: "every_n_years", years: 2 }), CODE)).toEqual([]);
    });

    it("never fires on an open-ended validity", () => {
      const validity: Validity = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } };
      expect(issuesOf(followedUp(validity, { type: "every_n_years", years: 20 }), CODE)).toEqual([]);
    });
  });

  describe("before the end", () => {
    const openEnded = (revisionEveryYears?: number): Validity => ({
      start: { type: "date", date: "2025-01-01" },
      end: { type: "open_ended" },
      ...(revisionEveryYears !== undefined && { terms: { revision: { everyYears: revisionEveryYears } } }),
    });

    it("fires on an open-ended agreement with no revision interval", () => {
      expect(issuesOf(followedUp(openEnded(), { type: "before_end" }), CODE)).toEqual([issue("before_end")]);
    });

    it("does not fire on an open-ended agreement revised every third year", () => {
      expect(issuesOf(followedUp(openEnded(3), { type: "before_end" }), CODE)).toEqual([]);
    });

    it("does not fire on a bounded validity", () => {
      expect(issuesOf(followedUp(days("2025-01-01", "2025-01-31"), { type: "before_end" }), CODE)).toEqual([]);
    });
  });

  it("judges every cadence in the agreement: forums, plans, activities, commitments, the medborgarlöfte cycle", () => {
    const september = { type: "yearly", anchor: { type: "month", month: 9 } } as const;
    const doc = agreement({
      validity: days("2025-01-01", "2025-06-30"),
      forums: [{ id: "bra", kind: "local_bra", name: "Lokala Brå", level: "strategic", cadence: september }],
      followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", cadence: { type: "quarterly" } }],
      plans: [
        {
          id: "plan",
          kind: "activity_plan",
          owner: "joint",
          revision: september,
          activities: [{ id: "a1", text: "Trygghetsvandring", owner: "joint", cadence: september }],
        },
      ],
      citizenPromises: [
        {
          id: "ml",
          municipality: "1261",
          period: { start: "2025-01-01", end: "2025-06-30" },
          commitments: [{ id: "c1", by: "joint", text: "Medborgarmöte", frequency: september }],
        },
      ],
      citizenPromiseCycle: { cadence: september },
    });
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([
      ["forums", 0, "cadence"],
      ["plans", 0, "revision"],
      ["plans", 0, "activities", 0, "cadence"],
      ["citizenPromises", 0, "commitments", 0, "frequency"],
      ["citizenPromiseCycle", "cadence"],
    ]);
  });

  it("does not judge an agreement from signing that nobody has signed", () => {
    const validity: Validity = { start: { type: "from_signing" }, end: { type: "date", date: "2025-06-30" } };
    const september = { type: "yearly", anchor: { type: "month", month: 9 } } as const;
    expect(issuesOf(followedUp(validity, september, { signatories: [] }), CODE)).toEqual([]);
  });

  it("does not judge an agreement from signing whose last signature has no whole date", () => {
    const validity: Validity = { start: { type: "from_signing" }, end: { type: "date", date: "2025-06-30" } };
    const signatories = [
      signed("lpo-chef", "polisen", "local_police_area_chief", "2025-01-02"),
      { id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 } } } as const,
    ];
    const september = { type: "yearly", anchor: { type: "month", month: 9 } } as const;
    expect(issuesOf(followedUp(validity, september, { signatories }), CODE)).toEqual([]);
  });

  it("judges an agreement from signing from its last signature", () => {
    const validity: Validity = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } };
    const signatories = [
      signed("kso", "kavlinge", "municipal_board_chair", "2025-01-01"),
      signed("lpo-chef", "polisen", "local_police_area_chief", "2025-01-02"),
    ];
    expect(issuesOf(followedUp(validity, { type: "every_n_years", years: 2 }, { signatories }), CODE)).toEqual([issue("every_n_years")]);
  });
});
