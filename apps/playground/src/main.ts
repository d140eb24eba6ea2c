// The page: a header with the language, five tabs, a status line. Everything runs here, in the
// browser; nothing is sent anywhere.
import "./style.css";
import { createEditor } from "./editor/editor.js";
import { download, fileName, h, replace } from "./dom.js";
import { loadExamples, type ExampleData } from "./examples.js";
import { STRINGS, type Lang } from "./i18n/index.js";
import { agreementSchema, describeIssue, preparePdfReader } from "./library.js";
import { edit, loadFile, loadPasted, state, subscribe, update, type State } from "./state.js";
import { renderDocumentView } from "./views/document.js";
import { countFindings, renderFindings } from "./views/findings.js";
import { currentStatuses, filtered, renderSchedule } from "./views/schedule.js";
import { renderSource } from "./views/source.js";
import { loadExample, renderStart } from "./views/start.js";

const TABS = ["start", "source", "json", "schedule", "document"] as const;
type Tab = (typeof TABS)[number];

let current: Tab = "start";
let examples: { list: readonly ExampleData[]; sharedFound: boolean } | undefined;
/** Panels whose content is out of date (drawn when shown). */
const stale = new Set<Tab>(TABS);

const app = document.getElementById("app")!;
const heading = h("h1", {});
const tagline = h("p", { class: "tagline" });
const languageGroup = h("div", { class: "language", role: "group" });
const tablist = h("div", { role: "tablist", class: "tabs" });
const nav = h("nav", {}, tablist);
const status = h("p", { id: "status", role: "status", "aria-live": "polite" });
const footer = h("footer", {});
const panels = Object.fromEntries(TABS.map((tab) => [tab, h("section", { role: "tabpanel", id: `panel-${tab}`, "aria-labelledby": `tab-${tab}`, tabindex: 0, hidden: tab !== current })])) as Record<Tab, HTMLElement>;
const tabs = Object.fromEntries(
  TABS.map((tab) => [
    tab,
    h("button", { role: "tab", id: `tab-${tab}`, type: "button", "aria-controls": `panel-${tab}`, "aria-selected": tab === current ? "true" : "false", tabindex: tab === current ? 0 : -1, onclick: () => show(tab) }),
  ]),
) as Record<Tab, HTMLButtonElement>;
tablist.append(...TABS.map((tab) => tabs[tab]));
// Arrow keys, Home and End move between tabs (the ARIA tabs pattern, activation follows focus).
tablist.addEventListener("keydown", (event) => {
  const i = TABS.indexOf(current);
  const next = event.key === "ArrowRight" ? TABS[(i + 1) % TABS.length] : event.key === "ArrowLeft" ? TABS[(i + TABS.length - 1) % TABS.length] : event.key === "Home" ? TABS[0] : event.key === "End" ? TABS[TABS.length - 1] : undefined;
  if (next === undefined) return;
  event.preventDefault();
  show(next);
  tabs[next].focus();
});

// The editor and its findings live in the JSON panel, made once (the editor keeps its undo history).
const editorHost = h("div", { class: "editor-host", id: "editor" });
const editorHint = h("p", { class: "hint", id: "editor-hint" });
const editorLabel = h("h2", { id: "editor-title" });
const downloadJson = h("button", { type: "button", class: "button secondary", id: "download-json" });
const findingsBox = h("section", { class: "card findings-card", id: "findings", "aria-labelledby": "findings-title" });
panels.json.append(h("div", { class: "json-grid" }, h("section", { class: "card editor-card", "aria-labelledby": "editor-title" }, h("div", { class: "row spread" }, editorLabel, downloadJson), editorHint, editorHost), findingsBox));

let pending: ReturnType<typeof setTimeout> | undefined;
const editor = createEditor(editorHost, {
  schema: agreementSchema,
  label: STRINGS[state.lang].json.editorLabel,
  onChange: (text) => {
    // Validate after a short pause in typing, not on every key.
    clearTimeout(pending);
    pending = setTimeout(() => edit(text), 250);
  },
});
downloadJson.addEventListener("click", () => {
  download(fileName(state.checked?.ok ? state.checked.document.id : "samverkan", "json"), editor.view.state.doc.toString(), "application/json");
});

function goTo(path: readonly (string | number)[]): void {
  show("json");
  editor.goTo(path);
}

app.append(
  h("header", {}, h("div", { class: "title-row" }, heading, languageGroup), tagline),
  nav,
  status,
  h("main", {}, TABS.map((tab) => panels[tab])),
  footer,
);

/** Shows a tab. */
function show(tab: Tab): void {
  current = tab;
  for (const t of TABS) {
    panels[t].hidden = t !== tab;
    tabs[t].setAttribute("aria-selected", t === tab ? "true" : "false");
    tabs[t].tabIndex = t === tab ? 0 : -1;
  }
  draw(tab);
  document.documentElement.dataset.tab = tab;
}

