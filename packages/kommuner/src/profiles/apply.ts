import {
  ForumKindSchema,
  InvalidArgumentError,
  LIMITS,
  scheduleObligations,
  type Issue,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type IssuePath,
  type ScheduleOptions,
  type ScheduleResult,
  type Severity,
  type ValidateOptions,
  type ValidationResult,
} from "@samverkan/core";
import { isDocumentShape } from "../configurations/guard.js";
import { DEFAULT_FORUM_NAMES } from "../configurations/start.js";
import type { KommunProfile } from "./profile.js";

/**
 * A finding of a profile: a forum the kommun requires that the agreement lacks
 * (`required_forum_missing`, its message naming the forum as the profile names it), or one of the
 * profile's own rules. Its message is the profile's text in Swedish and English, never the document's.
 *
 * @example
 * const validation = validateWithProfile(json, kristianstad);
 * for (const f of validation.findings) console.log(f.severity, f.code, f.message.sv);
 */
export interface ProfileFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly message: { readonly sv: string; readonly en: string };
}

// The finding names the forum by the profile's name for its kind: text of the profile, never of the document.
const requiredForum = (name: string) => ({
  sv: `Samverkansforum som kommunens profil kräver saknas: ${name}.`,
  en: `A forum the kommun's profile requires is missing: ${name}.`,
});

/** The agreements of a document with their paths (a medborgarlöfte document has none). */
function agreementsOf(document: AgreementDocument): [Agreement, IssuePath][] {
  if (document.type === "agreement") return [[document, []]];
  return document.type === "agreement_set" ? document.agreements.map((a, i) => [a, ["agreements", i]]) : [];
}

/**
 * What a profile adds to validation, for a document already known to be valid: the forums it
 * requires (checked in every agreement but a del 1, whose del 2s hold the forums) and its own rules.
 *
 * @param document - a valid agreement or set
 * @param profile - the kommun's profile
 * @returns the findings, in document order
 * @throws `InvalidArgumentError` (from `@samverkan/core`) when `document` is not a document or `profile` not a profile
 * @example
 * const started = configurations.single.start({ kommuner: ["Kävlinge"], validity, profile: kavlinge });
 * if (started.ok) profileFindings(started.document, kavlinge); // [] (it has its Råd för trygghet och hälsa)
 */
