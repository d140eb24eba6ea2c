import { describe, expect, it } from "vitest";
import { type Agreement, type Cadence, type CitizenPromise, type CitizenPromisePeriod } from "@samverkan/core";
import { agreement, agreementSet, arjeplog, arvidsjaur, contactsFor, del1, del2, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "citizen_promise_year_missing";
const yearly: Cadence = { type: "yearly" };
// Reported at the kommun: its party (the first unless said).
const missing = (year: number, asOf: string, prefix: (string | number)[] = [], party = 0) => ({
  code: CODE,
  severity: "warning",
  path: [...prefix, "parties", "municipalities", party],
  params: { year, asOf },
});
const lofte = (period: CitizenPromisePeriod, municipality = "1261", id = `ml-${period.start}`): CitizenPromise => ({ id, municipality, period });
const year = (y: number, municipality?: string) => lofte({ start: `${y}`, end: `${y}` }, municipality, `ml-${y}-${municipality ?? "1261"}`);

/** The default agreement (2025-01-01 – 2026-12-31, Kävlinge) with a medborgarlöfte cycle of `cadence` and the given löften. */
const withCycle = (promises: CitizenPromise[], cadence: Cadence = yearly, overrides: Partial<Agreement> = {}) =>
  agreement({ citizenPromiseCycle: { cadence }, citizenPromises: promises, ...overrides });

describe("citizen_promise_year_missing", () => {
  it("fires on a year of a yearly cycle with no medborgarlöfte, once its löfte was due", () => {
    expect(issuesOf(withCycle([year(2025)]), CODE, { asOf: "2026-06-01" })).toEqual([missing(2026, "2026-06-01")]);
  });

  it("does not fire when every year due has its löfte", () => {
    expect(issuesOf(withCycle([year(2025), year(2026)]), CODE, { asOf: "2026-06-01" })).toEqual([]);
  });

  it("never runs without asOf", () => {
    expect(issuesOf(withCycle([]), CODE)).toEqual([]);
  });

  describe("which cycles it judges", () => {
    it.each<Cadence>([yearly, { type: "every_n_years", years: 2 }, { type: "half_yearly" }, { type: "per_mandate_period" }])(
      "judges a dated cycle ($type)",
      (cadence) => {
        expect(issuesOf(withCycle([year(2025)], cadence), CODE, { asOf: "2026-06-01" })).toEqual([missing(2026, "2026-06-01")]);
      },
    );

    it.each<Cadence>([{ type: "when_needed" }, { type: "continuous" }, { type: "before_end" }])("does not judge a cycle without dates ($type)", (cadence) => {
      expect(issuesOf(withCycle([], cadence), CODE, { asOf: "2026-06-01" })).toEqual([]);
    });

    it("does not judge a cycle that gives no cadence, or an agreement without a cycle", () => {
      expect(issuesOf(withCycle([], yearly, { citizenPromiseCycle: { lead: "police" } }), CODE, { asOf: "2026-06-01" })).toEqual([]);
      expect(issuesOf(agreement(), CODE, { asOf: "2026-06-01" })).toEqual([]);
    });
  });

  describe("which years are due", () => {
    it("counts a year once its 31 March has passed", () => {
      expect(issuesOf(withCycle([year(2025)]), CODE, { asOf: "2026-03-31" })).toEqual([]);
      expect(issuesOf(withCycle([year(2025)]), CODE, { asOf: "2026-04-01" })).toEqual([missing(2026, "2026-04-01")]);
      expect(issuesOf(withCycle([]), CODE, { asOf: "2025-03-31" })).toEqual([]);
      expect(issuesOf(withCycle([]), CODE, { asOf: "2025-04-01" })).toEqual([missing(2025, "2025-04-01")]);
    });

    it("reports every year missing, in order", () => {
      expect(issuesOf(withCycle([]), CODE, { asOf: "2026-06-01" })).toEqual([missing(2025, "2026-06-01"), missing(2026, "2026-06-01")]);
    });

    it("stops at the end of the validity", () => {
      expect(issuesOf(withCycle([year(2025), year(2026)]), CODE, { asOf: "2030-06-01" })).toEqual([]);
      expect(issuesOf(withCycle([year(2025)]), CODE, { asOf: "2030-06-01" })).toEqual([missing(2026, "2030-06-01")]);
    });

    it("runs to asOf on an open-ended validity", () => {
      const validity: Agreement["validity"] = { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } };
      expect(issuesOf(withCycle([year(2025), year(2026)], yearly, { validity }), CODE, { asOf: "2027-06-01" })).toEqual([missing(2027, "2027-06-01")]);
    });

    it("does not judge a validity from signing that is not yet signed", () => {
      const validity: Agreement["validity"] = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } };
      expect(issuesOf(withCycle([], yearly, { validity, signatories: [] }), CODE, { asOf: "2026-06-01" })).toEqual([]);
    });

    it("counts only the years whose löfte was due within the validity, and nothing before it starts", () => {
      const validity: Agreement["validity"] = { start: { type: "date", date: "2025-06-01" }, end: { type: "date", date: "2026-12-31" } };
      expect(issuesOf(withCycle([], yearly, { validity }), CODE, { asOf: "2025-05-01" })).toEqual([]);
      // 31 March 2025 came before the agreement: its first löfte is 2026's.
      expect(issuesOf(withCycle([], yearly, { validity }), CODE, { asOf: "2025-11-01" })).toEqual([]);
      expect(issuesOf(withCycle([], yearly, { validity }), CODE, { asOf: "2026-04-01" })).toEqual([missing(2026, "2026-04-01")]);
    });

    it("takes a validity from signing from its last signature", () => {
      const validity: Agreement["validity"] = { start: { type: "from_signing" }, end: { type: "date", date: "2027-12-31" } };
      const signatories = [signed("kso", "kavlinge", "municipal_board_chair", "2026-01-20"), signed("lpo-chef", "polisen", "local_police_area_chief", "2026-02-03")];
      expect(issuesOf(withCycle([], yearly, { validity, signatories }), CODE, { asOf: "2026-06-01" })).toEqual([missing(2026, "2026-06-01")]);
    });
  });

  describe("which löften cover a year", () => {
    const asOf = { asOf: "2026-06-01" } as const;

    it("lets a two-year löfte cover both its years", () => {
      expect(issuesOf(withCycle([lofte({ start: "2025", end: "2026" })], { type: "every_n_years", years: 2 }), CODE, asOf)).toEqual([]);
    });

    it("lets a löfte that overlaps a year in part cover it (April to March)", () => {
      expect(issuesOf(withCycle([lofte({ start: "2025-04", end: "2026-03" })]), CODE, asOf)).toEqual([]);
    });

    it("lets an extension carry a löfte into the next year", () => {
      expect(issuesOf(withCycle([{ ...year(2025), extensions: [{ end: "2026-06-30" }] }]), CODE, asOf)).toEqual([]);
    });

    it("lets a löfte that runs until the next is presented cover the years after it (untilReplaced)", () => {
      expect(issuesOf(withCycle([lofte({ start: "2025", end: "2025", untilReplaced: true })]), CODE, asOf)).toEqual([]);
      expect(issuesOf(withCycle([lofte({ start: "2025", end: "2025" })]), CODE, asOf)).toEqual([missing(2026, "2026-06-01")]);
    });

    it("lets a löfte whose end the text does not give cover the years after it, not before", () => {
      expect(issuesOf(withCycle([lofte({ start: "2025" })]), CODE, asOf)).toEqual([]);
      expect(issuesOf(withCycle([lofte({ start: "2026" })]), CODE, asOf)).toEqual([missing(2025, "2026-06-01")]);
    });

    it("does not count another kommun's löfte", () => {
      expect(issuesOf(withCycle([year(2025), year(2026, "1290")]), CODE, asOf)).toEqual([missing(2026, "2026-06-01")]);
    });
  });

  describe("whose löften", () => {
    const asOf = { asOf: "2024-06-01" } as const;
    const both = [arvidsjaur, arjeplog];

    it("judges each kommun of a joint agreement separately", () => {
      const joint = (promises: CitizenPromise[]) =>
        agreement({
          parties: { police: agreement().parties.police, municipalities: both },
          validity: { start: { type: "year", year: 2023 }, end: { type: "year", year: 2026 } },
          contacts: contactsFor(both),
          signatories: [],
          citizenPromiseCycle: { cadence: yearly },
          citizenPromises: promises,
        });
      expect(issuesOf(joint([year(2023, "2505"), year(2024, "2505"), year(2023, "2506"), year(2024, "2506")]), CODE, asOf)).toEqual([]);
      expect(issuesOf(joint([year(2023, "2505"), year(2024, "2505"), year(2023, "2506")]), CODE, asOf)).toEqual([missing(2024, "2024-06-01", [], 1)]);
      expect(issuesOf(joint([year(2023, "2505"), year(2024, "2505")]), CODE, asOf)).toEqual([missing(2023, "2024-06-01", [], 1), missing(2024, "2024-06-01", [], 1)]);
    });

    it("lets a del 1 in a set leave a kommun with its own del 2 to that del 2", () => {
      const strategic = del1(both, { citizenPromiseCycle: { cadence: yearly }, citizenPromises: [year(2023, "2505"), year(2024, "2505")] });
      // Arjeplog is then its del 2's to answer for, by the del 1's cycle.
      expect(issuesOf(agreementSet([strategic, del2(arjeplog, { citizenPromises: [year(2023, "2506"), year(2024, "2506")] })]), CODE, asOf)).toEqual([]);
      expect(issuesOf(agreementSet([strategic, del2(arjeplog)]), CODE, asOf)).toEqual([
        missing(2023, "2024-06-01", ["agreements", 1]),
        missing(2024, "2024-06-01", ["agreements", 1]),
      ]);
      // Alone, or in a set where Arjeplog has no del 2, the del 1 answers for Arjeplog too.
      expect(issuesOf(strategic, CODE, asOf)).toEqual([missing(2023, "2024-06-01", [], 1), missing(2024, "2024-06-01", [], 1)]);
      // Arvidsjaur's del 2, judged by the del 1's cycle, has no löfte either.
      expect(issuesOf(agreementSet([strategic, del2(arvidsjaur)]), CODE, asOf)).toEqual([
        missing(2023, "2024-06-01", ["agreements", 0], 1),
        missing(2024, "2024-06-01", ["agreements", 0], 1),
        missing(2023, "2024-06-01", ["agreements", 1]),
        missing(2024, "2024-06-01", ["agreements", 1]),
      ]);
    });

    it("judges a del 2 without a cycle of its own by its del 1's cycle", () => {
      const strategic = del1(both, { citizenPromiseCycle: { cadence: yearly } });
      const local = del2(arjeplog, { citizenPromises: [year(2023, "2506")] });
      expect(issuesOf(agreementSet([strategic, local, del2(arvidsjaur, { citizenPromises: [year(2023, "2505"), year(2024, "2505")] })]), CODE, asOf)).toEqual([
        missing(2024, "2024-06-01", ["agreements", 1]),
      ]);
    });

    it("does not let a del 2 of another del 1 take a kommun from this del 1", () => {
      const strategic = del1(both, { citizenPromiseCycle: { cadence: yearly }, citizenPromises: [year(2023, "2505"), year(2024, "2505")] });
      const other = del2(arjeplog, {}, "annan-del-1");
      expect(issuesOf(agreementSet([strategic, other]), CODE, asOf)).toEqual([
        missing(2023, "2024-06-01", ["agreements", 0], 1),
        missing(2024, "2024-06-01", ["agreements", 0], 1),
      ]);
    });

    it("judges a del 2 with a cycle of its own for its kommun", () => {
      const local = del2(arjeplog, { citizenPromiseCycle: { cadence: yearly }, citizenPromises: [year(2023, "2506")] });
      expect(issuesOf(agreementSet([del1(both), local, del2(arvidsjaur)]), CODE, asOf)).toEqual([missing(2024, "2024-06-01", ["agreements", 1])]);
    });
  });
});
