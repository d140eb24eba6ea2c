// What the fuzz runner and its workers share: the layout of the counters, a unit of work, a failure.

/** The slots of a worker's shared counters. */
export const SLOT = { index: 0, busy: 1, ok: 2, coded: 3, thrown: 4, mutations: 5, echoes: 6, done: 7 } as const;
/** How many Int32 slots a worker's counters take. */
export const SLOTS = 8;

/** A unit of work: the calls `from` to `to` (exclusive) of a target. */
export interface Unit {
  readonly target: string;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

/** A failure, posted as it happens. */
export interface Failure {
  readonly target: string;
  readonly index: number;
  readonly kind: "thrown" | "mutation" | "echo" | "timeout" | "crash";
  readonly detail: string;
}

/** The seed of one call: the run's seed, the target and the index mixed, so any call can be run again alone. */
export function callSeed(seed: number, target: string, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < target.length; i++) h = Math.imul(h ^ target.charCodeAt(i), 0x01000193) >>> 0;
  return (Math.imul(h ^ index, 0x85ebca6b) ^ (index >>> 13)) >>> 0;
}

