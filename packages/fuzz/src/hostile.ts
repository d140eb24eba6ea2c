// Hostile values, and structure-aware mutations of real documents: what a JavaScript caller, a
// JSON file from disk or data from another version of the library may hand a public function.
import fc from "fast-check";
import { mulberry32 } from "@samverkan/test-utils";

/** The prefix of every planted marker string: a marker in a message or an error is an echo of the input. */
export const MARK = "zqxmark";

let marking = true;

/** A marker string, unique within one input (plain text while {@link withoutMarkers} runs). */
export const marker = (n: number): string => (marking ? `${MARK}${n}` : `plain${n}`);

/** Runs `make` with markers turned into plain text: for inputs whose text a function shows by design (a profile's). */
export function withoutMarkers<T>(make: () => T): T {
  marking = false;
  try {
    return make();
  } finally {
    marking = true;
  }
}

/** Whether a text holds a planted marker. */
export const hasMarker = (text: string): boolean => text.includes(MARK);

/** A small deterministic generator (test-utils' mulberry32): mutations are reproducible from one number. */
export const rng: (seed: number) => () => number = mulberry32;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Made once: building a 200,000-item array for every input would time the generator, not the function.
// Frozen (nothing can change it), so the fingerprint and `materialize` need not walk it.
const HUGE_DENSE: readonly unknown[] = Object.freeze(new Array(200_000).fill(null));
const HUGE_SPARSE: unknown[] = [];
HUGE_SPARSE.length = 2 ** 32 - 1;

/** Values that cannot change and are too large to walk for every call: the fingerprint names them instead. */
export const OPAQUE: WeakSet<object> = new WeakSet([HUGE_DENSE]);

/** An object whose every trap throws (an error that carries a marker: rethrowing it would echo). */
function throwingProxy(n: number): object {
  const fail = () => {
    throw new Error(marker(n));
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail, set: fail, defineProperty: fail, deleteProperty: fail });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object with a getter that throws, at `key` (enumerable, so spreading or walking it runs the getter). */
export function throwingGetter(target: object, key: string | number, n: number): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error(marker(n));
    },
  });
}

function cyclic(n: number): unknown {
  const o: Record<string, unknown> = { type: "agreement", id: marker(n) };
  o.self = o;
  o.parties = { police: o, municipalities: [o, o] };
  return o;
}

/** Dates that are not dates, or that are at the edges of what a year in four digits holds. */
export const BAD_DATES = ["2024-13-45", "2024-02-30", "0000-00-00", "1e99-01-01", "-001-01-01", "9999-12-31", "0001-01-01", "null", "abcd-ef-gh", "2024", "2024-1-1", " 2024-01-01", "2024-01-01T00:00:00Z", "1900-01-01", "2200-12-31"];

/** One hostile value: `n` numbers its marker. */
export function hostileValue(r: () => number, n: number): unknown {
  switch (Math.floor(r() * 30)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(r, [0, -0, -1, 1, 0.5, -0.5, 2 ** 31, 2 ** 53 + 2, 1e21, -1e21]);
    case 3:
      return pick(r, [NaN, Infinity, -Infinity]);
    case 4:
      return pick(r, [BigInt(0), BigInt(1), BigInt(-1), BigInt(2) ** BigInt(70)]);
    case 5:
      return pick(r, [true, false]);
    case 6:
      return marker(n);
    case 7:
      return pick(r, ["", " ", "\u0000", "\ud800", "__proto__", "constructor", "toString", "hasOwnProperty"]);
    case 8:
      return pick(r, BAD_DATES);
    case 9:
      return {};
    case 10:
      return [];
    case 11:
      return Object.create(null);
    case 12:
      return Object.freeze({ type: marker(n) });
    case 13:
      return cyclic(n);
    case 14: {
      const o = { type: "agreement" };
      throwingGetter(o, pick(r, ["type", "id", "validity", "parties", "agreements", "obligationId", "date"]), n);
      return o;
    }
    case 15:
      return throwingProxy(n);
    case 16:
      return revokedProxy();
    case 17:
      return HUGE_DENSE;
    case 18:
      return HUGE_SPARSE;
    case 19:
      return pick(r, [new Date(NaN), new Date(0), /x/g, new Map([[marker(n), 1]]), new Set([marker(n)]), new Uint8Array(8)]);
    case 20:
      return () => marker(n);
    case 21:
      return Symbol(marker(n));
    case 22:
      return { type: marker(n) };
    case 23:
      return { type: pick(r, ["agreement", "agreement_set", "citizen_promise"]), [marker(n)]: marker(n + 1) };
    case 24:
      return [marker(n), null, 1, { type: marker(n + 1) }];
    case 25:
      return "x".repeat(pick(r, [1_000, 100_000, 6_000_000]));
    case 26:
      return Object.freeze([Object.freeze({ id: marker(n) })]);
    case 27:
      return { valueOf: () => marker(n), toString: () => marker(n), toJSON: () => marker(n) };
    case 28:
      return new String(marker(n));
    default:
      return { length: 2 ** 32 - 1, 0: marker(n) };
  }
}

