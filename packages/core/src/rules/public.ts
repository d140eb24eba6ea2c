import { InvalidArgumentError } from "../issues/invalid-argument.js";
import { rules as checks } from "./index.js";

// Documents whose lists are known to be bounded: each is walked once, however many rules look at it.
const bounded = new WeakSet<object>();

/**
 * Whether a value is a tree of plain data a rule can walk in bounded time: no list longer than
 * 10,000 items (the schema allows 500; a sparse array may claim billions), no more than a million
 * values reached in all (a cycle, or one object referenced at a million places), nothing that
 * throws when read. Remembered per object, so validation walks each agreement once.
 */
function isBounded(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (bounded.has(value)) return true;
  let budget = 1_000_000;
  const stack: object[] = [value];
  try {
    while (stack.length) {
      const node = stack.pop()!;
      // Every value read counts, a list's items as much as an object: a list of 501 items that
      // holds itself is 501 values each time round, not one.
      const keys = Array.isArray(node) ? undefined : Object.keys(node);
      const size = keys ? keys.length : (node as unknown[]).length;
      if (size > 10_000 || (budget -= size) < 0) return false;
      for (let i = 0; i < size; i++) {
        const child = keys ? (node as Record<string, unknown>)[keys[i]!] : (node as unknown[])[i];
        if (child !== null && typeof child === "object") stack.push(child);
      }
    }
  } catch {
    return false;
  }
  bounded.add(value);
  return true;
}

// Each rule's check, called by a program with something that is not an agreement (rules are
// public), throws InvalidArgumentError: never a TypeError of the rule's own making, never the input.
function guarded<T extends readonly { readonly code: string; readonly check: (...args: never[]) => void }[]>(list: T): T {
  return list.map((rule) => {
    const check = rule.check as (...args: unknown[]) => void;
    return Object.freeze({
      ...rule,
      check(...args: unknown[]): void {
        if (!isBounded(args[0])) throw new InvalidArgumentError(`rules[${rule.code}].check`, "agreement");
        try {
          check(...args);
        } catch {
          throw new InvalidArgumentError(`rules[${rule.code}].check`, "agreement");
        }
      },
    });
  }) as unknown as T;
}

/**
 * Every semantic rule, in the order they run. Each has a stable `code`, a default `severity`
 * (which the `severity` option of `validateAgreement` can change) and a `scope`: `agreement` (each agreement,
 * alone or in a set), `document` (each agreement and a medborgarlöfte document) or `set` (across
 * a set's agreements). One code may have a rule in several scopes; a severity override applies to
 * all. A rule's `check`, called with something that is not an agreement (or set), throws
 * `InvalidArgumentError`; the validator calls the same checks, unguarded, on what it has parsed.
 *
 * @example
 * for (const rule of rules) console.log(rule.scope, rule.code, rule.severity);
 */
export const rules: typeof checks = guarded(checks);
