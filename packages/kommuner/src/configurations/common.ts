import { validateAgreement, type Agreement, type AgreementDocument, type AgreementStructureType, type Issue, type IssuePath } from "@samverkan/core";
import type { ReadResult } from "./adapter.js";
import { finding, type ConfigurationFinding, type ConfigurationFindingCode } from "./finding.js";

// The library's rules that say whether a configuration lines up or what it still lacks, as findings.
const FROM_RULES: Partial<Record<Issue["code"], ConfigurationFindingCode>> = {
  party_without_signatory: "party_without_signatory",
  contact_missing: "contact_missing",
  local_municipality_not_in_strategic: "local_not_in_strategic",
  local_period_outside_strategic: "period_not_nested",
  local_strategic_missing: "local_not_in_strategic",
  strategic_missing_local: "municipality_without_local",
};

/**
 * The findings the library's own rules give for a document: a party without a signatory or a
 * contact person, a del 2 outside its del 1 or without one, a kommun of a del 1 without a del 2.
 */
export function ruleFindings(document: AgreementDocument): ConfigurationFinding[] {
  const result = validateAgreement(document);
  const issues = result.ok ? result.warnings : result.issues;
  const out: ConfigurationFinding[] = [];
  for (const issue of issues) {
    const code = FROM_RULES[issue.code];
    if (code) out.push(finding(code, issue.path));
  }
  return out;
}

/**
 * `goals_missing` for an agreement without goals that does not steer by focus areas either: an
 * agreement whose focus areas (with the commitments in them) are its direction has no need of a
 * separate list of goals.
 */
export function goalsMissing(agreement: Agreement, prefix: IssuePath): ConfigurationFinding[] {
  return agreement.goals?.length || agreement.focusAreas?.length ? [] : [finding("goals_missing", [...prefix, "goals"])];
}

/** The problems with an agreement that should have `structure` and one kommun (`"one"`) or several. */
export function shapeOf(agreement: Agreement, prefix: IssuePath, structure: AgreementStructureType, kommuner: "one" | "several"): ConfigurationFinding[] {
  const out: ConfigurationFinding[] = [];
  if (agreement.structure.type !== structure) out.push(finding("wrong_structure", [...prefix, "structure"]));
  const count = agreement.parties.municipalities.length;
  if (kommuner === "one" ? count !== 1 : count < 2) out.push(finding("wrong_municipality_count", [...prefix, "parties", "municipalities"]));
  return out;
}

/** `wrong_document_type` when the document is not of the type the configuration has. */
export function documentType(document: AgreementDocument, type: AgreementDocument["type"]): ConfigurationFinding[] {
  return document.type === type ? [] : [finding("wrong_document_type", ["type"])];
}

/** The read result: the parts, or the problems that keep the document from being this configuration. */
export function readWith<P>(findings: readonly ConfigurationFinding[], parts: () => P): ReadResult<P> {
  const problems = findings.filter((f) => f.kind === "problem");
  return problems.length ? { ok: false, findings: problems } : { ok: true, parts: parts() };
}

/** Whether two values are the same plain data (JSON-like: objects, arrays, primitives). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
