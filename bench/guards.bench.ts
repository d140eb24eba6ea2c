// The cost of the robustness guards (docs/robustness.md): the built packages of this checkout
// ("after") against those of another checkout ("before", such as the commit before the guards),
// on the valid path only, interleaved pass by pass in one process so that the machine's load
// falls on both alike.
//
//   pnpm bench:guards -- --before /path/to/other/checkout      (both built: `pnpm build`)
//   pnpm bench:guards -- --before ../main --passes 15 --warmup 5 --seed 1   (the defaults)
//
// Measured, each the median of the timed passes, after / before:
// - scheduleObligations over the schedule bench's 290 agreements (one call each, four years, without the law);
// - the portfolio: the same 290 with medborgarlöften and the law as one set, one call, 1 and 4 years;
// - obligationStatuses with 10,000 completions on the four-year portfolio;
// - validateAgreement over the validation bench's 1,000 valid agreements.
// Target: every ratio at most 1.05 (the valid path may not slow down by more than 5%).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateAgreements } from "./generate.js";
import { generateScheduleAgreements, generateSchedulePortfolio } from "./schedule-generate.js";

import type * as CoreModule from "@samverkan/core";
import type { Agreement, AgreementSet } from "@samverkan/core";

type Core = typeof CoreModule;

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const BEFORE = resolve(option("--before", "../main"));
const PASSES = Number(option("--passes", "15"));
const WARMUP = Number(option("--warmup", "5"));
const SEED = Number(option("--seed", "1"));
const TARGET = 1.05;

const load = async (dir: string): Promise<Core> => (await import(pathToFileURL(`${dir}/packages/core/dist/index.js`).href)) as Core;
const after = await load(resolve(new URL("..", import.meta.url).pathname));
const before = await load(BEFORE);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Times `run` of both, interleaved pass by pass (the order alternating), after warm-up passes; checks they agree on the result's size. */
function compare(name: string, run: (core: Core) => number): { name: string; before: number; after: number; ratio: number } {
  const times = { before: [] as number[], after: [] as number[] };
  for (let pass = 0; pass < WARMUP + PASSES; pass++) {
    const order: ["before" | "after", Core][] = pass % 2 ? [["after", after], ["before", before]] : [["before", before], ["after", after]];
    const sizes: number[] = [];
    for (const [which, core] of order) {
      globalThis.gc?.();
      const t0 = performance.now();
      sizes.push(run(core));
      const ms = performance.now() - t0;
      if (pass >= WARMUP) times[which].push(ms);
    }
    if (sizes[0] !== sizes[1]) throw new Error(`${name}: before and after disagree (${sizes.join(" vs ")})`);
  }
  const b = median(times.before);
  const a = median(times.after);
  return { name, before: b, after: a, ratio: a / b };
}

const validated = <T>(core: Core, doc: unknown): T => {
  const r = core.validateAgreement(doc);
  if (!r.ok) throw new Error("bench corpus: a document did not validate");
  return r.value as T;
};

const agreements = generateScheduleAgreements({ seed: SEED, years: 4 }).map((a) => validated<Agreement>(after, a));
const portfolio1 = validated<AgreementSet>(after, generateSchedulePortfolio({ seed: SEED, years: 1 }));
const portfolio4 = validated<AgreementSet>(after, generateSchedulePortfolio({ seed: SEED, years: 4 }));
const window4 = { from: "2025-01-01", to: "2028-12-31" } as const;
const all4 = after.scheduleObligations(portfolio4, { window: window4 });
if (!all4.ok) throw new Error("bench corpus: the portfolio did not schedule");
const step = Math.max(1, Math.floor(all4.obligations.length / 10_000));
const completions = all4.obligations.filter((_, i) => i % step === 0).slice(0, 10_000).map((o) => ({ obligationId: o.id, completedOn: o.date }));
const { valid } = generateAgreements({ seed: SEED, valid: 1000, invalid: 0 });

const count = (r: { ok: boolean; obligations?: readonly unknown[]; statuses?: readonly unknown[] }) => (r.ok ? (r.obligations ?? r.statuses)!.length : -1);
const rows = [
  compare("scheduleObligations, 290 agreements × 4 years, one call each", (core) => agreements.reduce((n, a) => n + count(core.scheduleObligations(a, { withoutLaw: true })), 0)),
  compare("portfolio: 290 agreements as one set, 1 year", (core) => count(core.scheduleObligations(portfolio1, { window: { from: "2025-01-01", to: "2025-12-31" } }))),
  compare("portfolio: 290 agreements as one set, 4 years", (core) => count(core.scheduleObligations(portfolio4, { window: window4 }))),
  compare("obligationStatuses, 4-year portfolio, 10,000 completions", (core) => count(core.obligationStatuses(portfolio4, { today: "2026-11-23", completions, window: window4 }))),
  compare("validateAgreement, 1,000 valid agreements", (core) => valid.reduce((n: number, d) => n + (core.validateAgreement(d).ok ? 1 : 0), 0)),
];

console.log(`guards: after (this checkout) / before (${BEFORE}), built packages, ${WARMUP} warm-up + ${PASSES} timed passes interleaved, seed ${SEED}\n`);
console.log("| measure | before (ms) | after (ms) | after / before | target |");
console.log("| --- | ---: | ---: | ---: | --- |");
let failed = false;
for (const r of rows) {
  const pass = r.ratio <= TARGET;
  failed ||= !pass;
  console.log(`| ${r.name} | ${r.before.toFixed(2)} | ${r.after.toFixed(2)} | ${r.ratio.toFixed(3)} | ${pass ? "PASS" : "FAIL"} (≤ ${TARGET}) |`);
}
if (argv.includes("--assert") && failed) process.exitCode = 1;
