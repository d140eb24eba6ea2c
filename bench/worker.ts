// One timing process of the benchmark (started by validate.bench.ts; not meant to be run by hand).
//
// Each of our two validators is timed in a process of its own, next to ajv: a program uses one of
// them, and the two share the rules and the result code, so in one process each would run on JIT
// state (type feedback, optimised code) and garbage that the other left. ajv shares no code with
// either, so it runs in the same process, interleaved pass by pass, and the ratio comes from passes
// made under the same conditions.
//
//   node --expose-gc .bench/validate/worker.mjs --validator ordinary|compiled --sets both|valid
//        --corpus FILE --schema FILE --passes 10 --warmup 3 [--breakdown]
//
// validate.bench.ts bundles this file with @samverkan/core and zod left out, into a folder whose
// node_modules links the built core (bench/built.ts): the validators timed are the ones users load.
//
// `--sets both` (the targets): our validator sees valid and invalid documents alternately, as a
// real program would. `--sets valid`: only valid documents, the best case of the compiled path.
// `--breakdown` adds the two halves of our validator on the valid documents: zod's parse alone,
// and the semantic rules alone (on documents parsed beforehand by the same parser).
import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { AgreementDocumentSchema, rules, validateAgreement, type Agreement, type AgreementDocument, type AgreementValidator, type Rule } from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import { compileAjv } from "./ajv.js";
import { heapKept } from "./stats.js";

/** The timed tasks. */
export type TaskKey = "oursValid" | "ajvFirstValid" | "oursInvalid" | "ajvAllInvalid" | "parseValid" | "rulesValid";

/** What a worker prints (one JSON line on stdout). */
export interface WorkerResult {
  readonly validator: "ordinary" | "compiled";
  readonly sets: "both" | "valid";
  readonly compiled: boolean;
  readonly compileMs: number;
  readonly ajvCompileMs: { readonly first: number; readonly all: number };
  readonly loadMs: number;
  readonly warmupPasses: number;
  /** Milliseconds of every timed pass, in order, by task. */
  readonly passes: Partial<Record<TaskKey, number[]>>;
  /**
   * Heap that the results of one pass of our validator over the valid documents keep, per
   * document, in bytes: used heap after a full collection with the pass's results held, minus
   * before (ajv returns a boolean and keeps nothing).
   */
  readonly retainedBytesPerDocument: number;
}

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0 || argv[i + 1] === undefined) throw new Error(`worker: missing ${name}`);
  return argv[i + 1]!;
};
const which = arg("--validator") as WorkerResult["validator"];
const sets = arg("--sets") as WorkerResult["sets"];
const passes = Number(arg("--passes"));
const warmupPasses = Number(arg("--warmup"));
const breakdown = argv.includes("--breakdown");
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
if (!gc) throw new Error("worker: run node with --expose-gc");

let t0 = performance.now();
const corpus = JSON.parse(readFileSync(arg("--corpus"), "utf8")) as { valid: unknown[]; invalid: unknown[] };
const loadMs = performance.now() - t0;

t0 = performance.now();
let ours: AgreementValidator = validateAgreement;
let compiled = false;
if (which === "compiled") ({ validate: ours, compiled } = compileAgreementValidator());
const compileMs = performance.now() - t0;
const schemaFile = arg("--schema");
const ajvFirst = compileAjv(false, undefined, schemaFile);
const ajvAll = compileAjv(true, undefined, schemaFile);

