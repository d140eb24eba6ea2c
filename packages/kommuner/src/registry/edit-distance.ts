/**
 * The Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16
 * code units), or `max + 1` as soon as it is known to exceed `max`.
 *
 * @internal
 * @param a - one string
 * @param b - the other string
 * @param max - the largest distance of interest
 * @returns the distance, at most `max + 1`
 * @example
 * editDistance("kristiansstad", "kristianstad", 3); // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop early when nothing can come back under max.
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
