import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreement, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "citizen_promise_outside_validity";
const issue = { code: CODE, severity: "info", path: ["citizenPromises", 0, "period"], params: {} };

/** The default agreement (2025-01-01 – 2026-12-31) with one medborgarlöfte (no end when `end` is undefined). */
function withPromise(start: string, end: string | undefined, extensions?: string[], overrides: Parameters<typeof agreement>[0] = {}) {
  return agreement({
    citizenPromises: [
      {
        id: "ml",
        municipality: "1261",
        period: { start, ...(end !== undefined && { end }) },
        ...(extensions && { extensions: extensions.map((e) => ({ end: e })) }),
        commitments: [{ id: "fotpatrull", by: "police", text: "Polisen lovar att fotpatrullera i centrum." }],
      },
    ],
    ...overrides,
  });
}

describe("citizen_promise_outside_validity", () => {
  it("fires, as info since the domain review (medborgarlöften run on their own calendar), on a medborgarlöfte that runs past the end of the validity", () => {
    expect(issuesOf(withPromise("2026-03-01", "2027-02-28"), CODE)).toEqual([issue]);
    expect(validateAgreement(withPromise("2026-03-01", "2027-02-28"))).toMatchObject({ ok: true });
  });

  it("does not fire on one that ends on the last day", () => {
    expect(issuesOf(withPromise("2025-03-01", "2026-12-31"), CODE)).toEqual([]);
  });

  it("fires on one that begins before the validity", () => {
    expect(issuesOf(withPromise("2024-12-31", "2025-12-31"), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2025-01-01", "2025-12-31"), CODE)).toEqual([]);
  });

  it("fires when an extension carries it past the end", () => {
    expect(issuesOf(withPromise("2025-03-01", "2026-02-28", ["2027-02-28"]), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2025-03-01", "2026-02-28", ["2026-12-31"]), CODE)).toEqual([]);
  });

  it("judges the latest extension, in whatever order they are listed", () => {
    expect(issuesOf(withPromise("2025-03-01", "2025-12-31", ["2027-06-30", "2026-06-30"]), CODE)).toEqual([issue]);
  });

  it("reads a year-precision validity as whole years", () => {
    const validity = { start: { type: "year", year: 2025 }, end: { type: "year", year: 2026 } } as const;
    expect(issuesOf(withPromise("2025-01-01", "2026-12-31", undefined, { validity }), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2025-01-01", "2027-01-01", undefined, { validity }), CODE)).toEqual([issue]);
  });

  it("never fires on the end of an open-ended validity, but still on its start", () => {
    const validity = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } as const;
    expect(issuesOf(withPromise("2025-01-01", "2035-12-31", ["2040-12-31"], { validity }), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2024-06-01", "2025-05-31", undefined, { validity }), CODE)).toEqual([issue]);
  });

  it("does not judge the start of a validity from an unknown signing date", () => {
    const validity = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } } as const;
    expect(issuesOf(withPromise("2020-01-01", "2026-12-31", undefined, { validity, signatories: [] }), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2020-01-01", "2027-01-31", undefined, { validity, signatories: [] }), CODE)).toEqual([issue]);
  });

  it("judges the start of a validity from signing against the last signature", () => {
    const validity = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } } as const;
    const signatories = [
      signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01"),
      signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-07"),
    ];
    expect(issuesOf(withPromise("2025-02-01", "2026-01-31", undefined, { validity, signatories }), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2025-02-07", "2026-01-31", undefined, { validity, signatories }), CODE)).toEqual([]);
  });

  it("reads partial periods by the days they cover: a start at the first, an end at the last", () => {
    expect(issuesOf(withPromise("2025", "2026"), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2025-01", "2026-12"), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2024-12", "2025-12"), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2026", "2027"), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2026-03", "2027-01"), CODE)).toEqual([issue]);
  });

  it("still notes a calendar-year löfte under an agreement that starts in March (info, not a fault)", () => {
    const validity = { start: { type: "date", date: "2025-03-01" }, end: { type: "date", date: "2028-02-29" } } as const;
    expect(issuesOf(withPromise("2025", "2025", undefined, { validity }), CODE)).toEqual([issue]);
    expect(issuesOf(withPromise("2025-03", "2026-02", undefined, { validity }), CODE)).toEqual([]);
  });

  it("judges only the start of a löfte whose end the text does not give", () => {
    expect(issuesOf(withPromise("2025", undefined), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2024-06", undefined), CODE)).toEqual([issue]);
  });

  it("judges an extension of a löfte without an end by the extension's end", () => {
    expect(issuesOf(withPromise("2025", undefined, ["2026-06"]), CODE)).toEqual([]);
    expect(issuesOf(withPromise("2025", undefined, ["2027"]), CODE)).toEqual([issue]);
  });
});
