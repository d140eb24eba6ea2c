// The "Document" tab: the agreement rendered to sign (HTML, printed to PDF by the browser), and
// the Markdown and HTML to download.
import { download, fileName, h, replace } from "../dom.js";
import { STRINGS } from "../i18n/index.js";
import { render, type AgreementDocument } from "../library.js";
import { state } from "../state.js";

let cache: { document: AgreementDocument; lang: string; html: ReturnType<typeof render> } | undefined;

/** Renders the tab into `panel`. */
export function renderDocumentView(panel: HTMLElement): void {
  const t = STRINGS[state.lang];
  const checked = state.checked;
  if (!checked?.ok) {
    replace(panel, h("p", { class: "empty" }, checked ? t.document.invalid : t.status.nothing));
    return;
  }
  const doc = checked.document;
  if (cache?.document !== doc || cache.lang !== state.lang) cache = { document: doc, lang: state.lang, html: render(doc, "html", state.lang) };
  const html = cache.html;
  if (!html.ok) {
    replace(panel, h("p", { class: "errors" }, html.message));
    return;
  }
  const title = "title" in doc && typeof doc.title === "string" ? doc.title : doc.id;
  // The document as a page of its own, so that its print stylesheet applies when it is printed.
  // renderDocument escapes everything the document says, and the frame has the page's Content
  // Security Policy (a srcdoc frame inherits it), so no script can run in it; it is same-origin
  // (not sandboxed) so that the page can print it and the tests can check it.
  const frame = h("iframe", { id: "rendered", title: t.document.frameTitle, srcdoc: html.text });
  const downloadMarkdown = () => {
    const markdown = render(doc, "markdown", state.lang);
    if (markdown.ok) download(fileName(title, "md"), markdown.text, "text/markdown");
  };
  replace(
    panel,
    h(
      "div",
      { class: "card document-actions" },
      h("button", { type: "button", class: "button", id: "print", onclick: () => frame.contentWindow?.print() }, t.document.print),
      h("button", { type: "button", class: "button secondary", id: "download-markdown", onclick: downloadMarkdown }, t.document.markdown),
      h("button", { type: "button", class: "button secondary", id: "download-html", onclick: () => download(fileName(title, "html"), html.text, "text/html") }, t.document.html),
    ),
    frame,
  );
}
