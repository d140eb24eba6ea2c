// The scheduling benchmark (`pnpm bench:schedule`; `pnpm bench` runs it after the validation one):
// scheduleObligations against a floor of plain Date.UTC loops, how its cost grows with the window
// and with one agreement's size, a portfolio of every kommun in one call, the heap a result keeps,
// and the status. What it measures and why is in docs/performance.md, "Scheduling".
//
//   pnpm bench:schedule                    measure and print; exit 0
//   pnpm bench:schedule -- --assert        exit 1 when a target fails
//   pnpm bench:schedule -- --passes 15 --warmup 5 --linear-passes 5 --linear-warmup 2 --large-passes 10 --large-warmup 3 --seed 1   (the defaults)
//   pnpm bench:schedule -- --no-tsx        skip the information run from source under tsx
//
// The corpus (bench/schedule-generate.ts): 290 agreements, one per kommun, each with ten cadences
// (one weekly) in its forums, follow-ups and plans, valid 2025-01-01 – 2028-12-31. Ours is
// `scheduleObligations(agreement, { withoutLaw: true })`, so each gives its ten cadences and its
// renewal; the floor (bench/schedule-floor.ts) computes the same dates with Date.UTC and nothing
// else. The worker (bench/schedule-worker.ts) checks both against each other and the corpus, then
// times them pass by pass, interleaved. It runs on the built package (run `pnpm build` first), its
// own code bundled by esbuild; once more from source under tsx for information. The floor caches
// each day's text as core does.
//
// Targets: ours at most 3× the floor; linear in the window: the cost per year of validity over
// 40 years at most 1.5× the cost per year over 1 year.
//
// Issue 9's targets, each in a process of its own (bench/schedule-worker.ts says how):
// - the portfolio: the same 290 agreements with medborgarlöften (a cycle, or the löften recorded)
//   as one agreement_set, scheduled in one call with the law's duties, over one, four and forty
//   years: at most 2× the floor of the same dates, at every length;
// - one agreement with the cadences of 22 districts, valid 1, 5 and 50 years (about 2,000, 10,000
//   and 100,000 obligations): the cost per obligation at the largest at most 1.5× that at the
//   smallest;
// - the heap a four-year portfolio's result keeps: at most 150 bytes per obligation;
// - obligationStatuses with 10,000 completions: at most 2× scheduleObligations alone, same input.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { builtEnv, builtPackagesFolder } from "./built.js";
import type { ScheduleWorkerResult, TaskResult } from "./schedule-worker.js";
import { median } from "./stats.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const ASSERT = argv.includes("--assert");
const WITH_TSX = !argv.includes("--no-tsx");
const PASSES = flag("--passes", 15);
const WARMUP = flag("--warmup", 5);
const LINEAR_PASSES = flag("--linear-passes", 5);
const LINEAR_WARMUP = flag("--linear-warmup", 2);
// Passes of the portfolio, the large agreement and the status; the 40-year portfolio (a second a pass) gets half of them after one warm-up.
const LARGE_PASSES = flag("--large-passes", 10);
const LARGE_WARMUP = flag("--large-warmup", 3);
const LONG_PASSES = Math.max(3, Math.ceil(0.5 * LARGE_PASSES));
const SEED = flag("--seed", 1);
const WINDOWS = [1, 2, 5, 10, 20, 40] as const;
/** The portfolio's validities in years; the longest gets the linearity check's passes. */
const PORTFOLIO_WINDOWS = [1, 4, 40] as const;

/**
 * The targets: ours / floor, and the cost per year at 40 years / at 1 year (per agreement); the
 * portfolio's ours / floor; one agreement's cost per obligation at its largest / at its smallest;
 * bytes kept per obligation; the status / the schedule alone.
 */
const TARGETS = { ratio: 3, linear: 1.5, portfolio: 2, large: 1.5, heapBytes: 150, status: 2 } as const;

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const int = (n: number) => n.toLocaleString("en-US");

