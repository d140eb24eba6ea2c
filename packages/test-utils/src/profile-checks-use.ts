import { isDeepStrictEqual } from "node:util";
import type { Agreement, AgreementDocument, IssuePath } from "@samverkan/core";
import { configurations, scheduleWithProfile, toLocalPoliceArea, validateWithProfile } from "@samverkan/kommuner";
import { agreement } from "./build.js";
import type { ProfileCheck } from "./profile-checks-data.js";
import { contractStartInput, describeIssue, describeStartIssue, referenceWindow, type ProfileContext } from "./profile-context.js";

/**
 * The warnings (and notes) a started agreement may have: what the kommuner must still fill in: who
 * signs, who the contact persons are, how often a forum meets, a del 2's own goals, plans and
 * medborgarlöften, and the focus areas (`content_missing` at `focusAreas`; a template may leave
 * them to the kommun, but not its forums or follow-ups).
 */
export const FILL_IN_WARNINGS: ReadonlySet<string> = new Set(["party_without_signatory", "contact_missing", "missing_cadence", "local_content_missing"]);

/**
 * Whether a warning of a started agreement is one of what the kommuner fill in.
 *
 * @example
 * const result = validateAgreement(agreement({ signatories: [] }));
 * if (result.ok) result.warnings.filter((w) => !isFillIn(w)); // []
 */
export const isFillIn = (warning: { code: string; path: IssuePath }): boolean =>
  FILL_IN_WARNINGS.has(warning.code) || (warning.code === "content_missing" && warning.path.at(-1) === "focusAreas");

/** A deep copy of `value` with every object and array frozen; functions are kept as they are. */
export function deepFrozen<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const copy = Array.isArray(value) ? value.map(deepFrozen) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFrozen(v)]));
  return Object.freeze(copy) as T;
}

const agreementsOf = (document: AgreementDocument): readonly Agreement[] =>
  document.type === "agreement" ? [document] : document.type === "agreement_set" ? document.agreements : [];
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isPath = (path: unknown): path is IssuePath =>
  Array.isArray(path) && path.every((part) => typeof part === "string" || (typeof part === "number" && Number.isInteger(part) && part >= 0));

/** Runs `check` on the started document, or says that there is none. */
function withStarted(context: ProfileContext, check: (document: AgreementDocument) => string[]): string[] {
  const started = context.started();
  if (!started) return [`no adapter for configuration ${JSON.stringify(context.profile.configuration)}`];
  if (!started.ok) return ["starting an agreement from the profile failed (see: starts an agreement of its configuration)"];
  return check(started.document);
}

/** Runs `check` on the example's validated document, or says why there is none. */
function withExample(context: ProfileContext, check: (document: AgreementDocument) => string[]): string[] {
  const file = context.example();
  if (!file) return [];
  if (!file.ok) return [file.problem];
  const { result } = context.exampleValidation()!;
  if (!result.ok) return [`example ${context.profile.example} does not validate (see: has an example that validates with the profile)`];
  return check(result.value);
}

