import type { Agreement, AgreementSet } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter } from "./adapter.js";
import { goalsMissing, readWith, ruleFindings, sameData } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { policeParty } from "./police.js";
import { checkSet, setOf, setParts, type SetParts } from "./sets.js";
import { cutId, finish, idFor, newAgreement, resolveKommuner, templateContents, yearsLabel } from "./start.js";

/** The parts of a del 1 with its del 2s: the del 1, and each kommun's del 2. */
export interface StrategicLocalParts extends SetParts {
  readonly strategic: Agreement;
  readonly locals: readonly Agreement[];
}

// The kinds of follow-up that are each kommun's (in its del 2) rather than the group's (in the del 1).
const LOCAL_FOLLOW_UPS = new Set(["safety_survey", "situational_picture"]);

function checkStrategicLocal(set: AgreementSet): ConfigurationFinding[] {
  const findings: ConfigurationFinding[] = [];
  const strategic = set.agreements.filter((a) => a.structure.type === "strategic");
  if (strategic.length === 0) findings.push(finding("strategic_missing", ["agreements"]));
  const del1 = strategic[0];
  const seen = new Set<string>();
  set.agreements.forEach((agreement, i) => {
    const prefix = ["agreements", i];
    const { structure, parties } = agreement;
    if (structure.type === "strategic") {
      if (agreement !== del1) findings.push(finding("wrong_structure", [...prefix, "structure"]));
      if (parties.municipalities.length < 2) findings.push(finding("wrong_municipality_count", [...prefix, "parties", "municipalities"]));
      return;
    }
    if (structure.type !== "local") {
      findings.push(finding("wrong_structure", [...prefix, "structure"]));
      return;
    }
    if (parties.municipalities.length !== 1 || parties.municipalities[0]!.code !== structure.municipality) {
      findings.push(finding("municipality_differs", [...prefix, "parties", "municipalities"], { municipality: structure.municipality }));
    }
    if (del1 && !sameData(parties.police, del1.parties.police)) findings.push(finding("police_party_differs", [...prefix, "parties", "police"]));
    if (seen.has(structure.municipality)) findings.push(finding("municipality_repeated", [...prefix, "structure", "municipality"], { municipality: structure.municipality }));
    seen.add(structure.municipality);
    if (!agreement.citizenPromises?.length) findings.push(finding("local_without_citizen_promise", [...prefix, "citizenPromises"], { municipality: structure.municipality }));
    findings.push(...goalsMissing(agreement, prefix));
  });
  return [...findings, ...ruleFindings(set)];
}

/**
 * **Gemensam del 1 med en del 2 per kommun** (Arjeplog and Arvidsjaur; the six kommuner of Södra
 * Lappland use the same template): a set with one strategic del 1 for the group and a local del 2
 * per kommun with the same police party, each del 2's kommun a party of the del 1 and its validity
 * within the del 1's. `check` lists a kommun without a del 2, a del 2 without a medborgarlöfte or
 * goals, a party without a signatory. `start` puts the focus areas and the group's follow-ups in
 * the del 1, and each kommun's forums, trygghetsmätning, lägesbild and medborgarlöfte cycle in its
 * del 2.
 *
 * @example
 * const started = strategicLocal.start({ kommuner: ["Arjeplog", "Arvidsjaur"], validity });
 * const read = strategicLocal.read(set);
 * if (read.ok) strategicLocal.build(read.parts); // the same set
 */
export const strategicLocal: ConfigurationAdapter<StrategicLocalParts> = {
  kind: "strategic_local",
  title: { sv: "Gemensam del 1 med en del 2 per kommun", en: "A joint del 1 with a del 2 per kommun" },
  document: "agreement_set",
  start(input) {
    const resolved = resolveKommuner(input.kommuner);
    if (!resolved.ok) return resolved;
    const kommuner = resolved.kommuner;
    if (kommuner.length < 2) return { ok: false, issues: [{ code: "wrong_municipality_count", path: ["kommuner"], expected: "several" }] };
    if ((input.localPoliceAreas?.length ?? 0) > 1) return { ok: false, issues: [{ code: "wrong_local_police_area_count", path: ["localPoliceAreas"], expected: "one" }] };
    const lpo = input.localPoliceAreas?.[0];
    const police = policeParty(kommuner[0]!, input, lpo);
    const years = yearsLabel(input.validity);
    const setId = idFor(input, kommuner.map((k) => k.id).join("-"));
    const id = cutId(`${setId}-del-1`);
    const names = kommuner.map((k) => k.name).join(", ").replace(/, ([^,]*)$/, " och $1");
    const del1 = newAgreement(
      { id, title: input.title ?? `Samverkansöverenskommelse, del 1: Polismyndigheten och ${names} ${years}`, structure: { type: "strategic" }, parties: { police, municipalities: kommuner.map((k) => toMunicipalityParty(k)) }, validity: input.validity },
      templateContents(input.profile, { forums: false, focusAreas: true, citizenPromiseCycle: false, followUps: (kind) => !LOCAL_FOLLOW_UPS.has(kind) }),
    );
    const del2s = kommuner.map((kommun) =>
      newAgreement(
        {
          id: cutId(`${setId}-del-2-${kommun.id}`),
          title: `Samverkansöverenskommelse, del 2: ${kommun.name} ${years}`,
          structure: { type: "local", strategicId: id, municipality: kommun.code },
          parties: { police, municipalities: [toMunicipalityParty(kommun)] },
          validity: input.validity,
        },
        templateContents(input.profile, { forums: true, focusAreas: false, citizenPromiseCycle: true, followUps: (kind) => LOCAL_FOLLOW_UPS.has(kind) }),
      ),
    );
    return finish(setOf({ id: setId, title: `Samverkansöverenskommelse ${names} ${years}` }, [del1, ...del2s]));
  },
  check: (document) => checkSet(document, checkStrategicLocal),
  read: (document) =>
    readWith(checkSet(document, checkStrategicLocal), () => {
      const set = document as AgreementSet;
      const strategic = set.agreements.find((a) => a.structure.type === "strategic")!;
      return { ...setParts(set), strategic, locals: set.agreements.filter((a) => a !== strategic) };
    }),
  build(parts) {
    const { strategic } = parts;
    const locals = parts.locals.map(
      (local): Agreement => ({
        ...local,
        structure: { type: "local", strategicId: strategic.id, municipality: local.parties.municipalities[0]!.code },
        parties: { ...local.parties, police: strategic.parties.police },
      }),
    );
    return setOf(parts, [{ ...strategic, structure: { type: "strategic" } }, ...locals]);
  },
};
