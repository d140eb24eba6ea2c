import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "@samverkan/core";
import { loadSeed } from "@samverkan/test-utils";
import { factsOf } from "./project.js";

describe("factsOf on what is not a document", () => {
  it("reads at most a million values, even of a list that holds itself", () => {
    // A list of 501 items, 500 strings and the list itself: the walk that decides whether the
    // document can be read counted only the objects it reached, and read 501 values for each.
    let reads = 0;
    const doc = { ...(loadSeed("kavlinge-2019-2022") as Record<string, unknown>) };
    const items: unknown[] = new Array(500).fill("socialtjänst");
    const list = new Proxy(items, {
      get(target, key, receiver) {
        // A tripwire, so that a walk without a real bound ends this test instead of the run.
        if (typeof key === "string" && /^\d+$/.test(key) && ++reads > 5_000_000) throw new Error("tripwire");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    items.push(list);
    doc.actors = list;
    expect(() => factsOf(doc as never)).toThrow(InvalidArgumentError);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(1_000_000);
  });

  it("still reads a real document", () => {
    const facts = factsOf(loadSeed("kavlinge-2019-2022") as never);
    expect(facts.some((f) => f.kind === "kommun")).toBe(true);
  });
});
