// The page's state and what changes it. Views read `state` and re-render on `subscribe`.
import type { Lang } from "./i18n/index.js";
import { STRINGS } from "./i18n/index.js";
import {
  check,
  extract,
  pdfText,
  start,
  toCurrentVersion,
  type Checked,
  type CivilDate,
  type Completion,
  type ConfigurationFinding,
  type ConfigurationKind,
  type Extraction,
  type ObligationKind,
} from "./library.js";

/** Where the document in the editor came from. */
export type Origin =
  | { readonly type: "text"; readonly name: string; readonly text: string; readonly extraction: Extraction; readonly pages?: number }
  | { readonly type: "json"; readonly name: string; readonly migrated: boolean }
  | { readonly type: "new"; readonly name: string; readonly missing: readonly ConfigurationFinding[] };

/** The side filter: a side, or obligations without one. */
export type SideFilter = "all" | "police" | "municipality" | "joint" | "none";

export interface State {
  lang: Lang;
  origin: Origin | undefined;
  /** The editor's text: the document as JSON. */
  text: string;
  /** The text validated (kept in step with `text`, after a short pause while typing). */
  checked: Checked | undefined;
  /** A one-line message about the last load, for the status line. */
  message: { text: string; error: boolean } | undefined;
  /** Whether the text was edited since it was loaded (the load's message and notices no longer apply). */
  edited: boolean;
  today: CivilDate;
  completions: Completion[];
  kind: ObligationKind | "all";
  side: SideFilter;
  /** The year the year wheel shows; undefined: the year of `today`, or the schedule's first year. */
  year: number | undefined;
}

/** Today's civil date in Europe/Stockholm (the page may read the clock; the packages never do). */
export function todayInStockholm(now = new Date()): CivilDate {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The visitor's language when it is English, else Swedish (the agreements' language). */
function preferredLanguage(): Lang {
  const languages = typeof navigator === "undefined" ? [] : navigator.languages;
  const first = languages.find((l) => /^(sv|en)\b/i.test(l));
  return first?.toLowerCase().startsWith("en") ? "en" : "sv";
}

export const state: State = {
  lang: preferredLanguage(),
  origin: undefined,
  text: "",
  checked: undefined,
  message: undefined,
  edited: false,
  today: todayInStockholm(),
  completions: [],
  kind: "all",
  side: "all",
  year: undefined,
};

type Listener = (changed: ReadonlySet<keyof State>) => void;
const listeners: Listener[] = [];

/** Calls `listener` after every change, with the keys that changed. */
export function subscribe(listener: Listener): void {
  listeners.push(listener);
}

/** Changes the state and tells the views. */
export function update(patch: Partial<State>): void {
  Object.assign(state, patch);
  const changed = new Set(Object.keys(patch) as (keyof State)[]);
  for (const listener of listeners) listener(changed);
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A new document: the schedule's completions and filters start afresh. */
function loadDocument(origin: Origin, text: string, message: string): void {
  update({ origin, text, checked: check(text), message: { text: message, error: false }, edited: false, completions: [], kind: "all", side: "all", year: undefined });
}

/** Loads JSON text: a document of version 1 or 2 (migrated), or, when it cannot be read, the text as it is with its findings. */
export function loadJson(name: string, text: string): void {
  const said = STRINGS[state.lang].loaded;
  const current = toCurrentVersion(text);
  if (current.ok) {
    const migrated = current.from !== 2;
    loadDocument({ type: "json", name, migrated }, pretty(current.document), migrated ? said.migrated(name) : said.json(name));
  } else {
    // Shown as given: the findings say what is wrong, and the editor is where to fix it.
    loadDocument({ type: "json", name, migrated: false }, text, said.json(name));
  }
}

/** Loads an agreement's text: extracts a draft and puts it in the editor. */
export function loadText(name: string, text: string, format: "text" | "markdown" | "html", pages?: number): void {
  const said = STRINGS[state.lang].loaded;
  const extracted = extract(text, format);
  if (!extracted.ok) {
    update({ message: { text: said.failed(name, said.codes[extracted.code] ?? extracted.message), error: true } });
    return;
  }
  const { value } = extracted;
  const origin: Origin = { type: "text", name, text, extraction: value, ...(pages !== undefined && { pages }) };
  const line = pages === undefined ? said.text(name, value.fields.length, value.missing.length) : said.pdf(name, pages, value.fields.length, value.missing.length);
  loadDocument(origin, pretty(value.draft), line);
}

/** Whether text is JSON rather than an agreement's prose: it starts with `{` or `[`. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** Loads pasted text: JSON or an agreement's text. */
export function loadPasted(text: string): void {
  const name = state.lang === "en" ? "Pasted text" : "Inklistrad text";
  if (looksLikeJson(text)) loadJson(name, text);
  else loadText(name, text, /^\s*<(!doctype|html|body|main|h1|p)\b/i.test(text) ? "html" : "text");
}

/** Loads a file: a PDF by its first bytes, JSON by its name or content, HTML and Markdown by name, else text. */
export async function loadFile(file: File): Promise<void> {
  const said = STRINGS[state.lang].loaded;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPdf = bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
  if (isPdf) {
    const read = await pdfText(bytes);
    if (!read.ok) {
      update({ message: { text: said.failed(file.name, `${said.codes[read.code] ?? read.message} (${read.code})`), error: true } });
      return;
    }
    loadText(file.name, read.text, "text", read.pages);
    return;
  }
  const text = new TextDecoder().decode(bytes);
  if (/\.json$/i.test(file.name) || looksLikeJson(text)) loadJson(file.name, text);
  else loadText(file.name, text, /\.html?$/i.test(file.name) ? "html" : /\.(md|markdown)$/i.test(file.name) ? "markdown" : "text");
}

/** Starts a new agreement (what `samverkan new` does) and loads it. Returns the messages when it could not start. */
export function startNew(input: { kommuner: readonly string[]; kind: ConfigurationKind; localPoliceAreas: readonly string[]; from: CivilDate; years: number; empty: boolean; profile: boolean }): readonly string[] {
  const started = start(input, state.lang);
  if (!started.ok) return started.messages;
  const id = started.document.id;
  loadDocument({ type: "new", name: id, missing: started.missing }, pretty(started.document), STRINGS[state.lang].loaded.started(id, started.missing.length));
  return [];
}

/** The editor's text changed: validate it again. */
export function edit(text: string): void {
  if (text === state.text) return;
  update({ text, checked: check(text), edited: true, message: undefined });
}

/** Marks an obligation done on `today`, or not done any more. */
export function setDone(obligationId: string, done: boolean): void {
  const rest = state.completions.filter((c) => c.obligationId !== obligationId);
  update({ completions: done ? [...rest, { obligationId, completedOn: state.today }] : rest });
}