// ---------------------------------------------------------------------------------------------
console.log("samverkan benchmark: scheduling\n");
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${process.platform} ${process.arch}, node ${process.version}`);
const loadBefore = loadavg();
console.log(`load average at start: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}${loadBefore[0]! > cpu.length / 2 ? "  (other work on the machine: expect noise)" : ""}`);

// The worker, bundled by esbuild (ESM, es2022, not minified, no keepNames: tsx keeps names, which
// wraps every closure a function makes in a `__name` call) with @samverkan/core and zod left out:
// it runs in a folder whose node_modules links the BUILT core (bench/built.ts), so `ours` is the
// package users install (issue 13). The breakdown's internals (periods, titles, the Collector) are
// bundled from core's sources: they are not exported.
mkdirSync(`${root}.bench`, { recursive: true });
const bundle = `${builtPackagesFolder(`${root}.bench/schedule`)}worker.mjs`;
let t0 = performance.now();
await build({
  entryPoints: [`${root}bench/schedule-worker.ts`],
  absWorkingDir: root,
  nodePaths: [`${root}node_modules`, `${root}packages/core/node_modules`],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2022",
  minify: false,
  keepNames: false,
  outfile: bundle,
  external: ["@samverkan/core", "zod", "zod/mini"],
  logLevel: "warning",
});
const bundleMs = performance.now() - t0;

/** Seconds each worker process took, for the last line. */
const workerSeconds: string[] = [];

function runWorker(mode: ScheduleWorkerResult["mode"], runtime: "bundle" | "tsx", passes: number, warmup: number, windows: readonly number[] = WINDOWS): ScheduleWorkerResult {
  const started = performance.now();
  const entry = runtime === "bundle" ? [bundle] : ["--import", "tsx", `${root}bench/schedule-worker.ts`];
  const args = ["--expose-gc", ...entry, "--mode", mode, "--seed", String(SEED), "--passes", String(passes), "--warmup", String(warmup), "--windows", windows.join(",")];
  // The built run gets a clean environment: nothing of tsx's loader (which maps @samverkan/core to its sources) reaches it.
  const env = runtime === "bundle" ? builtEnv : process.env;
  const child = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`schedule worker ${mode} (${runtime}) failed with status ${child.status}`);
  const result = JSON.parse(child.stdout) as ScheduleWorkerResult;
  if (result.runtime !== runtime) throw new Error(`schedule worker ${mode}: asked for ${runtime}, ran ${result.runtime}`);
  workerSeconds.push(`${mode}${mode === "portfolio" ? ` ${windows.join(",")} y` : ""}${runtime === "tsx" ? " (tsx)" : ""} ${((performance.now() - started) / 1000).toFixed(1)}`);
  return result;
}

console.log(`\ntiming: ${WARMUP} warm-up passes, then ${PASSES} timed passes over the 290 agreements, ours and the floor interleaved pass by pass; the linearity check ${LINEAR_WARMUP} + ${LINEAR_PASSES};`);
console.log(`the portfolio, the large agreement and the status ${LARGE_WARMUP} + ${LARGE_PASSES} (the 40-year portfolio 1 + ${LONG_PASSES})…`);
t0 = performance.now();
const target = runWorker("target", "bundle", PASSES, WARMUP);
const breakdown = runWorker("breakdown", "bundle", PASSES, WARMUP);
const linear = runWorker("linear", "bundle", LINEAR_PASSES, LINEAR_WARMUP);
// The portfolio: each validity in a process of its own (the forty-year one holds a million obligations).
// The portfolio: each validity in a process of its own (the forty-year one holds a million
// obligations, and gets the fewest passes); the shorter ones carry the breakdown.
const portfolios = PORTFOLIO_WINDOWS.map((years) => runWorker("portfolio", "bundle", years >= 40 ? LONG_PASSES : LARGE_PASSES, years >= 40 ? 1 : LARGE_WARMUP, [years]));
const large = runWorker("large", "bundle", LARGE_PASSES, LARGE_WARMUP);
const heapRun = runWorker("heap", "bundle", 0, 0);
const statusRun = runWorker("status", "bundle", LARGE_PASSES, LARGE_WARMUP);
const fromSource = WITH_TSX ? runWorker("target", "tsx", PASSES, WARMUP) : undefined;
const timingMs = performance.now() - t0;

// ---------------------------------------------------------------------------------------------
const main = target.corpora[0]!;
console.log(`\ncorpus (seed ${SEED}): ${main.agreements} agreements, one per kommun, valid 2025-01-01 – 2028-12-31; ten cadences each, one of them weekly`);
console.log(`correctness: ok. Every agreement validates (warnings: ${Object.entries(main.warnings).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}),`);
console.log(`  has ten cadences with exactly one weekly, and ours and the floor give the same ${int(main.obligations)} dates, agreement by agreement`);
console.log(`  (the same holds for every window of the linearity check: ${linear.corpora.map((c) => `${c.years} y ${int(c.obligations)}`).join(", ")}).`);

const task = (r: ScheduleWorkerResult, key: string, years = 4): TaskResult => {
  const t = r.tasks.find((x) => x.key === key && x.years === years);
  if (!t) throw new Error(`no task ${key} (${years} years) in ${r.mode}`);
  return t;
};
interface Row {
  readonly label: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly sum: number;
  readonly items: number;
  readonly nsPerItem: number;
}
const row = (label: string, t: TaskResult): Row => {
  const m = median(t.passes);
  return { label, median: m, min: Math.min(...t.passes), max: Math.max(...t.passes), sum: t.passes.reduce((a, b) => a + b, 0), items: t.items, nsPerItem: (m * 1e6) / t.items };
};
const header = (first: string) => `  ${pad(first, 44)} ${lpad("median pass", 11)} ${lpad("min", 7)} ${lpad("max", 7)} ${lpad("sum", 7)} ${lpad("made", 9)} ${lpad("ns each", 8)}`;
const printRow = (r: Row) =>
  console.log(`  ${pad(r.label, 44)} ${lpad(r.median.toFixed(1), 11)} ${lpad(r.min.toFixed(1), 7)} ${lpad(r.max.toFixed(1), 7)} ${lpad(r.sum.toFixed(0), 7)} ${lpad(int(r.items), 9)} ${lpad(r.nsPerItem.toFixed(0), 8)}`);

interface Verdict {
  readonly name: string;
  readonly value: string;
  readonly note?: string;
  readonly target: string;
  readonly pass: boolean;
  readonly counts: boolean;
}
const verdicts: Verdict[] = [];
const ratioVerdict = (name: string, ours: TaskResult, floor: TaskResult, counts: boolean, target: number = TARGETS.ratio) => {
  const value = median(ours.passes) / median(floor.passes);
  const fastest = Math.min(...ours.passes) / Math.min(...floor.passes);
  const spread = Math.max(Math.max(...ours.passes) / Math.min(...ours.passes), Math.max(...floor.passes) / Math.min(...floor.passes));
  const note = `fastest passes ${fastest.toFixed(2)}×${spread > 1.3 ? `, passes spread ${spread.toFixed(1)}×: noisy` : ""}`;
  verdicts.push({ name, value: `${value.toFixed(2)}×`, note, target: `≤ ${target}×`, pass: value <= target, counts });
  return { value, fastest, spread };
};

console.log(`\nThe target: ms per pass over the 290 agreements (median, fastest and slowest of ${PASSES} passes, their sum), what a pass makes, and ns per thing made.`);
console.log(header("bundled (as the published package)"));
const targetRows = [row("ours: scheduleObligations → obligations", task(target, "ours")), row("floor: Date.UTC loop → date strings", task(target, "floor"))];
targetRows.forEach(printRow);
const ratio = ratioVerdict("ours / floor (built package)", task(target, "ours"), task(target, "floor"), true);
let sourceRows: Row[] = [];
let sourceRatio: ReturnType<typeof ratioVerdict> | undefined;
if (fromSource) {
  console.log(header("from source under tsx (information)"));
  sourceRows = [row("ours: scheduleObligations → obligations", task(fromSource, "ours")), row("floor: Date.UTC loop → date strings", task(fromSource, "floor"))];
  sourceRows.forEach(printRow);
  sourceRatio = ratioVerdict("ours / floor (from source, tsx)", task(fromSource, "ours"), task(fromSource, "floor"), false);
}
console.log("  ours makes, per obligation: id, kind, date, window (two dates), period label, agreement id, source (type, id, path),");
console.log("  responsible (side, party ids), kommun, cadence, basis, Swedish and English title; checks its options and input; sorts by date and kind (ties in the order made).");
console.log("  The floor makes the date strings, sorted, and nothing else.");

console.log(`\nWhere ours spends its time (information; a process of its own, bundled): the same steps scheduleObligations takes, one more at a time.`);
console.log(header("step"));
const oursB = row("scheduleObligations, whole", task(breakdown, "ours"));
const steps = [
  oursB,
  row("expandCadence alone (day numbers, period labels)", task(breakdown, "expand")),
  row("  + the three date strings (fromDay)", task(breakdown, "expand+dates")),
  row("  + the titles (titlesFor)", task(breakdown, "expand+dates+titles")),
];
steps.forEach(printRow);
const [, expand, dates, titles] = steps as [Row, Row, Row, Row];
const rest = oursB.median - titles.median;
const share = (ms: number) => `${ms.toFixed(1)} ms (${((100 * ms) / oursB.median).toFixed(0)}%)`;
const parts = {
  expansion: expand.median,
  dateStrings: dates.median - expand.median,
  titles: titles.median - dates.median,
  objectsSortAndRest: rest,
};
console.log(`  so, of ours's ${oursB.median.toFixed(1)} ms: expansion ${share(parts.expansion)}, date strings ${share(parts.dateStrings)}, titles ${share(parts.titles)},`);
console.log(`  and building the obligation objects (ids, sources, responsible), the sort and the rest ${share(parts.objectsSortAndRest)}.`);

