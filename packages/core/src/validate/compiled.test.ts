import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAgreement, type Agreement } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { agreement, agreementSet, signed } from "@samverkan/test-utils";

/** An agreement that fills in every optional part of the model, so the compiled code walks all of it. */
function rich(): Agreement {
  return agreement({
    purpose: "Att öka tryggheten och minska brottsligheten.",
    goals: [{ id: "mal-1", text: "Minska mängdbrotten.", focusAreaIds: ["mangdbrott"], municipality: "1261" }],
    forums: [
      {
        id: "lokala-bra",
        kind: "local_bra",
        name: "Lokala Brå",
        level: "strategic",
        members: [{ role: "security_manager", name: "Säkerhetschef" }],
        responsibilities: ["Leda det brottsförebyggande arbetet."],
        cadence: {
          type: "every_n_weeks",
          weeks: 2,
          weekday: 3,
          atLeast: true,
          anchor: { type: "month", month: 3 },
          asWritten: "var 14:e dag",
        },
      },
    ],
    focusAreas: [{ id: "mangdbrott", kind: "volume_crime", title: "Mängdbrott", forumIds: ["lokala-bra"] }],
    plans: [
      {
        id: "aktivitetsplan",
        kind: "activity_plan",
        owner: "joint",
        period: { start: "2025-01-01", end: "2025-12-31" },
        activities: [{ id: "a1", text: "Trygghetsvandring", owner: "joint", due: "2025-05-31", focusAreaIds: ["mangdbrott"] }],
        revision: { type: "continuous" },
      },
    ],
    citizenPromises: [
      {
        id: "ml-2025",
        municipality: "1261",
        period: { start: "2025-03-01", end: "2026-02-28" },
        extensions: [{ end: "2026-06-30", decidedOn: "2026-01-15" }],
        commitments: [
          {
            id: "p1",
            by: "police",
            text: "Polisen lovar att fotpatrullera i centrum.",
            quantity: { count: 3, unit: "medborgarmöten", atLeast: true },
            frequency: { type: "yearly", anchor: { type: "season", season: "autumn" } },
          },
        ],
      },
    ],
    citizenPromiseCycle: { cadence: { type: "yearly" }, lead: "police", basis: "Medborgardialog" },
    followUps: [
      {
        id: "uppfoljning",
        kind: "follow_up",
        subject: "Gemensamma åtgärder",
        responsibleRoles: ["community_police_officer"],
        cadence: { type: "quarterly" },
        requiredContent: ["analysis", "recommendations"],
        feeds: [{ type: "plan_revision", planId: "aktivitetsplan" }, { type: "agreement_revision" }],
      },
    ],
    contacts: [
      { id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["1261"], responsibilities: ["Kontakt."] },
    ],
    signatories: [
      signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"),
      {
        ...signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15"),
        acting: true,
        signature: { date: "2024-12-15", place: "Kävlinge", partialDate: { day: 15 } },
      },
    ],
    communication: { jointPlan: true, summary: "Gemensam kommunikationsplan." },
    budget: { principle: "own_costs" },
    decisions: [{ kind: "adopted", partyId: "kavlinge", body: "Kommunstyrelsen" }],
    references: [{ type: "diarienummer", value: "KS 2024/1", partyId: "kavlinge" }],
    provenance: { illustrative: true, source: "Test" },
  });
}

const withTitle = (title: unknown) => ({ ...agreement(), title });

/** Valid documents, with and without warnings, as values and as JSON text. */
const valid: [string, unknown][] = [
  ["the builder's agreement", agreement()],
  ["an agreement with every optional part", rich()],
  ["the same as JSON text", JSON.stringify(rich())],
  ["a set of two agreements", agreementSet([agreement({ id: "a" }), rich()])],
  ["an optional field given as undefined", { ...agreement(), purpose: undefined }],
  ["an object with a null prototype", Object.assign(Object.create(null) as object, agreement())],
  ["an agreement with warnings (nobody signed)", agreement({ signatories: [] })],
  ["a set with a del 2 whose del 1 is missing", agreementSet([agreement({ structure: { type: "local", strategicId: "nope", municipality: "1261" } })])],
];

