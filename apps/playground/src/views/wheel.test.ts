import { describe, expect, it } from "vitest";
import { angleOf } from "./wheel.js";

describe("angleOf", () => {
  it("puts 1 January at the top and 1 July half way round, a day's width in", () => {
    expect(angleOf("2026-01-01")).toBeCloseTo((0.5 / 365) * 2 * Math.PI);
    expect(angleOf("2026-07-02")).toBeCloseTo((182.5 / 365) * 2 * Math.PI);
    expect(angleOf("2026-12-31")).toBeLessThan(2 * Math.PI);
  });

  it("counts 366 days in a leap year", () => {
    expect(angleOf("2028-12-31")).toBeCloseTo((365.5 / 366) * 2 * Math.PI);
    expect(angleOf("2028-03-01")).toBeCloseTo((60.5 / 366) * 2 * Math.PI);
  });
});
