import { describe, expect, it } from "vitest";
import { type Agreement, validateAgreement } from "@samverkan/core";
import { agreementSet, arjeplog, del1, del2, issuesOf, signed, years } from "@samverkan/test-utils";

const CODE = "local_period_outside_strategic";
const issue = { code: CODE, severity: "warning", path: ["agreements", 1, "validity"], params: {} };
const days = (start: string, end: string): Agreement["validity"] => ({ start: { type: "date", date: start }, end: { type: "date", date: end } });
const withLocal = (validity: Agreement["validity"], strategic = del1([arjeplog])) =>
  agreementSet([strategic, del2(arjeplog, { validity })]);

describe("local_period_outside_strategic", () => {
  it("fires on a del 2 that starts before its del 1, as a warning since the domain review (a del 2 is often adopted before its del 1)", () => {
    const doc = withLocal(days("2022-12-31", "2026-12-31"));
    expect(issuesOf(doc, CODE)).toEqual([issue]);
    expect(validateAgreement(doc)).toMatchObject({ ok: true });
  });

  it("does not fire on a del 2 that covers exactly the del 1, or lies inside it", () => {
    expect(issuesOf(withLocal(days("2023-01-01", "2026-12-31")), CODE)).toEqual([]);
    expect(issuesOf(withLocal(years(2024, 2024)), CODE)).toEqual([]);
  });

  it("fires on a del 2 that ends after its del 1", () => {
    expect(issuesOf(withLocal(days("2023-01-01", "2027-01-01")), CODE)).toEqual([issue]);
    expect(issuesOf(withLocal(years(2023, 2027)), CODE)).toEqual([issue]);
  });

  it("fires on an open-ended del 2 under a bounded del 1", () => {
    expect(issuesOf(withLocal({ start: { type: "year", year: 2023 }, end: { type: "open_ended" } }), CODE)).toEqual([issue]);
  });

  it("does not fire on a bounded or open-ended del 2 under an open-ended del 1", () => {
    const openDel1 = del1([arjeplog], { validity: { start: { type: "year", year: 2023 }, end: { type: "open_ended" }, terms: { revision: { everyYears: 3 } } } });
    expect(issuesOf(withLocal(years(2023, 2040), openDel1), CODE)).toEqual([]);
    expect(issuesOf(withLocal({ start: { type: "year", year: 2023 }, end: { type: "open_ended" } }, openDel1), CODE)).toEqual([]);
    expect(issuesOf(withLocal(years(2022, 2040), openDel1), CODE)).toEqual([issue]);
  });

  it("does not judge the start of a del 1 that runs from an unknown signing date, but still its end", () => {
    const fromSigning = del1([arjeplog], {
      validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } },
      signatories: [],
    });
    expect(issuesOf(withLocal(years(2020, 2026), fromSigning), CODE)).toEqual([]);
    expect(issuesOf(withLocal(years(2020, 2027), fromSigning), CODE)).toEqual([issue]);
  });

  it("judges a del 1 from signing from its last signature (Arjeplog–Arvidsjaur)", () => {
    const fromSigning = del1([arjeplog], {
      validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } },
      signatories: [signed("lpo-chef", "polisen", "local_police_area_chief", "2023-03-01"), signed("kso", "arjeplog", "municipal_board_chair", "2023-03-14")],
    });
    expect(issuesOf(withLocal(days("2023-03-01", "2026-12-31"), fromSigning), CODE)).toEqual([issue]);
    expect(issuesOf(withLocal(days("2023-03-14", "2026-12-31"), fromSigning), CODE)).toEqual([]);
  });

  it("does not judge a del 2 from signing when its last signature has no whole date", () => {
    const local = del2(arjeplog, {
      validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } },
      signatories: [
        signed("lpo-chef", "polisen", "local_police_area_chief", "2022-12-20"),
        { id: "kso", partyId: "arjeplog", role: "municipal_board_chair", signature: { partialDate: { day: 14 }, asWritten: "Arjeplog den 14" } },
      ],
    });
    expect(issuesOf(agreementSet([del1([arjeplog]), local]), CODE)).toEqual([]);
  });

  it("does not judge a del 2 whose del 1 is not in the set", () => {
    expect(issuesOf(agreementSet([del2(arjeplog, { validity: years(2000, 2100) })]), CODE)).toEqual([]);
  });
});