/** Invalid documents: one defect of each kind, in shape and in rules. */
const invalid: [string, unknown][] = [
  ["not JSON", "{"],
  ["too large", "x".repeat(5_000_001)],
  ["a number", 42],
  ["null", null],
  ["an array", []],
  ["an empty object", {}],
  ["title a number", withTitle(5)],
  ["title empty", withTitle("")],
  ["title too long", withTitle("x".repeat(501))],
  ["missing validity", { ...agreement(), validity: undefined }],
  ["missing enum, literal and discriminator", { ...agreement(), schemaVersion: undefined, structure: {}, forums: [{ id: "f", name: "F" }] }],
  ["unknown key", { ...agreement(), titel: "x" }],
  ["nested unknown key", agreement({ validity: { ...agreement().validity, extra: 1 } as Agreement["validity"] })],
  ["unsupported schemaVersion", { ...agreement(), schemaVersion: 3 }],
  ["unknown type", { ...agreement(), type: "agreemnt" }],
  ["unknown structure", agreement({ structure: { type: "nope" } as unknown as Agreement["structure"] })],
  ["bad id", agreement({ id: "Bad Id" })],
  ["bad kommunkod", agreement({ parties: { police: { id: "polisen", name: "P" }, municipalities: [{ id: "k", code: "12" }] } })],
  ["unknown kommunkod", agreement({ parties: { police: { id: "polisen", name: "P" }, municipalities: [{ id: "kavlinge", code: "9999" }] } })],
  ["no municipalities", agreement({ parties: { police: { id: "polisen", name: "P" }, municipalities: [] } })],
  ["impossible date", agreement({ validity: { start: { type: "date", date: "2023-02-30" }, end: { type: "year", year: 2026 } } })],
  ["fractional year", agreement({ validity: { start: { type: "year", year: 2019.5 }, end: { type: "year", year: 2026 } } })],
  ["end before start", agreement({ validity: { start: { type: "date", date: "2026-01-01" }, end: { type: "date", date: "2025-01-01" } } })],
  ["bad enum", agreement({ budget: { principle: "halves" as "shared" } })],
  ["bad cadence", agreement({ forums: [{ id: "f", kind: "sig", name: "SIG", level: "operational", cadence: { type: "hourly" } as unknown as undefined }] })],
  ["too many forums", agreement({ forums: Array.from({ length: 501 }, (_, i) => ({ id: `f${i}`, kind: "sig", name: "SIG", level: "operational" })) })],
  ["unknown reference", agreement({ focusAreas: [{ id: "x", kind: "custom", title: "X", forumIds: ["nope"] }] })],
  ["duplicate id", agreement({ goals: [{ id: "g", text: "A" }, { id: "g", text: "B" }] })],
  ["a raised warning", agreement({ signatories: [] })],
  ["a set with a bad agreement", agreementSet([agreement({ id: "a" }), { ...rich(), id: "b", title: 1 } as unknown as Agreement])],
  ["a set without agreements", { schemaVersion: 2, type: "agreement_set", id: "s" }],
  ["a set with duplicate agreement ids", agreementSet([agreement(), agreement()])],
];

describe("compileAgreementValidator", () => {
  const { validate, compiled } = compileAgreementValidator();

  it("really compiles under node", () => {
    expect(compiled).toBe(true);
  });

  it.each(valid)("agrees with validateAgreement on a valid document: %s", (_, doc) => {
    const expected = validateAgreement(doc);
    expect(expected.ok).toBe(true);
    expect(validate(doc)).toStrictEqual(expected);
  });

  it.each(invalid)("agrees with validateAgreement on an invalid document: %s", (name, doc) => {
    const options = name === "a raised warning" ? { severity: { party_without_signatory: "error" } as const } : {};
    const expected = validateAgreement(doc, options);
    expect(expected.ok).toBe(false);
    expect(validate(doc, options)).toStrictEqual(expected);
  });

  it.each(["agreement", "agreement_set", "citizen_promise"] as const)("agrees with validateAgreement with { type: %j } on every document", (type) => {
    for (const [, doc] of [...valid, ...invalid]) expect(validate(doc, { type })).toStrictEqual(validateAgreement(doc, { type }));
  });

  // The real documents: the seeds and the corpus encodings, a third of them medborgarlöfte
  // documents, which the compiled validator parses on a compiled schema of their own.
  const real = ["examples/agreements", "examples/corpus"].flatMap((folder) => {
    const dir = fileURLToPath(new URL(`../../../../${folder}/`, import.meta.url));
    return readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [`${folder}/${f}`, JSON.parse(readFileSync(`${dir}${f}`, "utf8")) as Record<string, unknown>] as const);
  });
  const promises = real.filter(([, doc]) => doc.type === "citizen_promise");

  it("agrees with validateAgreement on every real document", () => {
    expect(promises.length).toBeGreaterThanOrEqual(10);
    for (const [file, doc] of real) {
      const expected = validateAgreement(doc);
      expect(expected.ok, file).toBe(true);
      expect(validate(doc), file).toStrictEqual(expected);
    }
  });

  it("agrees with validateAgreement on broken medborgarlöfte documents", () => {
    for (const [file, doc] of promises) {
      for (const broken of [
        { ...doc, title: 5 },
        { ...doc, titel: "x" },
        { ...doc, commitments: "alla" },
        { ...doc, period: { start: "2023-02-30" } },
        { ...doc, parties: [] },
        { ...doc, schemaVersion: 3 },
      ]) {
        const expected = validateAgreement(broken);
        expect(expected.ok, file).toBe(false);
        expect(validate(broken), file).toStrictEqual(expected);
      }
    }
  });

  it("agrees on hostile input", () => {
    const throwing = Object.defineProperty({ ...agreement() }, "title", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const doc of [throwing, proxy, { ...agreement(), parties: proxy }]) {
      const expected = validateAgreement(doc);
      expect(expected).toStrictEqual({ ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] });
      expect(validate(doc)).toStrictEqual(expected);
    }
  });

  it("returns a fresh value, not the input", () => {
    const input = rich();
    const result = validate(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toStrictEqual(input);
    expect(result.value).not.toBe(input);
    if (result.value.type !== "agreement") return;
    expect(result.value.forums).not.toBe(input.forums);
    expect(result.value.forums?.[0]?.cadence).not.toBe(input.forums?.[0]?.cadence);
    expect(result.value.focusAreas?.[0]?.forumIds).not.toBe(input.focusAreas?.[0]?.forumIds);
  });
});