export function profileFindings(document: AgreementDocument, profile: KommunProfile): ProfileFinding[] {
  if (!isDocumentShape(document)) throw new InvalidArgumentError("profileFindings", "document");
  try {
    if (!isRecord(profile)) throw new TypeError("not a profile");
    return findingsOf(document, profile);
  } catch {
    throw new InvalidArgumentError("profileFindings", "profile");
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);
const notObject = (path: string, value: unknown): Issue => ({ code: "invalid_type", severity: "error", path: [path], params: { expected: "object", received: typeName(value) } });
const UNREADABLE: Issue = { code: "unreadable_input", severity: "error", path: [], params: {} };

// The longest lists a profile is read with: each kind of forum once; rules, and a rule's paths, as
// many as a document has lists. A longer list (a sparse list may claim billions of items) is not
// read item by item.
const MAX_REQUIRED_FORUMS = ForumKindSchema.options.length;
const MAX_RULES = LIMITS.listItems;
const MAX_RULE_PATHS = 10_000;
const MAX_PATH_KEYS = 64;

/** The issue for a profile list (`requiredForums` or `rules`, as read) too long to read, if it is one. */
function tooLongIssue(key: "requiredForums" | "rules", list: unknown): Issue | undefined {
  const maximum = key === "requiredForums" ? MAX_REQUIRED_FORUMS : MAX_RULES;
  if (Array.isArray(list) && list.length > maximum) return { code: "too_big", severity: "error", path: ["profile", key], params: { origin: "array", maximum } };
  return undefined;
}

function findingsOf(document: AgreementDocument, profile: KommunProfile): ProfileFinding[] {
  // Each list read once, and checked as read: a getter cannot hand the loops another list.
  const requiredForums = profile.requiredForums ?? [];
  const rules = profile.rules ?? [];
  if (tooLongIssue("requiredForums", requiredForums) || tooLongIssue("rules", rules)) throw new RangeError("a profile list too long to read");
  const out: ProfileFinding[] = [];
  for (const [agreement, prefix] of agreementsOf(document)) {
    if (agreement.structure.type !== "strategic") {
      for (const kind of requiredForums) {
        if (!agreement.forums?.some((f) => f.kind === kind)) {
          const message = requiredForum(profile.forumNames?.[kind] ?? DEFAULT_FORUM_NAMES[kind]);
          out.push({ code: "required_forum_missing", severity: "warning", path: [...prefix, "forums"], message });
        }
      }
    }
    for (const rule of rules) {
      const paths = rule.check(agreement);
      // The profile's own code: what it gives back is read only as a list of a document's size.
      if (!Array.isArray(paths) || paths.length > MAX_RULE_PATHS) throw new TypeError("a rule's result is not a list of paths");
      for (const path of paths) {
        if (!Array.isArray(path) || path.length > MAX_PATH_KEYS) throw new TypeError("not a path");
        out.push({ code: rule.code, severity: rule.severity, path: [...prefix, ...path], message: rule.message });
      }
    }
  }
  return out;
}

/** The result of {@link validateWithProfile}: the library's validation, and what the profile adds when it is valid. */
export interface ProfileValidation {
  readonly result: ValidationResult<AgreementDocument>;
  readonly findings: readonly ProfileFinding[];
}

/**
 * **Validates** a document the way a kommun has configured it: the library's rules with the
 * profile's severities and lägesbild interval, then the forums the profile requires and its own
 * rules. Options given here win over the profile's.
 *
 * @param input - the document, as a value or JSON text
 * @param profile - the kommun's profile
 * @param options - validation options, on top of the profile's
 * @returns the validation, and the profile's findings (none when the document is invalid). A
 *   profile whose list cannot be read (more `requiredForums` than there are kinds of forum, more
 *   than 500 `rules`) gives a `too_big` issue at its path, e.g. `["profile", "requiredForums"]`.
 * @example
 * const { result, findings } = validateWithProfile(json, kristianstad, { asOf: "2026-11-23" });
 */
export function validateWithProfile(input: unknown, profile: KommunProfile, options: ValidateOptions = {}): ProfileValidation {
  try {
    // A profile or options that are not objects: coded issues at `["profile"]` or `["options"]`, as the validator reports its own.
    if (!isRecord(profile)) return { result: { ok: false, issues: [notObject("profile", profile)] }, findings: [] };
    if (!isRecord(options)) return { result: { ok: false, issues: [notObject("options", options)] }, findings: [] };
    const tooLong = tooLongIssue("requiredForums", profile.requiredForums) ?? tooLongIssue("rules", profile.rules);
    if (tooLong) return { result: { ok: false, issues: [tooLong] }, findings: [] };
    return validateWith(input, profile, options);
  } catch {
    return { result: { ok: false, issues: [UNREADABLE] }, findings: [] };
  }
}

function validateWith(input: unknown, profile: KommunProfile, options: ValidateOptions): ProfileValidation {
  const lawIntervalMonths = options.lawIntervalMonths ?? profile.schedule?.lawIntervalMonths;
  const result = validateAgreement(input, {
    ...options,
    severity: { ...profile.severity, ...options.severity },
    ...(lawIntervalMonths !== undefined && { lawIntervalMonths }),
  });
  return { result, findings: result.ok ? findingsOf(result.value, profile) : [] };
}

/**
 * **Schemalägger** a document with the profile's schedule settings (lägesbild interval, renewal
 * lead time, the annual report's day, …); options given here win.
 *
 * @param document - a valid agreement or set
 * @param profile - the kommun's profile
 * @param options - schedule options, on top of the profile's
 * @returns the schedule, as `scheduleObligations` of `@samverkan/core` gives it
 * @example
 * const schedule = scheduleWithProfile(agreement, kristianstad, { window: { from: "2026-01-01", to: "2026-12-31" } });
 */
export function scheduleWithProfile(document: AgreementDocument, profile: KommunProfile, options: ScheduleOptions = {}): ScheduleResult {
  try {
    if (!isRecord(profile)) return { ok: false, issues: [notObject("profile", profile)] };
    if (!isRecord(options)) return { ok: false, issues: [notObject("options", options)] };
    const settings = profile.schedule;
    if (settings !== undefined && !isRecord(settings)) return { ok: false, issues: [{ ...notObject("profile", settings), path: ["profile", "schedule"] }] };
    return scheduleObligations(document, { ...settings, ...options });
  } catch {
    return { ok: false, issues: [UNREADABLE] };
  }
}
