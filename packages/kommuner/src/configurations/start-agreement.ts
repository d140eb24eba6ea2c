import { isCivilDate, scheduleObligations, validateAgreement, type AgreementDocument, type CivilDate, type Issue, type ScheduleResult } from "@samverkan/core";
import { scheduleWithProfile, validateWithProfile, type ProfileFinding } from "../profiles/apply.js";
import { profiles } from "../profiles/index.js";
import type { KommunProfile } from "../profiles/profile.js";
import { findKommun } from "../registry/find-kommun.js";
import type { Kommun } from "../registry/kommun.js";
import { CONFIGURATION_KINDS, type ConfigurationAdapter, type ConfigurationKind, type StartIssue } from "./adapter.js";
import type { ConfigurationFinding } from "./finding.js";
import { startListsWithin } from "./guard.js";
import { configurations } from "./index.js";

/** How many years {@link startAgreement} lets an agreement run: real ones run one to four, some up to eight. */
export const MAX_START_YEARS = 10;

/**
 * What {@link startAgreement} starts: the kommuner (kommunkoder or names, as {@link findKommun}
 * reads them), the configuration, the first day and how many years.
 *
 * @example
 * const options: StartAgreementOptions = { kommuner: ["Arjeplog", "Arvidsjaur"], kind: "strategic_local", from: "2027-01-01" };
 */
export interface StartAgreementOptions {
  /** The kommuner, by kommunkod or name ("1256", "Östra Göinge", "ostra goinge"). */
  readonly kommuner: readonly string[];
  /** The configuration; default `single`. */
  readonly kind?: ConfigurationKind;
  /** The lokalpolisområden as written; by default the profile's, where a profile covers the kommuner and gives one. */
  readonly localPoliceAreas?: readonly string[];
  /** The first day of the validity. */
  readonly from: CivilDate;
  /** How many years the agreement runs, 1 to {@link MAX_START_YEARS}; default 4 (2027-01-01 and 4: to 2030-12-31). */
  readonly years?: number;
  /** Start empty, to transcribe an existing agreement: parties, validity and structure only. */
  readonly empty?: boolean;
  /** Use a shipped profile that covers every kommun (its template, names and checks); default `true`. */
  readonly profile?: boolean;
}

/**
 * Why {@link startAgreement} could not start: an adapter's {@link StartIssue} (an unknown kommun,
 * the wrong number of kommuner or lokalpolisområden, a document that would not be valid), or an
 * option out of range (`invalid_value` at `["kind"]`, `["from"]` or `["years"]`).
 *
 * @example
 * const started = startAgreement({ kommuner: ["Kävlinge"], from: "2027-13-01" });
 * if (!started.ok) for (const issue of started.issues) console.log(issue.code, issue.path); // "invalid_value" ["from"]
 */
export type StartAgreementIssue = StartIssue | { readonly code: "invalid_value"; readonly path: readonly ["kind"] | readonly ["from"] | readonly ["years"] };

/**
 * A started agreement (or set): the document, what was chosen for it, its validation, what the
 * kommuner must still fill in, and the schedule of its first year.
 *
 * @example
 * const started = startAgreement({ kommuner: ["Kävlinge"], from: "2027-01-01" });
 * if (started.ok) console.log(started.document.id, started.missing.length, started.schedule.ok && started.schedule.obligations.length);
 */
export interface StartedAgreement {
  readonly ok: true;
  readonly kind: ConfigurationKind;
  /** The configuration's adapter, which made the document and checked it. */
  readonly adapter: ConfigurationAdapter;
  /** The kommuner found, in the order given. */
  readonly kommuner: readonly Kommun[];
  /** The shipped profile that covers every kommun, when one does and `profile` was not `false`. */
  readonly profile?: KommunProfile;
  /** A shipped profile that covers only some of the kommuner (so the default template was used). */
  readonly partialProfile?: KommunProfile;
  /** The lokalpolisområden the document was started with. */
  readonly localPoliceAreas: readonly string[];
  /** Whether the lokalpolisområde came from the profile rather than the options. */
  readonly localPoliceAreaFromProfile: boolean;
  /** The validity's first and last day. */
  readonly validity: { readonly start: CivilDate; readonly end: CivilDate };
  /** The document, as validated (valid, with only warnings and notes). */
  readonly document: AgreementDocument;
  /** Core's warnings and notes about it (with the profile's severities, when there is a profile). */
  readonly warnings: readonly Issue[];
  /** The profile's own checks. */
  readonly profileFindings: readonly ProfileFinding[];
  /** The adapter's `missing` findings: what the kommuner must still fill in. */
  readonly missing: readonly ConfigurationFinding[];
  /** The adapter's `problem` findings: a start that does not line up as its configuration (none, normally). */
  readonly problems: readonly ConfigurationFinding[];
  /** The first year: from the first day to the day before its anniversary. */
  readonly window: { readonly from: CivilDate; readonly to: CivilDate };
  /** The schedule of the first year (the profile's, when there is a profile). */
  readonly schedule: ScheduleResult;
}

/**
 * The result of {@link startAgreement}: the started agreement, or why it could not start (with the
 * kommuner that were found).
 *
 * @example
 * const started: StartAgreementResult = startAgreement({ kommuner: ["Kävlinge"], from: "2027-01-01" });
 */
export type StartAgreementResult = StartedAgreement | { readonly ok: false; readonly issues: readonly StartAgreementIssue[]; readonly kommuner: readonly Kommun[] };

