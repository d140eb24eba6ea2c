// The cost of the robustness guards (docs/robustness.md): the built packages of this checkout
// ("after") against those of another checkout ("before", such as the commit before the guards),
// on the valid path only. Each variant runs in processes of its own (two copies of a library in
// one process bias each other by the order they load: measured ±10–15% on validation), and the
// processes alternate, before, after, after, before, …, so that the machine's load falls on both.
//
//   pnpm bench:guards -- --before /path/to/other/checkout      (both built: `pnpm build`)
//   pnpm bench:guards -- --before ../main --rounds 6 --passes 10 --warmup 4 --seed 1   (the defaults)
//
// Measured in each process, the median of its timed passes; reported, the median over the
// processes of each variant, and after / before:
// - scheduleObligations over the schedule bench's 290 agreements (one call each, four years, without the law);
// - the portfolio: the same 290 with medborgarlöften and the law as one set, one call, 1 and 4 years;
// - obligationStatuses with 10,000 completions on the four-year portfolio;
// - validateAgreement over 500 of the validation bench's valid agreements.
// Target: every ratio at most 1.05 (the valid path may not slow down by more than 5%).
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as CoreModule from "@samverkan/core";
import type { Agreement, AgreementSet } from "@samverkan/core";
import { generateAgreements } from "./generate.js";
import { generateScheduleAgreements, generateSchedulePortfolio } from "./schedule-generate.js";
import { median } from "./stats.js";

type Core = typeof CoreModule;

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const HERE = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BEFORE = resolve(option("--before", "../main"));
const ROUNDS = Number(option("--rounds", "6"));
const PASSES = Number(option("--passes", "10"));
const WARMUP = Number(option("--warmup", "4"));
const SEED = Number(option("--seed", "1"));
const CHILD = option("--child", "");
const TARGET = 1.05;

const MEASURES = [
  "scheduleObligations, 290 agreements × 4 years, one call each",
  "portfolio: 290 agreements as one set, 1 year",
  "portfolio: 290 agreements as one set, 4 years",
  "obligationStatuses, 4-year portfolio, 10,000 completions",
  "validateAgreement, 500 valid agreements",
] as const;

/** One process: the medians of one variant's passes, as JSON on stdout. */
async function child(dir: string): Promise<void> {
  const core = (await import(pathToFileURL(`${dir}/packages/core/dist/index.js`).href)) as Core;
  const validated = <T>(doc: unknown): T => {
    const r = core.validateAgreement(doc);
    if (!r.ok) throw new Error("bench corpus: a document did not validate");
    return r.value as T;
  };
  const agreements = generateScheduleAgreements({ seed: SEED, years: 4 }).map((a) => validated<Agreement>(a));
  const portfolio1 = validated<AgreementSet>(generateSchedulePortfolio({ seed: SEED, years: 1 }));
  const portfolio4 = validated<AgreementSet>(generateSchedulePortfolio({ seed: SEED, years: 4 }));
  const window4 = { from: "2025-01-01", to: "2028-12-31" } as const;
  const all4 = core.scheduleObligations(portfolio4, { window: window4 });
  if (!all4.ok) throw new Error("bench corpus: the portfolio did not schedule");
  const step = Math.max(1, Math.floor(all4.obligations.length / 10_000));
  const completions = all4.obligations.filter((_, i) => i % step === 0).slice(0, 10_000).map((o) => ({ obligationId: o.id, completedOn: o.date }));
  const { valid } = generateAgreements({ seed: SEED, valid: 500, invalid: 0 });
  const count = (r: { ok: boolean; obligations?: readonly unknown[]; statuses?: readonly unknown[] }) => (r.ok ? (r.obligations ?? r.statuses)!.length : -1);
  const runs: (() => number)[] = [
    () => agreements.reduce((n, a) => n + count(core.scheduleObligations(a, { withoutLaw: true })), 0),
    () => count(core.scheduleObligations(portfolio1, { window: { from: "2025-01-01", to: "2025-12-31" } })),
    () => count(core.scheduleObligations(portfolio4, { window: window4 })),
    () => count(core.obligationStatuses(portfolio4, { today: "2026-11-23", completions, window: window4 })),
    () => valid.reduce((n: number, d) => n + (core.validateAgreement(d).ok ? 1 : 0), 0),
  ];
  const medians: number[] = [];
  const sizes: number[] = [];
  for (const run of runs) {
    const times: number[] = [];
    for (let pass = 0; pass < WARMUP + PASSES; pass++) {
      globalThis.gc?.();
      const t0 = performance.now();
      const size = run();
      const ms = performance.now() - t0;
      if (pass >= WARMUP) times.push(ms);
      if (pass === 0) sizes.push(size);
    }
    medians.push(median(times));
  }
  process.stdout.write(JSON.stringify({ medians, sizes }));
}

if (CHILD) await child(CHILD);
else {
  const results = { before: [] as number[][], after: [] as number[][] };
  let sizes: string | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? (["after", "before"] as const) : (["before", "after"] as const);
    for (const which of order) {
      const dir = which === "before" ? BEFORE : HERE;
      const args = ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--child", dir, "--passes", String(PASSES), "--warmup", String(WARMUP), "--seed", String(SEED)];
      const run = spawnSync(process.execPath, args, { cwd: HERE, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`bench:guards: the ${which} process failed`);
      const out = JSON.parse(run.stdout) as { medians: number[]; sizes: number[] };
      // Both variants must make the same results on the valid path.
      const made = JSON.stringify(out.sizes);
      if (sizes !== undefined && made !== sizes) throw new Error(`bench:guards: before and after disagree (${sizes} vs ${made})`);
      sizes = made;
      results[which].push(out.medians);
    }
  }
  console.log(`guards: after (this checkout) / before (${BEFORE}), built packages; ${ROUNDS} processes each, alternating; in each ${WARMUP} warm-up + ${PASSES} timed passes; seed ${SEED}\n`);
  console.log("| measure | before (ms) | after (ms) | after / before | target |");
  console.log("| --- | ---: | ---: | ---: | --- |");
  let failed = false;
  MEASURES.forEach((name, i) => {
    const b = median(results.before.map((m) => m[i]!));
    const a = median(results.after.map((m) => m[i]!));
    const pass = a / b <= TARGET;
    failed ||= !pass;
    console.log(`| ${name} | ${b.toFixed(2)} | ${a.toFixed(2)} | ${(a / b).toFixed(3)} | ${pass ? "PASS" : "FAIL"} (≤ ${TARGET}) |`);
  });
  if (argv.includes("--assert") && failed) process.exitCode = 1;
}
