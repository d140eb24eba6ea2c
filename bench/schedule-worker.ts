// One timing process of the scheduling benchmark (started by schedule.bench.ts; not meant to be run
// by hand). schedule.bench.ts bundles this file with esbuild, as tsup bundles the published
// package, and runs the bundle; `--mode target` also runs once from source under tsx, for
// information (tsx keeps function names, which costs core a `__name` call per closure it makes).
//
//   node --expose-gc .bench/schedule-worker.mjs --mode target|breakdown|linear --seed 1
//        --passes 15 --warmup 5 [--windows 1,2,5,10,20,40]
//
// Every mode first makes its corpus (bench/schedule-generate.ts) and checks it: every agreement
// validates, has ten cadences with exactly one weekly, and scheduleObligations and the floor give
// the same dates, agreement by agreement. Then the tasks run in passes: in each pass one run of
// every task over all 290 agreements, in a rotating order, each timed on its own after a minor
// garbage collection (as bench/worker.ts does, for the same reasons).
//
//   target     ours and the floor over the four-year corpus (the target)
//   breakdown  ours and ours taken apart: expansion alone, with the date strings, with the titles
//              (information)
//   linear     ours and the floor over validities of 1, 2, 5, 10, 20 and 40 years
import { scheduleObligations, validateAgreement, type Agreement, type Obligation, type ObligationKind, type ScheduleOptions } from "@samverkan/core";
import { fromDay, toDay } from "../packages/core/src/schedule/civil-date.js";
import { expandCadence, type ExpansionRange, type Occurrence } from "../packages/core/src/schedule/periods.js";
import { titlesFor } from "../packages/core/src/schedule/titles.js";
import { floorDates } from "./schedule-floor.js";
import { CADENCES_PER_AGREEMENT, cadencesOf, generateScheduleAgreements } from "./schedule-generate.js";

/** One timed task's passes, in milliseconds, with the work it did per pass. */
export interface TaskResult {
  readonly key: string;
  /** Validity length in years of the corpus it ran on. */
  readonly years: number;
  readonly passes: number[];
  /** Obligations (or dates, or occurrences) made per pass: the same in every pass. */
  readonly items: number;
}

/** What a worker prints (one JSON line on stdout). */
export interface ScheduleWorkerResult {
  readonly mode: "target" | "breakdown" | "linear";
  readonly runtime: string;
  readonly agreements: number;
  readonly warmupPasses: number;
  /** Per corpus: agreements, obligations, the warnings validation gave, by code. */
  readonly corpora: { readonly years: number; readonly agreements: number; readonly obligations: number; readonly warnings: Record<string, number> }[];
  readonly tasks: TaskResult[];
}

const argv = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`schedule worker: missing ${name}`);
  return value;
};
const mode = arg("--mode") as ScheduleWorkerResult["mode"];
const seed = Number(arg("--seed", "1"));
const passes = Number(arg("--passes", "15"));
const warmupPasses = Number(arg("--warmup", "5"));
const windows = arg("--windows", "1,2,5,10,20,40").split(",").map(Number);
const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
if (!gc) throw new Error("schedule worker: run node with --expose-gc");

/** The options every run of ours uses: no duties of the law, so exactly the ten cadences and the renewal. */
const OPTIONS: ScheduleOptions = { withoutLaw: true };

// ---------------------------------------------------------------------------------------------
// The corpus, checked.

function schedule(agreement: Agreement): readonly Obligation[] {
  const result = scheduleObligations(agreement, OPTIONS);
  if (!result.ok) throw new Error(`schedule worker: ${agreement.id} not scheduled: ${JSON.stringify(result.issues)}`);
  return result.obligations;
}

