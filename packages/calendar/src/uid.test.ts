import { describe, expect, it } from "vitest";
import { obligationUid } from "@samverkan/calendar";
import { InvalidArgumentError } from "@samverkan/core";

describe("obligationUid", () => {
  it("keeps letters, digits and - _ . ~ : / as they are", () => {
    expect(obligationUid("ostra-goinge-2023-2026/forum_meeting/lokala-bra/2025-Q1")).toBe(
      "ostra-goinge-2023-2026/forum_meeting/lokala-bra/2025-Q1@samverkan",
    );
    expect(obligationUid("a.b~c:d/2023-01-01/2026-12-31")).toBe("a.b~c:d/2023-01-01/2026-12-31@samverkan");
  });

  it.each([
    ["a@b", "a%40b"],
    ["100%", "100%25"],
    ["a b", "a%20b"],
    ["a;b,c\\d", "a%3Bb%2Cc%5Cd"],
    ["line\nbreak", "line%0Abreak"],
    ["göinge", "g%C3%B6inge"],
    ["(x)!*'", "%28x%29%21%2A%27"],
  ])("encodes %j as %j", (id, encoded) => {
    expect(obligationUid(id)).toBe(`${encoded}@samverkan`);
  });

  it("gives different UIDs to different ids, and only safe characters", () => {
    const ids = ["a/b", "a%2Fb", "a:b", "a%3Ab", "ö", "%C3%B6", "a b", "a+b", "a%20b"];
    const uids = ids.map(obligationUid);
    expect(new Set(uids).size).toBe(ids.length);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9\-_.~:/%]+@samverkan$/);
  });

  it("is the same on every call", () => {
    expect(obligationUid("x:y/z")).toBe(obligationUid("x:y/z"));
  });

  it.each([
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "\uDC00"],
    ["a number", 42],
    ["null", null],
    ["a symbol", Symbol("id")],
  ])("refuses %s with core's InvalidArgumentError, naming only the parameter", (_, id) => {
    expect(() => obligationUid(id as string)).toThrow(InvalidArgumentError);
    try {
      obligationUid(id as string);
    } catch (error) {
      expect((error as InvalidArgumentError).code).toBe("invalid_argument");
      expect((error as InvalidArgumentError).parameter).toBe("id");
    }
  });

  it("keeps a surrogate pair (an emoji) as its UTF-8 bytes", () => {
    expect(obligationUid("\u{1F46E}")).toBe("%F0%9F%91%AE@samverkan");
  });
});
