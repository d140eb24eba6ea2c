// Hostile shapes for the guards' regression tests, shared by the packages that guard their input.

/** A list that holds itself, with a count of the items read from it. */
export interface SelfList {
  /** The list: `size` strings, then the list itself. */
  readonly list: unknown[];
  /** How many items have been read from it since the last {@link SelfList.reset}. */
  readonly reads: () => number;
  readonly reset: () => void;
}

/**
 * A list of `size` strings and itself (the fuzz suite's input that took a guard 4 seconds), which
 * counts the items read from it. Past `tripwire` reads it throws, so that a walk without a real
 * bound ends the test instead of the run.
 *
 * @example
 * const self = selfList();
 * const doc = { ...agreement(), actors: self.list };
 */
export function selfList(size = 500, tripwire = 5_000_000): SelfList {
  let reads = 0;
  const items: unknown[] = new Array(size).fill("socialtjänst");
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > tripwire) throw new Error("tripwire");
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  items.push(list);
  return { list, reads: () => reads, reset: () => (reads = 0) };
}

/** A list that claims billions of items, with a count of the items looked at. */
export interface SparseList {
  /** The list: `length` 2^32 − 1, one item at index 0. */
  readonly list: unknown[];
  /** How many indexes have been read or tested (`in`) since the last {@link SparseList.reset}. */
  readonly reads: () => number;
  readonly reset: () => void;
}

/**
 * A sparse list of length 2^32 − 1 holding `first` at index 0 (the fuzz suite's input that kept a
 * migration and an adapter's `start` busy for over a minute), which counts the indexes looked at.
 * Past `tripwire` it throws, so that a loop over the whole length ends the test instead of the run.
 *
 * @example
 * const sparse = sparseList({ schemaVersion: 1 });
 * const set = { schemaVersion: 1, type: "agreement_set", id: "set", agreements: sparse.list };
 */
export function sparseList(first: unknown = "Kävlinge", tripwire = 100_000): SparseList {
  let reads = 0;
  const items: unknown[] = [first];
  items.length = 2 ** 32 - 1;
  const count = (key: string | symbol) => {
    if (typeof key === "string" && /^\d+$/.test(key) && ++reads > tripwire) throw new Error("tripwire");
  };
  const list = new Proxy(items, {
    get(target, key, receiver) {
      count(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      count(key);
      return Reflect.has(target, key);
    },
  });
  return { list, reads: () => reads, reset: () => (reads = 0) };
}
