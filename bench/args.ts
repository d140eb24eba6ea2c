// The command-line flags the benchmark scripts share.

/**
 * The positive integer after `name` in `argv` (`--runs 21`), or `fallback` when the flag is absent.
 *
 * @throws when the value is not a positive integer
 */
export function intFlag(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} takes a positive integer`);
  return value;
}