interface Task {
  readonly key: TaskKey;
  readonly docs: readonly unknown[];
  readonly run: (d: unknown) => boolean;
  readonly expectOk: number | undefined;
}
const tasks: Task[] = [
  { key: "oursValid", docs: corpus.valid, run: (d) => ours(d).ok, expectOk: corpus.valid.length },
  { key: "ajvFirstValid", docs: corpus.valid, run: (d) => ajvFirst.validate(d), expectOk: corpus.valid.length },
];
if (sets === "both") {
  tasks.push(
    { key: "oursInvalid", docs: corpus.invalid, run: (d) => ours(d).ok, expectOk: 0 },
    { key: "ajvAllInvalid", docs: corpus.invalid, run: (d) => ajvAll.validate(d), expectOk: undefined },
  );
}
if (breakdown) {
  // The same kind of parser as `ours` (a compiled clone of its own for the compiled validator),
  // and documents it parsed, so that the rules see objects of the shapes they see inside `ours`.
  // Every rule of every scope runs as the validator runs it: agreement and document rules on each
  // agreement (of a set too), set rules on a set, document rules on a medborgarlöfte document.
  const schema = which === "compiled" ? z.compile(AgreementDocumentSchema) : AgreementDocumentSchema;
  const parsed = corpus.valid.map((d) => schema.parse(d) as AgreementDocument);
  const all = rules as readonly Rule[];
  const onAgreement = all.filter((r) => r.scope !== "set") as Extract<Rule, { scope: "agreement" | "document" }>[];
  const onSet = all.filter((r) => r.scope === "set") as Extract<Rule, { scope: "set" }>[];
  const onDocument = all.filter((r) => r.scope === "document") as Extract<Rule, { scope: "document" }>[];
  let found = 0;
  const report = () => void found++;
  const checkAll = (doc: AgreementDocument) => {
    const context = { indexes: new Map<object, unknown>() };
    if (doc.type === "agreement") for (const rule of onAgreement) rule.check(doc, report, context);
    else if (doc.type === "agreement_set") {
      for (const rule of onSet) rule.check(doc, report);
      for (const agreement of doc.agreements) for (const rule of onAgreement) rule.check(agreement as Agreement, report, context);
    } else for (const rule of onDocument) rule.check(doc, report, context);
  };
  tasks.push(
    { key: "parseValid", docs: corpus.valid, run: (d) => schema.safeParse(d).success, expectOk: corpus.valid.length },
    {
      key: "rulesValid",
      docs: parsed,
      run: (d) => {
        checkAll(d as AgreementDocument);
        return found >= 0;
      },
      expectOk: corpus.valid.length,
    },
  );
}
const result: Partial<Record<TaskKey, number[]>> = Object.fromEntries(tasks.map((t) => [t.key, []]));

// Warm-up passes, then timed ones; in both, one pass of each task in a rotating order, so that
// load on the machine falls on every task alike. A minor collection before each pass clears the
// young garbage the previous task left, so that it is not collected on the next one's time. Not a
// full gc(): a full collection every few hundred milliseconds keeps V8 from ever optimising the
// compiled parser (one very large generated function), which then stays no faster than the
// ordinary one, and no real program collects like that.
for (let p = 0; p < warmupPasses + passes; p++) {
  for (let j = 0; j < tasks.length; j++) {
    const task = tasks[(p + j) % tasks.length]!;
    gc({ type: "minor" });
    const start = performance.now();
    let ok = 0;
    for (const doc of task.docs) if (task.run(doc)) ok++;
    const elapsed = performance.now() - start;
    if (task.expectOk !== undefined && ok !== task.expectOk) throw new Error(`worker: ${task.key}: ${ok} ok, expected ${task.expectOk}`);
    if (p >= warmupPasses) result[task.key]!.push(elapsed);
  }
}

// What the results keep: one pass's results held while the heap is measured.
const { bytesPerResult: retainedBytesPerDocument, held } = await heapKept(() => corpus.valid.map((d) => ours(d)));
if (!held.every((r) => r.ok)) throw new Error("worker: a valid document was rejected while the heap was measured");

const out: WorkerResult = { validator: which, sets, compiled, compileMs, ajvCompileMs: { first: ajvFirst.compileMs, all: ajvAll.compileMs }, loadMs, warmupPasses, passes: result, retainedBytesPerDocument };
process.stdout.write(`${JSON.stringify(out)}\n`);