/** The clauses about what the profile does: the agreement started from it, its rules, its example. */
export const useChecks: readonly ProfileCheck[] = [
  {
    name: "starts an agreement of its configuration",
    run: (context) => {
      const started = context.started();
      if (!started) return [`no adapter for configuration ${JSON.stringify(context.profile.configuration)}`];
      if (!started.ok) return started.issues.map((issue) => `start: ${describeStartIssue(issue)}`);
      const expected = context.adapter!.document;
      return started.document.type === expected ? [] : [`start made an ${started.document.type}, not an ${expected}`];
    },
  },
  {
    name: "starts an agreement that validates with warnings only for what the kommuner fill in, and no profile findings",
    run: (context) =>
      withStarted(context, () => {
        const { result, findings } = context.startedValidation()!;
        if (!result.ok) return result.issues.map((issue) => `started agreement: ${issue.severity} ${describeIssue(issue)}`);
        return [
          ...result.warnings.filter((w) => !isFillIn(w)).map((w) => `started agreement: ${w.severity} ${describeIssue(w)}`),
          ...findings.map((f) => `started agreement: profile finding ${describeIssue(f)}`),
        ];
      }),
  },
  {
    name: "starts an agreement that lines up with its configuration and survives read and build",
    run: (context) =>
      withStarted(context, (document) => {
        const adapter = context.adapter!;
        const problems = adapter.check(document).filter((f) => f.kind === "problem");
        if (problems.length) return problems.map((f) => `check of the started agreement: ${describeIssue(f)}`);
        const read = adapter.read(document);
        if (!read.ok) return read.findings.map((f) => `read of the started agreement: ${describeIssue(f)}`);
        return isDeepStrictEqual(adapter.build(read.parts), document) ? [] : ["build(read(started).parts) differs from the started agreement"];
      }),
  },
  {
    name: "starts an agreement with obligations in its reference year",
    run: (context) =>
      withStarted(context, () => {
        const schedule = context.startedSchedule()!;
        if (!schedule.ok) return schedule.issues.map((issue) => `schedule of the started agreement: ${describeIssue(issue)}`);
        return [
          ...(schedule.obligations.length ? [] : [`the started agreement has no obligations in ${context.profile.referenceYear}`]),
          ...schedule.notes.filter((n) => n.severity === "error").map((n) => `schedule note: ${describeIssue(n)}`),
        ];
      }),
  },
  {
    name: "works frozen, with the same results",
    run: (context) =>
      withStarted(context, (document) => {
        const frozen = deepFrozen(context.profile);
        try {
          const started = configurations[frozen.configuration].start(contractStartInput(frozen));
          if (!started.ok || !isDeepStrictEqual(started.document, document)) return ["starting from the frozen profile gives another agreement"];
          const out: string[] = [];
          if (!isDeepStrictEqual(validateWithProfile(started.document, frozen), context.startedValidation())) out.push("validating with the frozen profile gives other results");
          const schedule = scheduleWithProfile(started.document, frozen, { window: referenceWindow(frozen) });
          if (!isDeepStrictEqual(schedule, context.startedSchedule())) out.push("scheduling with the frozen profile gives other results");
          return out;
        } catch (error) {
          return [`using the frozen profile threw: ${message(error)}`];
        }
      }),
  },
  {
    name: "has rules that run on any valid agreement without changing it",
    run: (context) =>
      withStarted(context, (document) => {
        // The started agreement, the library's default start (no profile) and a small agreement of another kommun.
        const { profile: _profile, ...withoutProfile } = contractStartInput(context.profile);
        const bare = configurations[context.profile.configuration].start(withoutProfile);
        const samples = [...agreementsOf(document), ...(bare.ok ? agreementsOf(bare.document) : []), agreement()].map(deepFrozen);
        return (context.profile.rules ?? []).flatMap((rule, i) =>
          samples.flatMap((sample) => {
            try {
              const paths: unknown = rule.check(sample);
              return Array.isArray(paths) && paths.every(isPath) ? [] : [`rules[${i}] (${rule.code}) returned ${JSON.stringify(paths)}, not a list of paths`];
            } catch (error) {
              return [`rules[${i}] (${rule.code}) threw on agreement ${sample.id}: ${message(error)}`];
            }
          }),
        );
      }),
  },
  {
    name: "has an example that validates with the profile, without profile findings",
    example: true,
    run: (context) => {
      const file = context.example();
      if (!file) return [];
      if (!file.ok) return [file.problem];
      const { result, findings } = context.exampleValidation()!;
      if (!result.ok) return result.issues.map((issue) => `example: ${issue.severity} ${describeIssue(issue)}`);
      return findings.map((f) => `example: profile finding ${describeIssue(f)}`);
    },
  },
  {
    name: "has an example of its configuration, kommuner and lokalpolisområde",
    example: true,
    run: (context) =>
      withExample(context, (document) => {
        const { profile } = context;
        const out = (context.adapter?.check(document) ?? []).filter((f) => f.kind === "problem").map((f) => `check of the example: ${describeIssue(f)}`);
        const codes = [...new Set(agreementsOf(document).flatMap((a) => a.parties.municipalities.map((m) => m.code)))].sort();
        if (codes.join() !== [...profile.municipalities].sort().join()) out.push(`the example is about the kommuner ${codes.join(", ")}, the profile about ${profile.municipalities.join(", ")}`);
        if (profile.localPoliceArea !== undefined && profile.configuration !== "multi_lpo") {
          const key = toLocalPoliceArea(profile.localPoliceArea).key;
          agreementsOf(document).forEach((a, i) => {
            const own = a.parties.police.localPoliceArea?.key;
            if (own !== key) out.push(`the example's agreement ${i} is with lokalpolisområde ${own ?? "(none)"}, the profile's is ${key}`);
          });
        }
        return out;
      }),
  },
  {
    name: "has an example with obligations in its reference year",
    example: true,
    run: (context) =>
      withExample(context, (document) => {
        const schedule = scheduleWithProfile(document, context.profile, { window: referenceWindow(context.profile) });
        if (!schedule.ok) return schedule.issues.map((issue) => `schedule of the example: ${describeIssue(issue)}`);
        return schedule.obligations.length ? [] : [`the example has no obligations in ${context.profile.referenceYear}`];
      }),
  },
];
