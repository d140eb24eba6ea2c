import { OPAQUE } from "./hostile.js";

// A deep fingerprint of a value, taken before and after a call: when the two differ, the call
// changed its input. Read through property descriptors, so a getter is never run (its identity is
// recorded instead) and a proxy's traps that throw leave a mark rather than an exception.

const MAX_NODES = 2_000_000;

/**
 * The fingerprint of a value: every own property (values, getters and setters by identity), the
 * entries of Maps and Sets, the time of a Date, whether each object is frozen, sealed or
 * extensible, and where a cycle returns. Never throws, never runs a getter.
 *
 * @param value - anything
 * @returns a string that changes when anything reachable in the value changes
 */
export function fingerprint(value: unknown): string {
  const out: string[] = [];
  const ids = new Map<unknown, number>();
  const fns = new Map<unknown, number>();
  let nodes = 0;
  const fnId = (f: unknown) => {
    let id = fns.get(f);
    if (id === undefined) fns.set(f, (id = fns.size));
    return id;
  };
  const walk = (v: unknown): void => {
    if (++nodes > MAX_NODES) {
      out.push("…");
      return;
    }
    switch (typeof v) {
      case "string":
        // Strings cannot change: a long one is told apart from another by its length and ends.
        out.push(v.length > 1000 ? `str:${v.length}:${JSON.stringify(v.slice(0, 100))}:${JSON.stringify(v.slice(-100))}` : JSON.stringify(v));
        return;
      case "number":
        out.push(Object.is(v, -0) ? "-0" : String(v));
        return;
      case "bigint":
        out.push(`${v}n`);
        return;
      case "boolean":
      case "undefined":
        out.push(String(v));
        return;
      case "symbol":
        out.push(`sym:${String(v.description)}`);
        return;
      case "function":
        out.push(`fn#${fnId(v)}`);
        return;
    }
    if (v === null) {
      out.push("null");
      return;
    }
    if (OPAQUE.has(v as object)) {
      out.push("opaque");
      return;
    }
    const seen = ids.get(v);
    if (seen !== undefined) {
      out.push(`@${seen}`);
      return;
    }
    ids.set(v, ids.size);
    try {
      const o = v as object;
      out.push(`{${Object.isFrozen(o) ? "F" : Object.isSealed(o) ? "S" : Object.isExtensible(o) ? "" : "N"}`);
      if (v instanceof Date) out.push(`date:${v.getTime()}`);
      if (v instanceof Map) {
        out.push("map:");
        for (const [k, x] of v) {
          walk(k);
          out.push("=>");
          walk(x);
        }
      }
      if (v instanceof Set) {
        out.push("set:");
        for (const x of v) walk(x);
      }
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        out.push(`bytes:${Array.from(v as unknown as ArrayLike<number>).join(",")}`);
      } else {
        const descriptors = Object.getOwnPropertyDescriptors(o);
        for (const key of Reflect.ownKeys(descriptors)) {
          const d = (descriptors as Record<string | symbol, PropertyDescriptor>)[key]!;
          out.push(typeof key === "symbol" ? `[${String(key.description)}]:` : `${JSON.stringify(key)}:`);
          if ("value" in d) walk(d.value);
          else out.push(`get#${fnId(d.get)}set#${fnId(d.set)}`);
        }
      }
      out.push("}");
    } catch {
      out.push("<unreadable>}");
    }
  };
  walk(value);
  return out.join(" ");
}
