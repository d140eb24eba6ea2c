import { describe, expect, it } from "vitest";
import type { ExtractedField } from "../library.js";
import { spansOf } from "./source.js";

const field = (start: number, end: number): ExtractedField => ({ kind: "kommun", value: "1261", start, end, quote: "", confidence: 1 });

describe("spansOf", () => {
  it("gives each quote's span in text order, with its field's number", () => {
    expect(spansOf([field(10, 15), field(0, 4)])).toEqual([
      { start: 0, end: 4, fields: [2] },
      { start: 10, end: 15, fields: [1] },
    ]);
  });

  it("merges quotes that overlap into one span with every field's number", () => {
    expect(spansOf([field(0, 10), field(5, 20), field(20, 25)])).toEqual([
      { start: 0, end: 20, fields: [1, 2] },
      { start: 20, end: 25, fields: [3] },
    ]);
    expect(spansOf([field(3, 8), field(0, 30)])).toEqual([{ start: 0, end: 30, fields: [2, 1] }]);
  });

  it("is empty for no fields", () => {
    expect(spansOf([])).toEqual([]);
  });
});
