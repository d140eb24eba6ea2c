// One timing process of the scheduling benchmark (started by schedule.bench.ts; not meant to be run
// by hand). schedule.bench.ts bundles this file with esbuild, as an app's bundler bundles the published
// package, and runs the bundle; `--mode target` also runs once from source under tsx, for
// information (tsx keeps function names, which costs core a `__name` call per closure it makes).
//
//   node --expose-gc .bench/schedule-worker.mjs --mode target|breakdown|linear|portfolio|large|heap|status
//        --seed 1 --passes 15 --warmup 5 [--windows 1,2,5,10,20,40]
//
// Every mode first makes its corpus (bench/schedule-generate.ts) and checks it: every agreement
// validates, has ten cadences with exactly one weekly, and scheduleObligations and the floor give
// the same dates, agreement by agreement (and for a portfolio, the same list for the whole set).
// Then the tasks run in passes: in each pass one run of every task, in a rotating order, each
// timed on its own after a minor garbage collection (as bench/worker.ts does, for the same
// reasons).
//
//   target     ours and the floor over the four-year corpus, one call per agreement
//   breakdown  ours and ours taken apart: expansion alone, with the date strings, with the titles
//              (information)
//   linear     ours and the floor over validities of 1, 2, 5, 10, 20 and 40 years
//   portfolio  the 290 agreements with medborgarlöften and the law's duties as one set, one call,
//              and the floor of the same dates, over each of `--windows` years
//   large      one agreement with the cadences of 22 districts, valid 1, 5 and 50 years (about
//              2,000, 10,000 and 100,000 obligations): the cost per obligation as it grows
//   heap       the bytes a portfolio's result keeps per obligation, and field by field (no timing)
//   status     obligationStatuses with 10,000 completions against scheduleObligations alone, on
//              the four-year portfolio
import { PerformanceObserver } from "node:perf_hooks";
import { obligationStatuses, scheduleObligations, validateAgreement, type Agreement, type AgreementSet, type Obligation, type ObligationKind, type ScheduleOptions } from "@samverkan/core";
import { addMonths, fromDay, toDay } from "../packages/core/src/schedule/civil-date.js";
import { expandCadence, type ExpansionRange, type Occurrence } from "../packages/core/src/schedule/periods.js";
import { titlesFor } from "../packages/core/src/schedule/titles.js";
import { Collector } from "../packages/core/src/schedule/schedule.js";
import { floorDates, floorPortfolioDates } from "./schedule-floor.js";
import { CADENCES_PER_AGREEMENT, SCHEDULE_START_YEAR, cadencesOf, generateLargeAgreement, generateScheduleAgreements, generateSchedulePortfolio } from "./schedule-generate.js";

/** One timed task's passes, in milliseconds, with the work it did per pass. */
export interface TaskResult {
  readonly key: string;
  /** Validity length in years of the corpus it ran on. */
  readonly years: number;
  readonly passes: number[];
  /** Obligations (or dates, or occurrences) made per pass: the same in every pass. */
  readonly items: number;
  /** Milliseconds of garbage collection inside each timed pass (the collections V8 reports that began in it). */
  readonly gc: number[];
}

/** One corpus a worker made and checked. */
export interface CorpusInfo {
  readonly years: number;
  readonly agreements: number;
  /** Obligations of one schedule of the corpus (all its agreements). */
  readonly obligations: number;
  /** The warnings validation gave, by code. */
  readonly warnings: Record<string, number>;
  /** Obligations by kind (portfolio, large). */
  readonly kinds?: Record<string, number>;
}

