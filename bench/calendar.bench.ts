// The calendar benchmark (`pnpm bench:calendar`; `pnpm bench` runs it too): toICalendar of the
// BUILT @samverkan/calendar (packages/calendar/dist; run `pnpm build` first) against a plain
// writer of the same bytes (bench/calendar-plain.ts), in one process, at several sizes.
//
//   pnpm bench:calendar                          measure and print; exit 0
//   pnpm bench:calendar -- --assert              exit 1 when a target is not met
//   pnpm bench:calendar -- --passes 5 --warmup 1 --agreements 2900 --no-before   (the defaults, but --no-before;
//                                                    --passes is for the largest size, the smaller get more)
//
// The events: `generateAgreements(2900, 1)` of @samverkan/test-utils, scheduled as one portfolio
// by `schedulePortfolio` of @samverkan/kommuner over 2025–2028 (120,389 obligations, about the
// 101,931 of issue 13's measurement), and the first 1/32, 1/8 and 1/2 of them.
//
// Targets: toICalendar at most 2× the plain writer at every size, and linear in events: its cost
// per event at the largest size at most 1.5× that at the smallest. The ratio judged is the median
// of each pass's ours ÷ plain (the two run back to back, so a burst of other work on the machine
// falls on both); the ratio of the medians and of the fastest passes are printed beside it.
// For information: what checking the obligations costs, on core's fast path (as toICalendar checks
// them) and with ObligationSchema.safeParse, against the plain writer; and the writer before this change
// (ical-generator 10.2.0) on the smallest size, one run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { schedulePortfolio } from "@samverkan/kommuner";
import { generateAgreements } from "@samverkan/test-utils";
import { intFlag } from "./args.js";
import type { CalendarSizeResult, CalendarWorkerResult } from "./calendar-worker.js";
import { median } from "./stats.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const ASSERT = argv.includes("--assert");
const BEFORE = !argv.includes("--no-before");
const PASSES = intFlag(argv, "--passes", 5);
const WARMUP = intFlag(argv, "--warmup", 1);
const AGREEMENTS = intFlag(argv, "--agreements", 2900);
const TARGETS = { ratio: 2, linear: 1.5 } as const;

for (const dist of ["packages/calendar/dist/index.js", "packages/core/dist/index.js"]) {
  if (!existsSync(`${root}${dist}`)) {
    console.error(`\n${dist} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const int = (n: number) => n.toLocaleString("en-US");

console.log("samverkan benchmark: iCalendar (the built packages/calendar/dist)\n");
const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${process.platform} ${process.arch}, node ${process.version}`);
const loadBefore = loadavg();
console.log(`load average at start: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}${loadBefore[0]! > cpu.length / 2 ? "  (other work on the machine: expect noise)" : ""}`);

// The events, made once and handed to the worker as JSON.
const started = performance.now();
const portfolio = schedulePortfolio(generateAgreements(AGREEMENTS, 1), { window: { from: "2025-01-01", to: "2028-12-31" } });
if (!portfolio.ok) throw new Error(`calendar bench: the portfolio does not schedule: ${JSON.stringify(portfolio.issues.slice(0, 3))}`);
const events = portfolio.obligations;
mkdirSync(`${root}.bench`, { recursive: true });
const eventsFile = `${root}.bench/calendar-events.json`;
writeFileSync(eventsFile, JSON.stringify(events));
const sizes = [32, 8, 2, 1].map((part) => Math.round(events.length / part));
console.log(`events: generateAgreements(${int(AGREEMENTS)}, 1) scheduled by schedulePortfolio over 2025-01-01 – 2028-12-31: ${int(events.length)} obligations (${((performance.now() - started) / 1000).toFixed(1)} s to make)`);

// The worker, bundled as tsup bundles a package (not minified, no kept names); it imports the built
// packages at run time.
const bundle = `${root}.bench/calendar-worker.mjs`;
await build({
  entryPoints: [`${root}bench/calendar-worker.ts`],
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2022",
  minify: false,
  keepNames: false,
  outfile: bundle,
  logLevel: "warning",
});
const args = ["--expose-gc", bundle, "--events", eventsFile, "--sizes", sizes.join(","), "--passes", String(PASSES), "--warmup", String(WARMUP), ...(BEFORE ? ["--before"] : [])];
console.log(`worker: node ${args.map((a) => a.replace(root, "")).join(" ")}\n`);
const child = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 });
if (child.status !== 0) {
  console.error("calendar bench: the worker failed");
  process.exit(1);
}
const result = JSON.parse(child.stdout) as CalendarWorkerResult;

