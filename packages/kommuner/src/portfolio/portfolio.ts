import {
  InvalidArgumentError,
  MAX_SCHEDULE_YEARS,
  addMonthsToDate,
  ObligationKindSchema,
  PoliceRegionSchema,
  SCHEMA_VERSION,
  SideSchema,
  formatIssue,
  isCivilDate,
  resolveValidity,
  scheduleObligations,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
  type CitizenPromiseDocument,
  type CivilDate,
  type Id,
  type Issue,
  type IssuePath,
  type LocalPoliceArea,
  type Locale,
  type MunicipalityCode,
  type Obligation,
  type ObligationKind,
  type PoliceRegion,
  type ScheduleOptions,
  type Side,
} from "@samverkan/core";
import { toLocalPoliceArea } from "../configurations/police.js";
import { findKommun, type KommunLookupError } from "../registry/find-kommun.js";
import { formatKommunLookupError } from "../registry/format-lookup-error.js";
import { getKommun } from "../registry/kommun.js";
import { COUNTIES } from "../registry/kommuner.generated.js";
import { normalizeKommunName } from "../registry/normalize.js";

/**
 * Which part of a portfolio to look at. Each list narrows the portfolio; an empty or missing list
 * does not. Within a list any value matches (Kiruna **or** Luleå); across lists all must
 * (in Norrbottens län **and** of Polisen).
 *
 * - `kommuner`, `counties` and `policeRegions` are geography: an obligation matches when a kommun
 *   it concerns (its own `municipality`, else its agreement's kommuner) is named, lies in a named
 *   län and in a named polisregion, all three. An agreement with no kommun as a party (a region's
 *   agreement with Polisen) matches a polisregion by its police party's `region`, and no kommun
 *   or län.
 * - `localPoliceAreas`: obligations of the agreements whose police party names one of these
 *   lokalpolisområden, written any way {@link toLocalPoliceArea} reads ("LPO Kalmar",
 *   "Kalmar lokalpolisområde"). A del 1 that names no lokalpolisområde belongs to those of its
 *   del 2s.
 * - `kinds` and `sides`: the obligation's `kind`, and its responsible side (`responsible.side`:
 *   `police`, `municipality` or `joint`; an obligation without one matches no side). Pass
 *   `["police", "joint"]` for everything Polisen answers for, alone or together.
 *
 * Each list holds at most 1,000 items; a longer one is a `too_big` issue at its path
 * (`["filter", "kommuner"]`), its items unread.
 *
 * @example
 * const filter: PortfolioFilter = { policeRegions: ["Nord"], kinds: ["situational_picture", "action_plan"] };
 * const hassleholm: PortfolioFilter = { localPoliceAreas: ["Lokalpolisområde Hässleholm"], sides: ["municipality", "joint"] };
 * const kommuner: PortfolioFilter = { kommuner: ["Kiruna", "2580"], counties: ["Norrbottens län"] };
 */
export interface PortfolioFilter {
  /** Kommuner by kommunkod or name, as {@link findKommun} reads them ("1290", "Kristianstads kommun"). */
  readonly kommuner?: readonly string[];
  /** Lokalpolisområden as written ("Lokalpolisområde Hässleholm", "LPO Järva"), matched by their key. */
  readonly localPoliceAreas?: readonly string[];
  /** Län by länskod ("25") or name ("Norrbottens län", "Norrbotten"), in any case, with or without å, ä and ö. */
  readonly counties?: readonly string[];
  /** Polisregioner ("Nord", "Öst"; any case, with or without å, ä and ö, with or without "Polisregion"). */
  readonly policeRegions?: readonly string[];
  /** Kinds of obligation. */
  readonly kinds?: readonly ObligationKind[];
  /** Responsible sides. */
  readonly sides?: readonly Side[];
}

/**
 * Options of {@link schedulePortfolio}: the window (required: a portfolio has no single validity
 * to default to), what to look at, and everything `scheduleObligations` takes.
 *
 * @example
 * const options: PortfolioOptions = {
 *   window: { from: "2027-01-01", to: "2027-03-31" },
 *   filter: { policeRegions: ["Nord"] },
 *   nonWorkingDays: "previous",
 * };
 */
