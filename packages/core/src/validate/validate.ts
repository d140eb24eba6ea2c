import * as z from "zod/mini";
import { issuesFromZod } from "../issues/from-zod.js";
import { InvalidArgumentError } from "../issues/invalid-argument.js";
import type { DocumentType, Issue, IssueCode, IssuePath, Severity } from "../issues/issue.js";
import {
  AgreementDocumentSchema,
  type AgreementSchema,
  AgreementSetSchema,
  CitizenPromiseDocumentSchema,
  MAX_SET_AGREEMENTS,
  SCHEMA_VERSION,
  type Agreement,
  type AgreementDocument,
} from "../model/agreement.js";
import { LIMITS, boundedArray, type CivilDate } from "../model/primitives.js";
import { upgradeV1 } from "../migrate/upgrade.js";
import { dutyHoldersOf } from "../schedule/law.js";
import { isCivilDate } from "../schedule/civil-date.js";
import { defaultGenerated, defaultParsers } from "./default-parsers.js";
import { fastParsers, type AgreementParser, type CitizenPromiseParser } from "./parsers.js";
import { checkWholeNumber } from "./options.js";
import type { Rule, RuleContext } from "../rules/rule.js";
import { rules, type RuleCode } from "../rules/index.js";

/**
 * Options for {@link validateAgreement}.
 *
 * @example
 * validateAgreement(json, { type: "agreement", severity: { party_without_signatory: "error", signature_retroactive: "off" } });
 */
export interface ValidateOptions {
  /**
   * Accept only this kind of document: `"agreement"` for a single agreement, `"agreement_set"` for
   * a set, `"citizen_promise"` for a medborgarlöfte of its own. The result's `value` then has that
   * type (an {@link Agreement} for `"agreement"`), and a document of another kind is the issue
   * `unexpected_document_type` at path `["type"]`. Without it, any of the three is accepted.
   */
  readonly type?: DocumentType;
  /** Raise, lower or turn off (`"off"`) any rule by its code. Shape issues are always errors. */
  readonly severity?: Partial<Record<RuleCode, Severity | "off">>;
  /**
   * Judge the document as of this civil date: turns on the rules about duties that fall due with
   * time (a missing or outdated lägesbild or åtgärdsplan under Lag (2023:196)). Not a real
   * `YYYY-MM-DD` date: the issue `invalid_date` at path `["asOf"]`.
   */
  readonly asOf?: CivilDate;
  /** Months between lägesbilder when the agreement does not say (a profile's setting); default 24. */
  readonly lawIntervalMonths?: number;
}

/**
 * The result of {@link validateAgreement}: the parsed document with its warnings and infos, or
 * every issue found (errors first come from shape, then from rules).
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The document whose `type` is `T`: {@link Agreement} for `"agreement"`, {@link AgreementSet} for
 * `"agreement_set"`, {@link CitizenPromiseDocument} for `"citizen_promise"`.
 *
 * @example
 * const only: DocumentOfType<"agreement"> = agreement; // an Agreement
 */
export type DocumentOfType<T extends DocumentType> = Extract<AgreementDocument, { readonly type: T }>;

/** Reads the input: a string is JSON text (within the size limit), anything else is the value itself. */
export function readInput(input: unknown): { value: unknown } | { issue: Issue } {
  if (typeof input !== "string") return { value: input };
  if (input.length > LIMITS.jsonLength) {
    return { issue: { code: "document_too_large", severity: "error", path: [], params: { limit: LIMITS.jsonLength } } };
  }
  try {
    return { value: JSON.parse(input) };
  } catch {
    return { issue: { code: "invalid_json", severity: "error", path: [], params: {} } };
  }
}

// A set's envelope: its own fields, with each agreement checked on its own by the agreement schema,
// so that a set parses on the same (possibly compiled) path as a single agreement.
const SetEnvelopeSchema = z.strictObject({ ...AgreementSetSchema.shape, agreements: boundedArray(z.unknown(), MAX_SET_AGREEMENTS) });

/** The shape check's result: the parsed document, or its coded issues. */
export type Parsed = { ok: true; value: AgreementDocument } | { ok: false; issues: Issue[] };

const parsePromiseWithSchema: CitizenPromiseParser = (value) => CitizenPromiseDocumentSchema.safeParse(value);

function parseAgreement(parse: AgreementParser, value: unknown, prefix: IssuePath): { ok: true; value: Agreement } | { ok: false; issues: Issue[] } {
  const parsed = parse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = issuesFromZod(parsed.error.issues, value);
  return { ok: false, issues: prefix.length ? issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })) : issues };
}

