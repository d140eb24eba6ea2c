import type { AgreementSet, MunicipalityParty } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter } from "./adapter.js";
import { goalsMissing, readWith, ruleFindings, sameData, shapeOf } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { policeParty, toLocalPoliceArea } from "./police.js";
import { checkSet, setOf, setParts, type SetParts } from "./sets.js";
import { cutId, finish, idFor, newAgreement, resolveKommuner, templateContents, yearsLabel } from "./start.js";

/** The parts of a large kommun's agreements: the kommun as a party, and one agreement per lokalpolisområde. */
export interface MultiLpoParts extends SetParts {
  readonly municipality: MunicipalityParty;
  readonly agreements: AgreementSet["agreements"];
}

function checkMultiLpo(set: AgreementSet): ConfigurationFinding[] {
  if (set.agreements.length === 0) return [finding("wrong_municipality_count", ["agreements"])];
  const findings: ConfigurationFinding[] = [];
  const kommun = set.agreements[0]!.parties.municipalities[0];
  const seen = new Set<string>();
  set.agreements.forEach((agreement, i) => {
    const prefix = ["agreements", i];
    findings.push(...shapeOf(agreement, prefix, "single", "one"));
    const own = agreement.parties.municipalities[0];
    if (!sameData(own, kommun)) findings.push(finding("municipality_differs", [...prefix, "parties", "municipalities", 0]));
    const key = agreement.parties.police.localPoliceArea?.key;
    if (key === undefined || seen.has(key)) findings.push(finding("local_police_area_repeated", [...prefix, "parties", "police", "localPoliceArea"]));
    if (key !== undefined) seen.add(key);
    findings.push(...goalsMissing(agreement, prefix));
  });
  return [...findings, ...ruleFindings(set)];
}

/**
 * **En stor kommun med flera lokalpolisområden** (Stockholm, Göteborg, Malmö): a set of single
 * agreements between the kommun and each of its lokalpolisområden, the same kommun party in every
 * one and no lokalpolisområde twice (an agreement without one counts as repeated).
 *
 * @example
 * const started = multiLpo.start({
 *   kommuner: ["Göteborg"],
 *   validity,
 *   localPoliceAreas: ["Lokalpolisområde Centrum", "Lokalpolisområde Hisingen", "Lokalpolisområde Syd"],
 * });
 */
export const multiLpo: ConfigurationAdapter<MultiLpoParts> = {
  kind: "multi_lpo",
  title: { sv: "En kommun med flera lokalpolisområden", en: "One kommun spanning several lokalpolisområden" },
  document: "agreement_set",
  start(input) {
    const resolved = resolveKommuner(input.kommuner);
    if (!resolved.ok) return resolved;
    if (resolved.kommuner.length !== 1) return { ok: false, issues: [{ code: "wrong_municipality_count", path: ["kommuner"], expected: "one" }] };
    const areas = input.localPoliceAreas ?? [];
    if (areas.length < 2) return { ok: false, issues: [{ code: "wrong_local_police_area_count", path: ["localPoliceAreas"], expected: "several" }] };
    const keys = areas.map((area) => toLocalPoliceArea(area).key);
    const repeated = keys.findIndex((key, i) => keys.indexOf(key) !== i);
    if (repeated >= 0) return { ok: false, issues: [{ code: "local_police_area_repeated", path: ["localPoliceAreas", repeated] }] };
    const kommun = resolved.kommuner[0]!;
    const years = yearsLabel(input.validity);
    const agreements = areas.map((area) => {
      const police = policeParty(kommun, input, area);
      return newAgreement(
        {
          id: cutId(`${kommun.id}-${police.localPoliceArea!.key}-${years}`),
          title: `Samverkansöverenskommelse mellan ${police.localPoliceArea!.displayName} och ${kommun.name} ${years}`,
          structure: { type: "single" },
          parties: { police, municipalities: [toMunicipalityParty(kommun)] },
          validity: input.validity,
        },
        templateContents(input.profile),
      );
    });
    return finish(setOf({ id: idFor(input, kommun.id), title: input.title ?? `Samverkansöverenskommelser i ${kommun.name} ${years}` }, agreements));
  },
  check: (document) => checkSet(document, checkMultiLpo),
  read: (document) =>
    readWith(checkSet(document, checkMultiLpo), () => {
      const set = document as AgreementSet;
      return { ...setParts(set), municipality: set.agreements[0]!.parties.municipalities[0]!, agreements: set.agreements };
    }),
  build: (parts) =>
    setOf(parts, parts.agreements.map((a) => ({ ...a, structure: { type: "single" }, parties: { ...a.parties, municipalities: [parts.municipality] } }))),
};
