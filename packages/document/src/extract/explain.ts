import { documentError, type DocumentError } from "../error.js";
import { escapeHtml } from "../render/html.js";
import type { ExtractedField } from "./extract.js";
import { FACT_KINDS, FACT_LABELS, type FactKind } from "./facts.js";

/**
 * How {@link explainExtraction} writes its explanation: `format` `"text"` (the default: the source
 * with each quote in ⟦brackets⟧ and its number, then the numbered list of what each fed) or `"html"`
 * (a complete, accessible page with each quote in a `<mark>` and the list as a table), with the
 * labels in Swedish (`lang: "sv"`, the default) or English.
 *
 * @example
 * const options: ExplainOptions = { format: "html", lang: "en" };
 */
export interface ExplainOptions {
  /** `"text"` (default) or `"html"`. */
  readonly format?: "text" | "html";
  /** `"sv"` (default) or `"en"`: the words the explanation adds. */
  readonly lang?: "sv" | "en";
}

/**
 * The result of {@link explainExtraction}: the explanation, or a coded error for input it cannot
 * use (fields whose spans are not in the text, bad options).
 *
 * @example
 * const result: ExplainResult = explainExtraction("text", []);
 * if (result.ok) console.log(result.text);
 */
export type ExplainResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: DocumentError };

const LABELS: Readonly<Record<"sv" | "en", Readonly<Record<FactKind, string>> & { readonly title: string; readonly field: string; readonly value: string; readonly quote: string; readonly confidence: string; readonly none: string }>> = {
  sv: { ...FACT_LABELS.sv, title: "Vad texten gav", field: "Uppgift", value: "Värde", quote: "Citat", confidence: "Säkerhet", none: "Texten gav inga uppgifter." },
  en: { ...FACT_LABELS.en, title: "What the text gave", field: "Field", value: "Value", quote: "Quote", confidence: "Confidence", none: "The text gave nothing." },
};

const KINDS: ReadonlySet<string> = new Set(FACT_KINDS);

/**
 * An explanation a person can review: the source text with the span of every extracted field
 * marked and numbered, and the list of what each span fed (field, value, confidence). Spans that
 * overlap share one mark. The text's own words are escaped in HTML, so nothing in the text can
 * become markup.
 *
 * Never throws: fields that are not an array of fields whose spans lie in `text`, or bad options,
 * give a coded error.
 *
 * @param text - the text the fields were extracted from (the same string given to {@link extractDraft})
 * @param fields - the extraction's `fields`
 * @param options - see {@link ExplainOptions}
 * @example
 * const text = "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022";
 * const extracted = extractDraft(text);
 * if (extracted.ok) {
 *   const explained = explainExtraction(text, extracted.value.fields);
 *   if (explained.ok) console.log(explained.text);
 * }
 */
export function explainExtraction(text: string, fields: readonly ExtractedField[], options: ExplainOptions = {}): ExplainResult {
  if (typeof text !== "string") return { ok: false, error: documentError("invalid_input", { field: "text" }) };
  let format: unknown;
  let lang: unknown;
  try {
    if (options === null || typeof options !== "object") return { ok: false, error: documentError("invalid_option", { field: "options" }) };
    format = options.format ?? "text";
    lang = options.lang ?? "sv";
  } catch {
    return { ok: false, error: documentError("invalid_option", { field: "options" }) };
  }
  if (format !== "text" && format !== "html") return { ok: false, error: documentError("invalid_option", { field: "options.format" }) };
  if (lang !== "sv" && lang !== "en") return { ok: false, error: documentError("invalid_option", { field: "options.lang" }) };
  const checked: { kind: FactKind; value: string; start: number; end: number; confidence: number }[] = [];
  try {
    if (!Array.isArray(fields)) return { ok: false, error: documentError("invalid_input", { field: "fields" }) };
    for (const [i, f] of fields.entries()) {
      const field = f as Partial<ExtractedField> | null;
      if (
        field === null ||
        typeof field !== "object" ||
        !KINDS.has(field.kind as string) ||
        typeof field.value !== "string" ||
        !Number.isInteger(field.start) ||
        !Number.isInteger(field.end) ||
        field.start! < 0 ||
        field.end! > text.length ||
        field.start! > field.end! ||
        typeof field.confidence !== "number"
      ) {
        return { ok: false, error: documentError("invalid_input", { field: `fields[${i}]` }) };
      }
      checked.push({ kind: field.kind!, value: field.value, start: field.start!, end: field.end!, confidence: field.confidence });
    }
  } catch {
    return { ok: false, error: documentError("invalid_input", { field: "fields" }) };
  }

  // The marks: spans in text order; a span that overlaps the one before joins its mark.
  const order = checked.map((f, i) => ({ ...f, number: i + 1 })).sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: { start: number; end: number; numbers: number[] }[] = [];
  for (const f of order) {
    const last = marks[marks.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.numbers.push(f.number);
    } else marks.push({ start: f.start, end: f.end, numbers: [f.number] });
  }
  const labels = LABELS[lang];
  const html = format === "html";
  let body = "";
  let at = 0;
  for (const mark of marks) {
    const before = text.slice(at, mark.start);
    const quote = text.slice(mark.start, mark.end);
    const numbers = mark.numbers.sort((a, b) => a - b).join(",");
    body += html
      ? `${escapeHtml(before)}<mark id="q${mark.numbers[0]}" title="${escapeHtml(mark.numbers.map((n) => labels[checked[n - 1]!.kind]).join(", "))}">${escapeHtml(quote)}<sup>${numbers}</sup></mark>`
      : `${before}⟦${quote}⟧${numbers}`;
    at = mark.end;
  }
  body += html ? escapeHtml(text.slice(at)) : text.slice(at);

  const rows = checked.map((f, i) => ({ number: i + 1, label: labels[f.kind], value: f.value, quote: text.slice(f.start, f.end), confidence: f.confidence.toFixed(2) }));
  if (!html) {
    const list = rows.length === 0 ? labels.none : rows.map((r) => `${r.number}. ${r.label}: ${r.value} (${labels.confidence.toLowerCase()} ${r.confidence})`).join("\n");
    return { ok: true, text: `${body}\n\n${labels.title}\n\n${list}\n` };
  }
  const table =
    rows.length === 0
      ? `<p>${escapeHtml(labels.none)}</p>`
      : `<table>\n<thead><tr><th scope="col">#</th><th scope="col">${labels.field}</th><th scope="col">${labels.value}</th><th scope="col">${labels.quote}</th><th scope="col">${labels.confidence}</th></tr></thead>\n<tbody>\n${rows
          .map((r) => `<tr><td><a href="#q${r.number}">${r.number}</a></td><td>${escapeHtml(r.label)}</td><td>${escapeHtml(r.value)}</td><td>${escapeHtml(r.quote)}</td><td>${r.confidence}</td></tr>`)
          .join("\n")}\n</tbody>\n</table>`;
  return {
    ok: true,
    text: `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${labels.title}</title>\n<style>\nbody { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; line-height: 1.5; }\n.source { white-space: pre-wrap; }\nmark { background: #fff3a0; }\nsup { font-size: 0.7em; color: #333; }\ntable { border-collapse: collapse; }\nth, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }\n</style>\n</head>\n<body>\n<main>\n<h1>${labels.title}</h1>\n<div class="source">${body}</div>\n<h2>${labels.field}</h2>\n${table}\n</main>\n</body>\n</html>\n`,
  };
}
