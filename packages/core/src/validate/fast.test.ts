import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { generateAgreements, mulberry32 } from "@samverkan/test-utils";
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import { LIMITS } from "../model/primitives.js";
import { fromZodIssues } from "../issues/from-zod.js";
import { InvalidArgumentError } from "../issues/invalid-argument.js";
import { FAIL, createFastParser, fastChecker as treeChecker, fastParser, type GeneratedChecker } from "./fast.js";
import { checkSource, generatedChecker } from "./fast-code.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** The real documents (the seeds and the corpus encodings), split into what each schema parses. */
function realDocuments(): { agreements: unknown[]; promises: unknown[] } {
  const agreements: unknown[] = [];
  const promises: unknown[] = [];
  for (const folder of ["examples/agreements", "examples/corpus"]) {
    for (const file of readdirSync(`${root}${folder}`).filter((f) => f.endsWith(".json")).sort()) {
      const doc = JSON.parse(readFileSync(`${root}${folder}/${file}`, "utf8")) as { type: string; agreements?: unknown[] };
      if (doc.type === "agreement_set") agreements.push(...doc.agreements!);
      else if (doc.type === "citizen_promise") promises.push(doc);
      else agreements.push(doc);
    }
  }
  return { agreements, promises };
}

const real = realDocuments();
const generated = JSON.parse(JSON.stringify(generateAgreements(60, 7))) as unknown[];

/** Every place in a JSON value: the container and the key or index. */
function places(value: unknown, out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push({ parent: value, key: i });
      places(item, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k });
      places(v, out);
    }
  }
  return out;
}

const REPLACEMENTS: unknown[] = [
  null,
  "",
  "x".repeat(LIMITS.longText + 1),
  "x".repeat(LIMITS.shortText + 1),
  0,
  -0,
  -1,
  1.5,
  1e21,
  Number.NaN,
  Number.MAX_SAFE_INTEGER + 1,
  true,
  [],
  {},
  "2025-02-30",
  "2024-02-29",
  "2025",
  "Not An Id!",
  "municipality",
  "agreement",
  1899,
  2200,
  2201,
  12,
  13,
  "1261",
];

/** A broken copy of `doc`: one to four random edits of the kinds a hand-written or hostile document has. */
function mutate(doc: unknown, random: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const all = places(copy);
    if (!all.length) break;
    const { parent, key } = pick(all);
    const target = parent as Record<string | number, unknown>;
    switch (Math.floor(random() * 7)) {
      case 0:
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete target[key];
        break;
      case 1:
        target[key] = undefined;
        break;
      case 2:
        if (Array.isArray(parent)) parent.push(pick(REPLACEMENTS));
        else target.extra = 1;
        break;
      case 3:
        // A real value from elsewhere in the document: a string where a list goes, an id where a date goes.
        target[key] = JSON.parse(JSON.stringify(pick(all).parent)) as unknown;
        break;
      case 4:
        if (Array.isArray(parent)) delete parent[key as number];
        else target[key] = pick(REPLACEMENTS);
        break;
      default:
        target[key] = pick(REPLACEMENTS);
    }
  }
  return copy;
}

/** zod's own answer and the fast path's agree: the same success, and the same data (key order included) or issues. */
function expectSame(schema: z.ZodMiniType, parse: (value: unknown) => unknown, value: unknown): boolean {
  const expected = schema.safeParse(value);
  const actual = parse(value) as typeof expected;
  expect(actual.success).toBe(expected.success);
  if (expected.success) {
    expect(actual.data).toStrictEqual(expected.data);
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data));
  } else expect(actual.error?.issues).toEqual(expected.error.issues);
  return expected.success;
}

