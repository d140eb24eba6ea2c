import { SCHEMA_VERSION, type Agreement, type AgreementSet, type IssuePath, type MunicipalityCode, type MunicipalityParty } from "@samverkan/core";
import { sameData } from "./common.js";
import { isDocumentShape } from "./guard.js";
import { cutId } from "./start.js";

/**
 * Why a conversion refused: it would lose something. `not_joint`: the agreement is not a single
 * agreement for several kommuner; `not_strategic_local`: the set is not one del 1 with del 2s;
 * `local_not_derived`: a del 2 holds something a joint agreement has no place for (its own id,
 * title, validity, police party, provenance, focus areas, …: what {@link splitJoint} would not have
 * made); `item_of_other_municipality`: a del 2 item names another kommun; `id_too_long`: a del 2's
 * id would pass 64 characters; `document_invalid`: not a document at all (a value of another shape,
 * data that does not pass the schema), or a set id that is not a string.
 *
 * @example
 * const joined = joinStrategic(set);
 * if (!joined.ok) for (const issue of joined.issues) console.log(issue.code, issue.path); // local_not_derived ["agreements", 1]
 */
export interface ConversionIssue {
  readonly code: "not_joint" | "not_strategic_local" | "local_not_derived" | "item_of_other_municipality" | "id_too_long" | "document_invalid";
  readonly path: IssuePath;
}

/**
 * The result of a conversion: the converted document, or why it would lose something.
 *
 * @example
 * const split: ConversionResult<AgreementSet> = splitJoint(agreement);
 */
export type ConversionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ConversionIssue[] };

// The lists whose items say which kommun they are about: by `municipality`, and a contact by the
// kommun party it is for.
const PER_MUNICIPALITY_LISTS = ["forums", "goals", "commitments", "deliverables", "plans", "citizenPromises", "followUps", "municipalDuties", "contacts"] as const;
type ListKey = (typeof PER_MUNICIPALITY_LISTS)[number];
type Item = { municipality?: MunicipalityCode; partyId?: string };

/** The kommun a list item belongs to, or `undefined` for the group's. */
function ownerOf(key: ListKey, item: Item, municipalities: readonly MunicipalityParty[]): MunicipalityCode | undefined {
  if (key === "contacts") return municipalities.find((m) => m.id === item.partyId)?.code;
  return item.municipality;
}

const itemsOf = (agreement: Agreement, key: ListKey) => agreement[key] as readonly Item[] | undefined;

/** The id and title of a kommun's del 2 made from a joint agreement. */
function localIdentity(joint: Agreement, kommun: MunicipalityParty): { id: string; title: string } {
  return { id: `${joint.id}-${kommun.id}`, title: `${joint.title} – del 2: ${kommun.name ?? kommun.code}` };
}

/**
 * **Delar upp** a joint agreement for several kommuner into a del 1 with a del 2 per kommun: the
 * del 1 keeps the agreement's id, title, parties, validity, signatories and everything that is the
 * group's (its decisions and signatories among them); each kommun's del 2 gets the forums, goals,
 * commitments, deliverables, plans, medborgarlöften, follow-ups and law duties that name it and
 * the contact persons of its kommun, the same police party and validity, the id `<agreement id>-<kommun id>` and
 * the title `<agreement title> – del 2: <kommun>`. {@link joinStrategic} is its inverse: nothing is
 * lost, only the order of list items, which comes back as the group's items first, then each
 * kommun's in the order of the parties.
 *
 * @param joint - a single agreement with two or more kommuner
 * @param setId - the id of the set (default: the agreement's id with `-set`)
 * @returns the set, or why it cannot be split
 * @example
 * const started = joint.start({ kommuner: ["Sorsele", "Storuman"], validity });
 * if (started.ok && started.document.type === "agreement") {
 *   const split = splitJoint(started.document);
 *   if (split.ok) console.log(split.value.agreements.map((a) => a.id));
 *   // ["sorsele-storuman-2027-2030", "sorsele-storuman-2027-2030-sorsele", "sorsele-storuman-2027-2030-storuman"]
 * }
 */
export function splitJoint(joint: Agreement, setId?: string): ConversionResult<AgreementSet> {
  if (!isDocumentShape(joint)) return { ok: false, issues: [{ code: "document_invalid", path: [] }] };
  if (setId !== undefined && typeof setId !== "string") return { ok: false, issues: [{ code: "document_invalid", path: ["setId"] }] };
  try {
    return split(joint, setId ?? cutId(`${joint.id}-set`));
  } catch {
    return { ok: false, issues: [{ code: "document_invalid", path: [] }] };
  }
}

