// The fuzz worker (a worker thread): runs the calls of one target from one index to another, the
// current index in shared memory so that the main thread can tell a hang and end it. Counts go to
// shared memory too, so a worker ended mid-way loses none; failures are posted as they happen.
import { parentPort, workerData } from "node:worker_threads";
import fc from "fast-check";
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import { loadCorpus } from "./corpus.js";
import { messagesOf, safeString } from "./messages.js";
import { functionAt } from "./enumerate.js";
import { fingerprint } from "./fingerprint.js";
import { hasMarker, materialize } from "./hostile.js";
import { callSeed, SLOT, type Failure, type Unit } from "./protocol.js";
import { targets, type Modules, type Target } from "./targets.js";

// The CLI is loaded from its build by path: it is not a dependency of this package (its binary would be linked before it is built).
const cli = (await import(new URL("../../cli/dist/index.js", import.meta.url).href)) as Record<string, unknown>;
const modules: Modules = { core, compiled, kommuner, calendar, document, pdf, cli } as unknown as Modules;
const corpus = loadCorpus();
const byName = new Map(targets(modules).map((t) => [t.name, t]));
const arbitraries = new Map<string, fc.Arbitrary<unknown[]>>();
const counters = new Int32Array(workerData.counters as SharedArrayBuffer);

// Logs are output too: a marker in one is an echo. Each call's log lines are kept to be searched.
let logged: string[] = [];
for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
  console[level] = (...args: unknown[]) => {
    logged.push(args.map((a) => (typeof a === "string" ? a : safeString(a))).join(" "));
  };
}
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  }) as typeof stream.write;
}

const isCodedError = (target: Target, error: unknown): boolean => {
  if (error === null || typeof error !== "object") return false;
  const e = error as { name?: unknown; code?: unknown; issues?: unknown };
  return (target.throws ?? []).includes(e.name as string) && (typeof e.code === "string" || Array.isArray(e.issues));
};

async function runUnit(unit: Unit): Promise<void> {
  const target = byName.get(unit.target);
  if (!target) throw new Error(`no target ${unit.target}`);
  const fn = functionAt(modules, unit.target);
  if (!fn) throw new Error(`no function at ${unit.target}`);
  let arbitrary = arbitraries.get(target.name);
  if (!arbitrary) arbitraries.set(target.name, (arbitrary = target.args(corpus)));
  for (let index = unit.from; index < unit.to; index++) {
    // Busy from here: making the arguments runs package functions too (an adapter's parts are read from a document).
    Atomics.store(counters, SLOT.index, index);
    Atomics.store(counters, SLOT.busy, 1);
    const [sampled] = fc.sample(arbitrary, { seed: callSeed(unit.seed, unit.target, index), numRuns: 1 });
    const args = materialize(sampled) as unknown[];
    const before = fingerprint(args);
    logged = [];
    let result: unknown;
    let error: unknown;
    let threw = false;
    try {
      result = await target.call(fn, args!, modules);
    } catch (e) {
      threw = true;
      error = e;
    }
    Atomics.store(counters, SLOT.busy, 0);
    const fail = (kind: Failure["kind"], detail: string) => parentPort!.postMessage({ type: "failure", failure: { target: target.name, index, kind, detail } satisfies Failure });
    if (threw) {
      if (isCodedError(target, error)) Atomics.add(counters, SLOT.coded, 1);
      else {
        Atomics.add(counters, SLOT.thrown, 1);
        const e = error as { name?: unknown; message?: unknown; stack?: unknown } | null;
        fail("thrown", `${safeString(e?.name)}: ${safeString(e?.message)}\n${String(e?.stack ?? "").split("\n").slice(1, 4).join("\n")}`);
      }
    } else if (result !== null && typeof result === "object" && (result as { ok?: unknown }).ok === false) Atomics.add(counters, SLOT.coded, 1);
    else Atomics.add(counters, SLOT.ok, 1);
    if (fingerprint(args) !== before) {
      Atomics.add(counters, SLOT.mutations, 1);
      fail("mutation", "an argument changed");
    }
    // Echoes: a planted marker in a thrown error, a log line, or a message of the result.
    const texts: string[] = [...logged];
    if (threw) {
      const e = error as { message?: unknown } | null;
      texts.push(safeString(e?.message ?? e));
    }
    if (!target.echoesByDesign) messagesOf(result, texts);
    const echoed = texts.find(hasMarker);
    if (echoed !== undefined) {
      Atomics.add(counters, SLOT.echoes, 1);
      fail("echo", echoed.slice(0, 300));
    }
    Atomics.add(counters, SLOT.done, 1);
  }
}

parentPort!.on("message", (message: { type: "unit"; unit: Unit }) => {
  runUnit(message.unit).then(
    () => parentPort!.postMessage({ type: "done" }),
    (e: unknown) => parentPort!.postMessage({ type: "fatal", detail: String((e as Error)?.stack ?? e) }),
  );
});
parentPort!.postMessage({ type: "ready" });