/**
 * A value made when the call is about to run, not when fast-check generates it: fast-check looks
 * into every value it makes (for a clone method), which a proxy that throws would not survive.
 * The worker replaces each `Lazy` in the arguments by what it makes (`materialize`).
 */
export class Lazy {
  constructor(
    readonly make: () => unknown,
    readonly fallback?: unknown,
  ) {}
}

/**
 * The arguments with every {@link Lazy} replaced by its value, in plain arrays and objects (read
 * through descriptors: a getter planted by a mutation is left as it is). A `Lazy` whose maker
 * throws gives its fallback.
 */
export function materialize(value: unknown, seen = new Set<unknown>()): unknown {
  if (value instanceof Lazy) {
    try {
      return value.make();
    } catch {
      return value.fallback;
    }
  }
  if (value === null || typeof value !== "object" || seen.has(value) || OPAQUE.has(value)) return value;
  seen.add(value);
  try {
    if (Object.isFrozen(value) || (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype)) return value;
    for (const key of Object.keys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d === undefined || !("value" in d)) continue;
      const made = materialize(d.value, seen);
      if (made !== d.value) (value as Record<string, unknown>)[key] = made;
    }
  } catch {
    // a proxy or an exotic object: as it is
  }
  return value;
}

/** fast-check's `anything` with markers as strings and keys, and the hostile values mixed in. */
export function anyValue(): fc.Arbitrary<unknown> {
  const markerString = fc.nat(999).map((n) => marker(n));
  const anything = fc.anything({
    key: fc.oneof(fc.string({ maxLength: 8 }), markerString, fc.constantFrom("type", "id", "validity", "parties", "agreements", "window", "today", "completions", "__proto__")),
    values: [fc.oneof(markerString, fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt(), fc.constantFrom(...BAD_DATES))],
    maxDepth: 3,
    maxKeys: 5,
    withBigInt: true,
    withNullPrototype: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  });
  return fc.oneof({ weight: 2, arbitrary: anything }, { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.nat(999)).map(([s, n]) => new Lazy(() => hostileValue(rng(s), n))) });
}

// Every place in a JSON tree: containers and leaves alike (the root excluded).
function places(root: unknown): { parent: Record<string | number, unknown>; key: string | number }[] {
  const out: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    // Plain data only: a cycle, a getter, a proxy or a frozen object planted by an earlier mutation is a leaf.
    if (node === null || typeof node !== "object" || seen.has(node) || out.length > 50_000) return;
    seen.add(node);
    const entries: [string | number, unknown][] = [];
    try {
      if (Object.isFrozen(node)) return;
      const list = Array.isArray(node);
      for (const k of Object.keys(node)) {
        const d = Reflect.getOwnPropertyDescriptor(node, k);
        if (d !== undefined && "value" in d) entries.push([list ? Number(k) : k, d.value]);
      }
    } catch {
      return;
    }
    for (const [k, v] of entries) {
      out.push({ parent: node as Record<string | number, unknown>, key: k });
      walk(v);
    }
  };
  walk(root);
  return out;
}

