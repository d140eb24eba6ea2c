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

const CODE = "strategic_missing_local";

describe("strategic_missing_local", () => {
  it("fires on a kommun of the del 1 without a del 2 in the set", () => {
    const doc = agreementSet([del1(), del2(arjeplog)]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 0, "parties", "municipalities", 0], params: { municipalityIndex: 0 } },
    ]);
  });

  it("does not fire when every kommun has its del 2", () => {
    expect(issuesOf(agreementSet([del1(), del2(arjeplog), del2(arvidsjaur)]), CODE)).toEqual([]);
  });

  it("fires on every kommun of a del 1 alone in a set, but not on a del 1 validated alone", () => {
    expect(issuesOf(agreementSet([del1()]), CODE).map((i) => i.params)).toEqual([{ municipalityIndex: 0 }, { municipalityIndex: 1 }]);
    expect(issuesOf(del1(), CODE)).toEqual([]);
  });

  it("does not count a del 2 that completes another del 1", () => {
    const doc = agreementSet([del1([arjeplog]), del2(arjeplog, {}, "annan-del-1")]);
    expect(issuesOf(doc, CODE).map((i) => i.path)).toEqual([["agreements", 0, "parties", "municipalities", 0]]);
  });

  it("does not ask single agreements for a del 2", () => {
    expect(issuesOf(agreementSet([agreement()]), CODE)).toEqual([]);
  });
});
