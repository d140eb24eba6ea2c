import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type AgreementValidator, type ValidateOptions } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement, agreementSet, signed } from "@samverkan/test-utils";

const validators: [string, AgreementValidator][] = [
  ["validateAgreement", validateAgreement],
  ["compiled", compileAgreementValidator().validate],
];

/** Freezes `value` and everything reachable from it; returns it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Every object and array reachable from `value`, `value` included. */
function nodes(value: unknown, into: object[] = []): object[] {
  if (value !== null && typeof value === "object" && !into.includes(value)) {
    into.push(value);
    for (const child of Object.values(value)) nodes(child, into);
  }
  return into;
}

/** Changes every object and array reachable from `value`: throws if any of them is frozen (strict mode). */
function mutateEverything(value: unknown): void {
  for (const node of nodes(value)) {
    if (Array.isArray(node)) {
      node.push("tillagd");
      node.reverse();
    } else {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) if (typeof record[key] !== "object") record[key] = "ändrad";
      record.tillagd = true;
    }
  }
}

/** An agreement with nested lists of strings and objects at several depths. */
function rich(): Agreement {
  return agreement({
    purpose: "Att öka tryggheten.",
    goals: [{ id: "mal-1", text: "Minska brotten.", focusAreaIds: ["mangdbrott"] }],
    focusAreas: [{ id: "mangdbrott", kind: "volume_crime", title: "Mängdbrott", forumIds: ["lokala-bra"] }],
    forums: [
      {
        id: "lokala-bra",
        kind: "local_bra",
        name: "Lokala Brå",
        level: "strategic",
        members: [{ role: "security_manager", name: "Säkerhetschef" }],
        cadence: { type: "yearly", anchor: { type: "season", season: "autumn" } },
      },
    ],
    plans: [
      {
        id: "plan",
        kind: "activity_plan",
        owner: "joint",
        period: { start: "2025-01-01", end: "2025-12-31" },
        activities: [{ id: "a1", text: "Trygghetsvandring", owner: "joint", focusAreaIds: ["mangdbrott"] }],
        revision: { type: "continuous" },
      },
    ],
    contacts: [{ id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261"] }],
    signatories: [
      signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"),
      { ...signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15"), signature: { date: "2024-12-15", partialDate: { day: 15 } } },
    ],
  });
}

const documents: [string, () => unknown][] = [
  ["a valid agreement", rich],
  ["a valid agreement with warnings", () => agreement({ signatories: [] })],
  ["a valid set", () => agreementSet([rich(), agreement({ id: "andra" })])],
  ["an agreement with an unknown key and a wrong type", () => ({ ...rich(), titel: "x", title: 5 })],
  ["an agreement with a missing field", () => ({ ...rich(), validity: undefined })],
  ["an agreement with a rule error", () => agreement({ validity: { start: { type: "date", date: "2026-01-01" }, end: { type: "year", year: 2025 } } })],
  ["a set with an invalid agreement", () => agreementSet([rich(), { ...agreement({ id: "andra" }), forums: [{ id: "Fel Id" }] } as unknown as Agreement])],
  ["an agreement with a __proto__ key", () => JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(rich()).slice(1)}`) as unknown],
];

describe.each(validators)("%s never mutates its input", (_, validate) => {
  it.each(documents)("deep-frozen %s: no throw, input unchanged", (__, make) => {
    const input = deepFreeze(make());
    const before = structuredClone(input);
    const options: ValidateOptions = deepFreeze({ severity: { party_without_signatory: "error", signature_retroactive: "off" } });
    const optionsBefore = structuredClone(options);
    expect(() => validate(input)).not.toThrow();
    expect(() => validate(input, options)).not.toThrow();
    expect(validate(input).ok).toBe(validateAgreement(structuredClone(before)).ok);
    expect(input).toStrictEqual(before);
    expect(options).toStrictEqual(optionsBefore);
  });

  it.each(documents)("%s as deep-frozen input gives a result whose value is entirely its own", (__, make) => {
    const input = deepFreeze(make());
    const before = structuredClone(input);
    const result = validate(input);
    if (!result.ok) return;
    // Nothing in the value is shared with the frozen input, so every part of it can be changed.
    expect(() => mutateEverything(result.value)).not.toThrow();
    expect(input).toStrictEqual(before);
  });

  it.each(documents)("mutating the value of %s does not affect a live (unfrozen) input", (__, make) => {
    const input = make();
    const before = structuredClone(input);
    const result = validate(input);
    if (!result.ok) return;
    const inputNodes = nodes(input);
    expect(nodes(result.value).filter((node) => inputNodes.includes(node))).toEqual([]);
    mutateEverything(result.value);
    expect(input).toStrictEqual(before);
    // And a second validation of the same input is unaffected by the first result's changes.
    expect(validate(input)).toStrictEqual(validateAgreement(before));
  });

  it("issues share nothing with the input either", () => {
    const input = agreementSet([rich(), { ...rich(), titel: "x" } as Agreement]);
    const before = structuredClone(input);
    const result = validate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    mutateEverything(result.issues);
    expect(input).toStrictEqual(before);
  });
});

it("the valid documents really are valid and the invalid ones invalid", () => {
  expect(documents.map(([name, make]) => [name, validateAgreement(make()).ok])).toEqual([
    ["a valid agreement", true],
    ["a valid agreement with warnings", true],
    ["a valid set", true],
    ["an agreement with an unknown key and a wrong type", false],
    ["an agreement with a missing field", false],
    ["an agreement with a rule error", false],
    ["a set with an invalid agreement", false],
    ["an agreement with a __proto__ key", false],
  ]);
});