/** A deep copy of plain arrays and objects; anything else (a function of a profile's rule) is shared. */
function cloneData(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneData);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneData(v)]));
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  try {
    for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) if ("value" in d) deepFreeze(d.value, seen);
    Object.freeze(value);
  } catch {
    // a proxy: left as it is
  }
  return value;
}

/**
 * Structure-aware mutations of a JSON document: a fresh copy with 1–4 changes at random places:
 * a hostile value, a number at an edge (0, −1, ½, huge, `null`), a date that is not one, a
 * deleted field, an unknown discriminator, a cycle, a getter that throws, a list blown up to
 * thousands of items, a marker string; sometimes the whole copy deep-frozen.
 *
 * @param doc - a JSON document (not changed)
 * @param seed - chooses the mutations
 * @returns the mutated copy
 */
export function mutate(doc: unknown, seed: number): unknown {
  const r = rng(seed);
  const root = cloneData(doc) as Record<string, unknown>;
  const count = 1 + Math.floor(r() * 4);
  let n = 0;
  for (let m = 0; m < count; m++) {
    const all = places(root);
    if (!all.length) break;
    const { parent, key } = pick(r, all);
    const value = parent[key];
    try {
      if (Object.isFrozen(parent)) continue;
    } catch {
      continue;
    }
    try {
      n = mutateAt(r, root, all, parent, key, value, n);
    } catch {
      // A value planted by an earlier mutation that cannot be read (a proxy): the mutation is a plain null.
      parent[key] = null;
    }
  }
  return r() < 0.1 ? deepFreeze(root) : root;
}

type Place = ReturnType<typeof places>[number];

// One mutation at `parent[key]`; returns the next marker number.
function mutateAt(r: () => number, root: unknown, all: readonly Place[], parent: Place["parent"], key: string | number, value: unknown, n: number): number {
  {
    switch (Math.floor(r() * 14)) {
      case 0:
      case 1:
        parent[key] = hostileValue(r, n++);
        break;
      case 2:
        if (typeof value === "number" || r() < 0.3) parent[key] = pick(r, [0, -1, 0.5, 1e9, 2 ** 31, null, NaN, "1", 1e21]);
        else parent[key] = null;
        break;
      case 3:
        if (typeof value === "string") parent[key] = pick(r, BAD_DATES);
        else parent[key] = pick(r, BAD_DATES.slice(0, 6));
        break;
      case 4:
        if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
        else delete parent[key];
        break;
      case 5:
        parent[key] = key === "type" || r() < 0.5 ? marker(n++) : { type: marker(n++) };
        break;
      case 6:
        parent[key] = r() < 0.5 ? root : parent;
        break;
      case 7:
        throwingGetter(parent, key, n++);
        break;
      case 8: {
        // A list blown up: its items repeated into thousands (the schema allows 500; data from elsewhere may not).
        const list = Array.isArray(value) ? value : Array.isArray(parent) ? parent : undefined;
        const size = pick(r, [501, 2_000, 20_000]);
        // Only a list shorter than the size (a sparse one of billions is not copied).
        if (list && list.length && list.length < size) {
          const copy = list.slice();
          while (list.length < size) list.push(copy[list.length % copy.length]);
        } else parent[key] = HUGE_DENSE;
        break;
      }
      case 9:
        parent[key] = typeof value === "string" ? `${value.slice(0, 3)}${marker(n++)}` : marker(n++);
        break;
      case 10:
        parent[key] = Array.isArray(value) ? { ...value } : value !== null && typeof value === "object" ? Object.values(value) : [value];
        break;
      case 11: {
        // A subtree from elsewhere in the document: the right kind of data in the wrong place.
        const other = pick(r, all);
        try {
          if (other.parent !== parent || other.key !== key) parent[key] = structuredClone(other.parent[other.key]);
        } catch {
          parent[key] = null; // not cloneable (a function, a proxy, a getter): a plain null instead
        }
        break;
      }
      case 12:
        parent[key] = pick(r, [BigInt(1), BigInt(0)]);
        break;
      default:
        parent[key] = typeof value === "number" ? pick(r, [0, -1, 0.5, 100_000, 1e300]) : pick(r, [0, -1, 10_000]);
    }
  }
  return n;
}
