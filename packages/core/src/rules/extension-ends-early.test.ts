import { describe, expect, it } from "vitest";
import { type Agreement, type Change, type CitizenPromisePeriod } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf } from "@samverkan/test-utils";

const CODE = "extension_ends_early";
const at = (...path: (string | number)[]) => ({ code: CODE, severity: "warning", path, params: {} });

/** The default agreement with one medborgarlöfte of `period`, extended to each of `ends` in order. */
const promise = (period: CitizenPromisePeriod, ends: string[]) =>
  agreement({ citizenPromises: [{ id: "ml", municipality: "1261", period, extensions: ends.map((end) => ({ end })) }] });
const year2025 = { start: "2025", end: "2025" };

/** The default agreement (to 2026-12-31 unless `validity` says otherwise) with an extension change to `end`. */
const extended = (end: Extract<Change, { type: "extension" }>["end"], validity?: Agreement["validity"]) =>
  agreement({ ...(validity && { validity }), changes: [{ type: "extension", id: "forlangning", date: "2026-11-02", end }] });

describe("extension_ends_early", () => {
  describe("a medborgarlöfte's förlängning", () => {
    it("fires on an extension that ends within the period it extends", () => {
      expect(issuesOf(promise(year2025, ["2025-06-30"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 0, "end")]);
    });

    it("does not fire on an extension that ends after the period", () => {
      expect(issuesOf(promise(year2025, ["2026-06-30"]), CODE)).toEqual([]);
      expect(issuesOf(promise(year2025, ["2026-01"]), CODE)).toEqual([]);
    });

    it("compares partial dates by the last day they cover: 2025 ends 31 December, 2025-06-30 does not", () => {
      // An extension to "2025" of a period to "2025" ends on the same day: it extends nothing.
      expect(issuesOf(promise(year2025, ["2025"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 0, "end")]);
      expect(issuesOf(promise(year2025, ["2025-12"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 0, "end")]);
      expect(issuesOf(promise(year2025, ["2025-12-31"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 0, "end")]);
      // A period to 30 June 2025 extended to "2025" runs to 31 December.
      expect(issuesOf(promise({ start: "2025-01", end: "2025-06-30" }, ["2025"]), CODE)).toEqual([]);
      expect(issuesOf(promise({ start: "2025-01", end: "2025-06" }, ["2025-07-01"]), CODE)).toEqual([]);
    });

    it("judges each extension against the one before it, in order", () => {
      expect(issuesOf(promise(year2025, ["2026", "2027"]), CODE)).toEqual([]);
      expect(issuesOf(promise(year2025, ["2027", "2026"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 1, "end")]);
      expect(issuesOf(promise(year2025, ["2026", "2026-06"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 1, "end")]);
    });

    it("judges an extension after an early one against the latest end that moved", () => {
      // The first ends early and moves nothing; the second is still judged against the period's end.
      expect(issuesOf(promise(year2025, ["2025-06", "2026"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 0, "end")]);
      expect(issuesOf(promise(year2025, ["2025-06", "2025-09"]), CODE)).toEqual([
        at("citizenPromises", 0, "extensions", 0, "end"),
        at("citizenPromises", 0, "extensions", 1, "end"),
      ]);
    });

    it("does not judge the first extension of a period whose end the text does not give, but the next against it", () => {
      expect(issuesOf(promise({ start: "2025" }, ["2025-03"]), CODE)).toEqual([]);
      expect(issuesOf(promise({ start: "2025" }, ["2026", "2025"]), CODE)).toEqual([at("citizenPromises", 0, "extensions", 1, "end")]);
    });

    it("judges each medborgarlöfte on its own", () => {
      const doc = agreement({
        citizenPromises: [
          { id: "ml-2025", municipality: "1261", period: year2025, extensions: [{ end: "2026" }] },
          { id: "ml-2026", municipality: "1261", period: { start: "2026", end: "2026" }, extensions: [{ end: "2026" }] },
        ],
      });
      expect(issuesOf(doc, CODE)).toEqual([at("citizenPromises", 1, "extensions", 0, "end")]);
    });
  });

  describe("an agreement's change of type extension", () => {
    it("fires on a new end that is not after the validity's end", () => {
      expect(issuesOf(extended({ type: "date", date: "2026-12-31" }), CODE)).toEqual([at("changes", 0, "end")]);
      expect(issuesOf(extended({ type: "date", date: "2026-06-30" }), CODE)).toEqual([at("changes", 0, "end")]);
      expect(issuesOf(extended({ type: "year", year: 2026 }), CODE)).toEqual([at("changes", 0, "end")]);
    });

    it("does not fire on a new end after the validity's end", () => {
      expect(issuesOf(extended({ type: "date", date: "2027-01-01" }), CODE)).toEqual([]);
      expect(issuesOf(extended({ type: "year", year: 2027 }), CODE)).toEqual([]);
    });

    it("reads a year-precision validity end as 31 December", () => {
      const validity: Agreement["validity"] = { start: { type: "year", year: 2025 }, end: { type: "year", year: 2026 } };
      expect(issuesOf(extended({ type: "date", date: "2026-12-31" }, validity), CODE)).toEqual([at("changes", 0, "end")]);
      expect(issuesOf(extended({ type: "date", date: "2027-01-01" }, validity), CODE)).toEqual([]);
    });

    it("reads a validity of a length from its start (fyra år from 2025-01-01 ends 2028-12-31)", () => {
      const validity: Agreement["validity"] = { start: { type: "date", date: "2025-01-01" }, end: { type: "duration", years: 4 } };
      expect(issuesOf(extended({ type: "year", year: 2028 }, validity), CODE)).toEqual([at("changes", 0, "end")]);
      expect(issuesOf(extended({ type: "date", date: "2029-01-01" }, validity), CODE)).toEqual([]);
    });

    it("does not judge an open-ended validity, or one whose end is not known", () => {
      const open: Agreement["validity"] = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } };
      expect(issuesOf(extended({ type: "year", year: 2020 }, open), CODE)).toEqual([]);
      const unknown: Agreement["validity"] = { start: { type: "date", date: "2025-01-01" }, end: { type: "unknown" } };
      expect(issuesOf(extended({ type: "year", year: 2020 }, unknown), CODE)).toEqual([]);
    });

    it("does not judge a termination or an amendment", () => {
      const doc = agreement({
        changes: [
          { type: "termination", id: "uppsagning", date: "2025-06-01", effective: "2025-12-31" },
          { type: "amendment", id: "andring", date: "2025-06-01", summary: "Nytt fokusområde." },
        ],
      });
      expect(issuesOf(doc, CODE)).toEqual([]);
    });
  });

  describe("in a medborgarlöfte document", () => {
    it("fires on an extension that ends with the period (2025 extended to 2025)", () => {
      expect(issuesOf(citizenPromiseDocument({ extensions: [{ end: "2025" }] }), CODE)).toEqual([at("extensions", 0, "end")]);
    });

    it("does not fire on an extension into the next year, and judges the next against it", () => {
      expect(issuesOf(citizenPromiseDocument({ extensions: [{ end: "2026-06", decidedOn: "2025-11-20" }] }), CODE)).toEqual([]);
      expect(issuesOf(citizenPromiseDocument({ extensions: [{ end: "2026-06" }, { end: "2026-03" }] }), CODE)).toEqual([at("extensions", 1, "end")]);
    });
  });
});