// A strict Content-Security-Policy forbids `new Function` and `eval`. A vm context without code
// generation from strings throws EvalError in exactly the same places, so the whole library is
// bundled (as a browser would get it) and run inside one.
describe("under a strict CSP (no code generation from strings)", () => {
  const core = join(dirname(fileURLToPath(import.meta.url)), "../..");
  let dir: string;
  let code: string;
  let context: vm.Context;

  // Runs `expression` in the sandbox and returns its result, which is JSON text or a primitive.
  const inSandbox = <T>(expression: string): T => vm.runInContext(expression, context) as T;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "samverkan-csp-"));
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      [
        `export { compileAgreementValidator } from ${JSON.stringify(join(core, "src/validate/compiled.ts"))};`,
        `export { validateAgreement } from ${JSON.stringify(join(core, "src/index.ts"))};`,
      ].join("\n"),
    );
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      format: "iife",
      globalName: "Samverkan",
      platform: "neutral",
      write: false,
      absWorkingDir: core,
      nodePaths: [join(core, "node_modules")],
      logLevel: "silent",
    });
    code = bundle.outputFiles[0]!.text;
    context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(code, context);
  }, 30_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("really forbids new Function and eval in the sandbox", () => {
    expect(inSandbox<string>(`(() => { try { new Function("return 1"); return "allowed"; } catch (e) { return e.name; } })()`)).toBe("EvalError");
    expect(inSandbox<string>(`(() => { try { eval("1"); return "allowed"; } catch (e) { return e.name; } })()`)).toBe("EvalError");
  });

  it("(control) the same bundle compiles where code generation is allowed", () => {
    const open = vm.createContext({});
    vm.runInContext(code, open);
    expect(vm.runInContext("Samverkan.compileAgreementValidator().compiled", open)).toBe(true);
  });

  it("reports compiled: false and still validates like outside the sandbox", () => {
    inSandbox("globalThis.compiledValidator = Samverkan.compileAgreementValidator()");
    expect(inSandbox<boolean>("compiledValidator.compiled")).toBe(false);
    for (const doc of [rich(), { ...rich(), titel: "x", title: 5 }, agreement({ signatories: [] })]) {
      context.input = JSON.stringify(doc);
      const inside = JSON.parse(inSandbox<string>("JSON.stringify(compiledValidator.validate(input))")) as unknown;
      expect(inside).toStrictEqual(JSON.parse(JSON.stringify(validateAgreement(doc))));
    }
  });

  it("runs the default validateAgreement", () => {
    for (const doc of [rich(), { ...rich(), validity: undefined }, "{"]) {
      context.input = typeof doc === "string" ? doc : JSON.stringify(doc);
      const inside = JSON.parse(inSandbox<string>("JSON.stringify(Samverkan.validateAgreement(input))")) as unknown;
      expect(inside).toStrictEqual(JSON.parse(JSON.stringify(validateAgreement(doc))));
    }
  });

  it("keeps validateAgreement on the tree past the 1,000th document, where generating code is refused", () => {
    // The sources' build generates the fast path's check at a validator's 1,000th document
    // (decision 36); here `new Function` throws, and every result, that document's included, must
    // stay what it is outside.
    const docs = [rich(), { ...rich(), title: 5 }, agreement({ signatories: [] })];
    const outside = docs.map((doc) => JSON.stringify(validateAgreement(doc)));
    context.inputs = docs.map((doc) => JSON.parse(JSON.stringify(doc)) as unknown);
    const inside = JSON.parse(inSandbox<string>("JSON.stringify(Array.from({ length: 1200 }, (_, i) => JSON.stringify(Samverkan.validateAgreement(inputs[i % inputs.length]))))")) as string[];
    expect(inside).toHaveLength(1200);
    inside.forEach((result, i) => expect(result, `document ${i + 1}`).toBe(outside[i % docs.length]));
  });
});
