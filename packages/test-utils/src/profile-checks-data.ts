import { CadenceSchema, FollowUpKindSchema, ForumKindSchema, YearSchema, rules as coreRules, scheduleObligations, sv } from "@samverkan/core";
import { CONFIGURATION_KINDS, getKommun, type KommunProfile } from "@samverkan/kommuner";
import { agreement } from "./build.js";
import { describeIssue, type ProfileContext } from "./profile-context.js";

/**
 * One clause of the profile contract: a name that reads as a sentence after the profile's id
 * ("has a slug id and a name"), and a check that returns what is wrong (empty when the clause holds).
 * `example` marks clauses about the profile's example document, which hold vacuously without one.
 */
export interface ProfileCheck {
  readonly name: string;
  readonly example?: boolean;
  readonly run: (context: ProfileContext) => string[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const SEVERITIES = new Set(["error", "warning", "info"]);
const OVERRIDES = new Set([...SEVERITIES, "off"]);
const FORUM_KINDS = new Set<string>(ForumKindSchema.options);
const FOLLOW_UP_KINDS = new Set<string>(FollowUpKindSchema.options);
const SCHEDULE_KEYS = new Set(["renewalLeadMonths", "lawIntervalMonths", "annualReportDue", "nonWorkingDays", "safetySurveyCadence"]);
const RULE_KEYS = ["check", "code", "message", "severity"];
/** Codes a profile rule may not take: the library's issue codes, and the finding of a missing required forum. */
const TAKEN_CODES = new Set([...Object.keys(sv), "required_forum_missing"]);
const defaultSeverity = new Map<string, string>(coreRules.map((rule) => [rule.code, rule.severity]));

/** How many kommuner each configuration takes. */
const KOMMUN_COUNT: Record<KommunProfile["configuration"], "one" | "several" | "any"> = {
  single: "one",
  framework: "one",
  multi_lpo: "one",
  joint: "several",
  strategic_local: "any",
  lpo_group: "any",
};

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "" && value === value.trim();
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown) => JSON.stringify(value) ?? String(value);

/** What is not plain data (JSON-like, no `undefined`, no class instances, no accessors) in `value`. */
export function plainDataProblems(value: unknown, path: string): string[] {
  if (value === null || typeof value === "string" || typeof value === "boolean") return [];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} is ${value}, not a finite number`];
  if (typeof value !== "object") return [`${path} is a ${typeof value}, not plain data`];
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return [`${path} is a ${value.constructor?.name ?? "class"} instance, not a plain object`];
  const out: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === "length") continue;
    const at = Array.isArray(value) ? `${path}[${String(key)}]` : `${path}.${String(key)}`;
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (typeof key === "symbol") out.push(`${at} is a symbol key`);
    else if (!("value" in descriptor)) out.push(`${at} is an accessor, not a value`);
    else if (descriptor.value === undefined) out.push(`${at} is undefined (leave the key out instead)`);
    else out.push(...plainDataProblems(descriptor.value, at));
  }
  return out;
}

/** The clauses about what the profile says, checked on the object itself. */
export const dataChecks: readonly ProfileCheck[] = [
  {
    name: "has a slug id, a name and a configuration",
    run: ({ profile }) => [
      ...(typeof profile.id === "string" && SLUG.test(profile.id) ? [] : [`id ${show(profile.id)} is not a slug (lower-case a–z, 0–9, single hyphens)`]),
      ...(isText(profile.name) ? [] : [`name ${show(profile.name)} is empty or has surrounding spaces`]),
      ...(CONFIGURATION_KINDS.includes(profile.configuration) ? [] : [`configuration ${show(profile.configuration)} is not one of ${CONFIGURATION_KINDS.join(", ")}`]),
      ...(profile.localPoliceArea === undefined || isText(profile.localPoliceArea) ? [] : [`localPoliceArea ${show(profile.localPoliceArea)} is empty or has surrounding spaces`]),
      ...(profile.configuration === "lpo_group" && profile.localPoliceArea === undefined ? ["an lpo_group profile names its lokalpolisområde (localPoliceArea)"] : []),
    ],
  },
  {
    name: "covers real kommuner, as many as its configuration takes",
    run: ({ profile }) => {
      const codes: readonly string[] = Array.isArray(profile.municipalities) ? profile.municipalities : [];
      const out = codes.flatMap((code, i) => [
        ...(getKommun(code) ? [] : [`municipalities[${i}] ${show(code)} is not a kommunkod`]),
        ...(codes.indexOf(code) !== i ? [`municipalities[${i}] ${show(code)} is repeated`] : []),
      ]);
      const count = KOMMUN_COUNT[profile.configuration] ?? "any";
      if (codes.length === 0) out.push("municipalities is empty");
      else if (count === "one" && codes.length !== 1) out.push(`a ${profile.configuration} profile covers exactly one kommun, not ${codes.length}`);
      else if (count === "several" && codes.length < 2) out.push(`a ${profile.configuration} profile covers two or more kommuner, not ${codes.length}`);
      return out;
    },
  },
  {
    name: "names forums by known kinds and requires only forums its template has",
    run: ({ profile }) => {
      const out = Object.entries(profile.forumNames ?? {}).flatMap(([kind, name]) => [
        ...(FORUM_KINDS.has(kind) ? [] : [`forumNames.${kind}: not a kind of forum`]),
        ...(isText(name) ? [] : [`forumNames.${kind}: the name ${show(name)} is empty or has surrounding spaces`]),
      ]);
      const inTemplate = new Set((profile.template?.forums ?? []).map((f) => f.kind));
      (profile.requiredForums ?? []).forEach((kind, i, all) => {
        if (!FORUM_KINDS.has(kind)) out.push(`requiredForums[${i}] ${show(kind)} is not a kind of forum`);
        else if (!inTemplate.has(kind)) out.push(`requiredForums[${i}] ${kind} is not among the template's forums, so a started agreement lacks it`);
        if (all.indexOf(kind) !== i) out.push(`requiredForums[${i}] ${kind} is repeated`);
      });
      return out;
    },
  },
  {
    name: "has default cadences of known kinds that parse",
    run: ({ profile }) => {
      const entries = (group: "forums" | "followUps", kinds: Set<string>) =>
        Object.entries(profile.cadences?.[group] ?? {}).flatMap(([kind, cadence]) => [
          ...(kinds.has(kind) ? [] : [`cadences.${group}.${kind}: not a kind of ${group === "forums" ? "forum" : "follow-up"}`]),
          ...(CadenceSchema.safeParse(cadence).success ? [] : [`cadences.${group}.${kind}: ${show(cadence)} is not a cadence`]),
        ]);
      const unknown = Object.keys(profile.cadences ?? {}).filter((key) => key !== "forums" && key !== "followUps");
      return [...entries("forums", FORUM_KINDS), ...entries("followUps", FOLLOW_UP_KINDS), ...unknown.map((key) => `cadences.${key}: not forums or followUps`)];
    },
  },
  {
    name: "overrides only real rules, each to a real severity other than its default",
    run: ({ profile }) =>
      Object.entries(profile.severity ?? {}).flatMap(([code, severity]) => {
        if (!defaultSeverity.has(code)) return [`severity.${code}: no rule of the library has this code`];
        if (!OVERRIDES.has(severity as string)) return [`severity.${code}: ${show(severity)} is not error, warning, info or off`];
        return defaultSeverity.get(code) === severity ? [`severity.${code}: ${severity} is already the rule's default`] : [];
      }),
  },
  {
    name: "has extra rules with unique snake_case codes, a severity and two different messages",
    run: ({ profile }) =>
      (profile.rules ?? []).flatMap((rule, i, all) => {
        const at = `rules[${i}]`;
        const out: string[] = [];
        const keys = isRecord(rule) ? Object.keys(rule).sort() : [];
        if (keys.join() !== RULE_KEYS.join()) out.push(`${at} has the keys ${keys.join(", ") || "(none)"}, not ${RULE_KEYS.join(", ")}`);
        if (typeof rule.code !== "string" || !SNAKE.test(rule.code)) out.push(`${at}.code ${show(rule.code)} is not snake_case`);
        else if (TAKEN_CODES.has(rule.code)) out.push(`${at}.code ${rule.code} is already an issue code of the library`);
        else if (all.findIndex((r) => r.code === rule.code) !== i) out.push(`${at}.code ${rule.code} is repeated`);
        if (!SEVERITIES.has(rule.severity)) out.push(`${at}.severity ${show(rule.severity)} is not error, warning or info`);
        const { sv: swedish, en: english } = isRecord(rule.message) ? rule.message : { sv: undefined, en: undefined };
        if (!isText(swedish)) out.push(`${at}.message.sv is empty`);
        if (!isText(english)) out.push(`${at}.message.en is empty`);
        if (isText(swedish) && swedish === english) out.push(`${at}.message.sv and .en are the same text`);
        if (typeof rule.check !== "function") out.push(`${at}.check is not a function`);
        return out;
      }),
  },
  {
    name: "is plain data with a reference year",
    run: ({ profile }) => {
      const { rules, ...data } = profile;
      const out = plainDataProblems(data, "profile");
      (rules ?? []).forEach((rule, i) => {
        const { check: _check, ...ruleData } = rule;
        out.push(...plainDataProblems(ruleData, `profile.rules[${i}]`));
      });
      if (!YearSchema.safeParse(profile.referenceYear).success) out.push(`referenceYear ${show(profile.referenceYear)} is not a year`);
      return out;
    },
  },
  {
    name: "has schedule settings that scheduleObligations accepts",
    run: ({ profile }) => {
      const out = Object.keys(profile.schedule ?? {}).filter((key) => !SCHEDULE_KEYS.has(key)).map((key) => `schedule.${key} is not a setting a profile may make`);
      // Any valid agreement will do: the options are checked before the document is read.
      const result = scheduleObligations(agreement(), { ...profile.schedule });
      if (!result.ok) out.push(...result.issues.map((issue) => `schedule: ${describeIssue(issue)}`));
      return out;
    },
  },
];
