import { describe, expect, it } from "vitest";
import { type CitizenPromisePeriod } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "validity_end_before_start";
const issue = { code: CODE, severity: "error", path: ["validity", "end"], params: {} };

describe("validity_end_before_start", () => {
  it("fires on a day-precision validity that ends the day before it starts", () => {
    const doc = agreement({ validity: { start: { type: "date", date: "2025-03-01" }, end: { type: "date", date: "2025-02-28" } } });
    expect(issuesOf(doc, CODE)).toEqual([issue]);
  });

  it("does not fire on a one-day validity", () => {
    const doc = agreement({ validity: { start: { type: "date", date: "2025-03-01" }, end: { type: "date", date: "2025-03-01" } } });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("fires on year precision written backwards (2019–2017)", () => {
    const doc = agreement({ validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2017 } } });
    expect(issuesOf(doc, CODE)).toEqual([issue]);
  });

  it("does not fire on a single year (2019–2019 covers the whole year)", () => {
    const doc = agreement({ validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2019 } } });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("compares mixed precisions as whole years", () => {
    const endsEarlier = agreement({ validity: { start: { type: "year", year: 2026 }, end: { type: "date", date: "2025-12-31" } } });
    expect(issuesOf(endsEarlier, CODE)).toEqual([issue]);
    const sameYear = agreement({ validity: { start: { type: "date", date: "2025-12-31" }, end: { type: "year", year: 2025 } } });
    expect(issuesOf(sameYear, CODE)).toEqual([]);
  });

  it("never fires on an open-ended validity", () => {
    const doc = agreement({ validity: { start: { type: "year", year: 2200 }, end: { type: "open_ended" } } });
    expect(issuesOf(doc, CODE)).toEqual([]);
  });

  it("fires when an agreement from signing was signed after its end", () => {
    const doc = agreement({
      validity: { start: { type: "from_signing" }, end: { type: "date", date: "2024-12-31" } },
      signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-01-10"), signed("lpo-chef", "polisen", "local_police_area_chief", "2025-01-10")],
    });
    expect(issuesOf(doc, CODE)).toEqual([issue]);
  });

  it("does not judge an agreement from signing whose signing date is unknown", () => {
    const validity = { start: { type: "from_signing" }, end: { type: "date", date: "2024-12-31" } } as const;
    expect(issuesOf(agreement({ validity, signatories: [] }), CODE)).toEqual([]);
    const partial = agreement({
      validity,
      signatories: [
        { id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 }, asWritten: "Kävlinge den 11" } },
        { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief", signature: { partialDate: { day: 11 }, asWritten: "Kävlinge den 11" } },
      ],
    });
    expect(issuesOf(partial, CODE)).toEqual([]);
  });

  it("does not take the start from the earlier signature when the last one has no whole date", () => {
    const doc = agreement({
      validity: { start: { type: "from_signing" }, end: { type: "date", date: "2024-12-31" } },
      signatories: [
        signed("lpo-chef", "polisen", "local_police_area_chief", "2025-01-10"),
        { id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 }, asWritten: "Kävlinge den 11" } },
      ],
    });
    // The start is unknown, so the end is not compared with it (signature_after_validity still fires).
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(issuesOf(doc, "signature_after_validity")).toHaveLength(1);
  });

  describe("a medborgarlöfte's period", () => {
    const promiseIssue = (i: number) => ({ code: CODE, severity: "error", path: ["citizenPromises", i, "period", "end"], params: {} });
    const withPeriods = (...periods: CitizenPromisePeriod[]) =>
      agreement({ citizenPromises: periods.map((period, i) => ({ id: `ml-${i}`, municipality: "1261", period })) });

    it("fires on a medborgarlöfte that ends before it starts (juni – mars 2025)", () => {
      expect(issuesOf(withPeriods({ start: "2025-06", end: "2025-03" }), CODE)).toEqual([promiseIssue(0)]);
    });

    it("compares partial dates by the days they cover: an end in the start's month or year is not before it", () => {
      expect(issuesOf(withPeriods({ start: "2025", end: "2025" }), CODE)).toEqual([]);
      expect(issuesOf(withPeriods({ start: "2025-06-15", end: "2025-06" }), CODE)).toEqual([]);
      expect(issuesOf(withPeriods({ start: "2025-06", end: "2025" }), CODE)).toEqual([]);
      expect(issuesOf(withPeriods({ start: "2025-07", end: "2025-06-30" }), CODE)).toEqual([promiseIssue(0)]);
      expect(issuesOf(withPeriods({ start: "2026", end: "2025-12" }), CODE)).toEqual([promiseIssue(0)]);
    });

    it("does not judge a period whose end the text does not give", () => {
      expect(issuesOf(withPeriods({ start: "2025" }), CODE)).toEqual([]);
    });

    it("reports each reversed medborgarlöfte at its index, after the validity", () => {
      const doc = agreement({
        validity: { start: { type: "year", year: 2026 }, end: { type: "year", year: 2025 } },
        citizenPromises: [
          { id: "ml-0", municipality: "1261", period: { start: "2025", end: "2025" } },
          { id: "ml-1", municipality: "1261", period: { start: "2026", end: "2025" } },
        ],
      });
      expect(issuesOf(doc, CODE)).toEqual([issue, promiseIssue(1)]);
    });

    it("fires on a medborgarlöfte document whose period ends before it starts", () => {
      expect(issuesOf(citizenPromiseDocument({ period: { start: "2025-06", end: "2025-03" } }), CODE)).toEqual([
        { code: CODE, severity: "error", path: ["period", "end"], params: {} },
      ]);
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
      expect(issuesOf(citizenPromiseDocument({ period: { start: "2025", untilReplaced: true } }), CODE)).toEqual([]);
    });
  });
});
