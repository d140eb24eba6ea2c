import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatPath, type AgreementDocument, type Issue, type ScheduleResult, type Validity } from "@samverkan/core";
import {
  configurations,
  scheduleWithProfile,
  validateWithProfile,
  type ConfigurationAdapter,
  type KommunProfile,
  type ProfileValidation,
  type StartInput,
  type StartIssue,
  type StartResult,
} from "@samverkan/kommuner";

/**
 * Two lokalpolisområden made up for starting a `multi_lpo` profile, which needs at least two; a
 * profile names at most one.
 */
export const INVENTED_LOCAL_POLICE_AREAS = ["Lokalpolisområde Kontraktsnorr", "Lokalpolisområde Kontraktssöder"] as const;

/** The validity an agreement started from a profile gets: its reference year and the three after. */
export function contractValidity(profile: KommunProfile): Validity {
  const year = profile.referenceYear;
  return { start: { type: "date", date: `${year}-01-01` }, end: { type: "date", date: `${year + 3}-12-31` } };
}

/** The reference year as a schedule window, both days inclusive. */
export function referenceWindow(profile: KommunProfile): { from: string; to: string } {
  return { from: `${profile.referenceYear}-01-01`, to: `${profile.referenceYear}-12-31` };
}

/** What the contract starts a profile's agreement from: its kommuner, the validity, its LPO, the profile. */
export function contractStartInput(profile: KommunProfile): StartInput {
  const areas = profile.configuration === "multi_lpo" ? INVENTED_LOCAL_POLICE_AREAS : profile.localPoliceArea !== undefined ? [profile.localPoliceArea] : undefined;
  return { kommuner: profile.municipalities, validity: contractValidity(profile), ...(areas && { localPoliceAreas: areas }), profile };
}

/** An issue as one line for a problem report: `code at path`. */
export const describeIssue = (issue: { code: string; path: readonly (string | number)[] }): string => `${issue.code} at ${formatPath(issue.path)}`;

/** A failed start as one line, with the core issues of a document that did not validate. */
export function describeStartIssue(issue: StartIssue): string {
  return issue.code === "document_invalid" ? `document_invalid (${issue.issues.map((i: Issue) => describeIssue(i)).join(", ")})` : describeIssue(issue);
}

/** The example document as read from `examples/agreements/`, or why it could not be read. */
export type ExampleFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/** Reads a profile's example, `examples/agreements/<name>.json`, as text (unvalidated). */
export function readExample(name: string): ExampleFile {
  // A bare file name only: an example is one of the repository's documents, never a path elsewhere.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return { ok: false, problem: `example "${name}" is not the name of a file under examples/agreements/` };
  const file = fileURLToPath(new URL(`../../../examples/agreements/${name}.json`, import.meta.url));
  if (!existsSync(file)) return { ok: false, problem: `example "${name}": examples/agreements/${name}.json does not exist` };
  return { ok: true, text: readFileSync(file, "utf8") };
}

/**
 * What the contract's checks share for one profile, each computed once on first use: the adapter,
 * the agreement started from the profile with its validation and schedule, and the example.
 */
export interface ProfileContext {
  readonly profile: KommunProfile;
  /** The adapter of the profile's configuration, or `undefined` for a configuration no adapter has. */
  readonly adapter: ConfigurationAdapter | undefined;
  /** The start from {@link contractStartInput}; `undefined` without an adapter. */
  started(): StartResult | undefined;
  /** The started document validated with the profile; `undefined` when the start failed. */
  startedValidation(): ProfileValidation | undefined;
  /** The started document's schedule for the reference year, with the profile's settings; `undefined` when the start failed. */
  startedSchedule(): ScheduleResult | undefined;
  /** The example file, or `undefined` when the profile names none. */
  example(): ExampleFile | undefined;
  /** The example validated with the profile; `undefined` when there is no example file. */
  exampleValidation(): ProfileValidation | undefined;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A context for one profile; nothing is computed until a check asks for it. */
export function profileContext(profile: KommunProfile): ProfileContext {
  const adapter: ConfigurationAdapter | undefined = Object.hasOwn(configurations, profile.configuration) ? configurations[profile.configuration] : undefined;
  const started = once(() => adapter?.start(contractStartInput(profile)));
  const document = (): AgreementDocument | undefined => {
    const result = started();
    return result?.ok ? result.document : undefined;
  };
  const example = once(() => (profile.example === undefined ? undefined : readExample(profile.example)));
  return {
    profile,
    adapter,
    started,
    startedValidation: once(() => {
      const doc = document();
      return doc && validateWithProfile(doc, profile);
    }),
    startedSchedule: once(() => {
      const doc = document();
      return doc && scheduleWithProfile(doc, profile, { window: referenceWindow(profile) });
    }),
    example,
    exampleValidation: once(() => {
      const file = example();
      return file?.ok ? validateWithProfile(file.text, profile) : undefined;
    }),
  };
}