/**
 * Checks a document's shape: an agreement with `parse`, a set agreement by agreement, a
 * medborgarlöfte document with `parsePromise`.
 */
export function parseDocument(parse: AgreementParser, value: unknown, parsePromise: CitizenPromiseParser = parsePromiseWithSchema): Parsed {
  const type = value !== null && typeof value === "object" ? (value as { type?: unknown }).type : undefined;
  if (type === "agreement") return parseAgreement(parse, value, []);
  if (type !== "agreement_set") {
    // A medborgarlöfte; or not an object, or no known `type`: the document schema says which, as coded issues.
    const parsed = type === "citizen_promise" ? parsePromise(value) : AgreementDocumentSchema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error.issues, value) };
  }
  const envelope = SetEnvelopeSchema.safeParse(value);
  const issues = envelope.success ? [] : issuesFromZod(envelope.error.issues, value);
  // Each agreement is checked even when the envelope is wrong, so that one pass reports everything.
  const items = (value as { agreements?: unknown }).agreements;
  const agreements: Agreement[] = [];
  if (Array.isArray(items) && items.length <= MAX_SET_AGREEMENTS) {
    items.forEach((item, i) => {
      const result = parseAgreement(parse, item, ["agreements", i]);
      if (result.ok) agreements.push(result.value);
      else issues.push(...result.issues);
    });
  }
  if (!envelope.success || issues.length) return { ok: false, issues };
  return { ok: true, value: { ...envelope.data, agreements } };
}

// Options are the caller's input too: a bad one is a coded issue, never a throw or a silent default.
function checkOptions(options: ValidateOptions): Issue | undefined {
  if (options.type !== undefined && !(DOCUMENT_TYPES as readonly unknown[]).includes(options.type)) {
    return { code: "invalid_value", severity: "error", path: ["type"], params: { allowed: DOCUMENT_TYPES } };
  }
  if (options.asOf !== undefined && !isCivilDate(options.asOf)) {
    return { code: "invalid_date", severity: "error", path: ["asOf"], params: {} };
  }
  return checkSeverities(options.severity) ?? checkWholeNumber(options.lawIntervalMonths, ["lawIntervalMonths"], 1, 240);
}

const DOCUMENT_TYPES: readonly DocumentType[] = ["agreement", "agreement_set", "citizen_promise"];

/** The issue for a document of a known kind other than the one asked for, if it is one. */
function checkType(value: unknown, expected: DocumentType | undefined): Issue | undefined {
  if (expected === undefined || value === null || typeof value !== "object") return undefined;
  const received = (value as { type?: unknown }).type;
  // No `type`, or an unknown one: the shape check reports it, as it does without the option.
  if (received === expected || !(DOCUMENT_TYPES as readonly unknown[]).includes(received)) return undefined;
  return { code: "unexpected_document_type", severity: "error", path: ["type"], params: { expected, received: received as DocumentType } };
}

const RULE_CODES = new Set<string>(rules.map((r) => r.code));
const LEVELS = ["error", "warning", "info", "off"] as const;

// Every override names a rule and a level: a typo must not be ignored, or copied into the issues.
function checkSeverities(severity: unknown): Issue | undefined {
  if (severity === undefined) return undefined;
  if (severity === null || typeof severity !== "object" || Array.isArray(severity)) {
    return { code: "invalid_type", severity: "error", path: ["severity"], params: { expected: "object", received: Array.isArray(severity) ? "array" : severity === null ? "null" : typeof severity } };
  }
  for (const [code, level] of Object.entries(severity)) {
    if (!RULE_CODES.has(code)) return { code: "unknown_field", severity: "error", path: ["severity", code], params: {} };
    if (!(LEVELS as readonly unknown[]).includes(level)) return { code: "invalid_value", severity: "error", path: ["severity", code], params: { allowed: LEVELS } };
  }
  return undefined;
}

/** The context rules get: the options, and in a set who answers for which kommun and each del 1 by id. */
function contextOf(document: AgreementDocument, options: ValidateOptions): RuleContext {
  const indexes = new Map<object, unknown>();
  if (document.type !== "agreement_set") return { ...options, indexes };
  const holders = dutyHoldersOf(document.agreements);
  const strategicById = new Map<string, Agreement>();
  for (const a of document.agreements) if (a.structure.type === "strategic" && !strategicById.has(a.id)) strategicById.set(a.id, a);
  return { ...options, holders, strategicById, indexes };
}