export interface PortfolioOptions extends Omit<ScheduleOptions, "window"> {
  /** The civil dates to list obligations for, both inclusive. */
  readonly window: { readonly from: CivilDate; readonly to: CivilDate };
  /** Which part of the portfolio to look at; by default all of it. */
  readonly filter?: PortfolioFilter;
  /**
   * Set when every document is already the `value` of a successful `validateAgreement` (the
   * caller validated them, as a service that stores documents does): they are not validated
   * again. A document that is not what its type says still gives a coded issue, never a throw.
   * Default `false`.
   */
  readonly prevalidated?: boolean;
}

/**
 * An agreement or medborgarlöfte document of the portfolio, and where it is in the input:
 * `document` is its index in the list given to {@link schedulePortfolio}, `path` its place in that
 * document (`[]`, or `["agreements", j]` in a set). Each obligation's `agreementId` is one entry's
 * `id`.
 *
 * @example
 * const result = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-03-31" } });
 * if (result.ok) {
 *   const byId = new Map(result.agreements.map((a) => [a.id, a]));
 *   for (const o of result.obligations) console.log(o.date, byId.get(o.agreementId)?.title, o.title.sv);
 * }
 */
export interface PortfolioEntry {
  /** The agreement's (or medborgarlöfte document's) id. */
  readonly id: Id;
  readonly type: "agreement" | "citizen_promise";
  /** The title, where the document gives one. */
  readonly title?: string;
  /** Index of the document in the input. */
  readonly document: number;
  /** Where it is in that document. */
  readonly path: IssuePath;
  /** The kommuner it is for: its kommun parties and, for a del 2, its kommun; by kommunkod, each once. */
  readonly kommuner: readonly MunicipalityCode[];
  /** The lokalpolisområde its police party names. */
  readonly localPoliceArea?: LocalPoliceArea;
  /** The polisregion its police party names. */
  readonly policeRegion?: PoliceRegion;
}

/**
 * An agreement that expires or is to be renewed (or, open-ended, revised) within the window: its
 * last day falls in it, or its renewal obligation's window overlaps it.
 *
 * @example
 * const result = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-12-31" } });
 * if (result.ok) {
 *   for (const e of result.expiring) {
 *     console.log(e.id, e.end, e.renewal ? `${e.renewal.window.start} – ${e.renewal.window.end}` : "");
 *   }
 * }
 */
export interface ExpiringAgreement extends PortfolioEntry {
  /** Its last day, or `"open"` for an open-ended agreement that is due for revision. */
  readonly end: CivilDate | "open";
  /** The `renewal` (or `revision`) obligation: its id, date and the window in which to renew. */
  readonly renewal?: Obligation;
}

/**
 * An issue with a filter's kommun: {@link findKommun} found none (`unknown_kommun`, with
 * suggestions), several (`ambiguous_kommun`) or could not read the text (`invalid_query`).
 *
 * @example
 * const result = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-03-31" }, filter: { kommuner: ["Kristiansstad"] } });
 * if (!result.ok) for (const issue of result.issues) if ("error" in issue) console.log(issue.error.candidates.map((k) => k.name)); // ["Kristianstad"]
 */
export interface PortfolioKommunIssue {
  readonly code: KommunLookupError["code"];
  readonly severity: "error";
  readonly path: readonly ["filter", "kommuner", number];
  /** The lookup's error, with the kommuner the text may have meant. */
  readonly error: KommunLookupError;
}

/**
 * An issue of {@link schedulePortfolio}: an `Issue` of `@samverkan/core`, or a kommun the filter
 * names that cannot be found. Paths that start with a number lead into a document (`[2,
 * "agreements", 0, "id"]` is the id of the first agreement of the third document); paths that
 * start with a name lead into the options (`["filter", "counties", 0]`, `["window", "to"]`).
 *
 * @example
 * const result = schedulePortfolio(documents, { window: { from: "2027-03-31", to: "2027-01-01" } });
 * if (!result.ok) for (const issue of result.issues) console.log(formatPath(issue.path), formatPortfolioIssue(issue));
 */
export type PortfolioIssue = Issue | PortfolioKommunIssue;