console.log(
  `  ${"events".padStart(9)} ${"MB".padStart(6)} ${"passes".padStart(10)} ${"toICalendar".padStart(11)} ${"plain".padStart(8)} ${"ratio".padStart(6)} ${"medians".padStart(8)} ${"fastest".padStart(8)} ${"µs/event".padStart(9)} ${"plain µs".padStart(9)} ${"check ÷ plain".padStart(14)}`,
);
const perEvent = (r: CalendarSizeResult, key: "ours" | "plain") => (median(r[key]) * 1000) / r.events;
const paired = (r: CalendarSizeResult) => median(r.ours.map((t, i) => t / r.plain[i]!));
for (const r of result.sizes) {
  const medians = median(r.ours) / median(r.plain);
  const fastest = Math.min(...r.ours) / Math.min(...r.plain);
  console.log(
    `  ${int(r.events).padStart(9)} ${(r.bytes / 1e6).toFixed(1).padStart(6)} ${`${r.ours.length} × ${r.runs}`.padStart(10)} ${median(r.ours).toFixed(0).padStart(8)} ms ${median(r.plain).toFixed(0).padStart(5)} ms ${paired(r).toFixed(2).padStart(5)}× ${medians.toFixed(2).padStart(7)}× ${fastest.toFixed(2).padStart(7)}× ${perEvent(r, "ours").toFixed(2).padStart(9)} ${perEvent(r, "plain").toFixed(2).padStart(9)} ${(median(r.check) / median(r.plain)).toFixed(2).padStart(7)}× / ${(median(r.checkOrdinary) / median(r.plain)).toFixed(2)}×`,
  );
}
console.log(`  (passes × runs in a row in each timing; times are medians per run, after ${WARMUP} warm-up pass; "ratio": the median of each pass's toICalendar ÷ plain; "medians": the ratio of the medians;`);
console.log(`   "check ÷ plain": the same obligations checked on core's fast path (as toICalendar checks them) / with ObligationSchema.safeParse, against the plain writer)`);
{
  const r = result.retained;
  console.log(`\n  heap one calendar keeps, ${int(r.events)} events (information): toICalendar ${(r.ours / 1e6).toFixed(1)} MB (${(r.ours / r.events).toFixed(0)} bytes/event), the plain writer ${(r.plain / 1e6).toFixed(1)} MB (${(r.plain / r.events).toFixed(0)} bytes/event)`);
}
if (result.before) {
  const b = result.before;
  console.log(`\n  before (ical-generator 10.2.0, information): ${int(b.events)} events in ${b.ms.toFixed(0)} ms, ${((b.ms * 1000) / b.events).toFixed(0)} µs/event, ${(b.ms / b.plain).toFixed(1)}× the plain writer (one run each)`);
}

const smallest = result.sizes[0]!;
const largest = result.sizes[result.sizes.length - 1]!;
const worst = Math.max(...result.sizes.map(paired));
const linear = perEvent(largest, "ours") / perEvent(smallest, "ours");
const verdicts = [
  { name: "toICalendar / plain writer, worst size", value: worst, target: TARGETS.ratio },
  { name: `µs per event at ${int(largest.events)} / at ${int(smallest.events)}`, value: linear, target: TARGETS.linear },
];
console.log("");
for (const v of verdicts) console.log(`  ${v.value <= v.target ? "PASS" : "FAIL"}  ${v.name}: ${v.value.toFixed(2)}× (target ≤ ${v.target}×)`);
console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const failed = verdicts.filter((v) => v.value > v.target).length;
process.exitCode = ASSERT && failed > 0 ? 1 : 0;
