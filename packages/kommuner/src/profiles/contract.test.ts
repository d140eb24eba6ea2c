import { describe, expect, it } from "vitest";
import type { Agreement } from "@samverkan/core";
import { agreement, profileChecks, profileContract, profileProblems } from "@samverkan/test-utils";
import { configurations } from "../configurations/index.js";
import { arjeplogArvidsjaur } from "./arjeplog-arvidsjaur.js";
import { profiles } from "./index.js";
import { kavlinge } from "./kavlinge.js";
import { kristianstad } from "./kristianstad.js";
import { ostraGoinge } from "./ostra-goinge.js";
import type { KommunProfile, ProfileRule } from "./profile.js";

// Every shipped profile passes the one contract suite.
describe.each(profiles.map((p) => [p.id, p] as const))("%s", (_, p) => profileContract(p));

describe("the shipped profiles", () => {
  it("have different ids", () => {
    const ids = profiles.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("are each in the list of profiles", () => {
    expect(profiles).toEqual(expect.arrayContaining([ostraGoinge, kavlinge, kristianstad, arjeplogArvidsjaur]));
  });

  it("have no problems by profileProblems either", () => {
    expect(profiles.map(profileProblems)).toEqual(profiles.map(() => []));
  });
});

// A profile the compiler would reject, for the clauses that guard against data TypeScript cannot see.
const untyped = (profile: object) => profile as KommunProfile;
const kavlingeRule = kavlinge.rules[0];
const rule = (overrides: Partial<ProfileRule>): ProfileRule => ({ ...kavlingeRule, ...overrides });
const { localPoliceArea: _lpo, ...withoutLocalPoliceArea } = ostraGoinge;

// Each clause of the contract, and profiles that break it. A clause with no entry here cannot be
// broken by a profile alone (it guards the adapters); it is shown to fail with a stub below.
const broken: Record<string, [why: string, profile: KommunProfile][]> = {
  "has a slug id, a name and a configuration": [
    ["an id with capitals and spaces", { ...kavlinge, id: "Kävlinge kommun" }],
    ["an empty name", { ...kavlinge, name: " " }],
    ["an unknown configuration", untyped({ ...kavlinge, configuration: "regional" })],
    ["an lpo_group without its lokalpolisområde", { ...withoutLocalPoliceArea, configuration: "lpo_group" }],
  ],
  "covers real kommuner, as many as its configuration takes": [
    ["an unknown kommunkod", { ...kavlinge, municipalities: ["9999"] }],
    ["no kommun", { ...kavlinge, municipalities: [] }],
    ["a kommun twice", { ...arjeplogArvidsjaur, municipalities: ["2506", "2506"] }],
    ["two kommuner for single", { ...kavlinge, municipalities: ["1261", "1262"] }],
    ["one kommun for joint", { ...arjeplogArvidsjaur, configuration: "joint", municipalities: ["2506"] }],
  ],
  "names forums by known kinds and requires only forums its template has": [
    ["a required forum the template lacks", { ...kavlinge, requiredForums: ["council", "est"] }],
    ["a name for an unknown kind", untyped({ ...kavlinge, forumNames: { ...kavlinge.forumNames, brottsrad: "Brottsrådet" } })],
    ["an empty forum name", { ...kavlinge, forumNames: { council: "" } }],
  ],
  "has default cadences of known kinds that parse": [
    ["a cadence that is not one", untyped({ ...kavlinge, cadences: { followUps: { follow_up: { type: "fortnightly" } } } })],
    ["a cadence for an unknown kind", untyped({ ...kavlinge, cadences: { ...kavlinge.cadences, forums: { brottsrad: { type: "yearly" } } } })],
  ],
  "overrides only real rules, each to a real severity other than its default": [
    ["an unknown rule", untyped({ ...kristianstad, severity: { signature_backdated: "off" } })],
    ["an unknown severity", untyped({ ...kristianstad, severity: { signature_retroactive: "loud" } })],
    ["the rule's default", { ...kristianstad, severity: { signature_retroactive: "info" } }],
  ],
  "has extra rules with unique snake_case codes, a severity and two different messages": [
    ["a code twice", { ...kavlinge, rules: [kavlingeRule, kavlingeRule] }],
    ["a code that is not snake_case", { ...kavlinge, rules: [rule({ code: "Kavlinge-Tertial" })] }],
    ["a code of the library's", { ...kavlinge, rules: [rule({ code: "missing_cadence" })] }],
    ["the same message twice", { ...kavlinge, rules: [rule({ message: { sv: "Tertial.", en: "Tertial." } })] }],
    ["an empty message", { ...kavlinge, rules: [rule({ message: { sv: "", en: "Tertial." } })] }],
  ],
  "is plain data with a reference year": [
    ["a fractional reference year", { ...kavlinge, referenceYear: 2020.5 }],
    ["an explicit undefined", { ...kavlinge, localPoliceArea: undefined as unknown as string }],
    ["a Date in the template", untyped({ ...kavlinge, template: { ...kavlinge.template, since: new Date(0) } })],
  ],
  "has schedule settings that scheduleObligations accepts": [
    ["a lägesbild interval of zero", { ...kristianstad, schedule: { lawIntervalMonths: 0 } }],
    ["a day that is not in every year", { ...kristianstad, schedule: { annualReportDue: { month: 2, day: 29 } } }],
    ["a setting a profile may not make", untyped({ ...kristianstad, schedule: { window: { from: "2026-01-01" } } })],
  ],
  "starts an agreement of its configuration": [
    ["a forum name longer than the model allows", { ...kavlinge, forumNames: { council: "R".repeat(10_000) } }],
  ],
  "starts an agreement that validates with warnings only for what the kommuner fill in, and no profile findings": [
    ["a rule that fires on the started agreement", { ...kavlinge, rules: [rule({ check: () => [["forums"]] })] }],
    ["a cadence that cannot occur in four years", { ...kavlinge, cadences: { ...kavlinge.cadences, forums: { council: { type: "every_n_years", years: 5 } } } }],
    ["a template without forums or follow-ups", { ...kavlinge, requiredForums: [], rules: [], template: { focusAreas: kavlinge.template.focusAreas } }],
  ],
  "starts an agreement with obligations in its reference year": [
    [
      "a template with nothing to schedule in its first year",
      { ...kavlinge, rules: [], cadences: {}, template: { forums: [{ kind: "council", level: "strategic", cadence: { type: "when_needed" } }] } },
    ],
  ],
  "works frozen, with the same results": [
    ["a rule that keeps state on itself", { ...kavlinge, rules: [rule({ check: countsItsCalls })] }],
  ],
  "has rules that run on any valid agreement without changing it": [
    ["a rule that throws on an agreement without goals", { ...kavlinge, rules: [rule({ check: (a) => (a.goals!.length > 99 ? [["goals"]] : []) })] }],
    ["a rule that changes the agreement", { ...kavlinge, rules: [rule({ check: (a) => ((a.focusAreas as unknown[] | undefined)?.splice(0), []) })] }],
    ["a rule that returns a path as text", { ...kavlinge, rules: [rule({ check: () => ["followUps"] as unknown as [] })] }],
  ],
  "has an example that validates with the profile, without profile findings": [
    ["an example that does not exist", { ...kavlinge, example: "kavlinge-2099" }],
    ["an example outside examples/agreements", { ...kavlinge, example: "../package" }],
    ["an example without the forums the profile requires", { ...kristianstad, example: "kavlinge-2019-2022" }],
  ],
  "has an example of its configuration, kommuner and lokalpolisområde": [
    // The contract found this in the first Östra Göinge profile: a set configuration, a single agreement as example.
    ["a set configuration with a single agreement as example", { ...ostraGoinge, configuration: "lpo_group" }],
    ["an example of another structure", { ...kavlinge, configuration: "framework" }],
    ["an example of other kommuner", { ...kristianstad, requiredForums: [], example: "kavlinge-2019-2022" }],
    ["an example with another lokalpolisområde", { ...ostraGoinge, localPoliceArea: "Lokalpolisområde Osby" }],
  ],
  "has an example with obligations in its reference year": [["a reference year outside the example's validity", { ...kavlinge, referenceYear: 2030 }]],
};

// A rule that counts its calls on itself (`this` is the rule): it writes to the profile.
function countsItsCalls(this: { calls?: number }, a: Agreement) {
  this.calls = (this.calls ?? 0) + 1;
  return kavlingeRule.check(a);
}

describe("the contract catches", () => {
  it("a broken profile in every clause a profile can break", () => {
    const unbroken = profileChecks.map((c) => c.name).filter((name) => !(name in broken));
    expect(unbroken).toEqual(["starts an agreement that lines up with its configuration and survives read and build"]);
  });

  describe.each(Object.entries(broken))("%s", (clause, cases) => {
    it.each(cases)("%s", (_, profile) => {
      const problems = profileProblems(profile);
      expect(problems.filter((p) => p.startsWith(`${clause}: `))).not.toEqual([]);
    });
  });

  it("a started agreement that does not line up with its configuration, or does not survive read and build", () => {
    const clause = profileChecks.find((c) => c.name.startsWith("starts an agreement that lines up"))!;
    const document = agreement({ id: "kavlinge-2020-2023" });
    const context = (adapter: (typeof configurations)["single"]) => ({
      profile: kavlinge,
      adapter,
      started: () => ({ ok: true as const, document }),
      startedValidation: () => undefined,
      startedSchedule: () => undefined,
      example: () => undefined,
      exampleValidation: () => undefined,
    });
    expect(clause.run(context(configurations.single))).toEqual([]);
    // An adapter of another configuration: the document does not line up.
    expect(clause.run(context(configurations.framework))).toEqual(["check of the started agreement: wrong_structure at structure"]);
    // An adapter whose build loses something.
    const lossy = { ...configurations.single, build: ({ agreement: a }: { agreement: typeof document }) => ({ ...a, followUps: [] }) };
    expect(clause.run(context(lossy))).toEqual(["build(read(started).parts) differs from the started agreement"]);
  });
});