// Both checks of the fast path: the tree of closures (browsers, createFastParser), and the same
// check as generated code (validateAgreement and createAgreementValidator in Node).
const generatedOrThrow: GeneratedChecker = (schema) => {
  const check = generatedChecker(schema);
  if (!check) throw new Error("no generated check: new Function was refused");
  return check;
};
describe.each([
  { name: "closures", generate: undefined, checker: treeChecker },
  { name: "generated code", generate: generatedOrThrow, checker: generatedOrThrow as (schema: z.ZodMiniType) => (value: unknown) => unknown },
])("the fast path of the document schemas, as $name", ({ generate, checker: fastChecker }) => {
  const agreement = fastParser(AgreementSchema, generate);
  const promise = fastParser(CitizenPromiseDocumentSchema, generate);

  it("vouches for every real and generated document itself, with zod's output", () => {
    const check = fastChecker(AgreementSchema);
    const checkPromise = fastChecker(CitizenPromiseDocumentSchema);
    expect(real.agreements.length).toBeGreaterThan(20);
    expect(real.promises.length).toBeGreaterThan(10);
    for (const doc of [...real.agreements, ...generated]) {
      expect(check(doc)).not.toBe(FAIL);
      expect(expectSame(AgreementSchema, agreement, doc)).toBe(true);
    }
    for (const doc of real.promises) {
      expect(checkPromise(doc)).not.toBe(FAIL);
      expect(expectSame(CitizenPromiseDocumentSchema, promise, doc)).toBe(true);
    }
  });

  it("checks every part of the model itself: zod is not asked about a valid document", () => {
    type Node = { _zod: { run: unknown; def: { shape?: Record<string, Node>; innerType?: Node; element?: Node; options?: Node[] } } };
    const nodes = new Set<Node>();
    const walk = (node: Node) => {
      if (nodes.has(node)) return;
      nodes.add(node);
      const def = node._zod.def;
      for (const child of [...Object.values(def.shape ?? {}), def.innerType, def.element, ...(def.options ?? [])]) if (child) walk(child);
    };
    walk(AgreementSchema as unknown as Node);
    walk(CitizenPromiseDocumentSchema as unknown as Node);
    const spies = [...nodes].map((node) => vi.spyOn(node._zod as { run: () => unknown }, "run"));
    try {
      const check = fastChecker(AgreementSchema);
      const checkPromise = fastChecker(CitizenPromiseDocumentSchema);
      for (const doc of [...real.agreements, ...generated]) expect(check(doc)).not.toBe(FAIL);
      for (const doc of real.promises) expect(checkPromise(doc)).not.toBe(FAIL);
      expect(spies.filter((spy) => spy.mock.calls.length > 0)).toHaveLength(0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("vouches for documents whose keys come in any order, and gives them zod's order", () => {
    const random = mulberry32(5);
    const shuffled = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shuffled);
      if (value === null || typeof value !== "object") return value;
      const entries = Object.entries(value).map(([k, v]) => [k, shuffled(v)] as const);
      for (let i = entries.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [entries[i], entries[j]] = [entries[j]!, entries[i]!];
      }
      return Object.fromEntries(entries);
    };
    const check = fastChecker(AgreementSchema);
    for (const doc of real.agreements) {
      const value = shuffled(doc);
      expect(check(value)).not.toBe(FAIL);
      expect(expectSame(AgreementSchema, agreement, value)).toBe(true);
      // An unknown key anywhere in the order is still found.
      expect(expectSame(AgreementSchema, agreement, { ...(value as object), zzz: 1 })).toBe(false);
      expect(expectSame(AgreementSchema, agreement, { aaa: 1, ...(value as object) })).toBe(false);
    }
  });

  it("gives zod's answer on thousands of broken copies of real documents", () => {
    const random = mulberry32(35);
    let rejected = 0;
    let accepted = 0;
    for (let round = 0; round < 60; round++) {
      for (const doc of [...real.agreements, ...generated.slice(0, 10)]) {
        if (expectSame(AgreementSchema, agreement, mutate(doc, random))) accepted++;
        else rejected++;
      }
      for (const doc of real.promises) {
        if (expectSame(CitizenPromiseDocumentSchema, promise, mutate(doc, random))) accepted++;
        else rejected++;
      }
    }
    // Both outcomes are well represented: some edits keep a document valid (an optional field removed).
    expect(rejected).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(100);
  });

  it("checks every leaf of the model as zod does, at and around each bound", () => {
    // Every string, number, enum and literal schema in the two document schemas, with values at,
    // inside and outside each of its bounds.
    type Node = { _zod: { def: { type: string; checks?: { _zod: { def: Record<string, unknown> } }[]; [k: string]: unknown } } };
    const leaves = new Set<Node>();
    const walk = (node: Node) => {
      const def = node._zod.def;
      if (["string", "number", "enum", "literal", "boolean"].includes(def.type)) leaves.add(node);
      const children = [...Object.values((def.shape ?? {}) as Record<string, Node>), def.innerType, def.element, ...((def.options ?? []) as Node[])];
      for (const child of children) if (child) walk(child as Node);
    };
    walk(AgreementSchema as unknown as Node);
    walk(CitizenPromiseDocumentSchema as unknown as Node);
    expect(leaves.size).toBeGreaterThan(40);
    let probes = 0;
    for (const leaf of leaves) {
      const values: unknown[] = [...REPLACEMENTS];
      for (const { _zod } of leaf._zod.def.checks ?? []) {
        for (const n of [_zod.def.minimum, _zod.def.maximum, _zod.def.value].filter((x): x is number => typeof x === "number")) {
          values.push(n - 1, n, n + 1, "a".repeat(Math.max(0, n - 1)), "a".repeat(n), "a".repeat(n + 1));
        }
      }
      const schema = leaf as unknown as z.ZodMiniType;
      const check = fastChecker(schema);
      for (const value of values) {
        const expected = schema.safeParse(value);
        expect(check(value) === FAIL ? false : true, `${leaf._zod.def.type} ${JSON.stringify(value)?.slice(0, 40)}`).toBe(expected.success);
        probes++;
      }
    }
    expect(probes).toBeGreaterThan(2000);
  });

  it("returns a copy, and leaves the input as it was", () => {
    const doc = real.agreements.find((d) => Array.isArray((d as { forums?: unknown }).forums)) as Record<string, unknown>;
    const before = JSON.stringify(doc);
    const result = agreement(doc) as { success: true; data: Record<string, unknown> };
    expect(result.data).not.toBe(doc);
    expect(result.data.forums).not.toBe(doc.forums);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("leaves to zod what JSON cannot say: undefined values, holes, inherited and hidden keys, __proto__", () => {
    const check = fastChecker(AgreementSchema);
    const base = JSON.parse(JSON.stringify(real.agreements.find((d) => Array.isArray((d as { forums?: unknown }).forums)))) as Record<string, unknown>;
    const withUndefined = { ...base, purpose: undefined };
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, base);
    const hidden = Object.defineProperty({ ...base, extra: 1 }, "title", { value: base.title, enumerable: false });
    const proto = JSON.parse(JSON.stringify(base).replace(/^\{/, '{"__proto__":{"x":1},')) as unknown;
    const holes = { ...base, forums: [...(base.forums as unknown[]), undefined] };
    for (const value of [withUndefined, inherited, hidden, proto, holes]) {
      expect(check(value)).toBe(FAIL);
      expectSame(AgreementSchema, agreement, value);
    }
  });

  it("has zod itself check, in place, the parts of zod it has no check of its own for", () => {
    const schemas: z.ZodMiniType[] = [
      z.string().check(z.refine((s) => s.length > 2)),
      z.strictObject({ a: z.email(), b: z.optional(z.number()) }),
      z.union([z.string(), z.boolean()]),
      z.pipe(z.string(), z.transform((s) => s.length)),
      z.record(z.string(), z.string()),
      z.object({ n: z.int().check(z.gte(1)), tags: z.array(z.custom<string>((t) => typeof t === "string")), d: z._default(z.string(), "x") }),
      z.strictObject({ n: z.int().check(z.gte(1), z.lte(3)), s: z.optional(z.string().check(z.regex(/^a+$/), z.maxLength(3))), l: z.array(z.enum(["x", "y"])).check(z.maxLength(2)) }),
      z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a"), x: z.exactOptional(z.int()) }), z.looseObject({ k: z.literal("b") })]),
      z.strictObject({ ["__proto__"]: z.optional(z.string()), a: z.optional(z.int()) }),
    ];
    const values: unknown[] = [
      "abc", "ab", 1, 2.5, true, null, undefined, [], {}, "a@b.se", "nope",
      { a: "a@b.se" }, { a: "x" }, { a: "a@b.se", b: 1 }, { a: "a@b.se", b: "1" }, { a: "a@b.se", c: 1 },
      { x: "1" }, { x: 1 }, { n: 1, tags: [] }, { n: 1, tags: ["a", 2] }, { n: 0, tags: [] }, { n: 1, tags: [], extra: true, d: "y" },
      { n: 1, l: [] }, { n: 0, l: [] }, { n: 3, s: "aaa", l: ["x", "y"] }, { n: 3, s: "aaaa", l: [] }, { n: 2, l: ["x", "y", "x"] }, { n: 2, s: "b", l: [] }, { n: 2, l: ["z"] }, { n: 2.5, l: [] }, { l: [] }, { n: 1, l: [], m: 1 },
      { k: "a" }, { k: "a", x: 1 }, { k: "a", x: undefined }, { k: "a", x: "1" }, { k: "b", y: 1 }, { k: "c" },
      JSON.parse('{"__proto__": "x", "a": 1}'), JSON.parse('{"__proto__": 1}'), { a: 2 },
    ];
    for (const schema of schemas) {
      const parse = fastParser(schema, generate);
      for (const value of values) expectSame(schema, parse, value);
    }
  });
});

describe("createFastParser", () => {
  it("gives what safeParse gives, for any schema", () => {
    const parse = createFastParser(AgreementSchema);
    for (const doc of [...real.agreements.slice(0, 5), { ...(real.agreements[0] as object), title: 7 }, null]) {
      const expected = AgreementSchema.safeParse(doc);
      const actual = parse(doc);
      expect(actual.success).toBe(expected.success);
      if (actual.success) expect(actual.data).toStrictEqual(expected.data);
      else expect(actual.error.issues).toEqual(expected.error?.issues);
    }
  });

  it("refuses what is not a zod schema with a coded error", () => {
    for (const schema of [null, undefined, {}, "schema", { safeParse: () => true }, new Proxy({}, { get: () => { throw new Error("no"); } })]) {
      expect(() => createFastParser(schema as never)).toThrow(InvalidArgumentError);
    }
  });

  it("gives one issue, not a throw, for a value whose getter throws", () => {
    const hostile = Object.defineProperty({ ...(real.agreements[0] as object) }, "title", { enumerable: true, get: () => { throw new Error("secret"); } });
    expect(() => AgreementSchema.safeParse(hostile)).toThrow();
    const result = createFastParser(AgreementSchema)(hostile);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([["custom", []]]);
    expect(result.success ? [] : fromZodIssues(result.error.issues, hostile).map((i) => i.code)).toEqual(["unreadable_input"]);
    expect(JSON.stringify(result)).not.toContain("secret");
  });
});

describe("the fast path's generated code", () => {
  it("has code of its own for every part of the model: no closure of the tree is called", () => {
    for (const schema of [AgreementSchema, CitizenPromiseDocumentSchema]) {
      const { values } = checkSource(schema);
      expect(values.filter((v) => typeof v === "function")).toEqual([]);
    }
  });

  it("writes any key, tag and bound as data, never as code", () => {
    const keys = ['a"b', "c\\\\", "d'); throw 1; ('", "\u2028", "${x}", "constructor", "0", "", "*/ x /*"];
    const shape = Object.fromEntries(keys.map((k) => [k, z.optional(z.string().check(z.maxLength(2)))]));
    const schema = z.discriminatedUnion("t\"", [z.strictObject({ 't"': z.literal('x"); throw 1; ("'), ...shape }), z.strictObject({ 't"': z.literal("y") })]);
    const parse = fastParser(schema, generatedOrThrow);
    const values: unknown[] = [{ 't"': 'x"); throw 1; ("' }, { 't"': "y" }, { 't"': "z" }, Object.fromEntries([['t"', 'x"); throw 1; ("'], ...keys.map((k) => [k, "ok"])]), { 't"': 'x"); throw 1; ("', 'a"b': "long" }];
    for (const value of values) expectSame(schema, parse, value);
    const bounds = z.strictObject({ n: z.int().check(z.gte(-0), z.lte(1e21)), m: z.number().check(z.gt(Number.NaN)) });
    for (const value of [{ n: 0, m: 1 }, { n: -1, m: 1 }, { n: 5 }]) expectSame(bounds, fastParser(bounds, generatedOrThrow), value);
  });

  it("gives undefined where new Function is refused, and the tree's check is used", () => {
    vi.stubGlobal("Function", function refused() {
      throw new EvalError("Code generation from strings disallowed for this context");
    });
    try {
      expect(generatedChecker(AgreementSchema)).toBeUndefined();
      const parse = fastParser(AgreementSchema, generatedChecker);
      for (const doc of real.agreements.slice(0, 5)) expect(expectSame(AgreementSchema, parse, doc)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
