import { describe, expect, it } from "vitest";
import { mulberry32 } from "@samverkan/test-utils";
import { collapseSpace } from "./space.js";
import { escapeHtml } from "./html.js";

describe("collapseSpace and escapeHtml", () => {
  it("give what the plain patterns give, on 100,000 texts of every kind of white space and markup", () => {
    const pieces = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2003", "\u3000", "a", "Polisen", "&", "<", ">", '"', "'", "å", "–"];
    const random = mulberry32(7);
    for (let i = 0; i < 100_000; i++) {
      let text = "";
      const n = Math.floor(random() * 10);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      expect(collapseSpace(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, " ").trim());
      expect(escapeHtml(text), JSON.stringify(text)).toBe(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
    }
  });
});
