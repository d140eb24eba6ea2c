// The "Source text" tab: the text read into the draft, each field's quote marked in it, the fields
// with their values, and what the text does not state.
import { h, replace } from "../dom.js";
import { STRINGS } from "../i18n/index.js";
import type { ExtractedField } from "../library.js";
import { state } from "../state.js";

/** A stretch of the text that one or more quotes cover, with the numbers of their fields (1-based). */
interface Span {
  start: number;
  end: number;
  fields: number[];
}

/** The quotes' spans, overlapping ones merged, in text order. */
export function spansOf(fields: readonly ExtractedField[]): Span[] {
  const order = fields.map((f, i) => ({ start: f.start, end: f.end, n: i + 1 })).sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const q of order) {
    const last = spans[spans.length - 1];
    if (last && q.start < last.end) {
      last.end = Math.max(last.end, q.end);
      last.fields.push(q.n);
    } else spans.push({ start: q.start, end: q.end, fields: [q.n] });
  }
  return spans;
}

/** The mark's id for field number `n`: the span that holds its quote. */
const markId = (spans: readonly Span[], n: number) => `quote-${spans.findIndex((s) => s.fields.includes(n))}`;

/** Renders the tab into `panel`. */
export function renderSource(panel: HTMLElement, goToJson: () => void): void {
  const t = STRINGS[state.lang];
  const origin = state.origin;
  if (origin?.type !== "text") {
    replace(panel, h("p", { class: "empty" }, t.source.none));
    return;
  }
  const { text, extraction } = origin;
  const spans = spansOf(extraction.fields);
  const label = (n: number) => {
    const f = extraction.fields[n - 1]!;
    return `${n}. ${t.facts[f.kind]}: ${f.value}`;
  };
  const pageBreak = state.lang === "en" ? "new page" : "ny sida";
  const pieces: (Node | string)[] = [];
  // Text between the quotes, with a PDF's page breaks (a form feed) shown as a rule.
  const plain = (from: number, to: number) =>
    text
      .slice(from, to)
      .split("\f")
      .forEach((part, i) => {
        if (i > 0) pieces.push(h("span", { class: "page-break", role: "separator" }, pageBreak));
        if (part !== "") pieces.push(part);
      });
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start > at) plain(at, span.start);
    pieces.push(
      h("mark", { id: `quote-${i}`, tabindex: -1, title: span.fields.map(label).join("\n"), "data-fields": span.fields.join(" ") }, text.slice(span.start, span.end)),
      h("sup", { class: "quote-number", "aria-hidden": "true" }, span.fields.join(",")),
    );
    at = span.end;
  });
  plain(at, text.length);

  const show = (n: number) => {
    const mark = panel.querySelector<HTMLElement>(`#${markId(spans, n)}`);
    if (!mark) return;
    panel.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    mark.classList.add("current");
    mark.scrollIntoView({ block: "center" });
    mark.focus();
  };

  const fields = h(
    "table",
    { class: "fields", id: "fields" },
    h("caption", {}, `${t.source.fieldsTitle} (${extraction.fields.length})`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, t.source.field), h("th", { scope: "col" }, t.source.value), h("th", { scope: "col" }, t.source.quote), h("th", { scope: "col" }, t.source.confidence))),
    h(
      "tbody",
      {},
      extraction.fields.map((f, i) =>
        h(
          "tr",
          { "data-kind": f.kind },
          h("td", {}, i + 1),
          h("th", { scope: "row" }, t.facts[f.kind]),
          h("td", { class: "value" }, f.value),
          h(
            "td",
            { class: "quote-cell" },
            h("button", { type: "button", class: "link-button quote", onclick: () => show(i + 1) }, f.quote.length > 80 ? `${f.quote.slice(0, 77)}…` : f.quote, h("span", { class: "visually-hidden" }, ` (${t.source.showQuote(i + 1)})`)),
          ),
          h("td", { class: "number" }, `${Math.round(f.confidence * 100)} %`),
        ),
      ),
    ),
  );

  replace(
    panel,
    h(
      "div",
      { class: "source-grid" },
      h(
        "section",
        { class: "card", "aria-labelledby": "source-text-title" },
        h("h2", { id: "source-text-title" }, t.source.textTitle, origin.pages === undefined ? null : ` (${origin.pages} ${state.lang === "en" ? "pages" : "sidor"})`),
        h("pre", { class: "source-text", id: "source-text", tabindex: 0, "aria-labelledby": "source-text-title" }, pieces),
      ),
      h(
        "div",
        { class: "source-side" },
        h(
          "section",
          { class: "card", "aria-labelledby": "missing-title" },
          h("h2", { id: "missing-title" }, `${t.source.missingTitle} (${extraction.missing.length})`),
          extraction.missing.length === 0 ? h("p", {}, t.source.missingNone) : h("ul", { id: "missing", class: "missing" }, extraction.missing.map((k) => h("li", { "data-kind": k }, t.facts[k]))),
          h("p", {}, h("button", { type: "button", class: "link-button", onclick: goToJson }, extraction.valid ? t.source.draftValid : t.source.draftInvalid)),
        ),
        h("section", { class: "card table-card" }, fields),
      ),
    ),
  );
}
