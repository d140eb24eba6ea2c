import { OPAQUE } from "./hostile.js";

// A deep fingerprint of a value, taken before and after a call: when the two differ, the call
// changed its input. Read through property descriptors, so a getter is never run (its identity is
// recorded instead) and a proxy's traps that throw leave a mark rather than an exception.
//
// What is read goes into two 32-bit hashes as it is read, not into a list of strings joined at the
// end: the list was most of the fuzz run's garbage (a fingerprint is taken twice per call, of
// documents blown up to thousands of items). Two differing values give the same fingerprint only
// if both hashes collide, about once in 2^64.

const MAX_NODES = 2_000_000;

// Tags that keep one kind of token from reading as another ("1" the string and 1 the number).
const TAG = { string: 1, number: 2, bigint: 3, boolean: 4, undefined: 5, symbol: 6, function: 7, null: 8, opaque: 9, seen: 10, open: 11, date: 12, map: 13, set: 14, bytes: 15, key: 16, accessor: 17, close: 18, unreadable: 19, more: 20, long: 21 } as const;

/**
 * The fingerprint of a value: every own property (values, getters and setters by identity), the
 * entries of Maps and Sets, the time of a Date, whether each object is frozen, sealed or
 * extensible, and where a cycle returns. Never throws, never runs a getter.
 *
 * @param value - anything
 * @returns a string that changes when anything reachable in the value changes
 */
export function fingerprint(value: unknown): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  const mix = (n: number) => {
    h1 = Math.imul(h1 ^ n, 0x01000193);
    h2 = Math.imul(h2 ^ n, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  };
  const text = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
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
      mix(TAG.more);
      return;
    }
    switch (typeof v) {
      case "string":
        // Strings cannot change: a long one is told apart from another by its length and ends.
        if (v.length > 1000) {
          mix(TAG.long);
          mix(v.length);
          text(v.slice(0, 100));
          text(v.slice(-100));
        } else {
          mix(TAG.string);
          text(v);
        }
        return;
      case "number":
        mix(TAG.number);
        text(Object.is(v, -0) ? "-0" : String(v));
        return;
      case "bigint":
        mix(TAG.bigint);
        text(String(v));
        return;
      case "boolean":
        mix(TAG.boolean);
        mix(v ? 1 : 0);
        return;
      case "undefined":
        mix(TAG.undefined);
        return;
      case "symbol":
        mix(TAG.symbol);
        text(String(v.description));
        return;
      case "function":
        mix(TAG.function);
        mix(fnId(v));
        return;
    }
    if (v === null) {
      mix(TAG.null);
      return;
    }
    if (OPAQUE.has(v as object)) {
      mix(TAG.opaque);
      return;
    }
    const seen = ids.get(v);
    if (seen !== undefined) {
      mix(TAG.seen);
      mix(seen);
      return;
    }
    ids.set(v, ids.size);
    try {
      const o = v as object;
      mix(TAG.open);
      mix(Object.isFrozen(o) ? 1 : Object.isSealed(o) ? 2 : Object.isExtensible(o) ? 3 : 4);
      if (v instanceof Date) {
        mix(TAG.date);
        text(String(v.getTime()));
      }
      if (v instanceof Map) {
        mix(TAG.map);
        for (const [k, x] of v) {
          walk(k);
          walk(x);
        }
      }
      if (v instanceof Set) {
        mix(TAG.set);
        for (const x of v) walk(x);
      }
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        mix(TAG.bytes);
        const bytes = v as unknown as ArrayLike<number>;
        mix(bytes.length);
        for (let i = 0; i < bytes.length; i++) {
          // Whole numbers of 32 bits as they are; floats and BigInts (of a BigInt64Array) as text.
          const x = bytes[i] as number | bigint;
          if (typeof x === "number" && (x | 0) === x && !Object.is(x, -0)) mix(x);
          else text(String(Object.is(x, -0) ? "-0" : x));
        }
      } else {
        // Key by key: getOwnPropertyDescriptors builds one object of all the descriptors, which
        // for a list of 20,000 items costs twice as much as asking for each.
        for (const key of Reflect.ownKeys(o)) {
          const d = Reflect.getOwnPropertyDescriptor(o, key);
          if (d === undefined) continue;
          mix(TAG.key);
          if (typeof key === "symbol") {
            mix(TAG.symbol);
            text(String(key.description));
          } else text(key);
          if ("value" in d) walk(d.value);
          else {
            mix(TAG.accessor);
            mix(fnId(d.get));
            mix(fnId(d.set));
          }
        }
      }
      mix(TAG.close);
    } catch {
      mix(TAG.unreadable);
    }
  };
  walk(value);
  return `${(h1 >>> 0).toString(16)}:${(h2 >>> 0).toString(16)}:${nodes}`;
}