// ---------------------------------------------------------------------------------------------
console.log(`\nLinearity: the same 290 agreements with validities of ${WINDOWS.join(", ")} years (a process of its own, bundled; ${LINEAR_PASSES} timed passes).`);
interface LinearRow {
  readonly years: number;
  readonly obligations: number;
  readonly oursMs: number;
  readonly floorMs: number;
  readonly nsPerObligation: number;
  readonly msPerYear: number;
  readonly perYearVsOne: number;
  readonly marginalMsPerYear: number | undefined;
  readonly floorMsPerYear: number;
  readonly ratio: number;
}
const linearRows: LinearRow[] = [];
for (const years of WINDOWS) {
  const ours = task(linear, "ours", years);
  const floor = task(linear, "floor", years);
  const oursMs = median(ours.passes);
  const floorMs = median(floor.passes);
  const previous = linearRows[linearRows.length - 1];
  linearRows.push({
    years,
    obligations: ours.items,
    oursMs,
    floorMs,
    nsPerObligation: (oursMs * 1e6) / ours.items,
    msPerYear: oursMs / years,
    perYearVsOne: 0,
    marginalMsPerYear: previous ? (oursMs - previous.oursMs) / (years - previous.years) : undefined,
    floorMsPerYear: floorMs / years,
    ratio: oursMs / floorMs,
  });
}
const one = linearRows[0]!;
for (const r of linearRows) (r as { perYearVsOne: number }).perYearVsOne = r.msPerYear / one.msPerYear;
// Issue 13: the ratio to the floor is judged at every window, not only at four years.
for (const years of WINDOWS) ratioVerdict(`ours / floor, ${years} year${years === 1 ? "" : "s"} (linearity run)`, task(linear, "ours", years), task(linear, "floor", years), true);
console.log(`  ${lpad("years", 5)} ${lpad("obligations", 11)} ${lpad("ours ms", 8)} ${lpad("ns/oblig.", 9)} ${lpad("ms/year", 8)} ${lpad("vs 1 y", 7)} ${lpad("marginal ms/y", 13)} ${lpad("floor ms", 8)} ${lpad("floor ms/y", 10)} ${lpad("ours/floor", 10)}`);
for (const r of linearRows) {
  console.log(
    `  ${lpad(String(r.years), 5)} ${lpad(int(r.obligations), 11)} ${lpad(r.oursMs.toFixed(1), 8)} ${lpad(r.nsPerObligation.toFixed(0), 9)} ${lpad(r.msPerYear.toFixed(2), 8)} ${lpad(`${r.perYearVsOne.toFixed(2)}×`, 7)} ${lpad(r.marginalMsPerYear === undefined ? "" : r.marginalMsPerYear.toFixed(2), 13)} ${lpad(r.floorMs.toFixed(1), 8)} ${lpad(r.floorMsPerYear.toFixed(2), 10)} ${lpad(`${r.ratio.toFixed(2)}×`, 10)}`,
  );
}
console.log("  (ms per pass over the 290 agreements, medians; ms/year = ms per year of validity; marginal = the added ms per added year since the row above)");
const forty = linearRows[linearRows.length - 1]!;
verdicts.push({ name: "linear: ms per year, 40 years / 1 year", value: `${forty.perYearVsOne.toFixed(2)}×`, note: `ns per obligation ${one.nsPerObligation.toFixed(0)} → ${forty.nsPerObligation.toFixed(0)}`, target: `≤ ${TARGETS.linear}×`, pass: forty.perYearVsOne <= TARGETS.linear, counts: true });
const ten = linearRows.find((r) => r.years === 10)!;
verdicts.push({ name: "linear: ms per year, 40 years / 10 years", value: `${(forty.msPerYear / ten.msPerYear).toFixed(2)}×`, target: `≤ ${TARGETS.linear}×`, pass: forty.msPerYear / ten.msPerYear <= TARGETS.linear, counts: false });

