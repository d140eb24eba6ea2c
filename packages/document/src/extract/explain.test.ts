import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { explainExtraction } from "./explain.js";
import { extractDraft, type ExtractedField } from "./extract.js";

const TEXT = "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022";

function fieldsOf(text: string): readonly ExtractedField[] {
  const result = extractDraft(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.fields;
}

describe("explainExtraction", () => {
  it("marks every quote in the text and lists what it fed, in Swedish by default", () => {
    const fields = fieldsOf(TEXT);
    const result = explainExtraction(TEXT, fields);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const f of fields) expect(result.text).toContain(f.quote);
    expect(result.text).toContain("⟦Kävlinge kommun⟧");
    expect(result.text).toContain("Vad texten gav");
    expect(result.text).toMatch(/\d+\. Kommun: 1261 \(säkerhet 0\.\d\d\)/u);
    // The text itself is unchanged once the marks are taken out.
    expect(result.text.split("\n\nVad texten gav")[0]!.replace(/⟦|⟧[\d,]*/gu, "")).toBe(TEXT);
  });

  it("shares one mark between overlapping spans (a range's start and end)", () => {
    const fields = fieldsOf(TEXT);
    const result = explainExtraction(TEXT, fields);
    if (!result.ok) throw new Error(result.error.code);
    const marks = result.text.match(/⟦/gu)?.length ?? 0;
    expect(marks).toBeLessThan(fields.length + 1);
    expect(marks).toBeGreaterThan(0);
  });

  it("writes valid, escaped HTML in English", () => {
    const hostile = `${TEXT}\n\n<script>alert(1)</script> "><img src=x onerror=alert(1)>`;
    const result = explainExtraction(hostile, fieldsOf(hostile), { format: "html", lang: "en" });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.text).not.toContain("<script>");
    expect(result.text).not.toContain("<img");
    expect(result.text).toContain("&lt;script&gt;");
    expect(result.text).toContain('<html lang="en">');
    const report = new HtmlValidate({ extends: ["html-validate:recommended"] }).validateStringSync(result.text);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("explains a text with no fields", () => {
    const result = explainExtraction("Ingenting här.", []);
    expect(result).toEqual({ ok: true, text: "Ingenting här.\n\nVad texten gav\n\nTexten gav inga uppgifter.\n" });
  });

  it("gives coded errors for bad input and options, and never throws", () => {
    const bad: [unknown, unknown, unknown, string][] = [
      [null, [], {}, "invalid_input"],
      [TEXT, null, {}, "invalid_input"],
      [TEXT, [{ kind: "kommun", value: "1261", start: 0, end: TEXT.length + 1, quote: "", confidence: 1 }], {}, "invalid_input"],
      [TEXT, [{ kind: "nope", value: "x", start: 0, end: 1, quote: "", confidence: 1 }], {}, "invalid_input"],
      [TEXT, [], { format: "pdf" }, "invalid_option"],
      [TEXT, [], { lang: "de" }, "invalid_option"],
      [TEXT, [], null, "invalid_option"],
      [
        TEXT,
        [],
        Object.defineProperty({}, "format", {
          get() {
            throw new Error("boom");
          },
        }),
        "invalid_option",
      ],
    ];
    for (const [text, fields, options, code] of bad) {
      const result = explainExtraction(text as string, fields as ExtractedField[], options as object);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).not.toContain("Kävlinge");
      }
    }
  });
});