function runRules(document: AgreementDocument, options: ValidateOptions): Issue[] {
  const found: Issue[] = [];
  // Read only when given: a look-up of each rule's code in an empty object costs more than some rules.
  const overrides = options.severity;
  const context = contextOf(document, options);
  const agreements: Agreement[] = document.type === "agreement" ? [document] : document.type === "agreement_set" ? document.agreements : [];
  const prefixes: IssuePath[] = document.type === "agreement_set" ? agreements.map((_, i) => ["agreements", i]) : [[]];
  for (const rule of rules as readonly Rule<RuleCode>[]) {
    const severity = (overrides && overrides[rule.code]) ?? rule.severity;
    if (severity === "off") continue;
    const reporter = (prefix: IssuePath) => (path: IssuePath, params: unknown) =>
      found.push({ code: rule.code as IssueCode, severity, path: prefix.length ? [...prefix, ...path] : [...path], params } as Issue);
    if (rule.scope === "set") {
      if (document.type === "agreement_set") rule.check(document, reporter([]));
      continue;
    }
    for (let i = 0; i < agreements.length; i++) rule.check(agreements[i]!, reporter(prefixes[i]!), context);
    if (rule.scope === "document" && document.type === "citizen_promise") rule.check(document, reporter([]), context);
  }
  return found;
}

/** The info that a version 1 document was read through the migration. */
const MIGRATED: Issue = { code: "schema_version_migrated", severity: "info", path: ["schemaVersion"], params: { from: 1, to: SCHEMA_VERSION } };

/**
 * A function with the contract of {@link validateAgreement}, overloads included;
 * {@link createAgreementValidator} makes one around a given agreement schema (the compiled one from
 * `@samverkan/core/compiled`).
 *
 * @example
 * const validators: AgreementValidator[] = [validateAgreement, compileAgreementValidator().validate];
 */
export interface AgreementValidator {
  /** Validates a document of the one kind `options.type` names; `value` has that kind's type. */
  <T extends DocumentType>(input: unknown, options: ValidateOptions & { readonly type: T }): ValidationResult<DocumentOfType<T>>;
  /** Validates an agreement, a set of agreements or a medborgarlöfte document. */
  (input: unknown, options?: ValidateOptions): ValidationResult<AgreementDocument>;
}

/** Validates with the given parser: everything {@link validateAgreement} does. */
function validateWith(parse: AgreementParser, parsePromise: CitizenPromiseParser, input: unknown, options: ValidateOptions | undefined): ValidationResult<AgreementDocument> {
  let issues: Issue[];
  try {
    // Options are read inside the try: a hostile getter is reported like hostile input.
    const given = options ?? {};
    const optionIssue = checkOptions(given);
    if (optionIssue) return { ok: false, issues: [optionIssue] };
    const read = readInput(input);
    if ("issue" in read) return { ok: false, issues: [read.issue] };
    // A version 1 document is read through the migration (which gives anything else back as it is), and says so.
    const value = upgradeV1(read.value);
    const migrated = value !== read.value;
    // A document of another kind than the one asked for is only that issue: its own issues are beside the point.
    const typeIssue = checkType(value, given.type);
    const parsed: Parsed = typeIssue ? { ok: false, issues: [typeIssue] } : parseDocument(parse, value, parsePromise);
    if (!parsed.ok) return migrated ? { ok: false, issues: [MIGRATED, ...parsed.issues] } : parsed;
    issues = runRules(parsed.value, given);
    if (migrated) issues.unshift(MIGRATED);
    if (!issues.some((i) => i.severity === "error")) return { ok: true, value: parsed.value, warnings: issues };
  } catch {
    // Only hostile input gets here (a getter that throws, a revoked proxy): report it, never rethrow.
    return { ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] };
  }
  return { ok: false, issues };
}

/** Whether a value is a zod schema, as far as a validator uses one (no getter of it may throw). */
function isZodSchema(value: unknown): boolean {
  try {
    const schema = value as { safeParse?: unknown; _zod?: { def?: unknown } } | null | undefined;
    return typeof schema?.safeParse === "function" && typeof schema._zod?.def === "object" && schema._zod.def !== null;
  } catch {
    return false;
  }
}

