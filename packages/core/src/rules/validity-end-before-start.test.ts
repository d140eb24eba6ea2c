import { describe, expect, it } from "vitest";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

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
});