function split(joint: Agreement, setId: string): ConversionResult<AgreementSet> {
  if (joint.type !== "agreement" || joint.structure.type !== "single" || joint.parties.municipalities.length < 2) return { ok: false, issues: [{ code: "not_joint", path: ["structure"] }] };
  const del1: { -readonly [K in keyof Agreement]?: Agreement[K] } = { ...joint, structure: { type: "strategic" } };
  for (const key of PER_MUNICIPALITY_LISTS) {
    const list = itemsOf(joint, key);
    if (!list) continue;
    const shared = list.filter((item) => ownerOf(key, item, joint.parties.municipalities) === undefined);
    if (shared.length) (del1 as Record<ListKey, unknown>)[key] = shared;
    else delete del1[key];
  }
  const issues: ConversionIssue[] = [];
  const locals = joint.parties.municipalities.map((kommun, i): Agreement => {
    const { id, title } = localIdentity(joint, kommun);
    if (id.length > 64) issues.push({ code: "id_too_long", path: ["parties", "municipalities", i, "id"] });
    const local: Record<string, unknown> = {
      schemaVersion: SCHEMA_VERSION,
      type: "agreement",
      id,
      title,
      structure: { type: "local", strategicId: joint.id, municipality: kommun.code },
      parties: { police: joint.parties.police, municipalities: [kommun] },
      validity: joint.validity,
    };
    for (const key of PER_MUNICIPALITY_LISTS) {
      const own = itemsOf(joint, key)?.filter((item) => ownerOf(key, item, joint.parties.municipalities) === kommun.code);
      if (own?.length) local[key] = own;
    }
    return local as unknown as Agreement;
  });
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { schemaVersion: SCHEMA_VERSION, type: "agreement_set", id: setId, title: joint.title, agreements: [del1 as Agreement, ...locals] } };
}

// The fields of a del 2 that splitJoint makes; anything else would be lost in a joint agreement.
const DERIVED_FIELDS = new Set<string>(["schemaVersion", "type", "id", "title", "structure", "parties", "validity", ...PER_MUNICIPALITY_LISTS]);

/**
 * **Slår samman** a del 1 and its del 2s into one joint agreement for all the kommuner: the inverse
 * of {@link splitJoint}. It refuses (`local_not_derived`) when a del 2 holds anything a joint
 * agreement has no place for, rather than drop it: a del 2 made by hand, with its own validity,
 * signatories or provenance (such as the illustrative Arjeplog and Arvidsjaur del 2s), stays a set;
 * use the `strategic_local` adapter for it.
 *
 * @param set - one del 1 followed by del 2s
 * @returns the joint agreement, or why joining would lose something
 * @example
 * const joined = joinStrategic(set);
 * if (!joined.ok) console.log(joined.issues.map((i) => i.code));
 */
export function joinStrategic(set: AgreementSet): ConversionResult<Agreement> {
  if (!isDocumentShape(set)) return { ok: false, issues: [{ code: "document_invalid", path: [] }] };
  if (set.type !== "agreement_set") return { ok: false, issues: [{ code: "not_strategic_local", path: ["agreements"] }] };
  try {
    return join(set);
  } catch {
    return { ok: false, issues: [{ code: "document_invalid", path: [] }] };
  }
}

function join(set: AgreementSet): ConversionResult<Agreement> {
  const [del1, ...locals] = set.agreements;
  if (!del1 || del1.structure.type !== "strategic" || locals.some((l) => l.structure.type !== "local")) {
    return { ok: false, issues: [{ code: "not_strategic_local", path: ["agreements"] }] };
  }
  const issues: ConversionIssue[] = [];
  const byKommun = new Map<MunicipalityCode, Agreement>();
  locals.forEach((local, i) => {
    const path = ["agreements", i + 1];
    const structure = local.structure.type === "local" ? local.structure : undefined;
    const index = del1.parties.municipalities.findIndex((m) => m.code === structure?.municipality);
    const kommun = del1.parties.municipalities[index];
    const derived =
      kommun !== undefined &&
      !byKommun.has(kommun.code) &&
      structure?.strategicId === del1.id &&
      sameData(localIdentity(del1, kommun), { id: local.id, title: local.title }) &&
      sameData(local.parties, { police: del1.parties.police, municipalities: [kommun] }) &&
      sameData(local.validity, del1.validity) &&
      Object.keys(local).every((key) => DERIVED_FIELDS.has(key));
    if (!derived || !kommun) {
      issues.push({ code: "local_not_derived", path });
      return;
    }
    for (const key of PER_MUNICIPALITY_LISTS) {
      itemsOf(local, key)?.forEach((item, j) => {
        if (ownerOf(key, item, del1.parties.municipalities) !== kommun.code) {
          issues.push({ code: "item_of_other_municipality", path: [...path, key, j, key === "contacts" ? "partyId" : "municipality"] });
        }
      });
    }
    byKommun.set(kommun.code, local);
  });
  if (issues.length) return { ok: false, issues };
  const joint: Record<string, unknown> = { ...del1, structure: { type: "single" } };
  for (const key of PER_MUNICIPALITY_LISTS) {
    const items = [
      ...((del1[key] as readonly unknown[] | undefined) ?? []),
      ...del1.parties.municipalities.flatMap((m) => (byKommun.get(m.code)?.[key] as readonly unknown[] | undefined) ?? []),
    ];
    if (items.length) joint[key] = items;
  }
  return { ok: true, value: joint as unknown as Agreement };
}
