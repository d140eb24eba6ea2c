// What the tests of the corpus documents share: reading a corpus page (its visible text and its
// source addresses) and a document of this folder, finding every string a document quotes, and the
// checks every document gets. Not an example to run: a module of the tests beside it.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { formatPath, validateAgreement, type Agreement, type AgreementDocument, type AgreementSet, type CitizenPromiseDocument } from "@samverkan/core";

/** Whitespace collapsed to single spaces, trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A page of shared/corpus: its visible verbatim text, and its source addresses by label. */
export interface CorpusFile {
  /** The visible verbatim text (every "Verbatim text" section), whitespace collapsed, [CUT] marks removed. */
  readonly visible: string;
  /** The source addresses by their label: "Source", or "Source 1", "Source 2", … */
  readonly sources: Readonly<Record<string, string>>;
}

const corpusCache = new Map<string, CorpusFile>();

/** Reads shared/corpus/<name>.md: its visible text and its source addresses. */
export function corpusFile(name: string): CorpusFile {
  const cached = corpusCache.get(name);
  if (cached) return cached;
  const markdown = readFileSync(new URL(`../../../shared/corpus/${name}.md`, import.meta.url), "utf8");
  const start = markdown.indexOf("## Verbatim text");
  const end = markdown.indexOf("## Ground truth");
  if (start < 0 || end < start) throw new Error(`${name}.md has no verbatim section before its ground truth`);
  const visible = markdown
    .slice(start, end)
    .split("\n")
    .filter((line) => !line.startsWith("## Verbatim text"))
    .join("\n")
    .replaceAll("[CUT]", " ");
  const sources: Record<string, string> = {};
  for (const match of markdown.matchAll(/^- (Source(?: \d+)?)(?: \([^)]*\))?: (\S+)/gm)) sources[match[1]!] = match[2]!;
  const file = { visible: collapse(visible), sources };
  corpusCache.set(name, file);
  return file;
}

/** Reads examples/corpus/<file>.json and validates it; it must be valid (warnings are not pinned). */
export function load(file: string): AgreementDocument {
  const text = readFileSync(new URL(`./${file}.json`, import.meta.url), "utf8");
  const result = validateAgreement(text);
  if (!result.ok) {
    const issues = result.issues.map((i) => `${i.severity} ${i.code} at ${formatPath(i.path)}`).join("\n");
    throw new Error(`${file}.json is not valid:\n${issues}`);
  }
  return result.value;
}

function loadAs<T extends AgreementDocument["type"]>(file: string, type: T): Extract<AgreementDocument, { type: T }> {
  const doc = load(file);
  if (doc.type !== type) throw new Error(`${file} is a ${doc.type}, not a ${type}`);
  return doc as Extract<AgreementDocument, { type: T }>;
}

/** A corpus document that must be an agreement. */
export const loadAgreement = (file: string): Agreement => loadAs(file, "agreement");
/** A corpus document that must be a set of agreements. */
export const loadSet = (file: string): AgreementSet => loadAs(file, "agreement_set");
/** A corpus document that must be a medborgarlöfte of its own. */
export const loadPromise = (file: string): CitizenPromiseDocument => loadAs(file, "citizen_promise");

// The keys whose string values (or lists of strings) quote the source text.
const VERBATIM_KEYS = new Set([
  "alternativeNames",
  "asWritten",
  "alsoWritten",
  "basis",
  "body",
  "condition",
  "description",
  "heading",
  "history",
  "method",
  "name",
  "otherTitles",
  "paragraph",
  "points",
  "purpose",
  "reference",
  "responsibilities",
  "scope",
  "subject",
  "summary",
  "text",
  "themes",
  "title",
  "unit",
  "units",
  "value",
]);

/** A quoted string of a document, and where it is. */
export interface Quote {
  readonly path: string;
  readonly text: string;
}

/**
 * Every quoted string of a document, with its path. Left out: `provenance` (the transcriber's
 * words), the police party's `name` (always the authority's proper name, "Polismyndigheten") and
 * the normalised `key` and `displayName` of a lokalpolisområde, which are not quotations.
 */
export function quotes(value: unknown, path: (string | number)[] = []): Quote[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotes(item, [...path, i]));
  if (value === null || typeof value !== "object") return [];
  const found: Quote[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === "provenance" || (key === "name" && path.at(-1) === "police")) continue;
    const here = [...path, key];
    if (VERBATIM_KEYS.has(key) && typeof child === "string") found.push({ path: formatPath(here), text: child });
    else if (VERBATIM_KEYS.has(key) && Array.isArray(child) && child.every((c) => typeof c === "string")) {
      child.forEach((c: string, i) => found.push({ path: formatPath([...here, i]), text: c }));
    } else found.push(...quotes(child, here));
  }
  return found;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("sv") + s.slice(1);

/**
 * The quotes of a document that a corpus page's visible text does not hold, compared after
 * collapsing whitespace. A `title` may raise the first letter of the page's phrase to upper case;
 * nothing else may differ.
 */
export function unquoted(doc: unknown, corpus: string | CorpusFile): Quote[] {
  const { visible } = typeof corpus === "string" ? corpusFile(corpus) : corpus;
  return quotes(doc).filter(({ path, text }) => {
    const t = collapse(text);
    if (visible.includes(t)) return false;
    return !(/(^|\.)title$/.test(path) && visible.includes(lowerFirst(t)));
  });
}

/** The provenance of a document, or of each agreement of a set. */
const provenances = (doc: AgreementDocument) => (doc.type === "agreement_set" ? doc.agreements.map((a) => a.provenance) : [doc.provenance]);

/**
 * The checks every corpus document gets: it validates, its address is the given source line of its
 * corpus page (and it says it is not illustrative), and it quotes only the page's visible text.
 */
export function commonChecks(file: string, corpusName: string, source = "Source", minimumQuotes = 5): void {
  it("validates (ok: true)", () => {
    const result = validateAgreement(readFileSync(new URL(`./${file}.json`, import.meta.url), "utf8"));
    expect(result.ok, result.ok ? "" : JSON.stringify(result.issues)).toBe(true);
  });

  it(`records ${source} of ${corpusName}.md as its address`, () => {
    const address = corpusFile(corpusName).sources[source];
    expect(address).toMatch(/^https?:\/\//);
    for (const provenance of provenances(load(file))) {
      expect(provenance?.address).toBe(address);
      expect(provenance?.source).toContain(corpusName);
      expect(provenance?.illustrative).toBeUndefined();
    }
  });

  it("quotes only the visible text of its corpus page", () => {
    const doc = load(file);
    expect(quotes(doc).length).toBeGreaterThanOrEqual(minimumQuotes);
    expect(unquoted(doc, corpusName)).toEqual([]);
  });
}

/** The item of a list with an id, or a thrown error naming the id. */
export function byId<T extends { id: string }>(list: readonly T[] | undefined, id: string): T {
  const item = list?.find((x) => x.id === id);
  if (!item) throw new Error(`no item with id ${id}`);
  return item;
}