/**
 * The civil date `years` years after `date`, less one day: the last day of a validity that starts
 * on `date` (29 February rolls to 28 February of a common year).
 */
function lastDay(date: CivilDate, years: number): CivilDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The profile that covers every one of the kommuner, or else one that covers some of them. */
function profileFor(kommuner: readonly Kommun[]): { profile?: KommunProfile; partial?: KommunProfile } {
  const covers = (p: KommunProfile, k: Kommun) => p.municipalities.includes(k.code);
  const profile = profiles.find((p) => kommuner.every((k) => covers(p, k)));
  if (profile) return { profile };
  const partial = profiles.find((p) => kommuner.some((k) => covers(p, k)));
  return partial ? { partial } : {};
}

/**
 * **Starts a new samverkansöverenskommelse** for any kommuner in any configuration, the way a
 * samordnare would: finds the kommuner, uses a shipped profile that covers all of them (its
 * template, forum names and lokalpolisområde) unless `profile: false`, starts the document with the
 * configuration's adapter, validates it as JSON text (with the profile, where there is one), lists
 * what is still to fill in (the adapter's `check`), and schedules its first year.
 *
 * Never throws: an unknown kommun, the wrong number of kommuner or lokalpolisområden for the
 * configuration, or an option out of range is an issue; options it cannot read (a getter that
 * throws, a list of more than 290 kommuner or lokalpolisområden) are `invalid_input`.
 *
 * @param options - the kommuner, `kind`, `localPoliceAreas`, `from`, `years`, `empty` and `profile`
 * @returns the {@link StartedAgreement}, or `{ ok: false, issues, kommuner }`
 * @example
 * import { writeFileSync } from "node:fs";
 * import { formatFinding, startAgreement } from "@samverkan/kommuner";
 *
 * const started = startAgreement({ kommuner: ["1256", "Osby", "Hässleholm"], kind: "lpo_group", localPoliceAreas: ["Lokalpolisområde Hässleholm"], from: "2027-01-01" });
 * if (started.ok) {
 *   writeFileSync(`${started.document.id}.json`, JSON.stringify(started.document, null, 2));
 *   for (const f of started.missing) console.log(f.code, formatFinding(f));
 * }
 */
export function startAgreement(options: StartAgreementOptions): StartAgreementResult {
  try {
    if (options === null || typeof options !== "object" || !startListsWithin(options)) return { ok: false, issues: [{ code: "invalid_input", path: [] }], kommuner: [] };
    return start(options);
  } catch {
    // Options that cannot be read (a getter that throws, kommuner that are not a list of names).
    return { ok: false, issues: [{ code: "invalid_input", path: [] }], kommuner: [] };
  }
}

function start(options: StartAgreementOptions): StartAgreementResult {
  const kind = options.kind ?? "single";
  const years = options.years ?? 4;
  const issues: StartAgreementIssue[] = [];
  if (!CONFIGURATION_KINDS.includes(kind)) issues.push({ code: "invalid_value", path: ["kind"] });
  if (!isCivilDate(options.from)) issues.push({ code: "invalid_value", path: ["from"] });
  if (!Number.isInteger(years) || years < 1 || years > MAX_START_YEARS) issues.push({ code: "invalid_value", path: ["years"] });
  const kommuner: Kommun[] = [];
  options.kommuner.forEach((query, i) => {
    const found = findKommun(query);
    if (found.ok) kommuner.push(found.kommun);
    else issues.push({ code: found.error.code, path: ["kommuner", i] });
  });
  if (issues.length) return { ok: false, issues, kommuner };

  const adapter: ConfigurationAdapter = configurations[kind];
  const { profile, partial } = options.profile === false ? {} : profileFor(kommuner);
  let localPoliceAreas = options.localPoliceAreas ?? [];
  let localPoliceAreaFromProfile = false;
  if (profile && localPoliceAreas.length === 0 && profile.localPoliceArea !== undefined && kind !== "multi_lpo") {
    localPoliceAreas = [profile.localPoliceArea];
    localPoliceAreaFromProfile = true;
  }
  const validity = { start: options.from, end: lastDay(options.from, years) };
  const started = adapter.start({
    kommuner: kommuner.map((k) => k.code),
    validity: { start: { type: "date", date: validity.start }, end: { type: "date", date: validity.end } },
    ...(localPoliceAreas.length && { localPoliceAreas }),
    ...(profile && { profile }),
    ...(options.empty && { empty: true }),
  });
  if (!started.ok) return { ok: false, issues: started.issues, kommuner };

  // What is written is what is validated: the JSON text, read back as a user's tool would read it.
  const json = JSON.stringify(started.document);
  const validation = profile ? validateWithProfile(json, profile) : { result: validateAgreement(json), findings: [] };
  if (!validation.result.ok) return { ok: false, issues: [{ code: "document_invalid", path: [], issues: validation.result.issues }], kommuner };
  const document = validation.result.value;
  const findings = adapter.check(document);
  const window = { from: validity.start, to: lastDay(validity.start, 1) };
  const schedule = profile ? scheduleWithProfile(document, profile, { window }) : scheduleObligations(document, { window });
  return {
    ok: true,
    kind,
    adapter,
    kommuner,
    ...(profile && { profile }),
    ...(partial && { partialProfile: partial }),
    localPoliceAreas,
    localPoliceAreaFromProfile,
    validity,
    document,
    warnings: validation.result.warnings,
    profileFindings: validation.findings,
    missing: findings.filter((f) => f.kind === "missing"),
    problems: findings.filter((f) => f.kind === "problem"),
    window,
    schedule,
  };
}
