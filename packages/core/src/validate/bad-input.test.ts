import { afterEach, describe, expect, it } from "vitest";
import { formatIssue, validateAgreement, type Agreement, type AgreementValidator, type Issue } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement } from "@samverkan/test-utils";

// Every case runs through both validators: the ordinary one and the compiled fast path.
const validators: [string, AgreementValidator][] = [
  ["validateAgreement", validateAgreement],
  ["compiled", compileAgreementValidator().validate],
];

const error = <I extends Issue>(issue: Omit<I, "severity">): Issue => ({ ...issue, severity: "error" }) as Issue;

/**
 * Validates `input` with both validators and asserts: nothing throws, the result is exactly
 * `{ ok: false, issues: expected }`, and no message (Swedish or English) contains any of `bad`.
 */
function expectIssues(input: unknown, expected: readonly Issue[], bad: readonly string[] = []): void {
  for (const [name, validate] of validators) {
    let result: ReturnType<AgreementValidator> | undefined;
    expect(() => (result = validate(input)), name).not.toThrow();
    expect(result, name).toStrictEqual({ ok: false, issues: expected });
  }
  expectQuietMessages(expected, bad);
}

/** Asserts every issue has a message in both locales and that none echoes any of `bad`. */
function expectQuietMessages(issues: readonly Issue[], bad: readonly string[]): void {
  for (const issue of issues) {
    for (const message of [formatIssue(issue), formatIssue(issue, { locale: "en" })]) {
      expect(message).toMatch(/\S/);
      for (const text of bad) expect(message, issue.code).not.toContain(text);
    }
  }
}

/** Validates `input` with both validators, asserting nothing throws, and returns both results. */
function run(input: unknown) {
  return validators.map(([name, validate]) => {
    let result: ReturnType<AgreementValidator> | undefined;
    expect(() => (result = validate(input)), name).not.toThrow();
    return result!;
  });
}

/** Milliseconds `fn` takes. */
function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** An object nested `depth` levels deep: `{ [key]: { [key]: … {} } }`. */
function nested(depth: number, key: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let i = 0; i < depth; i++) {
    const next: Record<string, unknown> = {};
    current[key] = next;
    current = next;
  }
  return root;
}

const json = JSON.stringify(agreement());

describe("input that is not JSON", () => {
  const invalidJson = [error({ code: "invalid_json", path: [], params: {} })];

  it.each([
    ["truncated text", json.slice(0, json.length / 2)],
    ["an empty string", ""],
    ["only whitespace", "  \n"],
    ['"undefined"', "undefined"],
    ["a JavaScript object literal", "{ schemaVersion: 1, tittel: 'x' }"],
  ])("%s → invalid_json", (_, text) => {
    expectIssues(text, invalidJson, [text.trim(), "tittel"].filter(Boolean));
  });
});

describe("JSON that is not an object", () => {
  it.each([
    ["a number", "424242", "number"],
    ["an array", '["samverkan"]', "array"],
    ["null", "null", "null"],
    ["a JSON string", '"samverkansdokument"', "string"],
    ["a boolean", "true", "boolean"],
  ])("%s → invalid_type at the root", (_, text, received) => {
    const expected = [error({ code: "invalid_type", path: [], params: { expected: "object", received } })];
    expectIssues(text, expected, ["424242", "samverkansdokument"]);
    // The same values given directly rather than as text; a string value is always read as JSON text.
    const value: unknown = JSON.parse(text);
    const direct = typeof value === "string" ? [error({ code: "invalid_json", path: [], params: {} })] : expected;
    expectIssues(value, direct, ["424242", "samverkansdokument"]);
  });
});

describe("wrong types", () => {
  it("title a number → invalid_type", () => {
    expectIssues(
      { ...agreement(), title: 424242 },
      [error({ code: "invalid_type", path: ["title"], params: { expected: "string", received: "number" } })],
      ["424242"],
    );
  });

  it("municipalities an object → invalid_type", () => {
    const doc = agreement();
    expectIssues(
      { ...doc, parties: { ...doc.parties, municipalities: { kavlinge: "1261" } } },
      [error({ code: "invalid_type", path: ["parties", "municipalities"], params: { expected: "array", received: "object" } })],
      ["kavlinge", "1261"],
    );
  });
});

describe("missing fields → missing_field", () => {
  it("missing validity", () => {
    const { validity: _, ...doc } = agreement();
    expectIssues(doc, [error({ code: "missing_field", path: ["validity"], params: { expected: "object" } })]);
  });

  it("missing parties.police.id", () => {
    const doc = agreement();
    const { id: _, ...police } = doc.parties.police;
    expectIssues({ ...doc, parties: { ...doc.parties, police } }, [
      error({ code: "missing_field", path: ["parties", "police", "id"], params: { expected: "string" } }),
    ]);
  });

  it("a field given as undefined counts as missing", () => {
    expectIssues({ ...agreement(), title: undefined }, [
      error({ code: "missing_field", path: ["title"], params: { expected: "string" } }),
    ]);
  });

  // Literals, enums and discriminators are reported by zod as a wrong value even when absent.
  it("missing schemaVersion, an enum and a discriminator are missing too", () => {
    const { schemaVersion: _, ...noVersion } = agreement();
    expectIssues(noVersion, [error({ code: "missing_field", path: ["schemaVersion"], params: { expected: "number" } })]);
    expectIssues({ ...agreement(), forums: [{ id: "f", name: "Forum", level: "strategic" }] }, [
      error({ code: "missing_field", path: ["forums", 0, "kind"], params: { expected: "string" } }),
    ]);
    expectIssues({ ...agreement(), structure: {} }, [
      error({ code: "missing_field", path: ["structure", "type"], params: { expected: "string" } }),
    ]);
    const { type: __, ...noType } = agreement();
    expectIssues(noType, [error({ code: "missing_field", path: ["type"], params: { expected: "string" } })]);
  });
});