/** What the heap mode measures: bytes kept per obligation, in all and field by field. */
export interface HeapResult {
  readonly years: number;
  readonly obligations: number;
  /** Retained bytes of the whole result per obligation (heapUsed after full collections, with the result held, less before it). */
  readonly perObligation: number;
  /**
   * What each field keeps on its own, per obligation: the drop when that field of every obligation
   * is set to `undefined`, in this order (so what two fields share counts for the later one); and
   * `objects`, the drop when the result itself is let go: the obligation objects and the array.
   */
  readonly fields: { readonly field: string; readonly bytes: number }[];
  /** The same result per obligation once every id is flattened (as `JSON.stringify` or a Map lookup does). */
  readonly flattenedIds: number;
  /** Per obligation, for the four-year corpus scheduled one agreement per call, the results held together (information). */
  readonly perAgreementCalls: number;
  /** Why the breakdown was skipped, if it was. */
  readonly note?: string;
}

/** What the status mode checked. */
export interface StatusInfo {
  readonly completions: number;
  readonly today: string;
  readonly statuses: number;
  /** Completions the status did not match (must be 0), when it reports them. */
  readonly unmatched: number | undefined;
}

/** What a worker prints (one JSON line on stdout). */
export interface ScheduleWorkerResult {
  readonly mode: "target" | "breakdown" | "linear" | "portfolio" | "large" | "heap" | "status";
  readonly runtime: string;
  readonly agreements: number;
  readonly warmupPasses: number;
  readonly corpora: CorpusInfo[];
  readonly tasks: TaskResult[];
  readonly heap?: HeapResult;
  readonly status?: StatusInfo;
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

/** The options of the per-agreement runs (target, breakdown, linear, large): no duties of the law, so exactly the ten cadences and the renewal. */
const OPTIONS: ScheduleOptions = { withoutLaw: true };
/** The portfolio's options: the defaults, so the law's lägesbild and åtgärdsplan too. */
const PORTFOLIO_OPTIONS: ScheduleOptions = {};
/** Districts of the large agreement, and its validities: about 2,000, 10,000 and 100,000 obligations. */
const LARGE = { districts: 22, years: [1, 5, 50] } as const;
/** The status run: completions, and the day it is judged on (in the middle of the four years). */
const STATUS = { completions: 10_000, today: "2027-01-01" } as const;

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
  readonly range: ExpansionRange;
}

/**
 * What scheduleObligations works from, for one agreement: each cadence with its kind, subject and
 * range (with the defaults: listed up to 13 months past the validity, a follow-up of a period 30
 * days after it, renewal opening 9 months before the end).
 */
function prepared(agreement: Agreement): { sources: Source[] } {
  if (agreement.validity.start.type !== "date" || agreement.validity.end.type !== "date") throw new Error("validity must be dates");
  const validFrom = toDay(agreement.validity.start.date);
  const validTo = toDay(agreement.validity.end.date);
  const range: ExpansionRange = { validFrom, validTo, from: validFrom, to: addMonths(validTo, 13), endPoints: [validTo], leadMonths: 9, annualReportDue: { month: 4, day: 15 } };
  const afterPeriod: ExpansionRange = { ...range, lagDays: 30 };
  const sources: Source[] = [];
  for (const f of agreement.forums ?? []) if (f.cadence) sources.push({ cadence: f.cadence, kind: "forum_meeting", subject: f.name, range });
  for (const f of agreement.followUps ?? []) {
    if (f.cadence) sources.push({ cadence: f.cadence, kind: FOLLOW_UP_KIND[f.kind], subject: f.subject, range: f.kind === "follow_up" || f.kind === "leadership_report" ? afterPeriod : range });
  }
  for (const p of agreement.plans ?? []) {
    if (p.revision) sources.push({ cadence: p.revision, kind: "plan_revision", subject: p.title ?? p.id, range });
    for (const a of p.activities ?? []) if (a.cadence) sources.push({ cadence: a.cadence, kind: "activity", subject: a.text, range });
  }
  sources.push({ cadence: { type: "before_end" }, kind: "renewal", subject: "", range });
  return { sources };
}

// ---------------------------------------------------------------------------------------------
// The tasks.

