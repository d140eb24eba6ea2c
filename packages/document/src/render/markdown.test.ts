import { describe, expect, it } from "vitest";
import { mulberry32 } from "@samverkan/test-utils";
import { escapeMarkdown } from "./markdown.js";

/** escapeMarkdown as it was first written: every pattern applied to every text, in this order. */
function reference(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/(?<=\s)(?:\\_){3,}(?=\s|$)/g, (run) => run.replace(/\\/g, ""));
}

describe("escapeMarkdown", () => {
  it("escapes as the reference does, on 100,000 texts of markup, entities, numbers and every kind of white space", () => {
    const pieces = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "a", "Polisen", "_", "___", "*", "`", "[", "]", "<", ">", "|", "~", "\\", "&", "&amp;", "&#38;", "#", "+", "=", "-", "1", "12", ".", ")", "å", "–"];
    const random = mulberry32(42);
    for (let i = 0; i < 100_000; i++) {
      let text = "";
      const n = Math.floor(random() * 10);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      expect(escapeMarkdown(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it("keeps a blank line to sign on, and escapes what could start markup", () => {
    expect(escapeMarkdown("Underskrift ______ datum")).toBe("Underskrift ______ datum");
    expect(escapeMarkdown("# Rubrik &amp; *fet*\n\n1. punkt")).toBe("\\# Rubrik \\&amp; \\*fet\\* 1. punkt");
  });
});
