import { describe, expect, it } from "vitest";
import { rules, validateAgreement, type Agreement, type IssueCode, type MunicipalityParty } from "@samverkan/core";
import { agreement, agreementSet, signed } from "@samverkan/test-utils";

const ruleCodes = new Set<IssueCode>(rules.map((r) => r.code));

/** The issues of one code; fails when the document did not get past the shape check. */
function issuesOf(input: unknown, code: IssueCode) {
  const result = validateAgreement(input);
  const all = result.ok ? result.warnings : result.issues;
  expect(all.filter((i) => !ruleCodes.has(i.code))).toEqual([]);
  return all.filter((i) => i.code === code);
}

const police = agreement().parties.police;
const arvidsjaur: MunicipalityParty = { id: "arvidsjaur", code: "2505", name: "Arvidsjaurs kommun" };
const arjeplog: MunicipalityParty = { id: "arjeplog", code: "2506", name: "Arjeplogs kommun" };
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2022-12-15");
const kso = (kommun: MunicipalityParty) => signed(`kso-${kommun.id}`, kommun.id, "municipal_board_chair", "2022-12-15");
const years = (from: number, to: number): Agreement["validity"] => ({ start: { type: "year", year: from }, end: { type: "year", year: to } });

/** A strategic del 1 for the given kommuner, 2023–2026. */
const del1 = (kommuner: MunicipalityParty[] = [arvidsjaur, arjeplog], overrides: Partial<Agreement> = {}) =>
  agreement({
    id: "del-1",
    structure: { type: "strategic" },
    parties: { police, municipalities: kommuner },
    validity: years(2023, 2026),
    signatories: [lpo, ...kommuner.map(kso)],
    ...overrides,
  });

/** The local del 2 of one kommun under `strategicId`, 2023–2026. */
const del2 = (kommun: MunicipalityParty, overrides: Partial<Agreement> = {}, strategicId = "del-1") =>
  agreement({
    id: `del-2-${kommun.id}`,
    structure: { type: "local", strategicId, municipality: kommun.code },
    parties: { police, municipalities: [kommun] },
    validity: years(2023, 2026),
    signatories: [lpo, kso(kommun)],
    ...overrides,
  });

const CODE = "local_period_outside_strategic";
const issue = { code: CODE, severity: "error", path: ["agreements", 1, "validity"], params: {} };
const days = (start: string, end: string): Agreement["validity"] => ({ start: { type: "date", date: start }, end: { type: "date", date: end } });
const withLocal = (validity: Agreement["validity"], strategic = del1([arjeplog])) =>
  agreementSet([strategic, del2(arjeplog, { validity })]);

describe("local_period_outside_strategic", () => {
  it("fires on a del 2 that starts before its del 1", () => {
    expect(issuesOf(withLocal(days("2022-12-31", "2026-12-31")), CODE)).toEqual([issue]);
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
    const openDel1 = del1([arjeplog], { validity: { start: { type: "year", year: 2023 }, end: { type: "open_ended", revisionEveryYears: 3 } } });
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