/**
 * The result of {@link schedulePortfolio}: the obligations in date order, the agreements that
 * expire or need renewal, the agreements and medborgarlöfte documents looked at, and the notes of
 * the schedule (such as an unknown start, `schedule_start_unknown`), with paths into the input;
 * or the issues that stopped it.
 *
 * @example
 * const result: PortfolioResult = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-03-31" } });
 */
export type PortfolioResult =
  | {
      readonly ok: true;
      readonly obligations: readonly Obligation[];
      readonly expiring: readonly ExpiringAgreement[];
      readonly agreements: readonly PortfolioEntry[];
      readonly notes: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly PortfolioIssue[] };

/**
 * The sentence for an issue of {@link schedulePortfolio}, in Swedish (default) or English: a core
 * issue's message, or what {@link formatKommunLookupError} says about a kommun.
 *
 * @param issue - the issue
 * @param options - `locale`: `"sv"` (default) or `"en"`
 * @returns one or two sentences
 * @example
 * const result = schedulePortfolio(documents, { window: { from: "2027-01-01", to: "2027-03-31" }, filter: { kommuner: ["Kristiansstad"] } });
 * if (!result.ok) for (const issue of result.issues) console.log(formatPortfolioIssue(issue, { locale: "en" }));
 * // "No kommun has that name. Did you mean Kristianstad?"
 */
export function formatPortfolioIssue(issue: PortfolioIssue, options: { readonly locale?: Locale } = {}): string {
  let lookup: boolean;
  try {
    lookup = issue !== null && typeof issue === "object" && "error" in issue;
  } catch {
    throw new InvalidArgumentError("formatPortfolioIssue", "issue");
  }
  return lookup ? formatKommunLookupError((issue as PortfolioKommunIssue).error, options) : formatIssue(issue as Issue, options);
}

// ---------------------------------------------------------------------------------------------
// The filter, read

interface Filter {
  readonly kommuner: ReadonlySet<MunicipalityCode> | undefined;
  readonly counties: ReadonlySet<string> | undefined;
  readonly regions: ReadonlySet<PoliceRegion> | undefined;
  readonly areas: ReadonlySet<string> | undefined;
  readonly kinds: ReadonlySet<ObligationKind> | undefined;
  readonly sides: ReadonlySet<Side> | undefined;
}

const typeName = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const REGIONS: readonly PoliceRegion[] = PoliceRegionSchema.options;
const KINDS: readonly ObligationKind[] = ObligationKindSchema.options;
const SIDES: readonly Side[] = SideSchema.options;

let countyForms: Map<string, string> | undefined;

/** A län by its code or its name: "25", "Norrbottens län", "norrbottens lan", "Norrbotten". */
function countyOf(text: string): string | undefined {
  if (/^\d{2}$/.test(text.trim())) return COUNTIES[text.trim()] ? text.trim() : undefined;
  if (!countyForms) {
    countyForms = new Map();
    for (const [code, [name]] of Object.entries(COUNTIES)) {
      const full = normalizeKommunName(name);
      const stem = full.replace(/ lan$/, "");
      for (const form of [full, stem, stem.replace(/s$/, "")]) countyForms.set(form, code);
    }
  }
  return countyForms.get(normalizeKommunName(text));
}

/** A polisregion by its name, in any case, with or without diacritics and "Polisregion". */
function regionOf(text: string): PoliceRegion | undefined {
  const form = normalizeKommunName(text).replace(/^(?:polisregion|region) /, "");
  return REGIONS.find((region) => normalizeKommunName(region) === form);
}

/**
 * The most items a filter list may have: more than every kommun named both by name and by
 * kommunkod. A longer list is `too_big` at its path, its items unread.
 */
const MAX_FILTER_ITEMS = 1_000;

