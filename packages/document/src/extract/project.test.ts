import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "@samverkan/core";
import { loadSeed, selfList } from "@samverkan/test-utils";
import { factsOf } from "./project.js";

describe("factsOf on what is not a document", () => {
  it("reads at most a million values, even of a list that holds itself", () => {
    // A list of 501 items, 500 strings and the list itself: the walk that decides whether the
    // document can be read counted only the objects it reached, and read 501 values for each.
    const self = selfList();
    const doc = { ...(loadSeed("kavlinge-2019-2022") as Record<string, unknown>), actors: self.list };
    expect(() => factsOf(doc as never)).toThrow(InvalidArgumentError);
    expect(self.reads()).toBeGreaterThan(0);
    expect(self.reads()).toBeLessThanOrEqual(1_000_000);
  });

  it("still reads a real document", () => {
    const facts = factsOf(loadSeed("kavlinge-2019-2022") as never);
    expect(facts.some((f) => f.kind === "kommun")).toBe(true);
  });
});