// ---------------------------------------------------------------------------------------------
const kindsText = (kinds: Record<string, number> | undefined) =>
  Object.entries(kinds ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${int(v)}`)
    .join(", ");
const spreadNote = (t: TaskResult) => {
  const spread = Math.max(...t.passes) / Math.min(...t.passes);
  return spread > 1.3 ? ` (passes spread ${spread.toFixed(1)}×)` : "";
};

console.log(`\nThe portfolio: the 290 agreements, each with medborgarlöften (a cycle of one or two years, or the löften recorded), as one agreement_set,`);
console.log(`scheduled in one call with the law's lägesbild and åtgärdsplan (scheduleObligations(set)), against the floor of the same dates`);
console.log(`(the same Date.UTC loops, all the agreements' dates in one list, sorted once); each validity in a process of its own, bundled.`);
const portfolioCorpora = portfolios.map((r) => r.corpora[0]!);
console.log(`correctness: ok. The set validates (warnings: ${[...new Set(portfolioCorpora.flatMap((c) => Object.entries(c.warnings).map(([k, v]) => `${k} ${v} at ${c.years} y`)))].join(", ") || "none"}), every agreement has its ten cadences,`);
console.log(`  and ours and the floor give the same dates for the whole set and agreement by agreement: ${portfolioCorpora.map((c) => `${c.years} y ${int(c.obligations)}`).join(", ")}.`);
console.log(`  Four years: ${kindsText(portfolios.find((r) => r.corpora[0]!.years === 4)?.corpora[0]!.kinds)}.`);
console.log(`  ${lpad("years", 5)} ${lpad("obligations", 11)} ${lpad("ours ms", 8)} ${lpad("min", 7)} ${lpad("max", 7)} ${lpad("floor ms", 8)} ${lpad("min", 7)} ${lpad("max", 7)} ${lpad("ns/oblig.", 9)} ${lpad("floor ns", 8)} ${lpad("passes", 6)} ${lpad("ours/floor", 10)}`);
const portfolioRows = portfolios.map((r) => {
  const c = r.corpora[0]!;
  const ours = task(r, "ours", c.years);
  const floor = task(r, "floor", c.years);
  const value = median(ours.passes) / median(floor.passes);
  console.log(
    `  ${lpad(String(c.years), 5)} ${lpad(int(c.obligations), 11)} ${lpad(median(ours.passes).toFixed(1), 8)} ${lpad(Math.min(...ours.passes).toFixed(1), 7)} ${lpad(Math.max(...ours.passes).toFixed(1), 7)} ${lpad(median(floor.passes).toFixed(1), 8)} ${lpad(Math.min(...floor.passes).toFixed(1), 7)} ${lpad(Math.max(...floor.passes).toFixed(1), 7)} ${lpad(((median(ours.passes) * 1e6) / ours.items).toFixed(0), 9)} ${lpad(((median(floor.passes) * 1e6) / floor.items).toFixed(0), 8)} ${lpad(String(ours.passes.length), 6)} ${lpad(`${value.toFixed(2)}×`, 10)}`,
  );
  ratioVerdict(`portfolio ours / floor, ${c.years} year${c.years === 1 ? "" : "s"}`, ours, floor, true, TARGETS.portfolio);
  return { years: c.years, obligations: c.obligations, oursMs: median(ours.passes), floorMs: median(floor.passes), ratio: value, kinds: c.kinds };
});
console.log("  (ms per call over the whole set, medians of the timed passes; ours makes every obligation in full, the floor the date strings)");
console.log("  Where ours's time goes (information; same processes, same passes): garbage collection inside the call, the same obligations made");
console.log("  one agreement per call (each result dropped at once: nothing large to hold or sort), and the Collector's sort alone on a fresh result.");
console.log(`  ${lpad("years", 5)} ${lpad("ours ms", 8)} ${lpad("of it GC", 8)} ${lpad("floor ms", 8)} ${lpad("of it GC", 8)} ${lpad("per agreement", 13)} ${lpad("of it GC", 8)} ${lpad("sort alone", 10)} ${lpad("of it GC", 8)}`);
const gcMedian = (t: TaskResult | undefined) => (t && t.gc.length ? median(t.gc) : Number.NaN);
const portfolioParts = portfolios.map((r) => {
  const years = r.corpora[0]!.years;
  const find = (key: string) => r.tasks.find((t) => t.key === key && t.years === years);
  const [ours, floor, perAgreement, sort] = [find("ours"), find("floor"), find("per-agreement"), find("sort")];
  const ms = (t: TaskResult | undefined) => (t ? median(t.passes).toFixed(1) : "");
  const gcMs = (t: TaskResult | undefined) => (t ? gcMedian(t).toFixed(1) : "");
  console.log(`  ${lpad(String(years), 5)} ${lpad(ms(ours), 8)} ${lpad(gcMs(ours), 8)} ${lpad(ms(floor), 8)} ${lpad(gcMs(floor), 8)} ${lpad(ms(perAgreement), 13)} ${lpad(gcMs(perAgreement), 8)} ${lpad(ms(sort), 10)} ${lpad(gcMs(sort), 8)}`);
  return { years, oursMs: ours && median(ours.passes), oursGcMs: gcMedian(ours), floorMs: floor && median(floor.passes), floorGcMs: gcMedian(floor), perAgreementMs: perAgreement && median(perAgreement.passes), perAgreementGcMs: gcMedian(perAgreement), sortMs: sort && median(sort.passes), sortGcMs: gcMedian(sort) };
});
console.log("  (medians; GC = the collections V8 reports that began inside the pass; the forty-year run has no breakdown, to keep the run short)");

console.log(`\nOne agreement as it grows: the cadences of ${large.corpora.length && "22"} districts (ten each, one weekly) in one agreement, valid ${large.corpora.map((c) => c.years).join(", ")} years;`);
console.log(`each pass makes about 100,000 obligations in whole calls (so a small agreement is called many times), ours and the floor interleaved.`);
console.log(`  ${lpad("years", 5)} ${lpad("per call", 9)} ${lpad("calls", 5)} ${lpad("ours ms", 8)} ${lpad("ns/oblig.", 9)} ${lpad("vs smallest", 11)} ${lpad("floor ns", 8)} ${lpad("ours/floor", 10)}`);
const largeRows = large.corpora.map((c) => {
  const ours = task(large, "ours", c.years);
  const floor = task(large, "floor", c.years);
  return { years: c.years, perCall: c.obligations, calls: ours.items / c.obligations, oursMs: median(ours.passes), ns: (median(ours.passes) * 1e6) / ours.items, floorNs: (median(floor.passes) * 1e6) / floor.items, spread: spreadNote(ours) };
});
for (const r of largeRows) {
  console.log(`  ${lpad(String(r.years), 5)} ${lpad(int(r.perCall), 9)} ${lpad(String(r.calls), 5)} ${lpad(r.oursMs.toFixed(1), 8)} ${lpad(r.ns.toFixed(0), 9)} ${lpad(`${(r.ns / largeRows[0]!.ns).toFixed(2)}×`, 11)} ${lpad(r.floorNs.toFixed(0), 8)} ${lpad(`${(r.ns / r.floorNs).toFixed(2)}×`, 10)}${r.spread}`);
}
const largest = largeRows[largeRows.length - 1]!;
const smallest = largeRows[0]!;
verdicts.push({
  name: `one agreement: ns/obligation, ${int(largest.perCall)} / ${int(smallest.perCall)}`,
  value: `${(largest.ns / smallest.ns).toFixed(2)}×`,
  note: `${smallest.ns.toFixed(0)} → ${largeRows.map((r) => r.ns.toFixed(0)).slice(1).join(" → ")} ns`,
  target: `≤ ${TARGETS.large}×`,
  pass: largest.ns / smallest.ns <= TARGETS.large,
  counts: true,
});

const heap = heapRun.heap!;
console.log(`\nHeap: what the four-year portfolio's result keeps (${int(heap.obligations)} obligations; heapUsed after full collections, with the result held, less before it;`);
console.log(`a process of its own, its caches of date texts and week labels filled first). Per obligation: ${heap.perObligation.toFixed(0)} bytes.`);
if (heap.note) console.log(`  ${heap.note}`);
else {
  console.log("  Where they go: each field set to undefined in every obligation, in turn (what two fields share counts for the later one), then the result let go:");
  console.log(`  ${heap.fields.map((f) => `${f.field} ${f.bytes.toFixed(0)}`).join(", ")} (sum ${heap.fields.reduce((sum, f) => sum + f.bytes, 0).toFixed(0)})`);
}
console.log(`  (information) with every id flattened, as JSON.stringify or a Map lookup leaves it: ${heap.flattenedIds.toFixed(0)} bytes; the four-year corpus scheduled one agreement per call, the results held: ${heap.perAgreementCalls.toFixed(0)} bytes.`);
verdicts.push({ name: "heap: bytes per obligation (portfolio, 4 y)", value: heap.perObligation.toFixed(0), target: `≤ ${TARGETS.heapBytes}`, pass: heap.perObligation <= TARGETS.heapBytes, counts: true });

const statusInfo = statusRun.status!;
console.log(`\nStatus: obligationStatuses(set, { today: "${statusInfo.today}", completions }) with ${int(statusInfo.completions)} completions of the four-year portfolio's obligations (every`);
console.log(`${(statusRun.corpora[0]!.obligations / statusInfo.completions).toFixed(1)}th, all matched), against scheduleObligations(set) alone, both with the validity as the window; a process of its own.`);
if (statusInfo.statuses !== statusRun.corpora[0]!.obligations) console.log(`  NOTE: the status lists ${int(statusInfo.statuses)} obligations, the schedule ${int(statusRun.corpora[0]!.obligations)}: they do not do the same work.`);
console.log(header("bundled"));
const statusRows = [row("scheduleObligations alone", task(statusRun, "schedule")), row(`obligationStatuses, ${int(statusInfo.completions)} completions`, task(statusRun, "status"))];
statusRows.forEach(printRow);
ratioVerdict("status / schedule alone (10,000 completions)", task(statusRun, "status"), task(statusRun, "schedule"), true, TARGETS.status);

// ---------------------------------------------------------------------------------------------
console.log("\ntargets:");
for (const v of verdicts) {
  console.log(`  ${pad(v.name, 46)} ${lpad(v.value, 7)}   target ${pad(v.target, 7)} ${v.pass ? "PASS" : "FAIL"}${v.counts ? "" : " (information)"}${v.note ? `   [${v.note}]` : ""}`);
}
const loadAfter = loadavg();
console.log(`\nload average at end: ${loadAfter.map((l) => l.toFixed(2)).join(" ")}; bundling took ${(bundleMs / 1000).toFixed(1)} s, timing ${(timingMs / 1000).toFixed(0)} s (s per process: ${workerSeconds.join(", ")}), the whole run ${(performance.now() / 1000).toFixed(0)} s`);

writeFileSync(
  `${root}.bench/schedule-last-run.json`,
  `${JSON.stringify({ node: process.version, cpus: cpu.length, cpu: cpu[0]?.model, loadBefore, loadAfter, seed: SEED, passes: PASSES, warmup: WARMUP, linearPasses: LINEAR_PASSES, linearWarmup: LINEAR_WARMUP, largePasses: LARGE_PASSES, largeWarmup: LARGE_WARMUP, targetRows, sourceRows, ratio, sourceRatio, steps, parts, linearRows, portfolioRows, largeRows, heap, statusRows, verdicts, portfolioParts, workers: { target, breakdown, linear, portfolios, large, heap: heapRun, status: statusRun, fromSource } }, null, 2)}\n`,
);

const failed = verdicts.filter((v) => v.counts && !v.pass).length;
if (ASSERT && failed) {
  console.error(`\n${failed} target(s) failed`);
  process.exitCode = 1;
}
