// The check a running snippet makes where a comment says what an expression gives (expected.ts).
import { isDeepStrictEqual, inspect } from "node:util";
import { MORE } from "./expected.js";

/** A value that is not what the snippet's comment says. */
export class ExpectationError extends Error {
  constructor(
    readonly where: string,
    readonly expected: unknown,
    readonly actual: unknown,
  ) {
    super(`${where}: the comment says ${show(expected)}, the code gives ${show(actual)}`);
    this.name = "ExpectationError";
  }
}

const show = (value: unknown) => inspect(value, { depth: 6, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 200 });

/** Whether `actual` is what `expected` shows: see expected.ts for what `…` and objects mean. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "string" && expected.includes("…")) {
    const pattern = expected.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return typeof actual === "string" && new RegExp(`^${pattern.join("[\\s\\S]*")}$`).test(actual);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const first = expected.indexOf(MORE);
    if (first < 0) return actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
    const head = expected.slice(0, first);
    const tail = expected.slice(expected.lastIndexOf(MORE) + 1);
    if (actual.length < head.length + tail.length) return false;
    return head.every((e, i) => matches(actual[i], e)) && tail.every((e, i) => matches(actual[actual.length - tail.length + i], e));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([key, e]) => matches((actual as Record<string, unknown>)[key], e));
  }
  return isDeepStrictEqual(actual, expected);
}

/** How many expected values the snippets that ran have checked. */
export const counter = { checks: 0 };

/** Returns `actual` when it is what the comment at `where` says, and throws otherwise. */
export function __expect<T>(actual: T, expected: unknown, where: string): T {
  if (!matches(actual, expected)) throw new ExpectationError(where, expected, actual);
  counter.checks++;
  return actual;
}
