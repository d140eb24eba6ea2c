// The scheduling benchmark (`pnpm bench:schedule`; `pnpm bench` runs it after the validation one):
// scheduleObligations against a floor of plain Date.UTC loops, and how its cost grows with the
// window. What it measures and why is in docs/performance.md, "Scheduling".
//
//   pnpm bench:schedule                    measure and print; exit 0
//   pnpm bench:schedule -- --assert        exit 1 when a target fails
//   pnpm bench:schedule -- --passes 15 --warmup 5 --linear-passes 5 --linear-warmup 2 --seed 1   (the defaults)
//   pnpm bench:schedule -- --no-tsx        skip the information run from source under tsx
//
// The corpus (bench/schedule-generate.ts): 290 agreements, one per kommun, each with ten cadences
// (one weekly) in its forums, follow-ups and plans, valid 2025-01-01 – 2028-12-31. Ours is
// `scheduleObligations(agreement, { withoutLaw: true })`, so each gives its ten cadences and its
// renewal; the floor (bench/schedule-floor.ts) computes the same dates with Date.UTC and nothing
// else. The worker (bench/schedule-worker.ts) checks both against each other and the corpus, then
// times them pass by pass, interleaved. It runs bundled by esbuild as tsup bundles the published
// package; once more from source under tsx for information.
//
// Targets: ours at most 3× the floor; linear in the window: the cost per year of validity over
// 40 years at most 1.5× the cost per year over 1 year.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { ScheduleWorkerResult, TaskResult } from "./schedule-worker.js";

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
const SEED = flag("--seed", 1);
const WINDOWS = [1, 2, 5, 10, 20, 40] as const;

/** The targets: ours / floor, and the cost per year at 40 years / at 1 year. */
const TARGETS = { ratio: 3, linear: 1.5 } as const;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const int = (n: number) => n.toLocaleString("en-US");

// ---------------------------------------------------------------------------------------------
console.log("samverkan benchmark: scheduling\n");
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${process.platform} ${process.arch}, node ${process.version}`);
const loadBefore = loadavg();
console.log(`load average at start: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}${loadBefore[0]! > cpu.length / 2 ? "  (other work on the machine: expect noise)" : ""}`);

// The worker, bundled as tsup bundles the published package: esbuild, ESM, es2022, not minified,
// no keepNames (tsx keeps names, which wraps every closure a function makes in a `__name` call).
mkdirSync(`${root}.bench`, { recursive: true });
const bundle = `${root}.bench/schedule-worker.mjs`;
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
  logLevel: "warning",
});
const bundleMs = performance.now() - t0;

function runWorker(mode: ScheduleWorkerResult["mode"], runtime: "bundle" | "tsx", passes: number, warmup: number): ScheduleWorkerResult {
  const entry = runtime === "bundle" ? [bundle] : ["--import", "tsx", `${root}bench/schedule-worker.ts`];
  const args = ["--expose-gc", ...entry, "--mode", mode, "--seed", String(SEED), "--passes", String(passes), "--warmup", String(warmup), "--windows", WINDOWS.join(",")];
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`schedule worker ${mode} (${runtime}) failed with status ${child.status}`);
  const result = JSON.parse(child.stdout) as ScheduleWorkerResult;
  if (result.runtime !== runtime) throw new Error(`schedule worker ${mode}: asked for ${runtime}, ran ${result.runtime}`);
  return result;
}

console.log(`\ntiming: ${WARMUP} warm-up passes, then ${PASSES} timed passes over the 290 agreements, ours and the floor interleaved pass by pass; the linearity check ${LINEAR_WARMUP} + ${LINEAR_PASSES}…`);
t0 = performance.now();
const target = runWorker("target", "bundle", PASSES, WARMUP);
const breakdown = runWorker("breakdown", "bundle", PASSES, WARMUP);
const linear = runWorker("linear", "bundle", LINEAR_PASSES, LINEAR_WARMUP);
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
const ratioVerdict = (name: string, ours: TaskResult, floor: TaskResult, counts: boolean) => {
  const value = median(ours.passes) / median(floor.passes);
  const fastest = Math.min(...ours.passes) / Math.min(...floor.passes);
  const spread = Math.max(Math.max(...ours.passes) / Math.min(...ours.passes), Math.max(...floor.passes) / Math.min(...floor.passes));
  const note = `fastest passes ${fastest.toFixed(2)}×${spread > 1.3 ? `, passes spread ${spread.toFixed(1)}×: noisy` : ""}`;
  verdicts.push({ name, value: `${value.toFixed(2)}×`, note, target: `≤ ${TARGETS.ratio}×`, pass: value <= TARGETS.ratio, counts });
  return { value, fastest, spread };
};

console.log(`\nThe target: ms per pass over the 290 agreements (median, fastest and slowest of ${PASSES} passes, their sum), what a pass makes, and ns per thing made.`);
console.log(header("bundled (as the published package)"));
const targetRows = [row("ours: scheduleObligations → obligations", task(target, "ours")), row("floor: Date.UTC loop → date strings", task(target, "floor"))];
targetRows.forEach(printRow);
const ratio = ratioVerdict("ours / floor (bundled)", task(target, "ours"), task(target, "floor"), true);
let sourceRows: Row[] = [];
let sourceRatio: ReturnType<typeof ratioVerdict> | undefined;
if (fromSource) {
  console.log(header("from source under tsx (information)"));
  sourceRows = [row("ours: scheduleObligations → obligations", task(fromSource, "ours")), row("floor: Date.UTC loop → date strings", task(fromSource, "floor"))];
  sourceRows.forEach(printRow);
  sourceRatio = ratioVerdict("ours / floor (from source, tsx)", task(fromSource, "ours"), task(fromSource, "floor"), false);
}
console.log("  ours makes, per obligation: id, kind, date, window (two dates), period label, agreement id, source (type, id, path),");
console.log("  responsible (side, party ids), kommun, cadence, basis, Swedish and English title; checks its options and input; sorts by date, kind, id.");
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
console.log("\ntargets:");
for (const v of verdicts) {
  console.log(`  ${pad(v.name, 42)} ${lpad(v.value, 7)}   target ${pad(v.target, 7)} ${v.pass ? "PASS" : "FAIL"}${v.counts ? "" : " (information)"}${v.note ? `   [${v.note}]` : ""}`);
}
const loadAfter = loadavg();
console.log(`\nload average at end: ${loadAfter.map((l) => l.toFixed(2)).join(" ")}; bundling took ${(bundleMs / 1000).toFixed(1)} s, timing ${(timingMs / 1000).toFixed(0)} s, the whole run ${(performance.now() / 1000).toFixed(0)} s`);

writeFileSync(
  `${root}.bench/schedule-last-run.json`,
  `${JSON.stringify({ node: process.version, cpus: cpu.length, cpu: cpu[0]?.model, loadBefore, loadAfter, seed: SEED, passes: PASSES, warmup: WARMUP, linearPasses: LINEAR_PASSES, linearWarmup: LINEAR_WARMUP, targetRows, sourceRows, ratio, sourceRatio, steps, parts, linearRows, verdicts, workers: { target, breakdown, linear, fromSource } }, null, 2)}\n`,
);

const failed = verdicts.filter((v) => v.counts && !v.pass).length;
if (ASSERT && failed) {
  console.error(`\n${failed} target(s) failed`);
  process.exitCode = 1;
}
