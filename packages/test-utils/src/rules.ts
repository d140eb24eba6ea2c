import { expect } from "vitest";
import { rules, validateAgreement, type Agreement, type IssueCode, type MunicipalityParty, type ValidateOptions } from "@samverkan/core";
import { agreement, signed } from "./build.js";

const ruleCodes = new Set<IssueCode>(rules.map((r) => r.code));

/**
 * The issues of one code for a document; fails the test when the document did not get past the
 * shape check, so a near-miss cannot pass just because its fixture is malformed. `options` are
 * passed to `validateAgreement` (an `asOf` date turns on the rules about Lag (2023:196)).
 */
export function issuesOf(input: unknown, code: IssueCode, options?: ValidateOptions) {
  const result = validateAgreement(input, options);
  const all = result.ok ? result.warnings : result.issues;
  expect(all.filter((i) => !ruleCodes.has(i.code))).toEqual([]);
  return all.filter((i) => i.code === code);
}

/** Arvidsjaur (2505) as a party. */
export const arvidsjaur: MunicipalityParty = { id: "arvidsjaur", code: "2505", name: "Arvidsjaurs kommun" };
/** Arjeplog (2506) as a party. */
export const arjeplog: MunicipalityParty = { id: "arjeplog", code: "2506", name: "Arjeplogs kommun" };

const police = agreement().parties.police;
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2022-12-15");
const kso = (kommun: MunicipalityParty) => signed(`kso-${kommun.id}`, kommun.id, "municipal_board_chair", "2022-12-15");

/** A validity in whole calendar years. */
export const years = (from: number, to: number): Agreement["validity"] => ({
  start: { type: "year", year: from },
  end: { type: "year", year: to },
});

/** A contact for Polisen and one for each kommun. */
export const contactsFor = (kommuner: readonly MunicipalityParty[]): Agreement["contacts"] => [
  { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" },
  ...kommuner.map((k) => ({ id: `samordnare-${k.id}`, role: "coordinator" as const, partyId: k.id })),
];

/** A strategic del 1 (id `del-1`) for the given kommuner, 2023–2026, signed by every party, a contact for each. */
export const del1 = (kommuner: MunicipalityParty[] = [arvidsjaur, arjeplog], overrides: Partial<Agreement> = {}) =>
  agreement({
    id: "del-1",
    structure: { type: "strategic" },
    parties: { police, municipalities: kommuner },
    validity: years(2023, 2026),
    contacts: contactsFor(kommuner),
    signatories: [lpo, ...kommuner.map(kso)],
    ...overrides,
  });

/** The local del 2 of one kommun under `strategicId`, 2023–2026, with goals, a plan and a follow-up, signed by both parties. */
export const del2 = (kommun: MunicipalityParty, overrides: Partial<Agreement> = {}, strategicId = "del-1") =>
  agreement({
    id: `del-2-${kommun.id}`,
    structure: { type: "local", strategicId, municipality: kommun.code },
    parties: { police, municipalities: [kommun] },
    validity: years(2023, 2026),
    goals: [{ id: `mal-${kommun.id}`, text: "Ökad trygghet i centrum." }],
    plans: [{ id: `handlingsplan-${kommun.id}`, kind: "operational_plan", owner: "joint" }],
    contacts: contactsFor([kommun]),
    signatories: [lpo, kso(kommun)],
    ...overrides,
  });
