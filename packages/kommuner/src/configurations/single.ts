import { guarded } from "./guard.js";
import type { Agreement, AgreementDocument } from "@samverkan/core";
import { toMunicipalityParty } from "../registry/registry.js";
import type { ConfigurationAdapter, StartInput, StartResult } from "./adapter.js";
import { documentType, goalsMissing, readWith, ruleFindings, shapeOf } from "./common.js";
import type { ConfigurationFinding } from "./finding.js";
import { policeParty } from "./police.js";
import { finish, idFor, namesList, newAgreement, resolveKommuner, templateContents, withYears } from "./start.js";

/** The parts of a one-agreement configuration: the agreement. */
export interface AgreementParts {
  readonly agreement: Agreement;
}

/** Checks one agreement of `structure`, with one kommun or several. */
function checkAgreement(document: AgreementDocument, structure: Agreement["structure"]["type"], kommuner: "one" | "several"): ConfigurationFinding[] {
  const type = documentType(document, "agreement");
  if (type.length || document.type !== "agreement") return type;
  return [...shapeOf(document, [], structure, kommuner), ...ruleFindings(document), ...goalsMissing(document, [])];
}

/**
 * Starts one agreement for the kommuner, with one lokalpolisområde at most; `extra` adds what the
 * configuration itself adds (a `framework`'s yearly plans), not for an `empty` start.
 */
function startAgreement(input: StartInput, structure: "single" | "framework", kommuner: "one" | "several", extra: (a: Agreement) => Agreement = (a) => a): StartResult {
  const resolved = resolveKommuner(input.kommuner);
  if (!resolved.ok) return resolved;
  const list = resolved.kommuner;
  if (kommuner === "one" ? list.length !== 1 : list.length < 2) {
    return { ok: false, issues: [{ code: "wrong_municipality_count", path: ["kommuner"], expected: kommuner }] };
  }
  if ((input.localPoliceAreas?.length ?? 0) > 1) {
    return { ok: false, issues: [{ code: "wrong_local_police_area_count", path: ["localPoliceAreas"], expected: "one" }] };
  }
  const first = list[0]!;
  const lpo = input.localPoliceAreas?.[0];
  const police = policeParty(first, input, lpo);
  const names = namesList(list.map((k) => k.name));
  const agreement = newAgreement(
    {
      id: idFor(input, list.map((k) => k.id).join("-")),
      title: input.title ?? withYears(`Samverkansöverenskommelse mellan ${police.localPoliceArea?.displayName ?? "Polismyndigheten"} och ${names}`, input.validity),
      structure: { type: structure },
      parties: { police, municipalities: list.map((k) => toMunicipalityParty(k)) },
      validity: input.validity,
    },
    templateContents(input),
  );
  return finish(input.empty ? agreement : extra(agreement));
}

/** An adapter for one agreement: `single` (one kommun), `joint` (several). */
function oneAgreement(kind: "single" | "joint", title: { sv: string; en: string }, kommuner: "one" | "several"): ConfigurationAdapter<AgreementParts> {
  return {
    kind,
    title,
    document: "agreement",
    start: (input) => startAgreement(input, "single", kommuner),
    check: (document) => checkAgreement(document, "single", kommuner),
    read: (document) => readWith(checkAgreement(document, "single", kommuner), () => ({ agreement: document as Agreement })),
    build: ({ agreement }) => ({ ...agreement, structure: { type: "single" } }),
  };
}

/**
 * **En kommun, ett lokalpolisområde** (Kävlinge): one agreement, structure `single`, one kommun.
 *
 * @example
 * const started = single.start({ kommuner: ["Kävlinge"], validity, localPoliceAreas: ["Lokalpolisområde Kävlinge"] });
 */
export const single = guarded(oneAgreement("single", { sv: "En kommun, ett lokalpolisområde", en: "One kommun, one lokalpolisområde" }, "one"));

/**
 * **Gemensam överenskommelse**: one agreement signed by several kommuner and one lokalpolisområde,
 * one signatory per kommun (`party_without_signatory` lists a kommun without one). Convert it to a
 * del 1 with a del 2 per kommun with {@link splitJoint}.
 *
 * @example
 * const started = joint.start({ kommuner: ["Sorsele", "Storuman", "Lycksele"], validity });
 */
export const joint = guarded(oneAgreement("joint", { sv: "Gemensam överenskommelse för flera kommuner", en: "One joint agreement for several kommuner" }, "several"));

export { checkAgreement, startAgreement };