function corpus(years: number): { agreements: Agreement[]; obligations: number; warnings: Record<string, number> } {
  const agreements = generateScheduleAgreements({ seed, years });
  const problems: string[] = [];
  const warnings: Record<string, number> = {};
  let obligations = 0;
  for (const agreement of agreements) {
    const validation = validateAgreement(agreement);
    if (!validation.ok) {
      problems.push(`${agreement.id} is invalid: ${JSON.stringify(validation.issues)}`);
      continue;
    }
    for (const w of validation.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
    const cadences = cadencesOf(agreement);
    const weekly = cadences.filter((c) => c.type === "weekly").length;
    if (cadences.length !== CADENCES_PER_AGREEMENT || weekly !== 1) problems.push(`${agreement.id}: ${cadences.length} cadences, ${weekly} weekly`);
    const ours = schedule(agreement).map((o) => o.date);
    const floor = floorDates(agreement);
    obligations += ours.length;
    if (ours.join() !== floor.join()) problems.push(`${agreement.id} (${years} years): ours gives ${ours.length} dates, the floor ${floor.length}, or other ones`);
  }
  if (problems.length) {
    for (const p of problems.slice(0, 20)) console.error(`PROBLEM ${p}`);
    throw new Error(`schedule worker: the ${years}-year corpus has ${problems.length} problems`);
  }
  return { agreements, obligations, warnings };
}

// ---------------------------------------------------------------------------------------------
// Ours taken apart (mode breakdown): the same steps scheduleObligations takes, one more at a time.

const FOLLOW_UP_KIND = { follow_up: "follow_up", safety_survey: "safety_survey", leadership_report: "leadership_report", situational_picture: "situational_picture" } as const;

interface Source {
  readonly cadence: Parameters<typeof expandCadence>[0];
  readonly kind: ObligationKind;
  readonly subject: string;
}

/** What scheduleObligations works from, for one agreement: its range, and each cadence with its kind and subject. */
function prepared(agreement: Agreement): { range: ExpansionRange; sources: Source[] } {
  if (agreement.validity.start.type !== "date" || agreement.validity.end.type !== "date") throw new Error("validity must be dates");
  const validFrom = toDay(agreement.validity.start.date);
  const validTo = toDay(agreement.validity.end.date);
  const range: ExpansionRange = { validFrom, validTo, from: validFrom, to: validTo, endPoints: [validTo], leadMonths: 6, annualReportDue: { month: 4, day: 15 } };
  const sources: Source[] = [];
  for (const f of agreement.forums ?? []) if (f.cadence) sources.push({ cadence: f.cadence, kind: "forum_meeting", subject: f.name });
  for (const f of agreement.followUps ?? []) if (f.cadence) sources.push({ cadence: f.cadence, kind: FOLLOW_UP_KIND[f.kind], subject: f.subject });
  for (const p of agreement.plans ?? []) {
    if (p.revision) sources.push({ cadence: p.revision, kind: "plan_revision", subject: p.title ?? p.id });
    for (const a of p.activities ?? []) if (a.cadence) sources.push({ cadence: a.cadence, kind: "activity", subject: a.text });
  }
  sources.push({ cadence: { type: "before_end" }, kind: "renewal", subject: "" });
  return { range, sources };
}

// ---------------------------------------------------------------------------------------------
// The tasks.

interface Task {
  readonly key: string;
  readonly years: number;
  readonly run: () => number;
  items: number | undefined;
}

const tasks: Task[] = [];
const corpora: ScheduleWorkerResult["corpora"] = [];

function addCorpus(years: number, withFloor: boolean, withBreakdown: boolean): void {
  const { agreements, obligations, warnings } = corpus(years);
  corpora.push({ years, agreements: agreements.length, obligations, warnings });
  tasks.push({
    key: "ours",
    years,
    items: undefined,
    run: () => {
      let n = 0;
      for (const a of agreements) {
        const result = scheduleObligations(a, OPTIONS);
        if (result.ok) n += result.obligations.length;
      }
      return n;
    },
  });
  if (withFloor) {
    tasks.push({
      key: "floor",
      years,
      items: undefined,
      run: () => {
        let n = 0;
        for (const a of agreements) n += floorDates(a).length;
        return n;
      },
    });
  }
  if (withBreakdown) {
    const work = agreements.map(prepared);
    tasks.push({
      key: "expand",
      years,
      items: undefined,
      run: () => {
        let n = 0;
        for (const { range, sources } of work) for (const s of sources) n += expandCadence(s.cadence, range).length;
        return n;
      },
    });
    tasks.push({
      key: "expand+dates",
      years,
      items: undefined,
      run: () => {
        let n = 0;
        for (const { range, sources } of work) {
          for (const s of sources) {
            for (const o of expandCadence(s.cadence, range) as Occurrence[]) {
              const date = fromDay(o.date);
              const start = fromDay(o.start);
              const end = fromDay(o.end);
              if (date.length + start.length + end.length === 30) n++;
            }
          }
        }
        return n;
      },
    });
    tasks.push({
      key: "expand+dates+titles",
      years,
      items: undefined,
      run: () => {
        let n = 0;
        for (const { range, sources } of work) {
          for (const s of sources) {
            for (const o of expandCadence(s.cadence, range) as Occurrence[]) {
              const date = fromDay(o.date);
              const start = fromDay(o.start);
              const end = fromDay(o.end);
              const title = titlesFor(s.kind, s.subject, undefined)(o.period); // per obligation here, per source in core
              if (date.length + start.length + end.length === 30 && title.sv.length > 0) n++;
            }
          }
        }
        return n;
      },
    });
  }
}

if (mode === "target") addCorpus(4, true, false);
else if (mode === "breakdown") addCorpus(4, false, true);
else if (mode === "linear") for (const years of windows) addCorpus(years, true, false);
else throw new Error(`schedule worker: unknown mode ${mode}`);

// Warm-up passes, then timed ones; each pass runs every task once, in a rotating order.
const result: TaskResult[] = tasks.map((t) => ({ key: t.key, years: t.years, passes: [], items: 0 }));
for (let p = 0; p < warmupPasses + passes; p++) {
  for (let j = 0; j < tasks.length; j++) {
    const i = (p + j) % tasks.length;
    const task = tasks[i]!;
    gc({ type: "minor" });
    const start = performance.now();
    const items = task.run();
    const elapsed = performance.now() - start;
    if (task.items !== undefined && items !== task.items) throw new Error(`schedule worker: ${task.key} (${task.years} years) made ${items}, before ${task.items}`);
    task.items = items;
    if (p >= warmupPasses) result[i]!.passes.push(elapsed);
  }
}

const out: ScheduleWorkerResult = {
  mode,
  // Whether this process runs the bundle (.bench/schedule-worker.mjs) or the sources under tsx.
  runtime: import.meta.url.endsWith(".mjs") ? "bundle" : "tsx",
  agreements: corpora[0]?.agreements ?? 0,
  warmupPasses,
  corpora,
  tasks: result.map((r, i) => ({ ...r, items: tasks[i]!.items ?? 0 })),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
