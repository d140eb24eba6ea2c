// The JSON Schema files that @samverkan/core ships, used as a JSON Schema user would: ajv's defaults
// (strict mode) plus ajv-formats, as docs/json-schema.md tells. They must accept what
// validateAgreement accepts and reject the shapes it rejects.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020, type Options } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { SCHEMA_URL, SCHEMA_VERSION, migrate, rules, validateAgreement, type Issue } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument, generateAgreements, mulberry32 } from "@samverkan/test-utils";
import { agreementJsonSchemaText, schemaFileName } from "./json-schema.js";

const schemaFile = (name: string) => readFileSync(new URL(`../packages/core/schema/${name}`, import.meta.url), "utf8");
const shipped = schemaFile(schemaFileName(SCHEMA_VERSION));
const shippedV1 = schemaFile(schemaFileName(1));
const corePackage = JSON.parse(readFileSync(new URL("../packages/core/package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
  files: string[];
};

/** Compiles a schema as docs/json-schema.md shows: Ajv2020 with its defaults and ajv-formats; ajv's warnings are collected. */
function compile(text: string, options: Options = {}) {
  const warnings: string[] = [];
  const logger = { log() {}, warn: (...args: unknown[]) => void warnings.push(args.join(" ")), error: (...args: unknown[]) => void warnings.push(args.join(" ")) };
  const ajv = new Ajv2020({ allErrors: true, logger, ...options });
  addFormats(ajv);
  return { validate: ajv.compile(JSON.parse(text) as object), warnings };
}

const check = compile(shipped).validate;
const checkV1 = compile(shippedV1).validate;

const jsonFiles = (folder: URL) =>
  readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), "utf8")) as unknown] as const);
const v1Documents = jsonFiles(new URL("../packages/test-utils/fixtures/v1/", import.meta.url));
const seeds = jsonFiles(new URL("../examples/agreements/", import.meta.url));
const corpus = jsonFiles(new URL("../examples/corpus/", import.meta.url));
const generated = generateAgreements(20, 12).map((doc, i) => [`generated-${i}`, doc] as const);
const v2Documents = [...seeds, ...corpus, ...generated];

// Whether validateAgreement finds the shape right: it accepts the document, or its only issues come
// from the semantic rules (which run only on a document of the right shape, and which no JSON Schema
// can express).
const ruleCodes = new Set<string>(rules.map((r) => r.code));
const shapeIsRight = (doc: unknown): boolean => {
  const result = validateAgreement(doc);
  return result.ok || result.issues.every((i: Issue) => ruleCodes.has(i.code));
};

