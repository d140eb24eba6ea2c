// Small statistics the benches share.

/** The median of some numbers (the mean of the middle two for an even count). */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * The heap each result keeps: what `hold` makes is held while `heapUsed` is read after full
 * collections, before and after, and divided by the number of results (run node with
 * `--expose-gc`). The results come back for the caller to check.
 */
export async function heapKept<T>(hold: () => T[] | Promise<T[]>): Promise<{ bytesPerResult: number; held: T[] }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("heapKept: run node with --expose-gc");
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = await hold();
  gc();
  return { bytesPerResult: (process.memoryUsage().heapUsed - before) / held.length, held };
}
