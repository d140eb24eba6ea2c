import { MAX_SET_AGREEMENTS, SCHEMA_VERSION } from "../model/agreement.js";
import { LIMITS } from "../model/primitives.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Whether a value is a list short enough to upgrade item by item: `max` is the schema's own limit
 * for it. A longer list is left as it is for the schema to report (`too_big`); mapping a sparse
 * list that claims billions of items would take minutes.
 */
const isListWithin = (value: unknown, max: number): value is unknown[] => Array.isArray(value) && value.length <= max;

/** Polismyndighetens diarienummer: `A084.191/2025`. */
export const POLICE_DIARIENUMMER = /^A\d{3}\.\d{3}\/\d{4}$/;

/**
 * Whether a diarienummer is in Polismyndighetens form (`A###.###/ÅÅÅÅ`, "A084.191/2025"), and so
 * Polisen's.
 *
 * @param value - a diarienummer as written
 * @returns `true` for Polisen's form
 * @example
 * isPoliceDiarienummer("A084.191/2025"); // true
 * isPoliceDiarienummer("KSN-2014-1450"); // false
 */
export function isPoliceDiarienummer(value: string): boolean {
  return typeof value === "string" && POLICE_DIARIENUMMER.test(value.trim());
}

// Version 1's JSON Schema by its file name, at any address (its https `$id` included).
const V1_SCHEMA_FILE = /(^|[/\\])agreement\.v1\.schema\.json(?=$|[?#])/;

/**
 * A document's `$schema` after migration: one that names version 1's JSON Schema names version 2's
 * (the same address with `agreement.v2.schema.json` for `agreement.v1.schema.json`, so a URL stays
 * that URL and a local path stays local); any other value is kept as it is.
 */
function upgradeSchemaReference(document: Json): Json {
  const reference = document.$schema;
  if (typeof reference !== "string") return document;
  const $schema = reference.replace(V1_SCHEMA_FILE, "$1agreement.v2.schema.json");
  return $schema === reference ? document : { ...document, $schema };
}

// v1's open-ended validity carried its terms on the end; v2 keeps them in `validity.terms`.
function upgradeValidity(validity: unknown): unknown {
  if (!isObject(validity) || !isObject(validity.end) || validity.end.type !== "open_ended") return validity;
  const { noticeMonths, terminationTerms: asWritten, revisionEveryYears: everyYears, ...end } = validity.end;
  const terms: Json = {};
  if (noticeMonths !== undefined || asWritten !== undefined) {
    terms.termination = { ...(noticeMonths !== undefined && { noticeMonths }), ...(asWritten !== undefined && { asWritten }) };
  }
  if (everyYears !== undefined) terms.revision = { everyYears };
  return Object.keys(terms).length ? { ...validity, end, terms } : validity;
}

function upgradeAgreement(agreement: unknown): unknown {
  if (!isObject(agreement) || agreement.schemaVersion !== 1) return agreement;
  const { decisionBodies, ...rest } = agreement;
  const out: Json = { ...upgradeSchemaReference(rest), schemaVersion: SCHEMA_VERSION };
  if ("validity" in rest) out.validity = upgradeValidity(rest.validity);
  const police = isObject(rest.parties) && isObject(rest.parties.police) ? rest.parties.police.id : undefined;
  // A diarienummer in Polisen's form with no party is Polisen's.
  if (isListWithin(rest.references, LIMITS.listItems) && typeof police === "string") {
    out.references = rest.references.map((r: unknown) =>
      isObject(r) && r.type === "diarienummer" && r.partyId === undefined && typeof r.value === "string" && isPoliceDiarienummer(r.value) ? { ...r, partyId: police } : r,
    );
  }
  // v1's decision bodies are the bodies that adopt the agreement for a party: v2 decisions of kind `adopted`.
  if (Array.isArray(decisionBodies) && rest.decisions === undefined) {
    // A list too long to upgrade keeps its items, for the schema to say it is too long.
    out.decisions = isListWithin(decisionBodies, LIMITS.listItems) ? decisionBodies.map((d: unknown) => (isObject(d) ? { kind: "adopted", ...d } : d)) : decisionBodies;
  } else if (decisionBodies !== undefined) out.decisionBodies = decisionBodies;
  return out;
}

/**
 * Turns a document of format version 1 into version 2, as plain data, without checking it: the
 * validator checks the result. Anything that is not a version 1 document comes back as it is.
 * Never mutates its input.
 *
 * - `schemaVersion` becomes 2, in a set also each agreement's;
 * - `decisionBodies` become `decisions` of kind `adopted`;
 * - an open-ended validity's `noticeMonths`, `terminationTerms` and `revisionEveryYears` move to
 *   `validity.terms` (`termination.noticeMonths`, `termination.asWritten`, `revision.everyYears`);
 * - a diarienummer in Polismyndighetens form (`A084.191/2025`) with no `partyId` gets the police
 *   party's id;
 * - a `$schema` that names version 1's JSON Schema (`…/agreement.v1.schema.json`) names version
 *   2's at the same place (`…/agreement.v2.schema.json`); any other `$schema` is kept.
 *
 * Everything else is the same in both versions.
 */
export function upgradeV1(document: unknown): unknown {
  if (!isObject(document) || document.schemaVersion !== 1) return document;
  if (document.type === "agreement_set") {
    const agreements = isListWithin(document.agreements, MAX_SET_AGREEMENTS) ? document.agreements.map(upgradeAgreement) : document.agreements;
    return { ...upgradeSchemaReference(document), schemaVersion: SCHEMA_VERSION, agreements };
  }
  return upgradeAgreement(document);
}
