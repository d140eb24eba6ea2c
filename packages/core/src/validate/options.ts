import type { Issue, IssuePath } from "../issues/issue.js";

/** How an issue names the type of a value it did not expect: `null` and `array` told apart from `object`. */
export const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * The coded issue for a whole number option outside `[min, max]` (a number of months or days),
 * or `undefined` when it is fine or not given.
 */
export function checkWholeNumber(value: unknown, path: IssuePath, min: number, max: number): Issue | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return { code: "invalid_type", severity: "error", path, params: { expected: "integer", received: typeof value } };
  }
  if (value < min) return { code: "too_small", severity: "error", path, params: { origin: "number", minimum: min } };
  if (value > max) return { code: "too_big", severity: "error", path, params: { origin: "number", maximum: max } };
  return undefined;
}