function readFilter(input: unknown, issues: PortfolioIssue[]): Filter {
  const none: Filter = { kommuner: undefined, counties: undefined, regions: undefined, areas: undefined, kinds: undefined, sides: undefined };
  if (input === undefined) return none;
  if (!isRecord(input)) {
    issues.push({ code: "invalid_type", severity: "error", path: ["filter"], params: { expected: "object", received: typeName(input) } });
    return none;
  }
  const filter = input;
  // Each list: an array of strings, each read by `read` (undefined: not understood).
  function list<T>(key: keyof PortfolioFilter, read: (text: string, i: number) => T | undefined, allowed?: readonly string[]): ReadonlySet<T> | undefined {
    const value = filter[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      issues.push({ code: "invalid_type", severity: "error", path: ["filter", key], params: { expected: "array", received: typeName(value) } });
      return undefined;
    }
    const length = value.length;
    if (length === 0) return undefined;
    if (length > MAX_FILTER_ITEMS) {
      issues.push({ code: "too_big", severity: "error", path: ["filter", key], params: { origin: "array", maximum: MAX_FILTER_ITEMS } });
      return undefined;
    }
    const out = new Set<T>();
    // Every index up to the length read once, a hole as `undefined`: the list checked is the list read.
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      const path = ["filter", key, i];
      if (typeof item !== "string") {
        issues.push({ code: "invalid_type", severity: "error", path, params: { expected: "string", received: typeName(item) } });
        continue;
      }
      const read_ = read(item, i);
      if (read_ !== undefined) out.add(read_);
      else if (allowed) issues.push({ code: "invalid_value", severity: "error", path, params: { allowed } });
    }
    return out;
  }
  return {
    kommuner: list("kommuner", (text, i) => {
      const found = findKommun(text);
      if (found.ok) return found.kommun.code;
      issues.push({ code: found.error.code, severity: "error", path: ["filter", "kommuner", i] as const, error: found.error });
      return undefined;
    }),
    counties: list("counties", countyOf, Object.keys(COUNTIES)),
    regions: list("policeRegions", regionOf, REGIONS),
    areas: list("localPoliceAreas", (text, i) => {
      if (normalizeKommunName(text) !== "") return toLocalPoliceArea(text).key;
      issues.push({ code: "too_small", severity: "error", path: ["filter", "localPoliceAreas", i], params: { origin: "string", minimum: 1 } });
      return undefined;
    }),
    kinds: list("kinds", (text) => (KINDS.includes(text as ObligationKind) ? (text as ObligationKind) : undefined), KINDS),
    sides: list("sides", (text) => (SIDES.includes(text as Side) ? (text as Side) : undefined), SIDES),
  };
}

