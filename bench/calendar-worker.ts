// One timing process of the calendar benchmark (started by calendar.bench.ts, bundled by esbuild
// into .bench/; not meant to be run by hand). It imports the BUILT packages, as a user does:
// packages/calendar/dist/index.js, and packages/core/dist for ObligationSchema and the fast parser
// toICalendar checks with (the check's share, information).
//
//   node --expose-gc .bench/calendar-worker.mjs --events .bench/calendar-events.json --sizes 3762,15048,60194,120389
//        --passes 5 --warmup 1 [--before]
//   node --cpu-prof --expose-gc .bench/calendar-worker.mjs --events … --sizes 60195 --profile ours|plain|before
//        (for a CPU profile: the checks, then `--passes` runs of that writer alone on the first size)
//
// For each size (the first n obligations of the file) it first checks that toICalendar and the
// plain writer give the same text, then times them in passes, each pass one run of each in
// alternating order after a full collection, nothing else in between: `--passes` at the largest size, more at the smaller ones,
// where a pass is short and one burst of other work moves a median more (passes × √(largest / size),
// at most 25); and at a size under 30,000 events each timing is of as many runs in a row as make
// 30,000 events, so that no timing is shorter than the machine's scheduling noise. Before any of that, both run five times on the
// smallest size, so that neither is timed while V8 is still optimising it. `--before` also times the writer before this change
// (ical-generator 10.2.0) once on the smallest size, after checking its bytes too.
import { readFileSync } from "node:fs";
import type * as Calendar from "@samverkan/calendar";
import type * as Core from "@samverkan/core";
import type { Obligation } from "@samverkan/core";
import { calendarBefore } from "./calendar-before.js";
import { plainCalendar } from "./calendar-plain.js";
import { heapKept } from "./stats.js";

/** One size's timings, milliseconds per pass. */
export interface CalendarSizeResult {
  readonly events: number;
  /** Runs in a row in each timing (the times are per run). */
  readonly runs: number;
  /** Length of the calendar, UTF-16 code units, and its size in UTF-8 bytes. */
  readonly chars: number;
  readonly bytes: number;
  readonly ours: number[];
  readonly plain: number[];
  /** The same obligations checked on core's fast path (`createFastParser(ObligationSchema)`, as toICalendar checks them), and with `ObligationSchema.safeParse` (information). */
  readonly check: number[];
  readonly checkOrdinary: number[];
}

/** What the worker prints (one JSON line). */
export interface CalendarWorkerResult {
  readonly sizes: CalendarSizeResult[];
  /** Heap one calendar keeps at the largest size, bytes (after full collections, the text held): toICalendar's and the plain writer's. */
  readonly retained: { readonly events: number; readonly ours: number; readonly plain: number };
  readonly before?: { readonly events: number; readonly ms: number; readonly plain: number };
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`calendar worker: missing ${name}`);
  return value;
};
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("calendar worker: run node with --expose-gc");

const root = new URL("../", import.meta.url);
const calendar = (await import(new URL("packages/calendar/dist/index.js", root).href)) as typeof Calendar;
const core = (await import(new URL("packages/core/dist/index.js", root).href)) as typeof Core;
const fast = core.createFastParser(core.ObligationSchema);
const ordinary = (o: unknown) => core.ObligationSchema.safeParse(o);

const events = JSON.parse(readFileSync(arg("--events"), "utf8")) as Obligation[];
const sizes = arg("--sizes").split(",").map(Number);
const passes = Number(arg("--passes", "5"));
const warmup = Number(arg("--warmup", "1"));
const NAME = "Samverkan 2025 – 2028";

