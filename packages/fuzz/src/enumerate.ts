// The public functions of every package, found by walking each entry point's exports: a function
// export, or a function inside an exported object or list (an adapter's methods, each rule's
// check, each message of a catalogue). zod schemas are zod's API, not ours, and are left out.
import type { Entry, Modules, Target } from "./targets.js";

/** A public function, by every path it is reachable at (`single.check` is also `configurations.single.check`). */
export interface PublicFunction {
  readonly fn: unknown;
  readonly paths: readonly string[];
}

// An item of a list is named by its `code` or `id` (rules, profiles), so names stay put when the list grows.
// A rule with a scope is named by both (one code may have a rule in several scopes).
const itemName = (item: unknown, i: number): string => {
  const o = item as { code?: unknown; id?: unknown; scope?: unknown } | null;
  if (typeof o?.code === "string") return typeof o.scope === "string" ? `${o.code}:${o.scope}` : o.code;
  return typeof o?.id === "string" ? o.id : String(i);
};

/**
 * Every public function of the entry points, each with the `entry:path` names it can be reached by.
 *
 * @param modules - the entry points' namespaces
 * @returns the functions, in the order first met
 */
export function publicFunctions(modules: Modules): PublicFunction[] {
  const byFn = new Map<unknown, string[]>();
  for (const [entry, namespace] of Object.entries(modules) as [Entry, Record<string, unknown>][]) {
    // The objects on the way down (a cycle ends the walk); an object reached twice by different paths is walked twice.
    const above = new Set<unknown>();
    const walk = (value: unknown, path: string, depth: number): void => {
      if (typeof value === "function") {
        const paths = byFn.get(value) ?? [];
        byFn.set(value, paths);
        paths.push(`${entry}:${path}`);
        return;
      }
      if (value === null || typeof value !== "object" || above.has(value) || depth > 4) return;
      if ("_zod" in value || "~standard" in value) return;
      above.add(value);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${itemName(item, i)}]`, depth + 1));
      else for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, depth + 1);
      above.delete(value);
    };
    for (const [name, value] of Object.entries(namespace)) walk(value, name, 0);
  }
  return [...byFn].map(([fn, paths]) => ({ fn, paths }));
}

/**
 * The public functions that no target covers: the suite fails while this is not empty, so a new
 * export cannot be forgotten.
 *
 * @param modules - the entry points
 * @param list - the targets
 * @returns the names of the functions without a target
 */
export function exportsWithoutTarget(modules: Modules, list: readonly Target[]): string[] {
  const named = new Set(list.map((t) => t.name));
  return publicFunctions(modules)
    .filter((f) => !f.paths.some((p) => named.has(p)))
    .map((f) => f.paths[0]!);
}

/**
 * The function a target calls, found by its name.
 *
 * @param modules - the entry points
 * @param name - `entry:path`
 * @returns the function, or `undefined` when the name is stale
 */
export function functionAt(modules: Modules, name: string): ((...args: unknown[]) => unknown) | undefined {
  return publicFunctions(modules).find((f) => f.paths.includes(name))?.fn as ((...args: unknown[]) => unknown) | undefined;
}
