/**
 * mulberry32: a small seeded pseudo-random source (the same seed gives the same sequence), so that a
 * failing generated case can be replayed. Only 32-bit integer arithmetic and one division: the same
 * numbers on every machine and Node version.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving floats in [0, 1)
 * @example
 * import { mulberry32 } from "@samverkan/test-utils";
 *
 * const next = mulberry32(42);
 * next(); // the same number every time for seed 42
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
