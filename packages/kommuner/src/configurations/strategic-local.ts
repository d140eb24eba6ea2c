import { guarded } from "./guard.js";
import type { Agreement, AgreementSet } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter } from "./adapter.js";
import { goalsMissing, readWith, ruleFindings, sameData } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { policeParty } from "./police.js";
import { checkSet, setOf, setParts, type SetParts } from "./sets.js";
import { cutId, finish, idFor, namesList, newAgreement, resolveKommuner, strategicStructure, templateContents, withYears } from "./start.js";

/** The parts of a del 1 with its del 2s: the del 1, and each kommun's del 2. */
export interface StrategicLocalParts extends SetParts {
  readonly strategic: Agreement;
  readonly locals: readonly Agreement[];
}

// The kinds of follow-up that are each kommun's (in its del 2) rather than the group's (in the del 1).
const LOCAL_FOLLOW_UPS = new Set(["safety_survey", "situational_picture"]);

/**
 * Whether a kommun's del 2 has its medborgarlöfte: recorded in the del 2 (as a löfte, or as an
 * annex that holds one), or in the del 1 for that kommun (a one-kommun del 1 whose löfte is its
 * annex). A cycle only says how löften are made; it is not one.
 */
function hasCitizenPromise(local: Agreement, del1: Agreement | undefined, municipality: string): boolean {
  return Boolean(
    local.citizenPromises?.length ||
      local.annexes?.some((a) => a.kind === "citizen_promise") ||
      del1?.citizenPromises?.some((p) => p.municipality === municipality),
  );
}

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
      if (parties.municipalities.length < 1) findings.push(finding("wrong_municipality_count", [...prefix, "parties", "municipalities"]));
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
    if (!hasCitizenPromise(agreement, del1, structure.municipality)) {
      findings.push(finding("local_without_citizen_promise", [...prefix, "citizenPromises"], { municipality: structure.municipality }));
    }
    findings.push(...goalsMissing(agreement, prefix));
  });
  return [...findings, ...ruleFindings(set)];
}

/**
 * **Del 1 med en del 2 per kommun**: a set with one strategic del 1 for one or more kommuner and a
 * local del 2 per kommun with the same police party, each del 2's kommun a party to the del 1 and
 * its validity within the del 1's. Arjeplog and Arvidsjaur share a del 1 (the six kommuner of Södra
 * Lappland use the same template); one kommun may split its agreement too, a del 1 with the
 * lägesbild and focus areas and a del 2 with the åtgärdsplan. `check` lists a kommun without a
 * del 2, a del 2 without a medborgarlöfte (in the del 2, or in the del 1 for its kommun) or goals,
 * a party without a signatory or a contact. `start` puts the focus areas, the group's forums and
 * follow-ups and what each del 2 must hold (`localContent`) in the del 1, and each kommun's forums,
 * trygghetsmätning, lägesbild and medborgarlöfte cycle in its del 2; every del 2's id ends with its
 * kommun's id however many kommuner there are.
 *
 * @example
 * const started = strategicLocal.start({ kommuner: ["Arjeplog", "Arvidsjaur"], validity });
 * const read = strategicLocal.read(set);
 * if (read.ok) strategicLocal.build(read.parts); // the same set
 */
export const strategicLocal: ConfigurationAdapter<StrategicLocalParts> = guarded({
  kind: "strategic_local",
  title: { sv: "Del 1 med en del 2 per kommun", en: "A del 1 with a del 2 per kommun" },
  document: "agreement_set",
  start(input) {
    const resolved = resolveKommuner(input.kommuner);
    if (!resolved.ok) return resolved;
    const kommuner = resolved.kommuner;
    if ((input.localPoliceAreas?.length ?? 0) > 1) return { ok: false, issues: [{ code: "wrong_local_police_area_count", path: ["localPoliceAreas"], expected: "one" }] };
    const lpo = input.localPoliceAreas?.[0];
    const police = policeParty(kommuner[0]!, input, lpo);
    const setId = idFor(input, kommuner.map((k) => k.id).join("-"));
    const id = cutId(setId, "-del-1");
    const names = namesList(kommuner.map((k) => k.name));
    const whom = kommuner.length > 1 ? `kommunerna ${names}` : names;
    const localContent = input.empty ? undefined : input.profile?.template.localContent;
    const del1 = newAgreement(
      {
        id,
        title: input.title ?? withYears(`Samverkansöverenskommelse, del 1: Polismyndigheten och ${whom}`, input.validity),
        structure: { type: "strategic", ...(localContent?.length && { localContent: [...localContent] }) },
        parties: { police, municipalities: kommuner.map((k) => toMunicipalityParty(k)) },
        validity: input.validity,
      },
      templateContents(input, { forums: (f) => f.shared === true, focusAreas: true, citizenPromiseCycle: false, followUps: (kind) => !LOCAL_FOLLOW_UPS.has(kind) }),
    );
    const del2s = kommuner.map((kommun) =>
      newAgreement(
        {
          id: cutId(setId, `-del-2-${kommun.id}`),
          title: withYears(`Samverkansöverenskommelse, del 2: ${kommun.name}`, input.validity),
          structure: { type: "local", strategicId: id, municipality: kommun.code },
          parties: { police, municipalities: [toMunicipalityParty(kommun)] },
          validity: input.validity,
        },
        templateContents(input, { forums: (f) => f.shared !== true, focusAreas: false, citizenPromiseCycle: true, followUps: (kind) => LOCAL_FOLLOW_UPS.has(kind) }),
      ),
    );
    return finish(setOf({ id: setId, title: withYears(`Samverkansöverenskommelse mellan Polismyndigheten och ${whom}`, input.validity) }, [del1, ...del2s]));
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
    return setOf(parts, [{ ...strategic, structure: strategicStructure(strategic) }, ...locals]);
  },
});