/**
 * Makes a validator that parses agreements with the given schema: {@link AgreementSchema} itself,
 * or a compiled clone of it, and medborgarlöfte documents with the second schema given (by default
 * {@link CitizenPromiseDocumentSchema}). Everything else (reading JSON, sets, the `type` option,
 * rules, issues) is shared, so the validator gives exactly the results of {@link validateAgreement}.
 *
 * From its second document on it checks valid documents on a fast path built from the schema, and
 * has zod parse only the parts of a document that are wrong (docs/decisions.md, decision 35). In
 * Node, from its 1,000th document on, the fast path's check is generated code (decision 36); in a
 * browser it stays a tree of closures, which any Content-Security-Policy allows. In Node,
 * `validateAgreement` does the same; in a browser bundle it leaves the fast path out for 1.2 KB
 * gzip, and a validator made here is the way to have it there.
 *
 * @param schema - the agreement schema, or a clone of it that parses identically
 * @param citizenPromiseSchema - the medborgarlöfte document schema, or a clone of it that parses identically
 * @returns a validator with the contract of {@link validateAgreement}
 * @throws {InvalidArgumentError} when `schema` or `citizenPromiseSchema` is not a zod schema
 * @example
 * import { AgreementSchema, createAgreementValidator } from "@samverkan/core";
 *
 * // in a browser app that validates many documents
 * const validate = createAgreementValidator(AgreementSchema);
 * const result = validate(json, { type: "agreement" });
 */
export function createAgreementValidator(schema: typeof AgreementSchema, citizenPromiseSchema: typeof CitizenPromiseDocumentSchema = CitizenPromiseDocumentSchema): AgreementValidator {
  // Checked here, once: a validator of a value that is no schema would report every document as unreadable.
  if (!isZodSchema(schema)) throw new InvalidArgumentError("createAgreementValidator", "schema");
  if (!isZodSchema(citizenPromiseSchema)) throw new InvalidArgumentError("createAgreementValidator", "citizenPromiseSchema");
  const { parse, parsePromise } = fastParsers(schema, citizenPromiseSchema, defaultGenerated);
  // One implementation for both signatures: the first only narrows what `type` already guarantees.
  return ((input: unknown, options?: ValidateOptions) => validateWith(parse, parsePromise, input, options)) as AgreementValidator;
}

/**
 * **Validates** a samverkansöverenskommelse: reads the input, checks its shape against the schema,
 * then runs every semantic rule. With `{ type: "agreement" }` it accepts a single agreement only and
 * its `value` is an {@link Agreement}; a set, or a medborgarlöfte document, is then the issue
 * `unexpected_document_type`. Never throws for bad data and never mutates the input: the returned
 * `value` is a fresh copy. In Node it checks valid documents on a fast path built from the schema
 * and has zod parse only the parts of a document that are wrong; browser bundles leave the fast
 * path out (see {@link createAgreementValidator}). The results are the same either way.
 *
 * @param input - the document as a value, or as JSON text (a string is always read as JSON)
 * @param options - the kind of document to accept (`type`) and severity overrides, see {@link ValidateOptions}
 * @returns `{ ok: true, value, warnings }` when no issue is an error, else `{ ok: false, issues }`
 * @example
 * const result = validateAgreement(json, { type: "agreement" });
 * if (result.ok) {
 *   console.log(result.value.parties.municipalities.map((m) => m.code)); // ["1290"]
 *   for (const w of result.warnings) console.log(formatPath(w.path), formatIssue(w));
 * } else {
 *   for (const issue of result.issues) console.error(issue.code, formatIssue(issue, { locale: "en" }));
 * }
 */
export function validateAgreement<T extends DocumentType>(input: unknown, options: ValidateOptions & { readonly type: T }): ValidationResult<DocumentOfType<T>>;
/**
 * **Validates** a samverkansöverenskommelse, a set of them (del 1 with its del 2s) or a
 * medborgarlöfte document of its own: `value` is any of the three, and its `type` says which.
 *
 * @param input - the document as a value, or as JSON text (a string is always read as JSON)
 * @param options - severity overrides and the date to judge as of, see {@link ValidateOptions}
 * @returns `{ ok: true, value, warnings }` when no issue is an error, else `{ ok: false, issues }`
 * @example
 * const result = validateAgreement(json);
 * if (result.ok && result.value.type === "agreement_set") console.log(result.value.agreements.length);
 */
export function validateAgreement(input: unknown, options?: ValidateOptions): ValidationResult<AgreementDocument>;
export function validateAgreement(input: unknown, options?: ValidateOptions): ValidationResult<AgreementDocument> {
  const { parse, parsePromise } = defaultParsers();
  return validateWith(parse, parsePromise, input, options);
}
