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

const CODE = "local_strategic_missing";

describe("local_strategic_missing", () => {
  it("fires on a del 2 whose del 1 is not in the set", () => {
    const doc = agreementSet([del2(arjeplog, {}, "norrbotten-del-1")]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 0, "structure", "strategicId"], params: {} },
    ]);
  });

  it("does not fire when the set holds the del 1", () => {
    expect(issuesOf(agreementSet([del2(arjeplog), del1([arjeplog])]), CODE)).toEqual([]);
  });

  it("fires when strategicId names an agreement of the set that is not a del 1", () => {
    const doc = agreementSet([del1([arjeplog], { structure: { type: "single" } }), del2(arjeplog)]);
    expect(issuesOf(doc, CODE)).toEqual([
      { code: CODE, severity: "warning", path: ["agreements", 1, "structure", "strategicId"], params: {} },
    ]);
  });

  it("does not fire on a del 2 validated alone", () => {
    expect(issuesOf(del2(arjeplog), CODE)).toEqual([]);
  });
});