function readWindow(window: unknown, issues: PortfolioIssue[]): { from: CivilDate; to: CivilDate } | undefined {
  if (!isRecord(window)) {
    issues.push(
      window === undefined
        ? { code: "missing_field", severity: "error", path: ["window"], params: { expected: "object" } }
        : { code: "invalid_type", severity: "error", path: ["window"], params: { expected: "object", received: typeName(window) } },
    );
    return undefined;
  }
  const before = issues.length;
  for (const side of ["from", "to"] as const) {
    if (window[side] === undefined) issues.push({ code: "missing_field", severity: "error", path: ["window", side], params: { expected: "date" } });
    else if (!isCivilDate(window[side])) issues.push({ code: "invalid_date", severity: "error", path: ["window", side], params: {} });
  }
  if (issues.length > before) return undefined;
  const w = window as { from: CivilDate; to: CivilDate };
  if (w.from > w.to) {
    issues.push({ code: "schedule_window_reversed", severity: "error", path: ["window"], params: {} });
    return undefined;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// The documents, read

/** One agreement or medborgarlöfte document with what the portfolio needs to know about it. */
interface Item {
  readonly entry: PortfolioEntry;
  /** The agreement; absent for a medborgarlöfte document. */
  readonly agreement?: Agreement;
  readonly promise?: CitizenPromiseDocument;
}

/** Every key an item's lokalpolisområde goes by: the document's, and the one its text gives. */
function areaKeysOf(item: Item): readonly string[] {
  const area = item.entry.localPoliceArea;
  return area ? [...new Set([area.key, toLocalPoliceArea(area.asWritten).key])] : [];
}

function itemOf(document: number, path: IssuePath, doc: Agreement | CitizenPromiseDocument): Item {
  const police = doc.parties.police;
  const codes = new Set(doc.parties.municipalities.map((m) => m.code));
  if (doc.type === "agreement" && doc.structure.type === "local") codes.add(doc.structure.municipality);
  const area = police.localPoliceArea;
  const title = doc.title;
  const entry: PortfolioEntry = {
    id: doc.id,
    type: doc.type,
    ...(title !== undefined && { title }),
    document,
    path,
    kommuner: [...codes],
    ...(area && { localPoliceArea: area }),
    ...(police.region !== undefined && { policeRegion: police.region }),
  };
  return doc.type === "agreement" ? { entry, agreement: doc } : { entry, promise: doc };
}

const isDocument = (value: unknown): value is AgreementDocument =>
  isRecord(value) && (value.type === "agreement" || value.type === "citizen_promise" || (value.type === "agreement_set" && Array.isArray(value.agreements)));

/** Validates each document (unless told they are), and lists its agreements; issues get the document's index. */
// The most documents one call reads: ten for every kommun.
const MAX_DOCUMENTS = 2_900;

function readDocuments(documents: readonly unknown[], prevalidated: boolean, issues: PortfolioIssue[]): Item[] {
  const items: Item[] = [];
  const firstPaths = new Map<string, IssuePath>();
  // More documents than the country has agreements many times over (or a sparse list of billions): one issue, nothing read.
  if (documents.length > MAX_DOCUMENTS) {
    issues.push({ code: "too_big", severity: "error", path: [], params: { origin: "array", maximum: MAX_DOCUMENTS } });
    return items;
  }
  documents.forEach((input, i) => {
    let doc: AgreementDocument;
    if (prevalidated) {
      if (!isDocument(input)) {
        issues.push({ code: "schedule_input_invalid", severity: "error", path: [i], params: {} });
        return;
      }
      doc = input;
    } else {
      const checked = validateAgreement(input);
      if (!checked.ok) {
        for (const issue of checked.issues) issues.push({ ...issue, path: [i, ...issue.path] });
        return;
      }
      doc = checked.value;
    }
    try {
      const members: [IssuePath, Agreement | CitizenPromiseDocument][] =
        doc.type === "agreement_set" ? doc.agreements.map((a, j) => [["agreements", j], a]) : [[[], doc]];
      for (const [path, member] of members) {
        const idPath = [i, ...path, "id"];
        const first = firstPaths.get(member.id);
        if (first) {
          issues.push({ code: "duplicate_id", severity: "error", path: idPath, params: { firstPath: first } });
          continue;
        }
        firstPaths.set(member.id, idPath);
        items.push(itemOf(i, path, member));
      }
    } catch {
      // Only a document that is not what its type says gets here (`prevalidated` on unvalidated data).
      issues.push({ code: "schedule_input_invalid", severity: "error", path: [i], params: {} });
    }
  });
  return items;
}

// ---------------------------------------------------------------------------------------------
// Which agreements the filter selects

function kommunMatcher(filter: Filter): ((code: MunicipalityCode) => boolean) | undefined {
  const { kommuner, counties, regions } = filter;
  if (!kommuner && !counties && !regions) return undefined;
  return (code) =>
    (!kommuner || kommuner.has(code)) &&
    (!counties || counties.has(code.slice(0, 2))) &&
    (!regions || regions.has(getKommun(code)?.policeRegion as PoliceRegion));
}

/** The items the filter's geography and lokalpolisområden select. */
function selected(items: readonly Item[], filter: Filter, kommunOk: ((code: MunicipalityCode) => boolean) | undefined): Set<Item> {
  const geographic = (item: Item) => {
    if (!kommunOk) return true;
    const { kommuner, policeRegion } = item.entry;
    if (kommuner.length) return kommuner.some(kommunOk);
    // No kommun: only a polisregion can say, by the police party's region.
    return !filter.kommuner && !filter.counties && filter.regions !== undefined && policeRegion !== undefined && filter.regions.has(policeRegion);
  };
  const areas = filter.areas;
  // Read only with a filter by lokalpolisområde: reading a name as written costs registry lookups.
  const keys = new Map<Item, readonly string[]>();
  const keysOf = (item: Item) => keys.get(item) ?? keys.set(item, areaKeysOf(item)).get(item)!;
  const inArea = (item: Item) => keysOf(item).some((key) => areas?.has(key));
  // A del 1 that names no lokalpolisområde belongs to those of its del 2s.
  const frameworksInArea = new Set<string>();
  if (areas) for (const item of items) if (item.agreement?.structure.type === "local" && inArea(item)) frameworksInArea.add(item.agreement.structure.strategicId);
  const byArea = (item: Item) =>
    !areas || inArea(item) || (item.entry.localPoliceArea === undefined && item.agreement?.structure.type === "strategic" && frameworksInArea.has(item.entry.id));
  return new Set(items.filter((item) => geographic(item) && byArea(item)));
}

/**
 * The agreements to schedule together so each kommun's duties fall where they would with all of
 * them: the selected ones, every agreement that shares a kommun with one, and the del 1 and del 2s
 * of those. Their own obligations are not listed unless they are selected too.
 */
function toSchedule(items: readonly Item[], chosen: ReadonlySet<Item>): Item[] {
  const agreements = items.filter((item) => item.agreement);
  if (agreements.every((item) => chosen.has(item))) return agreements;
  const kommuner = new Set<MunicipalityCode>();
  for (const item of chosen) if (item.agreement) for (const code of item.entry.kommuner) kommuner.add(code);
  const kept = new Set(agreements.filter((item) => chosen.has(item) || item.entry.kommuner.some((code) => kommuner.has(code))));
  const frameworks = new Set<string>();
  for (const item of kept) {
    const s = item.agreement!.structure;
    if (s.type === "local") frameworks.add(s.strategicId);
    if (s.type === "strategic") frameworks.add(item.entry.id);
  }
  return agreements.filter((item) => {
    if (kept.has(item)) return true;
    const s = item.agreement!.structure;
    return (s.type === "strategic" && frameworks.has(item.entry.id)) || (s.type === "local" && frameworks.has(s.strategicId));
  });
}

// ---------------------------------------------------------------------------------------------
// Scheduling

const setOf = (items: readonly Item[], strip = false): AgreementSet => ({
  schemaVersion: SCHEMA_VERSION,
  type: "agreement_set",
  id: "portfolio",
  agreements: items.map((item) => (strip ? skeleton(item.agreement!) : item.agreement!)),
});

// The parts of an agreement that make obligations other than its renewal or revision.
const CONTENTS = ["forums", "followUps", "plans", "citizenPromises", "citizenPromiseCycle", "commitments", "deliverables", "focusAreas", "municipalDuties"] as const;

/** The agreement without what makes obligations besides its renewal: cheap to schedule years ahead. */
function skeleton(agreement: Agreement): Agreement {
  const copy: Agreement = { ...agreement };
  for (const key of CONTENTS) delete copy[key];
  return copy;
}

/** An issue of the combined set, with its path into the input: `["agreements", k, …]` → `[document, …path, …]`. */
function remap(issue: Issue, scheduled: readonly Item[]): Issue {
  const [head, k, ...rest] = issue.path;
  const item = head === "agreements" && typeof k === "number" ? scheduled[k] : undefined;
  return item ? { ...issue, path: [item.entry.document, ...item.entry.path, ...rest] } : issue;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Points each obligation's `source.path` into the input: `[document, …path in it, …]`, as issue
 * paths are. The obligations are the schedule's own, made for this call: their `source` is set in
 * place (a frozen obligation is copied instead), and each source object is mapped once, so
 * obligations from one source still share one frozen source.
 */
function relocate(obligations: readonly Obligation[], prefixOf: (source: Obligation["source"]) => IssuePath | undefined): readonly Obligation[] {
  const moved = new Map<Obligation["source"], Obligation["source"]>();
  let out: Obligation[] | undefined;
  obligations.forEach((o, i) => {
    let source = moved.get(o.source);
    if (source === undefined) {
      const prefix = prefixOf(o.source);
      source = prefix ? Object.freeze({ ...o.source, path: Object.freeze([...prefix]) }) : o.source;
      moved.set(o.source, source);
    }
    if (source === o.source) return;
    if (Object.isFrozen(o)) (out ??= [...obligations])[i] = { ...o, source };
    else (o as Mutable<Obligation>).source = source;
  });
  return out ?? obligations;
}

/** The place of a source of the combined set in the input: `["agreements", k, …rest]` → `[document, …path, …rest]`. */
const inInput = (scheduled: readonly Item[]) => (source: Obligation["source"]): IssuePath | undefined => {
  const [head, k, ...rest] = source.path;
  const item = head === "agreements" && typeof k === "number" ? scheduled[k] : undefined;
  return item ? [item.entry.document, ...item.entry.path, ...rest] : undefined;
};

/** Merges lists that are each in date order into one, stable: on the same date, earlier lists first. */
function mergeByDate(main: readonly Obligation[], others: Obligation[]): readonly Obligation[] {
  if (others.length === 0) return main;
  others.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: Obligation[] = [];
  let j = 0;
  for (const o of main) {
    while (j < others.length && others[j]!.date < o.date) out.push(others[j++]!);
    out.push(o);
  }
  while (j < others.length) out.push(others[j++]!);
  return out;
}

/** Months ahead of the window's end to look for renewals whose window opens in it (the longest lead time is 60 months). */
const RENEWAL_LOOKAHEAD_MONTHS = 61;

function expiringOf(
  scheduled: readonly Item[],
  chosen: ReadonlySet<Item>,
  window: { from: CivilDate; to: CivilDate },
  options: Omit<ScheduleOptions, "window">,
): ExpiringAgreement[] {
  const wanted = scheduled.filter((item) => chosen.has(item));
  if (wanted.length === 0) return [];
  // Renewals whose window opens in this one may be due years after it: schedule only the renewals,
  // that far ahead (within the schedule's longest span).
  const ahead = addMonthsToDate(window.to, RENEWAL_LOOKAHEAD_MONTHS);
  const limit = addMonthsToDate(window.from, 12 * MAX_SCHEDULE_YEARS);
  const renewals = scheduleObligations(setOf(scheduled, true), { ...options, withoutLaw: true, window: { from: window.from, to: ahead < limit ? ahead : limit } });
  const byAgreement = new Map<Id, Obligation>();
  if (renewals.ok) {
    for (const o of relocate(renewals.obligations, inInput(scheduled))) {
      if ((o.kind !== "renewal" && o.kind !== "revision") || byAgreement.has(o.agreementId)) continue;
      if (o.window.start <= window.to && o.date >= window.from) byAgreement.set(o.agreementId, o);
    }
  }
  const out: ExpiringAgreement[] = [];
  for (const item of wanted) {
    const renewal = byAgreement.get(item.entry.id);
    const { end } = resolveValidity(item.agreement!);
    if (end === undefined) continue; // an end the text does not give: nothing to renew by
    const endsInWindow = end !== "open" && end >= window.from && end <= window.to;
    if (!renewal && !endsInWindow) continue;
    out.push({ ...item.entry, end, ...(renewal && { renewal }) });
  }
  const key = (e: ExpiringAgreement) => e.renewal?.date ?? (e.end === "open" ? "9999" : e.end);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * **Portfölj**: the obligations of many agreements at once (an LPO's, a län's, a polisregion's,
 * or all 290 kommuners'), in date order, within a window; with the agreements that expire or are
 * to be renewed in it. Give it every document you have (agreements, sets of agreements and
 * medborgarlöfte documents, as JSON text or parsed) and narrow it with a {@link PortfolioFilter}.
 *
 * Each kommun's own duties (the lägesbild and åtgärdsplan of lag (2023:196), its trygghetsmätning
 * and reports) appear once per kommun, however many of the documents it is party to: all
 * agreements are scheduled together as one set, so the schedule decides once who answers for each
 * (a del 1 and its del 2s from different files included). Medborgarlöfte documents are scheduled
 * each on its own and merged in.
 *
 * Refuses, with coded issues and never a throw: a document that is not valid (its issues with the
 * document's index first in the path, `[2, "validity", "end"]`), two agreements or documents with
 * one id (`duplicate_id`, the second's path with `firstPath`: a set and a file of one of its parts
 * are the same agreement twice), a filter it cannot read (`unknown_kommun` from
 * {@link findKommun}, `invalid_value` for a län, polisregion, kind or side), a missing or bad
 * window, and anything `scheduleObligations` refuses. Never changes its input.
 *
 * @param documents - the documents: JSON text or parsed, each validated here (see `prevalidated`)
 * @param options - `window` (required), `filter`, and any `ScheduleOptions`
 * @returns `{ ok: true, obligations, expiring, agreements, notes }`, or `{ ok: false, issues }`
 * @example
 * const result = schedulePortfolio(documents, {
 *   window: { from: "2027-01-01", to: "2027-03-31" },
 *   filter: { policeRegions: ["Nord"] },
 * });
 * if (result.ok) {
 *   for (const o of result.obligations) console.log(o.date, o.municipality ?? "", o.title.sv);
 *   for (const e of result.expiring) console.log("Förnyas:", e.title, e.end);
 * } else {
 *   for (const issue of result.issues) console.log(formatPath(issue.path), formatPortfolioIssue(issue));
 * }
 */
export function schedulePortfolio(documents: readonly unknown[], options: PortfolioOptions): PortfolioResult {
  try {
    return portfolioOf(documents, options);
  } catch {
    // Only hostile input gets here (a getter that throws, a revoked proxy): report it, never rethrow.
    return { ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] };
  }
}

function portfolioOf(documents: readonly unknown[], options: PortfolioOptions): PortfolioResult {
  const issues: PortfolioIssue[] = [];
  const o: Partial<PortfolioOptions> = isRecord(options) ? options : {};
  if (!isRecord(options) && options !== undefined) {
    return { ok: false, issues: [{ code: "invalid_type", severity: "error", path: [], params: { expected: "object", received: typeName(options) } }] };
  }
  const window = readWindow(o.window, issues);
  const filter = readFilter(o.filter, issues);
  if (!Array.isArray(documents)) {
    issues.push({ code: "invalid_type", severity: "error", path: [], params: { expected: "array", received: typeName(documents) } });
    return { ok: false, issues };
  }
  const items = readDocuments(documents, o.prevalidated === true, issues);
  if (issues.length || !window) return { ok: false, issues };

  const { window: _window, filter: _filter, prevalidated: _prevalidated, ...scheduleOptions } = o as PortfolioOptions;
  const kommunOk = kommunMatcher(filter);
  const chosen = selected(items, filter, kommunOk);
  const scheduled = toSchedule(items, chosen);

  // The agreements, as one set; its option issues (they hold for every call) stop everything.
  const set = scheduleObligations(setOf(scheduled), { ...scheduleOptions, window });
  if (!set.ok) return { ok: false, issues: set.issues.map((issue) => remap(issue, scheduled)) };
  const notes: Issue[] = [];
  for (const note of set.notes) {
    const [head, k] = note.path;
    const item = head === "agreements" && typeof k === "number" ? scheduled[k] : undefined;
    if (!item || chosen.has(item)) notes.push(remap(note, scheduled));
  }
  // Each medborgarlöfte document on its own.
  const promised: Obligation[] = [];
  for (const item of items) {
    if (!item.promise || !chosen.has(item)) continue;
    const result = scheduleObligations(item.promise, { ...scheduleOptions, window });
    const at = (issue: Issue): Issue => ({ ...issue, path: [item.entry.document, ...item.entry.path, ...issue.path] });
    if (!result.ok) return { ok: false, issues: result.issues.map(at) };
    for (const o of relocate(result.obligations, (source) => [item.entry.document, ...item.entry.path, ...source.path])) promised.push(o);
    for (const note of result.notes) notes.push(at(note));
  }

  const everything = scheduled.every((item) => chosen.has(item));
  const { kinds, sides } = filter;
  const keep =
    everything && !kommunOk && !kinds && !sides
      ? undefined
      : (() => {
          const selectedIds = new Set([...chosen].map((item) => item.entry.id));
          return (ob: Obligation) =>
            selectedIds.has(ob.agreementId) &&
            (!kinds || kinds.has(ob.kind)) &&
            (!sides || (ob.responsible !== undefined && sides.has(ob.responsible.side))) &&
            (!kommunOk || ob.municipality === undefined || kommunOk(ob.municipality));
        })();
  const own = relocate(keep ? set.obligations.filter(keep) : set.obligations, inInput(scheduled));
  const obligations = mergeByDate(own, keep ? promised.filter(keep) : promised);
  return {
    ok: true,
    obligations,
    expiring: expiringOf(scheduled, chosen, window, scheduleOptions),
    agreements: items.filter((item) => chosen.has(item)).map((item) => item.entry),
    notes,
  };
}
