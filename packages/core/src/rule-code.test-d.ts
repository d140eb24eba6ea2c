import { describe, expectTypeOf, it } from "vitest";
import type { RuleCode, rules } from "@samverkan/core";

describe("RuleCode", () => {
  it("is exactly the codes of the rules", () => {
    expectTypeOf<RuleCode>().toEqualTypeOf<(typeof rules)[number]["code"]>();
  });
});