function ours(list: readonly Obligation[]): string {
  const result = calendar.toICalendar(list, { name: NAME });
  if (!result.ok) throw new Error(`calendar worker: toICalendar refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value;
}

function check(list: readonly Obligation[], parse: (o: unknown) => { success: boolean } = fast): number {
  let ok = 0;
  for (const o of list) if (parse(o).success) ok++;
  return ok;
}

/** Milliseconds per run of `run`, timed over `runs` runs in a row after a full collection. */
function time(run: () => unknown, runs = 1): number {
  gc!();
  const start = performance.now();
  for (let i = 0; i < runs; i++) run();
  return (performance.now() - start) / runs;
}

/** Events of work in one timing, at least. */
const MIN_WORK = 30_000;

const largest = Math.max(...sizes);
const passesAt = (n: number) => Math.min(25, Math.ceil(passes * Math.sqrt(largest / n)));
const profile = argv.includes("--profile") ? arg("--profile") : undefined;
if (profile !== undefined) {
  const list = events.slice(0, sizes[0]);
  const run = { ours: () => ours(list), plain: () => plainCalendar(list, NAME), before: () => calendarBefore(list, NAME, calendar.obligationUid) }[profile];
  if (run === undefined || run() !== plainCalendar(list, NAME)) throw new Error(`calendar worker: --profile ${profile}: not a writer, or not the same text`);
  for (let i = 0; i < passes; i++) run();
  process.exit(0);
}

const results: CalendarSizeResult[] = [];
const first = events.slice(0, sizes[0]);
for (let i = 0; i < 5; i++) {
  ours(first);
  plainCalendar(first, NAME);
}
for (const n of sizes) {
  const list = events.slice(0, n);
  const text = ours(list);
  if (plainCalendar(list, NAME) !== text) throw new Error(`calendar worker: the plain writer and toICalendar differ at ${n} events`);
  const runs = Math.ceil(MIN_WORK / list.length);
  const r: CalendarSizeResult = { events: list.length, runs, chars: text.length, bytes: Buffer.byteLength(text), ours: [], plain: [], check: [], checkOrdinary: [] };
  for (let pass = 0; pass < warmup + passesAt(n); pass++) {
    const order = pass % 2 === 0 ? (["ours", "plain"] as const) : (["plain", "ours"] as const);
    const t: Record<string, number> = {};
    for (const key of order) t[key] = time(key === "ours" ? () => ours(list) : () => plainCalendar(list, NAME), runs);
    if (pass < warmup) continue;
    r.ours.push(t.ours!);
    r.plain.push(t.plain!);
  }
  results.push(r);
}

// The check on its own, after every timing above: a second fast parser and zod's own in the same
// process make the shared code polymorphic, which would slow toICalendar if they ran among its passes.
for (const r of results) {
  const list = events.slice(0, r.events);
  if (check(list) !== list.length) throw new Error("calendar worker: an obligation does not pass ObligationSchema");
  for (let pass = 0; pass < warmup + r.ours.length; pass++) {
    const c = time(() => check(list), r.runs);
    const o = time(() => check(list, ordinary), r.runs);
    if (pass < warmup) continue;
    r.check.push(c);
    r.checkOrdinary.push(o);
  }
}

let before: CalendarWorkerResult["before"];
if (argv.includes("--before")) {
  const list = events.slice(0, sizes[0]);
  if (calendarBefore(list, NAME, calendar.obligationUid) !== ours(list)) throw new Error("calendar worker: the writer before and toICalendar differ");
  before = { events: list.length, ms: time(() => calendarBefore(list, NAME, calendar.obligationUid)), plain: time(() => plainCalendar(list, NAME)) };
}

// What one calendar keeps, at the largest size: the text, as each writer leaves it (a string built
// by concatenation is a tree of pieces until it is flattened).
async function retainedBy(write: () => string): Promise<number> {
  const { bytesPerResult, held } = await heapKept(() => [write()]);
  if (held[0]!.length === 0) throw new Error("calendar worker: an empty calendar");
  return bytesPerResult;
}
const all = events.slice(0, sizes.at(-1));
const retained = { events: all.length, ours: await retainedBy(() => ours(all)), plain: await retainedBy(() => plainCalendar(all, NAME)) };

const out: CalendarWorkerResult = { sizes: results, retained, ...(before && { before }) };
process.stdout.write(`${JSON.stringify(out)}\n`);