describe(`the shipped JSON Schema of version ${SCHEMA_VERSION}`, () => {
  it("is generated from the zod schema (run `pnpm generate` after changing the model)", () => {
    expect(shipped).toBe(agreementJsonSchemaText());
  });

  it("has the https $id that serves it, and ships where that address and the exports map say", () => {
    const schema = JSON.parse(shipped) as { $id: string; $schema: string };
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(schema.$id).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/@samverkan\/core\/schema\/agreement\.v2\.schema\.json$/);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const file = `./schema/${schemaFileName(SCHEMA_VERSION)}`;
    expect(corePackage.files).toContain("schema");
    expect(corePackage.exports["./agreement.schema.json"]).toBe(file);
    expect(corePackage.exports[`./agreement.v${SCHEMA_VERSION}.schema.json`]).toBe(file);
    expect(new URL(SCHEMA_URL).pathname.endsWith(file.slice(1))).toBe(true);
  });

  it("compiles in ajv's strict mode with ajv-formats and no warning", () => {
    expect(compile(shipped).warnings).toEqual([]);
  });

  it("needs ajv-formats (or `formats`) for its civil dates in ajv's strict mode, as docs/json-schema.md says", () => {
    const bare = () => new Ajv2020({ logger: false }).compile(JSON.parse(shipped) as object);
    expect(bare).toThrow(/unknown format "date"/);
    const declared = new Ajv2020({ formats: { date: true }, logger: false }).compile(JSON.parse(shipped) as object);
    expect(declared(seeds[0]![1])).toBe(true);
    // The date pattern still rejects an impossible date when the format is only declared.
    expect(declared(agreement({ validity: { start: { type: "date", date: "2023-02-30" }, end: { type: "year", year: 2026 } } }))).toBe(false);
  });

  it("accepts what validateAgreement accepts", () => {
    for (const doc of [agreement(), agreementSet([agreement({ id: "a" }), agreement({ id: "b" })]), citizenPromiseDocument()]) {
      expect(validateAgreement(doc).ok).toBe(true);
      expect(check(doc)).toBe(true);
    }
  });

  it.each(v2Documents)("accepts %s, as validateAgreement does", (_name, doc) => {
    expect(validateAgreement(doc).ok).toBe(true);
    expect(check(doc), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it("rejects shape errors that validateAgreement rejects", () => {
    const bad = [
      { ...agreement(), titel: "typo" },
      agreement({ validity: { start: { type: "date", date: "2023-02-30" }, end: { type: "year", year: 2026 } } }),
      agreement({ parties: { police: { id: "polisen", name: "Polismyndigheten" }, municipalities: [{ id: "x", code: "126" }] } }),
      { ...agreement(), schemaVersion: 3 },
      citizenPromiseDocument({ period: { start: "2025-13" } }),
      citizenPromiseDocument({ period: { start: "2023-02-29" } }),
    ];
    for (const doc of bad) {
      expect(validateAgreement(doc).ok).toBe(false);
      expect(check(doc)).toBe(false);
    }
  });

  describe("$schema", () => {
    const kinds = [
      ["an agreement", agreement()],
      ["a set", agreementSet([agreement({ id: "a" }), agreement({ id: "b" })])],
      ["a medborgarlöfte", citizenPromiseDocument()],
    ] as const;
    const values: [unknown, boolean][] = [
      [SCHEMA_URL, true],
      ["./agreement.v2.schema.json", true],
      ["../node_modules/@samverkan/core/schema/agreement.v2.schema.json", true],
      [42, false],
      [null, false],
      ["", false],
      ["x".repeat(501), false],
    ];
    it.each(kinds)("in %s: ajv and validateAgreement agree on each value", (_name, doc) => {
      for (const [$schema, valid] of values) {
        const withSchema = { $schema, ...doc };
        expect(validateAgreement(withSchema).ok, JSON.stringify($schema)).toBe(valid);
        expect(check(withSchema), JSON.stringify($schema)).toBe(valid);
      }
    });

    it("is accepted on the seeds and corpus documents as editors write it", () => {
      for (const [name, doc] of v2Documents) expect(check({ $schema: SCHEMA_URL, ...(doc as object) }), name).toBe(true);
    });
  });
});

// Mutations of real documents, each put at a random place: ajv and validateAgreement must agree on
// whether the shape is right (the rules, which only validateAgreement runs, aside).
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function nodes(value: Json, path: Path = []): Path[] {
  const here = path.length ? [path] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  if (value !== null && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return here;
}

const REPLACEMENTS: Json[] = [null, 0, -1, 1.5, 3000, 2026, "", "x", "Ny text", "kavlinge", "2023-02-30", "2024-02-29", "2025-13", "2025", "0180", true, [], {}, ["x"], "A".repeat(501)];

interface Mutation {
  readonly label: string;
  readonly apply: (parent: Json[] | { [key: string]: Json }, key: string | number) => void;
}

const MUTATIONS: Mutation[] = [
  { label: "delete", apply: (parent, key) => void (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key]) },
  ...REPLACEMENTS.map((value) => ({ label: `= ${JSON.stringify(value).slice(0, 12)}`, apply: (parent: Json[] | { [key: string]: Json }, key: string | number) => void ((parent as Record<string | number, Json>)[key] = structuredClone(value)) })),
  {
    label: "add an unknown field",
    apply: (parent, key) => {
      const node = (parent as Record<string | number, Json>)[key];
      if (node !== null && typeof node === "object" && !Array.isArray(node)) node.okantFalt = 1;
    },
  },
  {
    label: "repeat in its list",
    apply: (parent, key) => {
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
    },
  },
];

function mutate(doc: Json, random: () => number): { doc: Json; label: string } {
  const copy = structuredClone(doc);
  const all = nodes(copy);
  const path = all[Math.floor(random() * all.length)]!;
  const mutation = MUTATIONS[Math.floor(random() * MUTATIONS.length)]!;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  mutation.apply(parent, path[path.length - 1]!);
  return { doc: copy, label: `${mutation.label} at ${path.join(".")}` };
}

describe("ajv with the shipped JSON Schema and validateAgreement agree on the shape of mutated documents", () => {
  const bases = [...seeds, ...corpus.filter((_, i) => i % 2 === 0), ...generated.slice(0, 6)];
  const PER_DOCUMENT = 30;

  it.each(bases)("%s, mutated at random places", (name, base) => {
    const random = mulberry32(createHash("sha256").update(name).digest().readUInt32LE(0));
    let rejected = 0;
    for (let n = 0; n < PER_DOCUMENT; n++) {
      const { doc, label } = mutate(base as Json, random);
      const shapeRight = shapeIsRight(doc);
      expect(check(doc), `${label}: validateAgreement finds the shape ${shapeRight ? "right" : "wrong"}`).toBe(shapeRight);
      if (!shapeRight) rejected++;
    }
    // Most mutations break the shape (others leave it right, or break a rule only); the test
    // would prove little if none did.
    expect(rejected).toBeGreaterThan(PER_DOCUMENT / 3);
  });
});

describe("the shipped JSON Schema of version 1", () => {
  const V1_URN = "urn:samverkan:schema:agreement:1";
  const v1Url = SCHEMA_URL.replace(/agreement\.v\d+\.schema\.json$/, schemaFileName(1));

  it("is frozen, the schema version 1 documents were written against, but for its https $id", () => {
    expect((JSON.parse(shippedV1) as { $id: string }).$id).toBe(v1Url);
    const asFrozen = shippedV1.replace(`"$id": "${v1Url}"`, `"$id": "${V1_URN}"`);
    expect(createHash("sha256").update(asFrozen).digest("hex")).toBe("cf4b9441882c53bc3d2136c87b63bf5c3aaed3bcdc3cdec43b9ddc7d55a5edc0");
    expect(corePackage.exports["./agreement.v1.schema.json"]).toBe(`./schema/${schemaFileName(1)}`);
  });

  it("compiles in ajv's strict mode with ajv-formats and no warning", () => {
    expect(compile(shippedV1).warnings).toEqual([]);
  });

  it.each(v1Documents)("accepts %s, and version 2 accepts what migrate makes of it", (_name, doc) => {
    expect(checkV1(doc)).toBe(true);
    expect(check(doc)).toBe(false);
    const migrated = migrate(doc);
    expect(migrated.ok && check(migrated.value)).toBe(true);
  });
});