/** Re-draws a panel, keeping the focus on the same control when it is redrawn. */
function draw(tab: Tab): void {
  if (!stale.has(tab)) return;
  stale.delete(tab);
  const panel = panels[tab];
  const active = document.activeElement;
  const key = active && panel.contains(active) ? focusKey(active) : undefined;
  switch (tab) {
    case "start":
      renderStart(panel, examples, show);
      break;
    case "source":
      renderSource(panel, () => show("json"));
      break;
    case "json":
      renderFindings(findingsBox, goTo);
      editor.setFindings(state.checked?.findings ?? [], (issue) => describeIssue(issue, state.lang), state.text);
      break;
    case "schedule":
      renderSchedule(panel);
      break;
    case "document":
      renderDocumentView(panel);
      break;
  }
  if (key) {
    const again = [...panel.querySelectorAll<HTMLElement>("*")].find((el) => focusKey(el) === key);
    again?.focus();
  }
}

function focusKey(el: Element): string {
  const row = el.closest("[data-id]");
  return `${el.tagName}#${el.id}|${row?.getAttribute("data-id") ?? ""}|${el.getAttribute("data-example") ?? ""}`;
}

/** The header, tabs, status line and footer in the current language. */
function drawChrome(): void {
  const t = STRINGS[state.lang];
  document.documentElement.lang = state.lang;
  document.title = t.title;
  heading.textContent = t.title;
  tagline.textContent = t.tagline;
  footer.textContent = t.footer;
  editorLabel.textContent = t.json.editorLabel;
  editor.setLabel(t.json.editorLabel);
  editorHint.textContent = t.json.editorHint;
  downloadJson.textContent = t.json.download;
  replace(
    languageGroup,
    h("span", { id: "language-label", class: "visually-hidden" }, t.language),
    (["sv", "en"] as Lang[]).map((lang) => h("button", { type: "button", class: "lang-button", lang, "aria-pressed": state.lang === lang ? "true" : "false", "aria-describedby": "language-label", onclick: () => update({ lang }) }, STRINGS[lang].lang)),
  );
  languageGroup.setAttribute("aria-labelledby", "language-label");
  for (const tab of TABS) tabs[tab].textContent = t.tabs[tab];
  nav.setAttribute("aria-label", t.tabs.label);
  tablist.setAttribute("aria-label", t.tabs.label);
  drawStatus();
}

function drawStatus(): void {
  const t = STRINGS[state.lang];
  const parts: string[] = [];
  if (state.message) parts.push(state.message.text);
  const checked = state.checked;
  // After a failed load the editor still holds the document before it: say so.
  if (checked && state.message?.error) parts.push(t.status.previous);
  if (checked) {
    const { errors, warnings, infos } = countFindings(checked.findings);
    parts.push(`${checked.ok ? t.status.valid : t.status.invalid}: ${t.status.counts(errors, warnings, infos)}.`);
    const statuses = currentStatuses();
    if (statuses?.ok) parts.push(`${t.status.obligations(filtered(statuses.statuses).length)}.`);
  } else parts.push(t.status.nothing);
  status.textContent = parts.join(" ");
  status.classList.toggle("error", state.message?.error === true);
}

subscribe((changed: ReadonlySet<keyof State>) => {
  if (changed.has("text")) editor.setText(state.text);
  if (changed.has("lang")) {
    drawChrome();
    for (const tab of TABS) stale.add(tab);
  }
  const documentChanged = changed.has("checked") || changed.has("text");
  if (documentChanged || changed.has("origin")) stale.add("source");
  if (documentChanged) stale.add("json");
  if (documentChanged || changed.has("today") || changed.has("completions") || changed.has("kind") || changed.has("side") || changed.has("year")) stale.add("schedule");
  if (documentChanged) stale.add("document");
  drawStatus();
  draw(current);
});

// A file or text dropped anywhere on the page.
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", (event) => {
  if (event.relatedTarget === null) document.body.classList.remove("dragging");
});
document.addEventListener("drop", (event) => {
  event.preventDefault();
  document.body.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  const text = event.dataTransfer?.getData("text/plain");
  if (file) void loadFile(file).then(() => show(state.origin?.type === "text" ? "source" : "json"));
  else if (text) {
    loadPasted(text);
    show(state.origin?.type === "text" ? "source" : "json");
  }
});

drawChrome();
show("start");

// After the first paint: the examples, then pdf.js, each its own chunk. Once both are here the page
// needs nothing more from the server (`data-ready` tells the tests).
void (async () => {
  try {
    examples = await loadExamples();
    stale.add("start");
    draw(current);
    const wanted = /^#example=(.+)$/.exec(location.hash)?.[1];
    const example = wanted && examples.list.find((e) => e.id === decodeURIComponent(wanted));
    if (example) {
      loadExample(example);
      show(example.format === "text" ? "source" : "json");
    }
    await preparePdfReader();
  } finally {
    performance.mark("samverkan-ready");
    document.documentElement.dataset.ready = "true";
  }
})();
