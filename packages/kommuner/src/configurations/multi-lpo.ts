import { guarded } from "./guard.js";
import type { Agreement, AgreementSet, MunicipalityCode } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter } from "./adapter.js";
import { goalsMissing, readWith, ruleFindings } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { policeParty, toLocalPoliceArea } from "./police.js";
import { checkSet, setOf, setParts, type SetParts } from "./sets.js";
import { cutId, finish, idFor, newAgreement, resolveKommuner, strategicStructure, templateContents, withYears } from "./start.js";

/**
 * The parts of a large kommun's agreements: its kommunkod, the city-wide framework agreement where
 * there is one (**stadsövergripande samverkansöverenskommelse**, a `strategic` del 1), and one local
 * agreement per lokalpolisområde, whose kommun side may be the kommun or its stadsdelsnämnder and
 * -förvaltningar.
 */
export interface MultiLpoParts extends SetParts {
  readonly municipality: MunicipalityCode;
  readonly framework?: Agreement;
  readonly agreements: readonly Agreement[];
}

// The follow-ups of each local agreement; the city's trygghetsmätning and lägesbild are the framework's.
const LOCAL_FOLLOW_UPS: ReadonlySet<string> = new Set(["follow_up", "leadership_report"]);

const codesOf = (agreement: Agreement) => new Set(agreement.parties.municipalities.map((m) => m.code));

function checkMultiLpo(set: AgreementSet): ConfigurationFinding[] {
  const frameworks = set.agreements.filter((a) => a.structure.type === "strategic");
  const framework = frameworks[0];
  const locals = set.agreements.filter((a) => a.structure.type !== "strategic");
  if (locals.length === 0) return [finding("wrong_municipality_count", ["agreements"])];
  const findings: ConfigurationFinding[] = [];
  // The one kommun: the framework's, else the first local agreement's.
  const kommun = (framework ?? locals[0]!).parties.municipalities[0]?.code;
  const region = (framework ?? locals[0]!).parties.police.region;
  const seen = new Set<string>();
  set.agreements.forEach((agreement, i) => {
    const prefix = ["agreements", i];
    const { structure, parties } = agreement;
    const codes = codesOf(agreement);
    if (codes.size !== 1 || !codes.has(kommun ?? "")) findings.push(finding("municipality_differs", [...prefix, "parties", "municipalities"]));
    if (region !== undefined && parties.police.region !== undefined && parties.police.region !== region) {
      findings.push(finding("police_party_differs", [...prefix, "parties", "police"]));
    }
    if (structure.type === "strategic") {
      if (agreement !== framework) findings.push(finding("wrong_structure", [...prefix, "structure"]));
      return;
    }
    // Under a framework each local agreement is its del 2; without one, each stands alone.
    const expected = framework ? structure.type === "local" && structure.strategicId === framework.id : structure.type === "single";
    if (!expected) findings.push(finding("wrong_structure", [...prefix, "structure"]));
    const key = parties.police.localPoliceArea?.key;
    if (key === undefined || seen.has(key)) findings.push(finding("local_police_area_repeated", [...prefix, "parties", "police", "localPoliceArea"]));
    if (key !== undefined) seen.add(key);
    findings.push(...goalsMissing(agreement, prefix));
  });
  return [...findings, ...ruleFindings(set)];
}

/**
 * **En stor kommun med flera lokalpolisområden** (Stockholm, Göteborg, Malmö): a city-wide
 * framework agreement between the kommun and Polisen (structure `strategic`, the police party often
 * at region or polisområde level), and one local agreement per lokalpolisområde (structure `local`
 * under the framework) whose kommun side is the kommun or one or more of its stadsdelsnämnder or
 * -förvaltningar (parties with the kommun's kommunkod and a `unit`). A set of single agreements,
 * one per LPO, with no framework, is read too. `check` accepts that the kommun appears in every
 * agreement and that each names its own LPO; it finds another kommun, an LPO twice or an agreement
 * without one, and police parties of different regions. `start` makes the framework and a local
 * agreement per LPO.
 *
 * @example
 * const started = multiLpo.start({
 *   kommuner: ["Göteborg"],
 *   validity,
 *   localPoliceAreas: ["Lokalpolisområde Centrum", "Lokalpolisområde Hisingen", "Lokalpolisområde Syd"],
 * });
 */
export const multiLpo: ConfigurationAdapter<MultiLpoParts> = guarded({
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
    const setId = idFor(input, kommun.id);
    const frameworkId = cutId(setId, "-stadsovergripande");
    const municipalities = [toMunicipalityParty(kommun)];
    const framework = newAgreement(
      {
        id: frameworkId,
        title: withYears(`Stadsövergripande samverkansöverenskommelse mellan Polismyndigheten och ${kommun.name}`, input.validity),
        structure: { type: "strategic" },
        parties: { police: policeParty(kommun, input), municipalities },
        validity: input.validity,
      },
      // The city's own forums, focus areas, follow-up, trygghetsmätning and lägesbild.
      templateContents(input, { forums: (f) => f.shared === true, focusAreas: true, citizenPromiseCycle: false, followUps: () => true }),
    );
    const locals = areas.map((area) => {
      const police = policeParty(kommun, input, area);
      const lpo = police.localPoliceArea!;
      return newAgreement(
        {
          id: cutId(setId, `-${lpo.key}`),
          title: withYears(`Lokal samverkansöverenskommelse mellan ${lpo.displayName} och ${kommun.name}`, input.validity),
          structure: { type: "local", strategicId: frameworkId, municipality: kommun.code },
          parties: { police, municipalities },
          validity: input.validity,
        },
        // Each area's forums, medborgarlöften and its own follow-up.
        templateContents(input, { forums: (f) => f.shared !== true, focusAreas: false, citizenPromiseCycle: true, followUps: (kind) => LOCAL_FOLLOW_UPS.has(kind) }),
      );
    });
    return finish(setOf({ id: setId, title: input.title ?? withYears(`Samverkansöverenskommelser i ${kommun.name}`, input.validity) }, [framework, ...locals]));
  },
  check: (document) => checkSet(document, checkMultiLpo),
  read: (document) =>
    readWith(checkSet(document, checkMultiLpo), () => {
      const set = document as AgreementSet;
      const framework = set.agreements.find((a) => a.structure.type === "strategic");
      const agreements = set.agreements.filter((a) => a !== framework);
      const municipality = (framework ?? agreements[0]!).parties.municipalities[0]!.code;
      return { ...setParts(set), municipality, ...(framework && { framework }), agreements };
    }),
  build(parts) {
    const { framework, municipality } = parts;
    const agreements = parts.agreements.map(
      (a): Agreement => ({ ...a, structure: framework ? { type: "local", strategicId: framework.id, municipality } : { type: "single" } }),
    );
    return setOf(parts, framework ? [{ ...framework, structure: strategicStructure(framework) }, ...agreements] : agreements);
  },
});