describe("unknown keys → unknown_field", () => {
  it("a typo at the root", () => {
    const { title, ...doc } = agreement();
    expectIssues(
      { ...doc, titel: title },
      [
        error({ code: "missing_field", path: ["title"], params: { expected: "string" } }),
        error({ code: "unknown_field", path: ["titel"], params: {} }),
      ],
      ["titel", title],
    );
  });

  it("an extra key beside a correct one", () => {
    expectIssues({ ...agreement(), titel: "Felstavad titel" }, [error({ code: "unknown_field", path: ["titel"], params: {} })], [
      "titel",
      "Felstavad",
    ]);
  });

  it("a nested unknown key", () => {
    const doc = agreement();
    expectIssues(
      { ...doc, parties: { ...doc.parties, police: { ...doc.parties.police, namn: "Polisen" } } },
      [error({ code: "unknown_field", path: ["parties", "police", "namn"], params: {} })],
      ["namn", "Polisen"],
    );
  });
});

describe("__proto__ and constructor keys", () => {
  afterEach(() => {
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  const expected = [
    error({ code: "unknown_field", path: ["parties", "__proto__"], params: {} }),
    error({ code: "unknown_field", path: ["parties", "constructor"], params: {} }),
    error({ code: "unknown_field", path: ["__proto__"], params: {} }),
    error({ code: "unknown_field", path: ["constructor"], params: {} }),
  ];
  const bad = ["__proto__", "constructor", "prototype", "polluted"];
  const payload = { polluted: "yes" };
  const constructorPayload = { prototype: { polluted: "yes" } };

  it("as JSON text, at the root and nested", () => {
    const doc = agreement();
    const text =
      `{"__proto__":${JSON.stringify(payload)},"constructor":${JSON.stringify(constructorPayload)},` +
      json.slice(1).replace('"parties":{', `"parties":{"__proto__":${JSON.stringify(payload)},"constructor":${JSON.stringify(constructorPayload)},`);
    expect(text).toContain('"parties":{"__proto__"');
    expectIssues(text, expected, bad);
    // JSON.parse makes __proto__ an own key, so the parsed value is the same case as the one below.
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toContain("__proto__");
    expectIssues(parsed, expected, bad);
    expect(doc).toStrictEqual(agreement());
  });

  it("as own enumerable properties (Object.defineProperty), at the root and nested", () => {
    const define = (target: object) => {
      Object.defineProperty(target, "__proto__", { value: { ...payload }, enumerable: true, configurable: true, writable: true });
      Object.defineProperty(target, "constructor", {
        value: structuredClone(constructorPayload),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    };
    const doc = agreement();
    define(doc);
    define(doc.parties);
    expect(Object.keys(doc)).toContain("__proto__");
    expectIssues(doc, expected, bad);
  });

  it("never reaches the output of a valid document's parse", () => {
    // A valid document parsed after the hostile ones still has an ordinary prototype.
    for (const result of run(agreement())) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.keys(result.value)).not.toContain("__proto__");
    }
  });
});

describe("a 10 MB document", () => {
  const huge = "Z".repeat(10_000_000);
  const bad = ["ZZZZZZZZ"];

  it("as JSON text → document_too_large, quickly", () => {
    const text = JSON.stringify({ ...agreement(), purpose: huge });
    expect(text.length).toBeGreaterThan(10_000_000);
    const ms = timed(() =>
      expectIssues(text, [error({ code: "document_too_large", path: [], params: { limit: 5_000_000 } })], bad),
    );
    expect(ms).toBeLessThan(2_000);
  });

  it("as an object with a 10 MB title → too_big, quickly", () => {
    const ms = timed(() =>
      expectIssues({ ...agreement(), title: huge }, [error({ code: "too_big", path: ["title"], params: { origin: "string", maximum: 500 } })], bad),
    );
    expect(ms).toBeLessThan(2_000);
  });

  it("as an object with 100 000 forums → too_big on the list, quickly", () => {
    const forums = Array.from({ length: 100_000 }, (_, i) => ({ id: `forum-${i}`, kind: "sig", name: "SIG", level: "operational" }));
    const ms = timed(() =>
      expectIssues({ ...agreement(), forums }, [error({ code: "too_big", path: ["forums"], params: { origin: "array", maximum: 500 } })]),
    );
    expect(ms).toBeLessThan(2_000);
  });
});

describe("deeply nested junk (100 000 levels) → coded issues, no RangeError", () => {
  // A RangeError inside validation would surface as unreadable_input; the exact issues rule that out.
  const deep = nested(100_000, "tiefjunk");

  it("under an unknown key", () => {
    expectIssues({ ...agreement(), junkkey: deep }, [error({ code: "unknown_field", path: ["junkkey"], params: {} })], ["junkkey", "tiefjunk"]);
  });

  it("as the value of a known text field", () => {
    expectIssues(
      { ...agreement(), purpose: deep },
      [error({ code: "invalid_type", path: ["purpose"], params: { expected: "string", received: "object" } })],
      ["tiefjunk"],
    );
  });

  it("as the value of a known object field", () => {
    expectIssues(
      { ...agreement(), budget: { principle: "shared", ...deep } },
      [error({ code: "unknown_field", path: ["budget", "tiefjunk"], params: {} })],
      ["tiefjunk"],
    );
  });

  it("as JSON text nested 100 000 arrays deep", () => {
    const text = json.replace(/}$/, `,"purpose":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expectIssues(text, [error({ code: "invalid_type", path: ["purpose"], params: { expected: "string", received: "array" } })]);
  });
});

describe("dates", () => {
  const withStart = (date: string): Agreement =>
    agreement({ validity: { start: { type: "date", date }, end: { type: "date", date: "2200-12-31" } } });

  it.each(["2023-02-30", "2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2100-02-29", "2023-2-3", "23-02-03", "2023-02-03T00:00:00Z", ""])(
    "%j → invalid_date",
    (date) => {
      expectIssues(withStart(date), [error({ code: "invalid_date", path: ["validity", "start", "date"], params: {} })], [date].filter(Boolean));
    },
  );

  it.each(["2024-02-29", "2000-02-29", "2023-02-28", "2023-12-31"])("%j is a real date", (date) => {
    for (const result of run(withStart(date))) {
      expect(result.ok).toBe(true);
      if (result.ok && result.value.type === "agreement") expect(result.value.validity.start).toStrictEqual({ type: "date", date });
    }
  });

  it("an impossible date anywhere in the document", () => {
    expectIssues(
      agreement({
        citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2025-01-01", end: "2025-06-31" }, commitments: [] }],
      }),
      // A medborgarlöfte's period has the text's precision (a year, a month or a day): an impossible day is not one of them.
      [error({ code: "invalid_format", path: ["citizenPromises", 0, "period", "end"], params: { format: "partial_date" } })],
      ["2025-06-31"],
    );
  });
});

describe("input that cannot be read → unreadable_input", () => {
  const unreadable = [error({ code: "unreadable_input", path: [], params: {} })];
  const secret = "hemlig-getter-text";
  const throwingGetter = (target: object, key: string) =>
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw new Error(secret);
      },
    });

  it("a getter that throws, at the root and nested", () => {
    expectIssues(throwingGetter(agreement(), "title"), unreadable, [secret]);
    const doc = agreement();
    throwingGetter(doc.parties.police, "name");
    expectIssues(doc, unreadable, [secret]);
  });

  it("a revoked Proxy, as the document and nested", () => {
    const { proxy, revoke } = Proxy.revocable(agreement(), {});
    revoke();
    expectIssues(proxy, unreadable);
    expectIssues({ ...agreement(), parties: proxy }, unreadable);
  });
});

describe("versions and variants", () => {
  it("an unsupported schemaVersion → unsupported_schema_version", () => {
    for (const schemaVersion of [987, 0, "1"]) {
      expectIssues(
        { ...agreement(), schemaVersion },
        [error({ code: "unsupported_schema_version", path: ["schemaVersion"], params: { supported: 2 } })],
        ["987"],
      );
    }
  });

  it("an unknown type → invalid_variant", () => {
    expectIssues(
      { ...agreement(), type: "agreemnt" },
      [error({ code: "invalid_variant", path: ["type"], params: { discriminator: "type", allowed: ["agreement", "agreement_set", "citizen_promise"] } })],
      ["agreemnt"],
    );
  });

  it("an unknown nested variant → invalid_variant", () => {
    expectIssues(
      { ...agreement(), structure: { type: "avtalsform-x" } },
      [
        error({
          code: "invalid_variant",
          path: ["structure", "type"],
          params: { discriminator: "type", allowed: ["single", "strategic", "local", "framework"] },
        }),
      ],
      ["avtalsform-x"],
    );
  });

  it("an unknown enum value → invalid_value with the allowed values only", () => {
    expectIssues(
      agreement({ budget: { principle: "halva-kostnaden" as "shared" } }),
      [error({ code: "invalid_value", path: ["budget", "principle"], params: { allowed: ["own_costs", "shared", "other"] } })],
      ["halva-kostnaden"],
    );
  });
});

describe("no input at all", () => {
  it("reports undefined as a value of the wrong type, not a missing field", () => {
    expect(validateAgreement(undefined)).toEqual({
      ok: false,
      issues: [{ code: "invalid_type", severity: "error", path: [], params: { expected: "object", received: "undefined" } }],
    });
  });
});
