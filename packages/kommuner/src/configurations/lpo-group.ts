import { guarded } from "./guard.js";
import type { AgreementSet, PoliceParty } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter } from "./adapter.js";
import { goalsMissing, readWith, ruleFindings, sameData, shapeOf } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { policeParty } from "./police.js";
import { checkSet, setOf, setParts, type SetParts } from "./sets.js";
import { finish, idFor, newAgreement, resolveKommuner, templateContents, withYears, yearsLabel } from "./start.js";

/** The parts of an LPO's agreements: the police party they share, and one agreement per kommun. */
export interface LpoGroupParts extends SetParts {
  readonly police: PoliceParty;
  readonly agreements: AgreementSet["agreements"];
}

function checkLpoGroup(set: AgreementSet): ConfigurationFinding[] {
  // An LPO with one kommun's agreement is the `single` configuration.
  if (set.agreements.length < 2) return [finding("wrong_municipality_count", ["agreements"])];
  const findings: ConfigurationFinding[] = [];
  const police = set.agreements[0]?.parties.police;
  const seen = new Set<string>();
  set.agreements.forEach((agreement, i) => {
    const prefix = ["agreements", i];
    findings.push(...shapeOf(agreement, prefix, "single", "one"));
    const { police: own, municipalities } = agreement.parties;
    if (own.localPoliceArea?.key !== police?.localPoliceArea?.key) findings.push(finding("local_police_area_differs", [...prefix, "parties", "police", "localPoliceArea"]));
    else if (!sameData(own, police)) findings.push(finding("police_party_differs", [...prefix, "parties", "police"]));
    const code = municipalities[0]?.code;
    if (code !== undefined && seen.has(code)) findings.push(finding("municipality_repeated", [...prefix, "parties", "municipalities", 0], { municipality: code }));
    if (code !== undefined) seen.add(code);
    findings.push(...goalsMissing(agreement, prefix));
  });
  return [...findings, ...ruleFindings(set)];
}

/**
 * **Flera kommuner i ett lokalpolisområde, var och en med egen överenskommelse** (Östra Göinge,
 * Osby and Hässleholm in LPO Hässleholm): a set of single agreements, one per kommun, all with the
 * same police party and lokalpolisområde.
 *
 * @example
 * const started = lpoGroup.start({ kommuner: ["Östra Göinge", "Osby", "Hässleholm"], validity, localPoliceAreas: ["Lokalpolisområde Hässleholm"] });
 */
export const lpoGroup: ConfigurationAdapter<LpoGroupParts> = guarded({
  kind: "lpo_group",
  title: { sv: "Flera kommuner i ett lokalpolisområde, var och en med egen överenskommelse", en: "Several kommuner in one lokalpolisområde, each with its own agreement" },
  document: "agreement_set",
  start(input) {
    const resolved = resolveKommuner(input.kommuner);
    if (!resolved.ok) return resolved;
    const lpo = input.localPoliceAreas;
    if (lpo?.length !== 1) return { ok: false, issues: [{ code: "wrong_local_police_area_count", path: ["localPoliceAreas"], expected: "one" }] };
    const kommuner = resolved.kommuner;
    if (kommuner.length < 2) return { ok: false, issues: [{ code: "wrong_municipality_count", path: ["kommuner"], expected: "several" }] };
    const police = policeParty(kommuner[0]!, input, lpo[0]!);
    const years = yearsLabel(input.validity);
    const agreements = kommuner.map((kommun) =>
      newAgreement(
        {
          id: `${kommun.id}-${years}`,
          title: withYears(`Samverkansöverenskommelse mellan ${police.localPoliceArea!.displayName} och ${kommun.name}`, input.validity),
          structure: { type: "single" },
          parties: { police, municipalities: [toMunicipalityParty(kommun)] },
          validity: input.validity,
        },
        templateContents(input),
      ),
    );
    const title = input.title ?? withYears(`Samverkansöverenskommelser i ${police.localPoliceArea!.displayName}`, input.validity);
    return finish(setOf({ id: idFor(input, `lpo-${police.localPoliceArea!.key}`), title }, agreements));
  },
  check: (document) => checkSet(document, checkLpoGroup),
  read: (document) =>
    readWith(checkSet(document, checkLpoGroup), () => {
      const set = document as AgreementSet;
      return { ...setParts(set), police: set.agreements[0]!.parties.police, agreements: set.agreements };
    }),
  build: (parts) => setOf(parts, parts.agreements.map((a) => ({ ...a, structure: { type: "single" }, parties: { ...a.parties, police: parts.police } }))),
});