interface Task {
  readonly key: string;
  readonly years: number;
  /** Untimed work before each run (what the run takes as given). */
  readonly prepare?: () => void;
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
        for (const { sources } of work) for (const s of sources) n += expandCadence(s.cadence, s.range).length;
        return n;
      },
    });
    tasks.push({
      key: "expand+dates",
      years,
      items: undefined,
      run: () => {
        let n = 0;
        for (const { sources } of work) {
          for (const s of sources) {
            for (const o of expandCadence(s.cadence, s.range) as Occurrence[]) {
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
        for (const { sources } of work) {
          for (const s of sources) {
            for (const o of expandCadence(s.cadence, s.range) as Occurrence[]) {
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

// ---------------------------------------------------------------------------------------------
// The portfolio, the large agreement, the status.

const countKinds = (obligations: readonly Obligation[]) => {
  const kinds: Record<string, number> = {};
  for (const o of obligations) kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
  return kinds;
};

/** The first place two date lists differ, for the message. */
const firstDifference = (a: readonly string[], b: readonly string[]) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ours ${a.slice(i, i + 3).join(" ") || "(end)"}, floor ${b.slice(i, i + 3).join(" ") || "(end)"}`;
};

/** The portfolio over `years`, checked: the set validates, each agreement has its ten cadences, and ours and the floor give the same dates, agreement by agreement and in all. */
function portfolio(years: number): { set: AgreementSet; obligations: readonly Obligation[]; info: CorpusInfo } {
  const set = generateSchedulePortfolio({ seed, years });
  const problems: string[] = [];
  const validation = validateAgreement(set);
  if (!validation.ok) throw new Error(`schedule worker: the ${years}-year portfolio is invalid: ${JSON.stringify(validation.issues.slice(0, 5))}`);
  const warnings: Record<string, number> = {};
  for (const w of validation.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
  const result = scheduleObligations(set, PORTFOLIO_OPTIONS);
  if (!result.ok) throw new Error(`schedule worker: the ${years}-year portfolio is not scheduled: ${JSON.stringify(result.issues.slice(0, 5))}`);
  for (const agreement of set.agreements) {
    const cadences = cadencesOf(agreement);
    if (cadences.length !== CADENCES_PER_AGREEMENT || cadences.filter((c) => c.type === "weekly").length !== 1) problems.push(`${agreement.id}: not ten cadences with one weekly`);
  }
  const ours = result.obligations.map((o) => o.date);
  const floor = floorPortfolioDates(set, { law: true });
  // The whole set, and where it differs, agreement by agreement (scripts/schedule-bench-generate.test.ts checks both always).
  if (ours.join() !== floor.join()) {
    problems.push(`the whole set (${years} years): ours gives ${ours.length} dates, the floor ${floor.length}; ${firstDifference(ours, floor)}`);
    const byAgreement = new Map<string, string[]>();
    for (const o of result.obligations) byAgreement.set(o.agreementId, [...(byAgreement.get(o.agreementId) ?? []), o.date]);
    for (const agreement of set.agreements) {
      const mine = byAgreement.get(agreement.id) ?? [];
      const theirs = floorDates(agreement, { law: true });
      if (mine.join() !== theirs.join()) problems.push(`${agreement.id} (${years} years): ours gives ${mine.length} dates, the floor ${theirs.length}; ${firstDifference(mine, theirs)}`);
    }
  }
  if (problems.length) {
    for (const p of problems.slice(0, 20)) console.error(`PROBLEM ${p}`);
    throw new Error(`schedule worker: the ${years}-year portfolio has ${problems.length} problems`);
  }
  return { set, obligations: result.obligations, info: { years, agreements: set.agreements.length, obligations: ours.length, warnings, kinds: countKinds(result.obligations) } };
}

function addPortfolio(years: number, withBreakdown: boolean): void {
  const { set, info } = portfolio(years);
  corpora.push(info);
  tasks.push({
    key: "ours",
    years,
    items: undefined,
    run: () => {
      const result = scheduleObligations(set, PORTFOLIO_OPTIONS);
      return result.ok ? result.obligations.length : 0;
    },
  });
  tasks.push({ key: "floor", years, items: undefined, run: () => floorPortfolioDates(set, { law: true }).length });
  if (!withBreakdown) return;
  // Information: the same obligations made one agreement per call (each result dropped at once:
  // no large result to hold, no large sort), and the Collector's sort alone on a fresh result.
  tasks.push({
    key: "per-agreement",
    years,
    items: undefined,
    run: () => {
      let n = 0;
      for (const agreement of set.agreements) {
        const result = scheduleObligations(agreement, PORTFOLIO_OPTIONS);
        if (result.ok) n += result.obligations.length;
      }
      return n;
    },
  });
  let made: { obligations: readonly Obligation[]; dues: Int32Array } | undefined;
  tasks.push({
    key: "sort",
    years,
    items: undefined,
    prepare: () => {
      const result = scheduleObligations(set, PORTFOLIO_OPTIONS);
      if (!result.ok) throw new Error("schedule worker: the portfolio is not scheduled");
      // The obligations in the order a schedule adds them, near enough: agreement by agreement,
      // source by source (by path), each source's in date order; and each one's due day.
      const agreementIndex = new Map(set.agreements.map((a, i) => [a.id, i]));
      const keyed = result.obligations.map((o, i) => ({ o, i, agreement: agreementIndex.get(o.agreementId)!, source: `${o.source.path.join("/")} ${o.kind} ${o.municipality ?? ""}` }));
      keyed.sort((a, b) => a.agreement - b.agreement || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.i - b.i));
      made = { obligations: keyed.map((k) => k.o), dues: Int32Array.from(keyed, (k) => toDay(k.o.date)) };
    },
    run: () => {
      const { obligations, dues } = made!;
      const collector = new Collector();
      for (let i = 0; i < obligations.length; i++) collector.add(obligations[i]!, dues[i]!);
      const n = collector.sorted().length;
      made = undefined;
      return n;
    },
  });
}

/**
 * The large agreement valid `years`, checked as the others, and timed in runs of whole calls that
 * make at least 100,000 obligations a pass: the small sizes are timed over as many obligations as
 * the large one, and the cost per obligation compares calls of each size.
 */
function addLarge(years: number): void {
  const agreement = generateLargeAgreement({ seed, districts: LARGE.districts, years });
  const validation = validateAgreement(agreement);
  if (!validation.ok) throw new Error(`schedule worker: the large agreement (${years} years) is invalid: ${JSON.stringify(validation.issues.slice(0, 5))}`);
  const warnings: Record<string, number> = {};
  for (const w of validation.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
  const result = scheduleObligations(agreement, OPTIONS);
  if (!result.ok) throw new Error(`schedule worker: the large agreement (${years} years) is not scheduled`);
  const ours = result.obligations.map((o) => o.date);
  const floor = floorDates(agreement);
  if (ours.join() !== floor.join()) throw new Error(`schedule worker: the large agreement (${years} years): ours gives ${ours.length} dates, the floor ${floor.length}; ${firstDifference(ours, floor)}`);
  corpora.push({ years, agreements: 1, obligations: ours.length, warnings, kinds: countKinds(result.obligations) });
  const calls = Math.max(1, Math.ceil(100_000 / ours.length));
  tasks.push({
    key: "ours",
    years,
    items: undefined,
    run: () => {
      let n = 0;
      for (let c = 0; c < calls; c++) {
        const r = scheduleObligations(agreement, OPTIONS);
        if (r.ok) n += r.obligations.length;
      }
      return n;
    },
  });
  tasks.push({
    key: "floor",
    years,
    items: undefined,
    run: () => {
      let n = 0;
      for (let c = 0; c < calls; c++) n += floorDates(agreement).length;
      return n;
    },
  });
}

// obligationStatuses is being reworked: called through the public API with the options it has
// always taken, and read for what it has always returned, so that new options or fields do not
// break the benchmark.
type StatusCall = (document: AgreementSet, options: Record<string, unknown>) => { ok: boolean; statuses?: readonly unknown[]; unmatched?: readonly unknown[]; issues?: readonly unknown[] };
const statuses = obligationStatuses as unknown as StatusCall;

let statusInfo: StatusInfo | undefined;

/** The four-year portfolio, with 10,000 completions of its obligations (spread evenly over them): the status, and the schedule alone. */
function addStatus(): void {
  const years = 4;
  const { set } = portfolio(years);
  // The same window for both, the validity's: a status without one would look only around `today`.
  const window = { from: `${SCHEDULE_START_YEAR}-01-01`, to: `${SCHEDULE_START_YEAR + years - 1}-12-31` };
  const options: ScheduleOptions = { ...PORTFOLIO_OPTIONS, window };
  const scheduled = scheduleObligations(set, options);
  if (!scheduled.ok) throw new Error("schedule worker: the portfolio is not scheduled in its window");
  const obligations = scheduled.obligations;
  corpora.push({ years, agreements: set.agreements.length, obligations: obligations.length, warnings: {}, kinds: countKinds(obligations) });
  const step = obligations.length / STATUS.completions;
  const completions = Array.from({ length: STATUS.completions }, (_, i) => {
    const o = obligations[Math.floor(i * step)]!;
    return { obligationId: o.id, completedOn: o.date };
  });
  const statusOptions = { ...options, today: STATUS.today, completions };
  const first = statuses(set, statusOptions);
  if (!first.ok) throw new Error(`schedule worker: obligationStatuses failed: ${JSON.stringify(first.issues?.slice(0, 5))}`);
  const unmatched = first.unmatched?.length;
  if (unmatched) throw new Error(`schedule worker: ${unmatched} of the completions matched no obligation`);
  // Printed next to the schedule's count: a status that lists other obligations than the schedule does other work.
  const statusCount = first.statuses?.length ?? 0;
  statusInfo = { completions: completions.length, today: STATUS.today, statuses: statusCount, unmatched };
  tasks.push({
    key: "schedule",
    years,
    items: undefined,
    run: () => {
      const result = scheduleObligations(set, options);
      return result.ok ? result.obligations.length : 0;
    },
  });
  tasks.push({
    key: "status",
    years,
    items: undefined,
    run: () => {
      const result = statuses(set, statusOptions);
      return result.ok ? (result.statuses?.length ?? 0) : 0;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Heap: what a result keeps (no timing).

const full = () => {
  for (let i = 0; i < 3; i++) gc();
};
const heapUsed = () => {
  full();
  return process.memoryUsage().heapUsed;
};

function measureHeap(): HeapResult {
  const years = 4;
  const { set, info } = portfolio(years);
  corpora.push(info);
  // Warm: the caches of date texts and week labels are filled once for every schedule, not per result.
  for (let i = 0; i < 3; i++) scheduleObligations(set, PORTFOLIO_OPTIONS);
  const schedule = () => {
    const result = scheduleObligations(set, PORTFOLIO_OPTIONS);
    if (!result.ok) throw new Error("schedule worker: the portfolio is not scheduled");
    return result.obligations as Obligation[];
  };
  let before = heapUsed();
  let held: Obligation[] | undefined = schedule();
  const n = held.length;
  let after = heapUsed();
  const perObligation = (after - before) / n;
  const fields: HeapResult["fields"][number][] = [];
  let note: string | undefined;
  if (Object.isFrozen(held[0])) note = "obligations are frozen: no breakdown by field";
  else {
    // Each field let go in turn; what is left at the end is the objects themselves and the array.
    for (const field of ["title", "window", "id", "period", "responsible", "source", "municipality", "date", "agreementId", "cadence", "basis", "kind"] as const) {
      if (!held.some((o) => o[field] !== undefined)) continue;
      for (const o of held) (o as unknown as Record<string, unknown>)[field] = undefined;
      const now = heapUsed();
      fields.push({ field, bytes: (after - now) / n });
      after = now;
    }
    held = undefined;
    const now = heapUsed();
    fields.push({ field: "objects", bytes: (after - now) / n });
  }
  held = undefined;
  // The same result with every id flattened, as JSON.stringify or a Map lookup leaves it.
  before = heapUsed();
  held = schedule();
  let check = 0;
  for (const o of held) check += o.id.charCodeAt(0);
  const flattenedIds = (heapUsed() - before) / held.length + (check < 0 ? 1 : 0);
  held = undefined;
  // Information: the four-year corpus scheduled agreement by agreement, the results held together.
  const agreements = generateScheduleAgreements({ seed, years });
  for (const a of agreements) scheduleObligations(a, OPTIONS);
  before = heapUsed();
  let results: (readonly Obligation[])[] | undefined = agreements.map((a) => {
    const r = scheduleObligations(a, OPTIONS);
    if (!r.ok) throw new Error(`schedule worker: ${a.id} is not scheduled`);
    return r.obligations;
  });
  const perAgreementCount = results.reduce((sum, r) => sum + r.length, 0);
  const perAgreementCalls = (heapUsed() - before) / perAgreementCount;
  results = undefined;
  return { years, obligations: n, perObligation, fields, flattenedIds, perAgreementCalls, ...(note && { note }) };
}

let heapResult: HeapResult | undefined;
if (mode === "target") addCorpus(4, true, false);
else if (mode === "breakdown") addCorpus(4, false, true);
else if (mode === "linear") for (const years of windows) addCorpus(years, true, false);
else if (mode === "portfolio") for (const years of windows) addPortfolio(years, years < 40);
else if (mode === "large") for (const years of LARGE.years) addLarge(years);
else if (mode === "status") addStatus();
else if (mode === "heap") heapResult = measureHeap();
else throw new Error(`schedule worker: unknown mode ${mode}`);

// The garbage collections V8 reports (delivered after the passes), to say how much of a pass was one.
const collections: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, duration: entry.duration });
});
observer.observe({ entryTypes: ["gc"] });

// Warm-up passes, then timed ones; each pass runs every task once, in a rotating order.
const result: TaskResult[] = tasks.map((t) => ({ key: t.key, years: t.years, passes: [], items: 0, gc: [] }));
const spans: [start: number, end: number][][] = tasks.map(() => []);
for (let p = 0; p < warmupPasses + passes; p++) {
  for (let j = 0; j < tasks.length; j++) {
    const i = (p + j) % tasks.length;
    const task = tasks[i]!;
    task.prepare?.();
    gc({ type: "minor" });
    const start = performance.now();
    const items = task.run();
    const end = performance.now();
    if (task.items !== undefined && items !== task.items) throw new Error(`schedule worker: ${task.key} (${task.years} years) made ${items}, before ${task.items}`);
    task.items = items;
    if (p >= warmupPasses) {
      result[i]!.passes.push(end - start);
      spans[i]!.push([start, end]);
    }
  }
}
await new Promise((resolve) => setTimeout(resolve, 20));
observer.disconnect();
for (let i = 0; i < tasks.length; i++) {
  for (const [start, end] of spans[i]!) result[i]!.gc.push(collections.filter((c) => c.start >= start && c.start < end).reduce((sum, c) => sum + c.duration, 0));
}

const out: ScheduleWorkerResult = {
  mode,
  // Whether this process runs the bundle (.bench/schedule-worker.mjs) or the sources under tsx.
  runtime: import.meta.url.endsWith(".mjs") ? "bundle" : "tsx",
  agreements: corpora[0]?.agreements ?? 0,
  warmupPasses,
  corpora,
  tasks: result.map((r, i) => ({ ...r, items: tasks[i]!.items ?? 0 })),
  ...(heapResult && { heap: heapResult }),
  ...(statusInfo && { status: statusInfo }),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
