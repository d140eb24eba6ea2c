import type { ActorSide, Cadence } from "@samverkan/core";
import { findKommun } from "@samverkan/kommuner";
import { findCadence, findCadences } from "./cadence.js";
import { findLayout } from "./layout.js";
import { DATE, MONTH_NAMES, YEAR, parseCount, parseDate, parseDayMonth } from "./dates.js";
import { normalizeFactText, type FactKind } from "./facts.js";
import { collapseSpace } from "../render/space.js";
import { sentences, words, type Line, type Sentence, type Source } from "./source.js";

// Word-bounded patterns used inline below.
const SAYS_VALID = words(/\b(?:gäller|gälla|giltig)/iu);
const WE_OR_PARTIES = words(/\b(?:vi|parterna)\b/iu);
const QUOTES = words(/\b(?:säger|sade|sa|konstaterar|konstaterade|berättar|menar)\b/u);
const MAY = words(/\b(?:kan|kunna)\b/iu);
const OPINION = words(/\b(?:tycker|anser|menar|önskar|vill|efterfrågar|bygger(?: \p{L}+)? på) att\b/iu);
const RELATIVE = words(/\b(?:vad|som|där|vilka|vilket|vilken|det vi)\b/iu);
const GOVERNED = words(/\b(?:för|till|med|hos|på)\s+$/iu);
const ANAPHOR = words(/\b(?:gruppen|rådet|forumet|nätverket)\b/iu);

/**
 * A fact found in the text, with where it was found (offsets in the input) and how sure the rule
 * that found it is. `group` ties facts of one thing together (a signatory's name, role, place and
 * date; a forum and its cadence); `data` carries what the draft needs beyond the value.
 */
export interface Found {
  readonly kind: FactKind;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly group?: number;
  readonly data?: FoundData;
}

/** What a draft needs beyond a fact's value. */
export type FoundData =
  | { readonly type: "cadence"; readonly cadence: Cadence }
  | { readonly type: "side"; readonly by: ActorSide }
  | { readonly type: "kommun"; readonly name: string }
  | { readonly type: "police"; readonly level: "local_police_area" | "police_area" | "region" | "authority" };

/** A sentence with the cue words it holds (bits of {@link CUE}), found for all sentences in one pass. */
export interface CuedSentence extends Sentence {
  readonly cues: number;
}

/** The state the finders share: the prepared text, its sentences, and the next group number. */
export interface Scan {
  readonly source: Source;
  readonly sentences: readonly CuedSentence[];
  nextGroup: number;
}

// Cheap substring cues that keep the word-bounded patterns off sentences that cannot match them.
// One regular expression over the lower-cased text finds them all at once.
const CUE_WORDS = {
  validity: "gäll|giltig|sträcker|löper|avser|period|åren|valid|appl|runs",
  followUp: "uppfölj|följ|utvärder|rapport|revider|ses över|lägesbild|follow|review|evaluat",
  commit: "ska|åtar|lovar|kommer|avser|ansvarar|bör|måste|säkerställer|åligger|bekostar|genomför|tar fram|sätter|undertake|commit|will|promise",
  produce: "fram|upprätta|utarbeta|skapa|läggs i|formulera|bryts|produce|draw|prepare",
  decided: "beslut|antog|antag|antas|godkän|fastställ|bakom|adopted|approved|decided",
  signing: "underteckn|skrev|skriver|skrivit|signer|avtalstecknare|signed",
  forum: "råd|grupp|forum|nätverk|brå|est|team",
  meets: "träffa|möt|sammanträd|samla|delta|samverkar|meet",
  focus: "fokus|bland annat|inkluderar",
  party: "kommun|stad",
  // (stadsdelsförvaltning contains "stad")
} as const;
const CUE_NAMES = Object.keys(CUE_WORDS) as (keyof typeof CUE_WORDS)[];
/** The bit of each cue. */
const CUE = Object.fromEntries(CUE_NAMES.map((name, i) => [name, 1 << i])) as Record<keyof typeof CUE_WORDS, number>;
const CUE_PATTERN = new RegExp(CUE_NAMES.map((name) => `(${CUE_WORDS[name]})`).join("|"), "g");
const CUE_ALONE = CUE_NAMES.map((name) => new RegExp(`(?:${CUE_WORDS[name]})`, "y"));

function cueSentences(source: Source, sentences: readonly Sentence[]): CuedSentence[] {
  const bits = new Uint16Array(sentences.length);
  const lower = source.text.toLowerCase();
  let k = 0;
  for (const m of lower.matchAll(CUE_PATTERN)) {
    const at = m.index;
    while (k < sentences.length && sentences[k]!.end <= at) k++;
    if (k >= sentences.length) break;
    if (sentences[k]!.start > at) continue;
    let group = 1;
    while (m[group] === undefined) group++;
    // A cue word can hold another ("avser": validity and commit): mark every cue that matches here.
    bits[k]! |= 1 << (group - 1);
    for (let c = group; c < CUE_NAMES.length; c++) {
      const alone = CUE_ALONE[c]!;
      alone.lastIndex = at;
      if (alone.test(lower)) bits[k]! |= 1 << c;
    }
  }
  return sentences.map((sentence, i) => ({ ...sentence, cues: bits[i]! }));
}

/** Whether a sentence holds a cue word. */
function hasCue(sentence: CuedSentence, cue: number): boolean {
  return (sentence.cues & cue) !== 0;
}

/** A lookup of the line a position is on (binary search over the lines' starts). */
export function lineIndex(scanned: Scan): (position: number) => Line | undefined {
  const lines = scanned.source.lines;
  return (position) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= position) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    return line && line.start <= position && position <= line.start + line.text.length ? line : undefined;
  };
}

/** Prepares a scan over a source. */
export function scan(source: Source): Scan {
  return { source, sentences: cueSentences(source, sentences(source)), nextGroup: 1 };
}

function at(scanned: Scan, kind: FactKind, value: string, start: number, end: number, confidence: number, extra: { group?: number; data?: FoundData } = {}): Found {
  // Trim the span to the words, never to the whitespace around them.
  const text = scanned.source.text;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { kind, value, start, end, confidence, ...extra };
}

// --- Kommuner --------------------------------------------------------------------------------

const NAME = "\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)?";
const KOMMUN_MENTION = words(`\\b(${NAME}) (kommun|stad|Stad)\\b`, "g");
const KOMMUN_LIST = words(`\\b(?:kommunerna|kommunerna i|kommuner(?:na)?) (${NAME})((?:, ${NAME})*) och (${NAME})\\b`, "g");
const KOMMUN_PAIR = words(`\\b(${NAME}) och (${NAME}) (kommuner|städer)\\b`, "g");

function lookup(name: string, suffix: string): { code: string; name: string } | undefined {
  const found = findKommun(`${name} ${suffix}`);
  if (!found.ok) return undefined;
  // findKommun matches exact names (any case, with or without the genitive) and never a near miss.
  return { code: found.kommun.code, name: found.kommun.name };
}

/** Kommuner written as "Kävlinge kommun", "Malmö stad", "kommunerna Arjeplog och Arvidsjaur". */
export function findKommuner(scanned: Scan): Found[] {
  const text = scanned.source.text;
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (code: string, name: string, start: number, end: number, confidence: number) => {
    if (seen.has(code)) return;
    seen.add(code);
    found.push(at(scanned, "kommun", code, start, end, confidence, { data: { type: "kommun", name } }));
  };
  for (const m of text.matchAll(KOMMUN_MENTION)) {
    const hit = lookup(m[1]!, m[2]!.toLowerCase());
    if (hit) add(hit.code, collapseSpace(m[0]), m.index, m.index + m[0].length, 0.9);
  }
  for (const m of text.matchAll(KOMMUN_LIST)) {
    const names = [m[1]!, ...m[2]!.split(",").map((s) => s.trim()).filter(Boolean), m[3]!];
    for (const name of names) {
      const hit = lookup(name, "kommun");
      const offset = m.index + m[0].indexOf(name);
      if (hit) add(hit.code, hit.name, offset, offset + name.length, 0.85);
    }
  }
  for (const m of text.matchAll(KOMMUN_PAIR)) {
    for (const name of [m[1]!, m[2]!]) {
      const hit = lookup(name, "kommun");
      const offset = m.index + m[0].indexOf(name);
      if (hit) add(hit.code, hit.name, offset, offset + name.length, 0.85);
    }
  }
  return found;
}

// --- The police side --------------------------------------------------------------------------

const AREA_NAME = "(?:(?:västra|östra|södra|norra|mellersta|Västra|Östra|Södra|Norra|Mellersta) )?\\p{Lu}[\\p{L}]+(?:(?:\\/| \\/ |-)\\p{Lu}[\\p{L}]+)?";
const POLICE_UNIT = words(
  `\\b(?:(?:[Ll]okalpolisområde|\\(lokal\\)polisområde|[Ll]okalpolisen|LPO)( ${AREA_NAME})|([Pp]olisområde)( ${AREA_NAME})|([Pp]olisregion)( ${AREA_NAME}))`,
  "g",
);

const POLICE_GENERIC = words(/\b(?:Polismyndigheten|Polisen|polisen|Polis|polis)\b/u);
// A unit named only beside another document's parties ("… och Polisområde Nord tecknade 2016 en avsiktsförklaring").
const OTHER_PARTY_UNIT = words(/\b(?:[Pp]olisområde|[Ll]okalpolisområde|[Pp]olisregion) \p{Lu}\p{L}+ (?:tecknade|undertecknade|ingick) (?:19|20)\d\d\b/u);
const OTHER_DOCUMENT = words(/\b(?:avsiktsförklaring\p{L}{0,3}|tidigare (?:överenskommelse|avtal)\p{L}{0,3}|föregående)\b/iu);
const PARTY_CUE = words(/\b(?:mellan|tecknar|tecknat|tecknade|har en|lovar|avger|ingått|ingår|överenskommelse\w*|medborgarlöfte\w*|undertecknat|undertecknade|samverkar|kommit överens|gäller för)\b/iu);

function unitValue(text: string): string {
  const name = collapseSpace(text);
  // "lokalpolisområde Katrineholms chef": a genitive s on the area's name is not part of it.
  const genitive = /^(.*\p{L})s$/u.exec(name);
  if (genitive) {
    const area = genitive[1]!.replace(/^\S+\s+/u, "");
    if (findKommun(area).ok && !findKommun(name.replace(/^\S+\s+/u, "")).ok) return genitive[1]!;
  }
  return name;
}

/**
 * The police side as written: the first police unit or mention of Polisen in a sentence that names
 * the parties (with a kommun and a word such as "mellan", "tecknar", "lovar"), else the first
 * local police area, police area or region the text names.
 */
export function findPolice(scanned: Scan): Found[] {
  const levelOf = (m: RegExpExecArray | RegExpMatchArray): "local_police_area" | "police_area" | "region" =>
    m[2] ? "police_area" : m[4] ? "region" : "local_police_area";
  const kommun = words(`\\b(${NAME}) (kommun|stad|Stad)\\b`);
  // Sentences that name the parties: first those that name a kommun, then those that say "kommun och polis".
  // A sentence about another document (an earlier letter of intent, a previous agreement) names other parties.
  const candidates = scanned.sentences.filter(
    (sentence) => hasCue(sentence, CUE.party) && PARTY_CUE.test(sentence.text) && !OTHER_DOCUMENT.test(sentence.text),
  );
  const party = [
    ...candidates.filter((sentence) => kommun.test(sentence.text) || /\bkommunerna \p{Lu}|\bstadsdelsförvaltning/u.test(sentence.text)),
    ...candidates.filter((sentence) => !kommun.test(sentence.text) && /\b(?:[Kk]ommun|[Kk]ommunen) och (?:polis|polisen)\b/u.test(sentence.text)),
  ];
  // A unit named where the parties are named; else Polisen as the parties are named, unless the text names a unit at all.
  for (const sentence of party) {
    const unit = [...sentence.text.matchAll(POLICE_UNIT)][0];
    if (!unit) continue;
    const s = sentence.start + unit.index!;
    const value = unitValue(unit[0]);
    return [at(scanned, "police", value, s, s + value.length, 0.9, { data: { type: "police", level: levelOf(unit) } })];
  }
  // "Petra Hinterthaner (lokalpolisområdeschef för Luleå/Boden)": the area its chief leads.
  const chief = words(`\\blokalpolisområdeschef för (${AREA_NAME})`).exec(scanned.source.text);
  if (chief && ![...scanned.source.text.matchAll(POLICE_UNIT)].length) {
    return [at(scanned, "police", `Lokalpolisområde ${chief[1]!}`, chief.index, chief.index + chief[0].length, 0.7, { data: { type: "police", level: "local_police_area" } })];
  }
  const anyUnit = [...scanned.source.text.matchAll(POLICE_UNIT)][0];
  for (const sentence of anyUnit && !OTHER_PARTY_UNIT.test(scanned.source.text) ? [] : party) {
    const generic = POLICE_GENERIC.exec(sentence.text);
    if (!generic) continue;
    const s = sentence.start + generic.index;
    return [at(scanned, "police", generic[0], s, s + generic[0].length, 0.8, { data: { type: "police", level: "authority" } })];
  }
  const m = [...scanned.source.text.matchAll(POLICE_UNIT)][0];
  if (!m) return [];
  const value = unitValue(m[0]);
  return [at(scanned, "police", value, m.index!, m.index! + value.length, 0.85, { data: { type: "police", level: levelOf(m) } })];
}

// --- Validity ---------------------------------------------------------------------------------

const DASH = "\\s*[–—-]\\s*";
const FROM = "(?:från och med|fr\\.o\\.m\\.?|från|from|with effect from)";
const TO = "(?:till och med|t\\.o\\.m\\.?|till|to|until|through)";
const RANGE = words(`(?:${FROM} (?:den )?)?(${DATE})(?:${DASH}| ${TO} (?:den )?|${DASH}(?:den )?)(${DATE})`, "g");
const QUOTED_HINT = /säger|sade|sa|konstater|berättar|menar/u;

const STRONG_VALIDITY_CUE = words(/\b(?:gäller|gälla|giltig\w*|sträcker sig|löper|valid|applies|runs)\b/iu);
const VALIDITY_CUE = words(
  /\b(?:gäller|gälla|giltig\w*|sträcker sig|löper|avser (?:perioden|åren)|perioden|period|under åren|för åren|tidsperioden|valid|applies|runs)\b/iu,
);
const OPEN_END = words(/\b(?:tills vidare|tillsvidare|until further notice|löpande|until (?:it is )?replaced|till dess (?:att )?(?:en )?ny\w*)\b/iu);
const FROM_SIGNING = words(/\b(?:från och med|fr\.o\.m\.?|från|from) (?:den dag |datum för |dagen för )?(?:undertecknandet|underskrift(?:en)?|undertecknande|det att (?:den|överenskommelsen) undertecknats|signing|the signing)\b/iu);
const START_STATEMENT = words(`\\b(?:börjar gälla|träder i kraft|gäller från och med|gäller från|gäller fr\\.o\\.m\\.?) (?:den )?(${DATE})\\b(?! ?(?:[–—-]|till))`, "i");
const END_STATEMENT = words(`\\b(?:gäller|löper|gälla) (?:\\p{L}+ ){0,3}?(?:fram till|till och med|t\\.o\\.m\\.?|fram till och med) (?:den )?(${DATE})\\b`, "i");
const YEARS_OWN = words(`\\b(${YEAR}) års (?:samverkansöverenskommelse|överenskommelse|medborgarlöfte)`, "i");
const FROM_ONLY = words(`\\b(?:från|fr\\.o\\.m\\.?) (?:och med )?(${YEAR})\\.?\\s*$`, "i");
const TITLE_CUE = words(/\b(?:samverkansöverenskommelse\w*|överenskommelse\w*|medborgarlöfte\w*|samverkansavtal\w*|avtal|agreement|citizen promises?)\b/iu);
const DURATION = words(`\\b(?:gäller|gälla|löper|sträcker sig|avser) (?:i|under|över) (?:en period (?:om|på) )?(\\p{L}+|\\d{1,2}) (år|månader)\\b`, "i");
const SINGLE_YEAR = words(`\\b(?:gäller|gälla|avser|för) (?:under )?(?:år(?:et)? )?(${YEAR})\\b(?![–—-]\\s*\\d)`, "i");
const START_ONLY = words(`\\b(?:gäller|gälla|giltig|löper|sträcker sig) (?:från och med|fr\\.o\\.m\\.?|från) (?:den )?(${DATE})`, "i");

function rangeIn(scanned: Scan, sentence: Sentence, confidence: number): Found[] | undefined {
  RANGE.lastIndex = 0;
  const m = RANGE.exec(sentence.text);
  if (!m) return undefined;
  const start = parseDate(m[1]!);
  const end = parseDate(m[2]!);
  if (!start || !end || end.slice(0, 4) < start.slice(0, 4)) return undefined;
  const s = sentence.start + m.index;
  const e = s + m[0].length;
  const group = scanned.nextGroup++;
  const endAt = sentence.start + m.index + m[0].lastIndexOf(m[2]!);
  return [at(scanned, "start", start, s, endAt, confidence, { group }), at(scanned, "end", end, endAt, e, confidence, { group })];
}

/** A start and an end stated apart: "börjar gälla den 1 januari 2025" … "gäller fram till den 31 december 2028". */
function statedApart(scanned: Scan, cued: readonly Sentence[]): Found[] | undefined {
  const out: Found[] = [];
  for (const [pattern, kind] of [[START_STATEMENT, "start"], [END_STATEMENT, "end"]] as const) {
    for (const sentence of cued) {
      const m = pattern.exec(sentence.text);
      const value = m ? parseDate(m[1]!) : undefined;
      if (!m || !value) continue;
      const s = sentence.start + m.index + m[0].lastIndexOf(m[1]!);
      out.push(at(scanned, kind, value, s, s + m[1]!.length, 0.8));
      break;
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * A start and an end stated apart, completed where only one is stated by a range elsewhere that
 * agrees with it ("gäller fram till 2026" and "för perioden 2023-2026"); else a title's years.
 */
function apartOrTitle(scanned: Scan, cued: readonly Sentence[]): Found[] | undefined {
  const apart = statedApart(scanned, cued);
  if (!apart || apart.length === 2) return apart ?? titleHeading(scanned);
  const [one] = apart as [Found];
  for (const sentence of [...cued, ...scanned.sentences]) {
    const range = rangeIn(scanned, sentence, 0.75);
    if (!range) continue;
    const same = range.find((r) => r.kind === one.kind)!;
    if (same.value.slice(0, 4) === one.value.slice(0, 4)) return one.kind === "start" ? [one, range[1]!] : [range[0]!, one];
  }
  return apart;
}

/** A heading that is a title with its years: "Medborgarlöften 2020–2022", "Samverkansöverenskommelse 2023–2026". */
function titleHeading(scanned: Scan): Found[] | undefined {
  for (const sentence of scanned.sentences) {
    if (sentence.text.length > 90 || /[.:]$/u.test(sentence.text.trim()) || !TITLE_CUE.test(sentence.text)) continue;
    const range = rangeIn(scanned, sentence, 0.8);
    if (range) return range;
  }
  return undefined;
}

/** The validity: a stated period ("gäller från 1 januari 2025 till 31 december 2028"), tills vidare, from signing, a length, or the years in the title. */
export function findValidity(scanned: Scan): Found[] {
  // Sentences that say "gäller", "giltig", "sträcker sig", "löper" first; those that only say "period" after.
  const cued = [
    ...scanned.sentences.filter((s) => hasCue(s, CUE.validity) && STRONG_VALIDITY_CUE.test(s.text)),
    ...scanned.sentences.filter((s) => hasCue(s, CUE.validity) && VALIDITY_CUE.test(s.text) && !STRONG_VALIDITY_CUE.test(s.text)),
  ];
  const strong = cued.filter((s) => STRONG_VALIDITY_CUE.test(s.text)).length;
  let index = 0;
  for (const sentence of cued) {
    if (index++ === strong) {
      const early = apartOrTitle(scanned, cued);
      if (early) return early;
    }
    const range = rangeIn(scanned, sentence, 0.9);
    const signing = FROM_SIGNING.exec(sentence.text);
    const open = OPEN_END.exec(sentence.text);
    if (signing) {
      const out = [at(scanned, "start", "signing", sentence.start + signing.index, sentence.start + signing.index + signing[0].length, 0.9)];
      if (range) out.push(range[1]!);
      else if (open) out.push(at(scanned, "end", "open", sentence.start + open.index, sentence.start + open.index + open[0].length, 0.85));
      else {
        const until = words(`\\b${TO} (?:den )?(${DATE})`, "i").exec(sentence.text.slice(signing.index));
        const end = until ? parseDate(until[1]!) : undefined;
        if (until && end) {
          const s = sentence.start + signing.index + until.index;
          out.push(at(scanned, "end", end, s, s + until[0].length, 0.85));
        }
      }
      return out;
    }
    if (range) {
      // "löper under 2020-2021 och till dess att nya medborgarlöften presenteras": the end is open.
      const after = open && open.index > sentence.text.search(/\d{4}/u);
      return after ? [range[0]!, at(scanned, "end", "open", sentence.start + open!.index, sentence.start + open!.index + open![0].length, 0.85)] : range;
    }
    const from = START_ONLY.exec(sentence.text);
    const startValue = from ? parseDate(from[1]!) : undefined;
    if (from && startValue) {
      const out = [at(scanned, "start", startValue, sentence.start + from.index, sentence.start + from.index + from[0].length, 0.85)];
      if (open) out.push(at(scanned, "end", "open", sentence.start + open.index, sentence.start + open.index + open[0].length, 0.85));
      return out;
    }
    const single = SINGLE_YEAR.exec(sentence.text);
    if (single && TITLE_CUE.test(sentence.text)) {
      const s = sentence.start + single.index;
      const e = s + single[0].length;
      const group = scanned.nextGroup++;
      return [at(scanned, "start", single[1]!, s, e, 0.75, { group }), at(scanned, "end", single[1]!, s, e, 0.75, { group })];
    }
    const duration = DURATION.exec(sentence.text);
    const n = duration ? parseCount(duration[1]!) : undefined;
    if (duration && n && TITLE_CUE.test(sentence.text)) {
      const unit = /^år/i.test(duration[2]!) ? "Y" : "M";
      return [at(scanned, "end", `P${n}${unit}`, sentence.start + duration.index, sentence.start + duration.index + duration[0].length, 0.75)];
    }
    if (open && TITLE_CUE.test(sentence.text) && SAYS_VALID.test(sentence.text)) {
      return [at(scanned, "end", "open", sentence.start + open.index, sentence.start + open.index + open[0].length, 0.8)];
    }
  }
  const late = apartOrTitle(scanned, cued);
  if (late) return late;
  // The title's years: "Samverkansöverenskommelse … 2019-2022", "2019 års samverkansöverenskommelse", "… från 2022".
  for (const sentence of scanned.sentences) {
    if (!TITLE_CUE.test(sentence.text)) continue;
    const range = sentence.start < 2000 ? rangeIn(scanned, sentence, 0.8) : undefined;
    if (range) return range;
    const own = YEARS_OWN.exec(sentence.text);
    if (own) {
      const s = sentence.start + own.index;
      const group = scanned.nextGroup++;
      return [at(scanned, "start", own[1]!, s, s + own[1]!.length, 0.75, { group }), at(scanned, "end", own[1]!, s, s + own[1]!.length, 0.75, { group })];
    }
    const from = FROM_ONLY.exec(sentence.text);
    if (from) {
      const s = sentence.start + from.index + from[0].indexOf(from[1]!);
      return [at(scanned, "start", from[1]!, s, s + from[1]!.length, 0.75)];
    }
  }
  return [];
}

// --- Forums -----------------------------------------------------------------------------------

const FORUM_HEAD = "(?:råd(?:et)?|grupp(?:en|er|erna)?|forum(?:et)?|nätverk(?:et)?|kommitté(?:n)?|ledningsgrupp(?:en)?|team(?:et)?)";
const FORUM_NAMES = words(
  [
    // "Rådet för trygghet och hälsa", "Styrgruppen för …"
    `\\b(?:Rådet|rådet|Råd) (?:för|mot) [\\p{L}-]+(?: (?:och|i|för) [\\p{L}-]+){0,3}`,
    // "BRÅ-Falun", "Brå Tomelilla", "Lokala BRÅ"
    `\\b(?:Lokala |lokala )?(?:BRÅ|Brå)(?:-\\p{Lu}[\\p{L}]+)?\\b`,
    // "Kunskaps- och analysteam"
    `\\b\\p{Lu}\\p{L}+- och \\p{L}{0,40}${FORUM_HEAD}\\b`,
    // "LÖK – nätverket", "LÖK-nätverket"
    `\\b\\p{Lu}{2,6}\\s?[–-]\\s?nätverket\\b`,
    // "Effektiv samordning för trygghet (EST)", "EST"
    `\\b(?:[Ee]ffektiv samordning för trygghet \\(EST\\)|EST)(?![\\p{L}])`,
    // "Lokala brottsförebyggande rådet", "Trygghetsrådet", "styrgruppen", "LÖK-nätverket"
    `\\b(?:(?:Lokala|lokala|Lokal|lokal|Kommunala|kommunala|Strategiska|strategiska|Operativa|operativa|Gemensamma|gemensamma|partsammansatta) )?(?:brottsförebyggande |folkhälso- och brottsförebyggande )?[\\p{L}]{0,40}-?${FORUM_HEAD}\\b(?: \\([^()]{2,40}\\)| \\p{Lu}\\p{Ll}+(?![\\p{L}]))?`,
  ].join("|"),
  "g",
);
const GENERIC_FORUMS = /^(?:.*områd\p{L}{0,40}|samverkansforum|gemensamma forum|forumet|team|teamet|samråd\p{L}{0,3}|\p{L}{0,20}insatsgrupp\p{L}{0,4}|råd|rådet|grupp|gruppen|grupper|grupperna|forum|forumet|nätverk|nätverket|kommitté|kommittén|brottsförebyggande rådet|målgrupp\w*|arbetsgrupper|grupperna|ungdomsgrupp\w*|riskgrupp\w*|åldersgrupp\w*|yrkesgrupp\w*|personalgrupp\w*|brå)$/iu;
const FORUM_CUE = words(
  /\b(?:träffas|möts|sammanträder|mötas|möte\w*|samverka\w*|forum|delta\p{L}{0,3}|ingår|medverka\w*|representer\w*|representant\w*|leds|sammankallar|ansvarar|styr|plattform|utvärder\w*|följ\w* upp|lyfts|bered\w*|bildats|diskuter\w*|process\w*|samordna\w*|består av|meets?|chairs?)\b/iu,
);

const VISITED_BODY = words(/\b(?:besöker|sammanträde med|möte med|deltar i|bjuds in till) (kommunstyrelsens arbetsutskott|kommunstyrelsen|KSAU)\b/u);
const MEETS = words(/\b(?:träffas|möts|sammanträder|samlas|möte\w*|delta\w*|samverkar|meets?)\b/iu);

function forumKey(word: string): string {
  return word.toLowerCase().replace(/(?:erna|arna|en|et|er|ar|a|n)$/u, "");
}

/** Forums the parties meet in, by name, with the cadence the same sentence gives. */
export function findForums(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of scanned.sentences) {
    // "kommunpolisen besöker kommunstyrelsens arbetsutskott", "Till varje sammanträde med kommunstyrelsens
    // arbetsutskott bjuds kommunpolis in": the kommun's own body as a forum where the police takes part.
    const visited = VISITED_BODY.exec(sentence.text);
    if (visited && POLICE_TERMS.test(sentence.text) && !seen.has("body:" + visited[1]!.toLowerCase())) {
      seen.add("body:" + visited[1]!.toLowerCase());
      const start = sentence.start + visited.index + visited[0].indexOf(visited[1]!);
      found.push(at(scanned, "forum", visited[1]!, start, start + visited[1]!.length, 0.65, { group: scanned.nextGroup++ }));
    }
    // Most sentences name no forum: a plain substring test first keeps the big pattern off them.
    if (!hasCue(sentence, CUE.forum)) continue;
    for (const m of sentence.text.matchAll(FORUM_NAMES)) {
      const name = collapseSpace(m[0]);
      if (GENERIC_FORUMS.test(name) || (name.length < 4 && !/^\p{Lu}{3}$/u.test(name))) continue;
      // "arbetsmetoden Effektiv samordning för trygghet (EST)": a method, not a forum.
      if (/metod\p{L}{0,3}\s+$/u.test(sentence.text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // The national Brottsförebyggande rådet (Brå) is an authority, not a forum of the parties.
      if (/^Brottsförebyggande rådet$/.test(name) || /^(?:BRÅ|Brå)$/.test(name)) continue;
      if (!FORUM_CUE.test(sentence.text)) continue;
      const key = lemmas(name).join(" ");
      // "Lokala Brå" after "Lokala Brottsförebyggande rådet (Brå)": the same forum by its short name.
      const short = normalizeFactText(name).split(" ").pop() ?? "";
      if ([...seen].some((k) => k.includes(`(${short})`))) continue;
      if (seen.has(key)) continue;
      seen.add(key);
      const group = scanned.nextGroup++;
      const start = sentence.start + m.index;
      found.push(at(scanned, "forum", name, start, start + m[0].length, 0.75, { group }));
      const cadence = findCadence(sentence.text);
      // "träffas regelbundet, i partsammansatta grupper varje år": the meetings are regular, the groups yearly.
      if (cadence && MEETS.test(sentence.text) && !/\bregelbundet\b/u.test(sentence.text)) {
        const s = sentence.start + cadence.index;
        found.push(at(scanned, "forumCadence", cadence.code, s, s + cadence.length, 0.7, { group, data: { type: "cadence", cadence: cadence.cadence } }));
      }
    }
  }
  return found;
}

// --- Follow-up --------------------------------------------------------------------------------

const FOLLOW_UP = words(
  /\b(?:uppfölj\w*|följ\w* (?:\p{L}+ )?upp|utvärder\w*|åter?a?rapport\w*|revider\w*|ses över|lägesbild\w*|follow(?:ed)?[- ]up|review(?:ed)?|evaluat\w*)\b/iu,
);
// "löpande revidering av aktivitetsplan": a plan kept up to date, not a follow-up cadence.
const NOT_A_FOLLOW_UP = words(/\b(?:löpande revider\w*|uppdateras löpande|löpande uppdater\w*)\b/iu);

const MEETS_ONLY = words(/\b(?:träffas|möts|sammanträder|samlas|avstämning\w*|möten)\b/iu);

/** How often the work is followed up: a cadence in a sentence about uppföljning. */
export function findFollowUps(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of scanned.sentences) {
    const cue = hasCue(sentence, CUE.followUp) ? FOLLOW_UP.exec(sentence.text) : null;
    if (!cue) continue;
    // A forum's meetings are the forum's cadence, not the follow-up's.
    if (MEETS_ONLY.test(sentence.text)) continue;
    for (const cadence of findCadences(sentence.text)) {
      if ((cadence.code === "continuous" && NOT_A_FOLLOW_UP.test(sentence.text)) || seen.has(cadence.code)) continue;
      seen.add(cadence.code);
      const s = sentence.start + cadence.index;
      found.push(at(scanned, "followUp", cadence.code, s, s + cadence.length, 0.75, { data: { type: "cadence", cadence: cadence.cadence } }));
    }
  }
  return found;
}

// --- Lists under a lead: focus areas, commitments, promises -----------------------------------

interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The list items under line `index`, across short sub-headings between groups of items. */
function itemsUnder(scanned: Scan, index: number): Item[] {
  const lines = scanned.source.lines;
  const items: Item[] = [];
  for (let i = index; i < lines.length; ) {
    const group = itemsAfter(scanned, i);
    items.push(...group);
    // Past the group: a short sub-heading followed by more items continues the list.
    let j = i + 1;
    while (j < lines.length && (lines[j]!.text.trim() === "" || lines[j]!.item !== undefined || items.some((it) => it.start <= lines[j]!.start && lines[j]!.start < it.end))) j++;
    const heading = lines[j];
    if (!heading || heading.text.trim().length > 90) break;
    let k = j + 1;
    while (k < lines.length && lines[k]!.text.trim() === "") k++;
    if (lines[k]?.item === undefined) break;
    i = j;
  }
  return items;
}

/** The list items that follow line `index` (blank lines allowed between them). */
function itemsAfter(scanned: Scan, index: number): Item[] {
  const items: Item[] = [];
  const lines = scanned.source.lines;
  let blank = 0;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    // A list goes on across a blank line or two, not across a page of them.
    if (line.text.trim() === "") {
      if (++blank > 3) break;
      continue;
    }
    blank = 0;
    if (line.item === undefined) {
      // A wrapped item continues on a line that starts with a lower-case letter.
      const last = items[items.length - 1];
      if (last && /^\s*\p{Ll}/u.test(line.text) && !/[.;]$/.test(last.text)) {
        items[items.length - 1] = { text: `${last.text} ${line.text.trim()}`, start: last.start, end: line.start + line.text.length };
        continue;
      }
      break;
    }
    items.push({ text: line.item.trim(), start: line.itemStart, end: line.start + line.text.length });
  }
  return items;
}

function clean(item: string): string {
  return collapseSpace(item).replace(/[.;,:]$/, "").trim();
}

const FOCUS_LEAD = words(
  /\b(?:fokusområde\w*|prioriterade? (?:områden|område|fokusområden|åtgärdspunkter|frågor|inriktningar)|prioriterande \w*områden|(?:\p{L}{0,40}områden) (?:\p{L}+ ){0,3}?(?:är |som )?prioriterade|\p{L}{0,40}samverkansområden|insatsområde\w*|utvecklingsområde\w*|delmål\w*|följande områden|inriktningar|prioriteringar|focus areas?|priority areas?)\b/iu,
);

const FOCUS_HINT = /områd|fokus|delmål|inriktning|priorit|focus|priority/iu;

// Headings that name a part of an agreement, not a focus area or a forum.
const STRUCTURAL = words(
  /^(?:inledning|syfte\w*|syfte och mål|mål|mål för samverkan|målsättning\w*|bakgrund|parter|samverkande parter|\w*giltighetstid|samverkansöverenskommelsens gällande|former för samverkan|samverkansforum|forum för samverkan|tillvägagångssätt|samverkansorganisation.*|organisation|beslut|budget|problembild|uppföljning.*|kommunikation|ansvar och resurser|lägesbild(?: och .*)?|underskrifter|medborgarlöften?.*|bilag\w*|övergripande mål|aktiviteter.*|prioritera\w* .*|fokusområden.*|insatsområden|strategiska förutsättningar.*|samverkansmodellen|den gemensamma lägesbilden|innehåll|.*överenskommelse.*|parternas åtaganden|åtaganden|resurser|revidering|giltighet|.*avtal.*)$/iu,
);
// A line that ends on a word a sentence goes on from is not a heading ("Psykisk ohälsa bland unga, störande och").
const ENDS_MID_SENTENCE = words(/\b(?:och|eller|samt|att|av|på|i|de|den|det|för|med|som)$/iu);
const FORUM_SECTION = words(/^(?:samverkansforum|forum för samverkan|tillvägagångssätt|samverkansorganisation.*|former för samverkan)$/iu);
const FOCUS_SECTION = words(/\b(?:prioritera\p{L}{0,40} (?:\p{L}+ )?\p{L}{0,40}områden|fokusområden|insatsområden|utvecklingsområden)\b/iu);
const FORUM_NOUN = words(/(?:råd|rådet|grupp\p{L}{0,40}|forum\p{L}{0,40}|nätverk\p{L}{0,40}|Brå|BRÅ)\b/u);

interface Heading {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bold: boolean;
}

/** The headings of a text: short lines between blank lines (or bold list items), without the marks. */
function headings(scanned: Scan): Heading[] {
  const out: Heading[] = [];
  const lines = scanned.source.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = line.item ?? line.text.trim();
    const bold = /^\*\*[^*]+\*\*$/u.test(raw);
    const text = raw.replace(/^\*\*|\*\*$/gu, "").trim();
    const blankBefore = i === 0 || lines[i - 1]!.text.trim() === "";
    const blankAfter = i + 1 >= lines.length || lines[i + 1]!.text.trim() === "";
    const short = text.length >= 3 && text.length <= 90 && !/[,;:]$/u.test(text) && /^[\p{Lu}\d"]/u.test(text);
    if (!short || (line.item !== undefined && !bold)) continue;
    if (!(bold || (blankBefore && (blankAfter || !/\.$/u.test(text))))) continue;
    if (/\.$/u.test(text) && text.split(" ").length > 8) continue;
    const start = (line.item !== undefined ? line.itemStart : line.start + line.text.indexOf(raw)) + (bold ? 2 : 0);
    out.push({ text: text.replace(/\.$/u, ""), start, end: start + text.replace(/\.$/u, "").length, bold });
  }
  return out;
}

/**
 * Focus areas: the items of a list led by "fokusområden", "prioriterade områden", "delmål" …; the
 * headings of a section of prioriterade områden (or, in an agreement laid out in headed sections,
 * the headings that are not one of an agreement's usual parts); and lists in a sentence ("I fokus
 * står bland annat bedrägerier, bostadsinbrott, alkohol och narkotika samt motorburen problematik").
 * Also reports the forums a section of forums names by heading.
 */
export function findFocusAreas(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (kind: "focusArea" | "forum", title: string, start: number, end: number, confidence: number) => {
    const key = `${kind}:${title.toLowerCase()}`;
    if (title.length < 3 || title.length > 160 || seen.has(key)) return;
    seen.add(key);
    found.push(at(scanned, kind, title, start, end, confidence, kind === "forum" ? { group: scanned.nextGroup++ } : {}));
  };
  const lines = scanned.source.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.text.trim();
    if (line.item !== undefined || !FOCUS_HINT.test(lead) || !FOCUS_LEAD.test(lead) || COMMIT_SUBJECT_ONLY.test(lead)) continue;
    if (!/:$/u.test(lead) && (lead.length > 70 || (/[;]$/u.test(lead)) || (/\.$/u.test(lead) && lead.split(" ").length > 3))) continue;
    for (const item of itemsAfter(scanned, i)) add("focusArea", clean(item.text), item.start, item.end, 0.8);
  }
  // Headed sections.
  const heads = headings(scanned);
  const structural = heads.filter((h) => STRUCTURAL.test(h.text)).length;
  // A scan whose headings are in capitals has no reliable line structure to read headings from.
  const capitals = heads.some((h) => h.text.length > 4 && h.text === h.text.toUpperCase() && /\p{Lu}{4}/u.test(h.text));
  let section: "none" | "focus" | "forum" = "none";
  const titled: number[] = [];
  let started = false;
  const tail = scanned.source.text.length * 0.97;
  const firstBody = scanned.source.text.length * 0.04;
  for (const h of heads) {
    if (new RegExp(`^${PERSON}$`, "u").test(h.text) || PLACE_DATE.test(h.text) || DATE_PLACE.test(h.text) || (h.text.split(" ").length <= 4 && (new RegExp(`^\\p{L}{0,40}${ROLE_WORD}`, "iu").test(h.text) || /^Kommunstyrelsens/u.test(h.text)))) break;
    if (ENDS_MID_SENTENCE.test(h.text) || h.start > tail || h.start < firstBody) continue;
    if (STRUCTURAL.test(h.text) && !h.bold) {
      started = true;
      section = FOCUS_SECTION.test(h.text) ? "focus" : FORUM_SECTION.test(h.text) ? "forum" : "none";
      if (section === "focus") titled.push(h.end);
      continue;
    }
    if (!started) continue;
    if (COMMIT_VERB.test(h.text) || h.text.split(" ").length > 8) continue;
    if (section === "focus") titled.push(h.end);
    if (section === "forum" && (h.bold || FORUM_NOUN.test(h.text))) add("forum", h.text, h.start, h.end, 0.75);
    else if (section === "focus" || (structural >= 3 && !capitals && !h.bold && h.text.split(" ").length <= 6)) add("focusArea", h.text, h.start, h.end, 0.7);
  }
  // In a section of focus areas, a paragraph that opens with its title: "Knutpunkten/stadskärnan: Insatser ska …".
  for (const end of titled) {
    const next = lines.find((l) => l.start > end && l.text.trim() !== "");
    const m = next && /^([\p{Lu}][^:.]{2,60}):\s/u.exec(next.text.trim());
    if (!next || !m || m[1]!.split(" ").length > 6) continue;
    const start = next.start + next.text.indexOf(m[1]!);
    add("focusArea", m[1]!, start, start + m[1]!.length, 0.65);
  }
  // Lists in a sentence.
  for (const sentence of scanned.sentences) {
    const m = hasCue(sentence, CUE.focus) ? INLINE_FOCUS.exec(sentence.text) : null;
    if (!m) continue;
    let list = m[2]!;
    if (/^(?:sådant|det|de|den|vad|hur|att|några|flera|olika|ett|en)\b/iu.test(list)) continue;
    const stop = list.search(/\s(?:för att|i syfte|som ett led|under (?:det|de) )|[.;:]|, (?:men|där|vilket|som|säger|och)\b| och särskilt \p{Lu}/u);
    if (stop >= 0) list = list.slice(0, stop);
    const single = /^(?:är fokusområdet|fokusområdet är)$/iu.test(m[1]!.trim());
    const parts = single ? [list] : /\bsamt\b/u.test(list) ? list.split(/,\s*|\s+samt\s+/u) : list.split(/,\s*|\s+och\s+/u);
    let from = sentence.start + m.index + m[0].indexOf(m[2]!);
    let rest = sentence.text.slice(from - sentence.start);
    for (const part of parts) {
      const title = part.trim().replace(/^(?:bland annat|främst|t\.ex\.|exempelvis)\s+/iu, "");
      const offset = rest.indexOf(title);
      if (offset < 0 || title.split(" ").length > 10) continue;
      add("focusArea", title, from + offset, from + offset + title.length, 0.65);
      from += offset + title.length;
      rest = rest.slice(offset + title.length);
    }
  }
  return found;
}

// A lead that speaks of what a side will do, not of areas ("… lovar att gemensamt arbeta … genom att:").
const COMMIT_SUBJECT_ONLY = words(/\bgenom att:?\s*$/iu);
const INLINE_FOCUS = words(
  /(fokuserar (?:främst |särskilt )?på|i fokus står(?: bland annat)?|ha(?:ft)? (?:ett )?särskilt fokus på|gäller bland annat|fokuserar på områden som|prioriterade områden för samverkan inkluderar|är fokusområdet|fokusområdet är)\s+([^.;]+)/iu,
);

// The sides a sentence's subject may name.
const POLICE_TERMS = words(/\b(?:polisen|polis|polismyndigheten|lokalpolisområdet|lokalpolisområde|lokalpolisen|kommunpolisen|kommunpolis|polisens|polisiär|the police)\b/iu);
const MUNICIPAL_TERMS = words(
  /\b(?:kommunen|kommun|kommunerna|kommunens|kommuns|kommunpolitiker\p{L}{0,40}|staden|stad|stadens|stadsdelsförvaltning\p{L}{0,40}|socialtjänst\p{L}{0,40}|säkerhetschefen|trygghetssamordnare\p{L}{0,40}|citygrupp\p{L}{0,40}|skolan|skolorna|fritidsgård\p{L}{0,40}|the municipality|the kommun)\b/iu,
);
// Subjects that are both sides by themselves ("parterna", "respektive organisation", the joint "Lokala Brå").
const BOTH_TERMS = words(/^\s*(?:parterna|vi|båda parter\p{L}{0,40}|respektive organisation|respektive part|lokala brå|the parties)\b/iu);
const JOINT_TERMS = words(/\b(?:parterna|vi|båda parter\p{L}{0,40}|respektive organisation|respektive part|lokala brå|tillsammans|gemensamt|gemensam|gemensamma|the parties|together)\b/iu);
const OTHER_TERMS = words(/\b(?:räddningstjänst\p{L}{0,40}|fastighetsägar\p{L}{0,40}|fastighetsförvaltar\p{L}{0,40}|hemab|föreningen|näringslivet)\b/iu);
const COMMIT_VERB = words(
  /\b(?:ska|skall|åtar sig|åtar|lovar|kommer att|kommer|avser|ansvarar för|ansvarar|bör|måste|säkerställer|åligger|bekostar|genomför|tar fram|sätter|undertakes?|commits? to|will|promises?)\b/iu,
);
const SIDE_LABEL = /\s*\((Polis|Polisen|Kommun|Kommunen|Stadsdelsförvaltning(?:en)?|Fastighetsförvaltare[^)]*|Polis och kommun|Kommun och polis)\)\s*$/u;
// A lead that names no side but speaks for both: "Det här ska vi göra:", "Vi lovar:".
const WE_LEAD = words(/\b(?:vi|parterna|tillsammans)\b/iu);

function sideOfSubject(subject: string): ActorSide | undefined {
  if (BOTH_TERMS.test(subject)) return "joint";
  const police = POLICE_TERMS.test(subject);
  const municipal = MUNICIPAL_TERMS.test(subject);
  if ((police && municipal) || JOINT_TERMS.test(subject)) return police || municipal || WE_OR_PARTIES.test(subject) ? "joint" : undefined;
  if (police) return "police";
  if (municipal) return "municipality";
  if (OTHER_TERMS.test(subject)) return "actor";
  return undefined;
}

function sideOfLabel(label: string): ActorSide {
  const l = label.toLowerCase();
  if (/polis/.test(l) && /kommun/.test(l)) return "joint";
  if (/polis/.test(l)) return "police";
  if (/kommun|stadsdel/.test(l)) return "municipality";
  return "actor";
}

function factSide(by: ActorSide): string {
  return by === "actor" ? "other" : by;
}

/**
 * Commitments, and for a medborgarlöfte also its promises: list items under a lead that names a side
 * ("Polisen ska:", "Kommunen lovar att:", "Det här ska vi göra:") or carry a side label ("(Polis)"),
 * and sentences whose subject is a side and whose verb binds it ("ska", "åtar sig", "lovar",
 * "kommer att", "ansvarar för"), also in inverted order ("För att … ska polisen …").
 */
export function findCommitments(scanned: Scan, promises: boolean): Found[] {
  const found: Found[] = [];
  const used = new Set<number>();
  const emitted = new Set<string>();
  const emit = (text: string, by: ActorSide | undefined, start: number, end: number, confidence: number, promise = promises) => {
    // Where a stored page breaks off ("… för att förebygga o [CUT]"), the promise is kept up to its last whole word.
    const squashed = collapseSpace(text);
    const value = (squashed.endsWith("[CUT]") ? squashed.replace(/\s*\S*\s*\[CUT\]$/u, "") : squashed)
      .replace(/[;,:]$/u, "")
      .trim();
    if (value.split(" ").length < 4 || /\[CUT\]/u.test(value) || emitted.has(value)) return;
    // What was done (a follow-up's results) and what someone says are not promises.
    if (/^(?:19|20)\d\d\b|\b(?:gjordes|utfördes|genomfördes|genomfört|utfört|gjort|har genomförts)\b|\b(?:säger|sade)\b/iu.test(value)) return;
    // "… kommer att ha ett särskilt fokus på …" names a focus area, not a commitment.
    if (/\bha (?:ett )?(?:särskilt )?fokus på /iu.test(value)) return;
    emitted.add(value);
    if (by) found.push(at(scanned, "commitment", `${factSide(by)}: ${value}`, start, end, confidence, { data: { type: "side", by } }));
    if (promise) found.push(at(scanned, "citizenPromise", value, start, end, confidence, by ? { data: { type: "side", by } } : {}));
  };
  const lines = scanned.source.lines;
  const leads = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // An item or a paragraph that ends with its side in brackets: "… narkotikabrott. (Polis)".
    const content = line.item ?? line.text.trim();
    const label = SIDE_LABEL.exec(content);
    if (label) {
      const from = line.item !== undefined ? line.itemStart : line.start + line.text.indexOf(content);
      if (used.has(from)) continue;
      const text = content.slice(0, label.index);
      for (let p = from; p < from + content.length; p++) used.add(p);
      emit(text, sideOfLabel(label[1]!), from, from + text.trimEnd().length, 0.8);
      continue;
    }
    if (line.item !== undefined) continue;
    const lead = collapseSpace(line.text);
    // A lead ends with a colon or "att", or is a heading that speaks for both ("Det här ska vi åstadkomma tillsammans").
    const headingLead = lead.length <= 90 && !/[.,;]$/u.test(lead) && WE_LEAD.test(lead);
    // In a medborgarlöfte any list led by a colon may be its promises ("Här är alla punkter:").
    // "Medborgarlöften ska:" introduces what löften are for, not the löften.
    const purposeLead = /^(?:medborgarlöften\p{L}{0,3}|löften\p{L}{0,3}) ska:$/iu.test(lead);
    const promiseLead =
      (!purposeLead && (promises || /löfte/iu.test(lead)) && /:$/u.test(lead)) ||
      // In a medborgarlöfte, a heading over its list: "Aktiviteter under perioden", "Det här ska vi göra".
      (promises && lead.length <= 60 && !/[.,;:]$/u.test(lead) && /aktivitet|löfte|lovar|åtgärder|insatser|göra|åstadkomma/iu.test(lead));
    const sideLead = /:$/u.test(lead) && sideOfSubject(lead.split(/\s+/u).slice(0, 8).join(" ")) !== undefined && /\batt:$/u.test(lead);
    if (!(/(?:[:…]|\batt)$/u.test(lead) || headingLead || promiseLead) || /\bområden\b|\bfokus/iu.test(lead) || FOCUS_LEAD.test(lead)) continue;
    if (!COMMIT_VERB.test(lead) && !promiseLead && !sideLead) continue;
    const items = headingLead ? itemsUnder(scanned, i) : itemsAfter(scanned, i);
    if (items.length === 0) continue;
    leads.add(line.start);
    const verb = COMMIT_VERB.exec(lead);
    // "Nattvandrare åtar sig att:": a named actor that is neither side.
    const actorLead = /^\p{Lu}[^:.]{1,80} (?:åtar sig att|undertakes? to|commits? to):$/u.test(lead);
    const by = verb
      ? (sideOfSubject(lead.slice(0, verb.index + verb[0].length + 12)) ?? (WE_LEAD.test(lead) ? "joint" : actorLead ? "actor" : undefined))
      : sideLead
        ? sideOfSubject(lead.split(/\s+/u).slice(0, 8).join(" "))
        : promiseLead && /:$/u.test(lead)
          ? sideOfSubject(lead.split(/\s+(?:avger|ger|lovar|har|ska|åtar|kommer|tecknar|tecknat|gör)\s/u)[0] ?? "")
          : undefined;
    if (!by && !promiseLead) continue;
    for (const item of items) {
      if (used.has(item.start)) continue;
      used.add(item.start);
      const label = SIDE_LABEL.exec(item.text);
      const text = label ? item.text.slice(0, label.index) : item.text;
      // An item with a side of its own ("Polisen ska …") is that side's.
      const own = COMMIT_VERB.exec(text);
      // The item's own subject: before its verb, or after it when a clause comes first ("För att …, ska polisen …").
      const ownBefore = own ? text.slice(0, own.index) : "";
      const ownInverted = own !== null && /^(?:för att|om|när|genom|under|inom|efter|vid|i|med|varje)\b/iu.test(ownBefore.trim());
      const ownBy = !own
        ? undefined
        : ownInverted
          ? sideOfSubject(text.slice(own.index + own[0].length).trim().split(/\s+/u).slice(0, 10).join(" "))
          : own.index < 90 && sideOfSubject(ownBefore.split(/\s+/u).slice(0, 3).join(" "))
            ? sideOfSubject(ownBefore)
            : undefined;
      emit(text, label ? sideOfLabel(label[1]!) : (ownBy ?? by), item.start, item.start + text.trimEnd().length, 0.8, promises || promiseLead);
    }
  }
  const lineAt = lineIndex(scanned);
  // Whether a line quotes someone ("… säger X"), once per line.
  const quotes = new Map<number, boolean>();
  const quoted = (line: Line) => {
    let q = quotes.get(line.start);
    if (q === undefined) {
      q = QUOTED_HINT.test(line.text) && QUOTES.test(line.text);
      quotes.set(line.start, q);
    }
    return q;
  };
  // "Våra medborgarlöften i Kalmar kommun", then each löfte as a short paragraph of its own.
  if (promises) {
    for (let i = 0; i < lines.length; i++) {
      const heading = lines[i]!.text.trim();
      if (heading.length > 60 || /[.:]$/u.test(heading) || !/^(?:våra (?:gemensamma )?medborga?r?löften|våra löften|vi lovar)\b/iu.test(heading)) continue;
      for (let j = i + 1; j < lines.length && j < i + 12; j++) {
        const line = lines[j]!;
        const text = line.text.trim();
        if (text === "") continue;
        if (line.item !== undefined || text.length > 100 || !/\.$/u.test(text)) break;
        const from = line.start + line.text.indexOf(text);
        emit(text, undefined, from, from + text.length, 0.65, true);
      }
    }
  }
  const itemAt = (position: number) => {
    const l = lineAt(position);
    return l && l.item !== undefined && l.itemStart <= position ? l : undefined;
  };
  const sentences = scanned.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    if (used.has(sentence.start) || leads.has(sentence.start) || /(?:\batt|:|…)\s*$/u.test(sentence.text)) continue;
    // A later sentence of a list item belongs to the item, and a quoted person's words are not the agreement's.
    const item = itemAt(sentence.start);
    if (item && item.itemStart !== sentence.start) continue;
    const line = lineAt(sentence.start);
    if (line && quoted(line)) continue;
    // Quotes in news items ("…, säger X") and a site's own notices are not the agreement's words.
    if (/,\s*säger\b|\bsäger [\p{Lu}]|\bkakor\b|\bcookies\b|\[CUT\]/u.test(sentence.text)) continue;
    const verb = hasCue(sentence, CUE.commit) ? COMMIT_VERB.exec(sentence.text) : null;
    if (!verb || MAY.test(sentence.text.slice(0, verb.index))) continue;
    if (/^\s*vara\s+(?:en|ett)\b/iu.test(sentence.text.slice(verb.index + verb[0].length))) continue;
    // "ska … kunna följas upp": a possibility, not a commitment.
    if (/^(?:\s+\S+){0,6}?\s+kunna\b/iu.test(sentence.text.slice(verb.index + verb[0].length))) continue;
    // What someone thinks should happen, or what a löfte rests on, is not a commitment.
    if (OPINION.test(sentence.text.slice(0, verb.index))) continue;
    const before = sentence.text.slice(0, verb.index);
    const afterVerb = sentence.text.slice(verb.index + verb[0].length).trim().split(/\s+/u).slice(0, 3).join(" ");
    const sideFirst = sideOfSubject(before.trim().split(/\s+/u).slice(0, 3).join(" ")) !== undefined;
    const inverted =
      /^(?:för att|om|när|genom|under|inom|efter|vid|i|med|därför|sedan|nu|varje|vartannat|årligen)\b/iu.test(before.trim()) ||
      (/,\s*$/u.test(before) && !sideFirst) ||
      (!sideOfSubject(before.trim().split(/\s+/u).slice(0, 3).join(" ")) && /^(?:det )?(?:polisen|kommunen|\p{Lu}\p{L}+ kommun|parterna)\b/iu.test(afterVerb));
    // The subject: what comes before the verb (after "… att", where the sentence says what something
    // means), or in inverted order the words right after the verb.
    let subjectStart = 0;
    let subject = before;
    if (inverted) {
      subjectStart = verb.index + verb[0].length;
      subject = sentence.text.slice(subjectStart, subjectStart + 90);
    } else {
      const that = before.lastIndexOf(" att ");
      if (that >= 0) {
        subjectStart = that + 5;
        subject = before.slice(subjectStart);
      }
    }
    if (RELATIVE.test(inverted ? "" : subject)) continue;
    if (subject.trim().split(/\s+/u).length > 14) continue;
    const head = subject.trim().split(/\s+/u).slice(0, 3).join(" ");
    let by = sideOfSubject(inverted ? subject.trim().split(/\s+/u).slice(0, 10).join(" ") : subject);
    // "De aktiviteter vi genomför kommer att …": "vi" inside the subject is not the subject.
    if (by === "joint" && !inverted && /\bvi\b/iu.test(subject) && !/^\s*vi\b/iu.test(subject) && !(POLICE_TERMS.test(subject) && MUNICIPAL_TERMS.test(subject))) continue;
    if (!by || (!inverted && !sideOfSubject(head))) continue;
    // "X ska tillsammans med polisen …": both sides.
    const rest = sentence.text.slice(verb.index);
    if (by !== "joint" && /\btillsammans med\b/iu.test(rest)) {
      const other = rest.slice(rest.search(/tillsammans med/iu));
      if ((by === "police" && MUNICIPAL_TERMS.test(other.slice(0, 60))) || (by === "municipality" && POLICE_TERMS.test(other.slice(0, 60)))) by = "joint";
    }
    if (/^\s*(?:att )?ha (?:ett )?(?:särskilt )?fokus på\b/iu.test(rest.slice(verb[0].length))) continue;
    const from = inverted ? 0 : subjectStart;
    // "X ska A och Y samverkar med Z …": two commitments, one per side.
    const text = sentence.text.slice(from);
    const split = /,? och (?=(?:\p{L}+ ){0,2}?(?:polisen|kommunen|lokalpolisområde|lokalpolisområdet|\p{Lu}\p{L}+ kommun)\b)/iu.exec(text.slice(verb.index - from + verb[0].length));
    const second = split ? text.slice(verb.index - from + verb[0].length + split.index + split[0].length) : "";
    const secondBy = split ? sideOfSubject(second.split(/\s+/u).slice(0, 3).join(" ")) : undefined;
    const finite = /^(?:\S+\s+){0,3}?(?:samverkar|fungerar|ansvarar|ska|skall|kommer|bidrar|deltar|arbetar|genomför|tar|har|lovar|åtar)\b/iu;
    if (!inverted && split && secondBy && second.split(/\s+/u).length >= 4 && finite.test(second)) {
      const cut = verb.index - from + verb[0].length + split.index;
      emit(text.slice(0, cut), by, sentence.start + from, sentence.start + from + cut, 0.7);
      const s2 = sentence.start + from + cut + split[0].length;
      emit(second, secondBy, s2, sentence.end, 0.65);
      continue;
    }
    // "… ska nattvandra … De ska jobba uppsökande …": the next sentence goes on about the same side.
    const next = sentences[k + 1];
    if (next && /^(?:De|Dessa|Den|Det) (?:ska|skall|kommer att)\b/u.test(next.text) && itemAt(next.start) === itemAt(sentence.start)) {
      emit(`${text} ${next.text}`, by, sentence.start + from, next.end, 0.65);
      k++;
      continue;
    }
    emit(text, by, sentence.start + from, sentence.end, 0.7, promises || /löfte/iu.test(sentence.text));
  }
  return found;
}

// --- Deliverables -----------------------------------------------------------------------------

const PRODUCE = words(
  /\b(?:ta fram|tas fram|tar fram|upprätta|upprättas|utarbeta|utarbetas|arbeta fram|arbetas fram|skapa|skapas|läggs i|formulera|formuleras|bryts ned till|produce|draw up|prepare|drawn up)\b/iu,
);
const PRODUCE_ALL = new RegExp(PRODUCE.source, "giu");
const PRODUCT = words(/\b(?:\p{L}{0,40}lägesbild(?:en|er|erna)?|\p{L}{0,40}plan(?:en|er|erna)?|medborgarlöften?|rapport(?:en|er)?|situational picture|action plan|communication plan)\b/giu);
// "framtagna medborgarlöften": already made, not to be made. "För att kunna ta fram": a purpose, not a task.
const MADE = words(/\b(?:framtagna|framtagen|framtaget|befintlig\p{L}{0,40}|antagna|antagen)\s+(?:\p{L}+\s+)?$/iu);

function lemma(word: string): string {
  return word.toLowerCase().replace(/(?:erna|er|en)$/u, "").replace(/e$/u, "");
}

/** One-off things to produce: a lägesbild, a handlingsplan, a kommunikationsplan … to be drawn up. */
export function findDeliverables(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of scanned.sentences) {
    if (!hasCue(sentence, CUE.produce)) continue;
    const verbs = [...sentence.text.matchAll(PRODUCE_ALL)]
      // "För att skapa en gemensam lägesbild …": a purpose, not a task.
      .filter((v) => !/\bför att (?:kunna )?$/iu.test(sentence.text.slice(Math.max(0, v.index - 14), v.index)));
    if (verbs.length === 0) continue;
    // Something made again and again ("vartannat år … ta fram en lägesbild", "kontinuerligt … skapa
    // lägesbilder", "årliga medborgarlöften") is follow-up work, not a one-off deliverable.
    const recurring = findCadence(sentence.text.replace(/\b(?:uppdateras|revideras|revidering) löpande|löpande (?:uppdatering|revidering)\p{L}{0,3}/giu, ""));
    if (recurring) continue;
    for (const m of sentence.text.matchAll(PRODUCT)) {
      const word = m[0];
      if (/\bårlig\p{L}{0,2}\s+$/iu.test(sentence.text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (/^(?:plan|planen|planer|planerna)$/iu.test(word) || MADE.test(sentence.text.slice(0, m.index))) continue;
      // The product is what the verb makes: within a few words after it.
      // The product is what the verb makes: within a few words after it, or before a passive ("… ska utarbetas", "som tas fram").
      const gap = (from: number, to: number) => sentence.text.slice(from, to).trim().split(/\s+/u).length;
      // Before a passive it must be the subject, not the object of a preposition ("utifrån lägesbilder … skapas åtgärder").
      const governed = /\b(?:utifrån|från|på|med|av|om|kring|för|i|enligt)\s+(?:\p{L}+\s+){0,2}$/iu.test(sentence.text.slice(Math.max(0, m.index - 40), m.index));
      const after = verbs.some(
        (v) =>
          v.index > m.index &&
          /s\b|s fram$/u.test(v[0]) &&
          // "… en handlingsplan som upprättas": the relative clause makes it the subject whatever governs it.
          (/^\s+som\s+$/u.test(sentence.text.slice(m.index + word.length, v.index)) || (!governed && gap(m.index + word.length, v.index) <= 7)),
      );
      if (!after && !verbs.some((v) => v.index < m.index && gap(v.index + v[0].length, m.index) <= 6)) continue;
      const key = lemma(word);
      if (seen.has(key)) continue;
      seen.add(key);
      const s = sentence.start + m.index;
      found.push(at(scanned, "deliverable", word, s, s + word.length, 0.65));
    }
  }
  return found;
}

// --- Decisions --------------------------------------------------------------------------------

const BODY = words(
  /\b(kommunstyrelsens arbetsutskott|kommunstyrelsen|kommunfullmäktige|stadsdelsnämnden|stadsdelsnämnd\p{L}{0,40}|socialnämnden|KSAU|polismyndigheten|polisledning(?:en|ens)?|kommunledning(?:en|ens)?|lokalpolischef(?:en)?|the municipal board|the municipal council)\b/giu,
);
const DECIDED = words(/\b(?:beslut\w*|antog|antagit|antagits|antas|godkän\w*|fastställ\w*|ställt sig bakom|ställde sig bakom|adopted|approved|decided)\b/iu);
const DECIDES = words(/^(?:\s+\S+){0,7}?\s+(?:beslutar|beslutade|har beslutat|antog|har antagit|godkände|har godkänt|fastställde|har fastställt|adopted|approved|decided)\b/iu);

/**
 * Bodies that decide on or adopt the agreement: the subject of "beslutar", "antog", "godkände";
 * the body after "tas för beslut i/inom"; the bodies of a "gemensamma beslut"; or a body named in a
 * sentence about deciding on the agreement.
 */
export function findDecisionBodies(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const sentence of scanned.sentences) {
    if (!hasCue(sentence, CUE.decided) || !DECIDED.test(sentence.text)) continue;
    const aboutAgreement = TITLE_CUE.test(sentence.text) || /\bdokument\w*/iu.test(sentence.text);
    for (const m of sentence.text.matchAll(BODY)) {
      const before = sentence.text.slice(Math.max(0, m.index - 24), m.index);
      const after = sentence.text.slice(m.index + m[0].length);
      const decides =
        /\bbeslut (?:i|inom|av) $/iu.test(before) ||
        DECIDES.test(after) ||
        /^(?:\s+och\s+\p{L}+)?\s+(?:gemensamma\s+)?beslut\b/iu.test(after) ||
        (aboutAgreement && /^(?:kommun|stadsdels|social|ksau)/iu.test(m[1]!) && !GOVERNED.test(before));
      if (!decides) continue;
      // "polisledningens": the body, not its genitive.
      const value = m[1]!.replace(/(ens|ets)$/u, (g) => g.slice(0, -1));
      if (seen.has(value.toLowerCase())) continue;
      seen.add(value.toLowerCase());
      const s = sentence.start + m.index;
      found.push(at(scanned, "decisionBody", value, s, s + m[1]!.length, 0.75));
    }
  }
  return found;
}

// --- References -------------------------------------------------------------------------------

const REFERENCE_HINT = /dnr|diarie|ärende|referens|reference|registration|case|[A-ZÅÄÖ]{2,6}-\d{4}-|[A-Z]\d{3}\.\d{3}\//iu;
const REFERENCE = words(
  /\b(?:(?:[Dd]nr|[Dd]iarienummer|[Dd]iarienr|[Ää]rendenummer|Referens|Registration number \(diarienummer\)|Case number|Reference|Case no)\.?:? ?((?:[A-ZÅÄÖa-zåäö]+ )?[A-ZÅÄÖa-zåäö0-9][A-ZÅÄÖa-zåäö0-9.\-/]*\d[A-ZÅÄÖa-zåäö0-9.\-/]*)|([A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6})|([A-Z]\d{3}\.\d{3}\/\d{4}))/,
  "g",
);

/** Diarienummer and similar references. */
export function findReferences(scanned: Scan): Found[] {
  const found: Found[] = [];
  const lineAt = lineIndex(scanned);
  const seen = new Set<string>();
  if (!REFERENCE_HINT.test(scanned.source.text)) return found;
  for (const m of scanned.source.text.matchAll(REFERENCE)) {
    const value = (m[1] ?? m[2] ?? m[3]!).replace(/[.,]$/, "");
    // "(KSN-2013-1258)": a reference in brackets cites another document.
    if (/\(\s*$/u.test(scanned.source.text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    const s = m.index + m[0].indexOf(value);
    found.push(at(scanned, "reference", value, s, s + value.length, 0.9));
    // "A084.191/2025" with "sak 483" on the next line: the case within the registration.
    const line = lineAt(s);
    const next = line ? scanned.source.lines[scanned.source.lines.indexOf(line) + 1] : undefined;
    const sak = next ? /^\s*((?:sak|ärende) \d{1,6})\s*$/iu.exec(next.text) : null;
    if (next && sak && !seen.has(sak[1]!)) {
      seen.add(sak[1]!);
      const ss = next.start + next.text.indexOf(sak[1]!);
      found.push(at(scanned, "reference", sak[1]!, ss, ss + sak[1]!.length, 0.8));
    }
  }
  return found;
}

// --- Signatories ------------------------------------------------------------------------------

// A person's name: two or three capitalised words (hyphenated parts allowed), with a party letter
// after it where a politician's name has one ("Jan Bohman (S)").
const NAME_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const PERSON = `${NAME_WORD}(?: ${NAME_WORD}){1,2}(?: \\((?:S|M|C|L|KD|V|MP|SD)\\))?`;
const ROLE_WORD =
  "(?:ordförande|kommunalråd|borgarråd|regionråd|kommundirektör|stadsdirektör|kommunchef|lokalpolisområdeschef|polisområdeschef|regionpolischef|polischef|kommunpolis|säkerhetschef|stadsdelsdirektör|förvaltningschef|direktör|KSO|chef|chair|director|chief|mayor)";
const ROLE_WORDS = words(`\\b(?:\\p{L}{0,40}${ROLE_WORD}\\p{L}{0,40}|vice|biträdande|t\\.f\\.|tf|kommunstyrelsens)\\b`, "i");
// Words that are not a person's name although capitalised ("Region Stockholm", "Östra Norrbotten").
const NOT_A_NAME = words(/\b(?:Region|Polisen|Polismyndigheten|Kommun|Kommunen|Stad|Staden|Lokalpolisområde|Polisområde|Polisregion|Östra|Västra|Södra|Norra|Mellersta|Kommunstyrelsens|Kommunstyrelsen|Lokalpolisområdeschef|Kommunpolis|Kommundirektör|Stadsdirektör|Från|Lokala|Lokalt|Brå|BRÅ)\b/u);

/** Whether a capitalised run is a person's name, not a place or a body. */
function isName(text: string): boolean {
  return !NOT_A_NAME.test(text);
}

/** Splits a leading role word off a name matched at a sentence start ("Kommunalråd Leif Pettersson"). */
function splitLeadingRole(name: string): { role: string; name: string } | undefined {
  const parts = name.split(" ");
  if (parts.length >= 3 && ROLE_WORDS.test(parts[0]!)) return { role: parts[0]!, name: parts.slice(1).join(" ") };
  return undefined;
}
const SIGNING = words(
  /\b(?:undertecknad(?:es|e)?|undertecknat(?:s)?|undertecknar|undertecknade|skrivits under|skrivit under|skrevs [^.]{0,120}?under|skrev [^.]{0,120}?under|skriver [^.]{0,120}?under|skrev [^.]{0,120}?på|skriver [^.]{0,120}?på|skrevs på|signerade?s?|signerat|avtalstecknare|signed)\b/iu,
);
const PLACE_DATE = words(
  `^(\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)?),? (?:den )?((?:\\d{1,2}(?: (?:${MONTH_NAMES}))?(?: ${YEAR})?)|${YEAR}-\\d{2}-\\d{2})\\s*$`,
);
// "2025-02-07 Kristianstad": the date first.
const DATE_PLACE = words(`^(${YEAR}-\\d{2}-\\d{2}),? (\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)?)\\s*$`);
const MET_IN = words(/\b(?:träffades|möttes|samlades|skedde) (?:\p{L}+ ){0,3}?i (\p{Lu}\p{Ll}+)\b/u);
const SIGNED_IN = words(/\b(?:undertecknande|undertecknades|undertecknade|skrevs under|signerades) i (\p{Lu}\p{Ll}+)\b/u);
const FULL_DATE = words(`\\b(?:den )?(\\d{1,2} (?:${MONTH_NAMES}) ${YEAR}|${YEAR}-\\d{2}-\\d{2})\\b`);
const SEPARATOR = /(?:,|\boch\b|\bsamt\b|\brespektive\b|\bav\b|\bgenom\b|\bmed\b|\bdå\b|\bnär\b|\bunder\b|\bskrev\b|\bskrevs\b|\bhar\b|\bsom\b|[.;:()])/u;

function signingDate(written: string): string | undefined {
  const t = written.trim();
  const full = parseDate(t);
  if (full) return full;
  const m = /^(\d{1,2})(?: (\p{L}+))?$/u.exec(t);
  return m ? parseDayMonth(m[1]!, m[2]) : undefined;
}

/** The role written just before a name ("kommunalrådet Joakim Storck", "Haparanda stads kommunalråd Sven Tornberg"). */
function roleBefore(text: string, nameAt: number): { text: string; start: number } | undefined {
  const before = text.slice(0, nameAt).replace(/,\s*$/u, (m) => " ".repeat(m.length));
  const tokens = [...before.matchAll(/[^\s]+/gu)];
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 6; i--) {
    const token = tokens[i]![0];
    if (SEPARATOR.test(token.replace(/[,.;:()]+$/u, "")) && !/^\p{L}/u.test(token.replace(/^[,.;:()]+/u, "").slice(0, 1))) break;
    if (/^(?:och|samt|respektive|av|genom|med|då|när|under|skrev|skrevs|har|som|idag|i|dag|den)$/iu.test(token)) break;
    if (/[,.;:)]$/u.test(token)) break;
    first = i;
  }
  if (first >= tokens.length) return undefined;
  const start = tokens[first]!.index;
  const role = before.slice(start).trim();
  return ROLE_WORDS.test(role) ? { text: role, start } : undefined;
}

/** The role written just after a name (", kommunstyrelsens ordförande", " (kommundirektör)", " Lokalpolisområdeschef Kävlinge"). */
function roleAfter(text: string, nameEnd: number): { text: string; start: number } | undefined {
  const after = text.slice(nameEnd);
  const paren = /^\s*\(([^()]{3,80})\)/u.exec(after.replace(/^\s*\((?:S|M|C|L|KD|V|MP|SD)\)/u, (m) => " ".repeat(m.length)));
  if (paren && ROLE_WORDS.test(paren[1]!)) return { text: paren[1]!, start: nameEnd + paren[0].indexOf(paren[1]!) };
  const comma = /^,\s*(?!\s|och\s|samt\s|respektive\s)([^,.;()]{3,80}?)(?=,|\s+och\s|\s+samt\s|\s+respektive\s|\s+har\s|\s+skrev|\s+under\s|[.;]|$)/u.exec(after);
  if (comma && ROLE_WORDS.test(comma[1]!) && ![...comma[1]!.matchAll(new RegExp(PERSON, "gu"))].some((m) => isName(m[0]))) return { text: comma[1]!.trim(), start: nameEnd + comma[0].indexOf(comma[1]!) };
  return undefined;
}

/** Signatories: "undertecknades av X, KSO, och Y, LPO-chef", and signature blocks (place and date, name, role). */
export function findSignatories(scanned: Scan): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  const person = (name: string, role: { text: string; start: number } | undefined, nameStart: number, group: number) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push(at(scanned, "signatory", name, nameStart, nameStart + name.length, 0.8, { group }));
    if (role) {
      const text = collapseSpace(role.text).replace(/[.,;:]$/u, "");
      found.push(at(scanned, "signatoryRole", text, role.start, role.start + role.text.length, 0.75, { group }));
    }
  };
  const signedAt: { place?: Found; date?: Found } = {};
  // Prose: "… undertecknades av X, kommunstyrelsens ordförande, och lokalpolisområdeschef Y".
  for (const sentence of scanned.sentences) {
    const verb = hasCue(sentence, CUE.signing) ? SIGNING.exec(sentence.text) : null;
    if (!verb) continue;
    const group = scanned.nextGroup++;
    const date = FULL_DATE.exec(sentence.text);
    if (date && !signedAt.date) {
      const value = parseDate(date[1]!);
      const s = sentence.start + date.index + date[0].indexOf(date[1]!);
      if (value) found.push((signedAt.date = at(scanned, "signingDate", value, s, s + date[1]!.length, 0.75, { group })));
    }
    // "… träffades i Herrljunga": where the parties met to sign, in this sentence or the next.
    const next = scanned.sentences[scanned.sentences.indexOf(sentence) + 1];
    const met = !SIGNED_IN.test(sentence.text) && next ? MET_IN.exec(next.text) : null;
    if (met && !signedAt.place && findKommun(met[1]!).ok) {
      const s = next!.start + met.index + met[0].lastIndexOf(met[1]!);
      found.push((signedAt.place = at(scanned, "signingPlace", met[1]!, s, s + met[1]!.length, 0.65, { group })));
    }
    const place = SIGNED_IN.exec(sentence.text);
    if (place && !signedAt.place) {
      const s = sentence.start + place.index + place[0].lastIndexOf(place[1]!);
      found.push((signedAt.place = at(scanned, "signingPlace", place[1]!, s, s + place[1]!.length, 0.75, { group })));
    }
    let persons = 0;
    for (const m of sentence.text.matchAll(new RegExp(PERSON, "gu"))) {
      let name = m[0];
      let index = m.index;
      const lead = splitLeadingRole(name);
      let role: { text: string; start: number } | undefined;
      if (lead) {
        role = { text: lead.role, start: index };
        index += name.length - lead.name.length;
        name = lead.name;
      }
      if (!isName(name)) continue;
      persons++;
      role = roleAfter(sentence.text, index + name.length) ?? role ?? roleBefore(sentence.text, index);
      const shifted = role ? { text: role.text, start: sentence.start + role.start } : undefined;
      person(name, shifted, sentence.start + index, group);
    }
    // Roles alone: "undertecknad av stadsdirektören och polisområdeschefen", "avtalstecknare är t.f. lokalpolisområdeschef".
    if (persons === 0) {
      const alone = words(`\\b(?:av|är) ((?:t\\.f\\. |tf |vice |biträdande )?\\p{Ll}{0,40}${ROLE_WORD}\\p{Ll}{0,40})(?: och ((?:t\\.f\\. |vice |biträdande )?\\p{Ll}{0,40}${ROLE_WORD}\\p{Ll}{0,40}))?\\b`).exec(sentence.text.slice(verb.index));
      for (const role of alone ? [alone[1], alone[2]] : []) {
        if (!role) continue;
        const rs = sentence.start + verb.index + alone!.index + alone![0].indexOf(role);
        found.push(at(scanned, "signatoryRole", role, rs, rs + role.length, 0.7, { group }));
      }
    }
  }
  // Signature blocks: "<Ort> den <datum>" (or "<datum> <Ort>"), and names each followed by a role.
  const lines = scanned.source.lines;
  const tail = Math.max(0, lines.length - 40);
  let group = scanned.nextGroup++;
  for (let i = tail; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    const lineStart = line.start + (line.text.length - line.text.trimStart().length);
    const pd = PLACE_DATE.exec(text);
    const dp = pd ? undefined : DATE_PLACE.exec(text);
    if ((pd || dp) && !ROLE_WORDS.test(text)) {
      const placeText = pd ? pd[1]! : dp![2]!;
      const dateText = pd ? pd[2]! : dp![1]!;
      const date = signingDate(dateText);
      if (date) {
        group = scanned.nextGroup++;
        if (!signedAt.place) {
          const ps = lineStart + text.lastIndexOf(placeText);
          found.push((signedAt.place = at(scanned, "signingPlace", placeText, ps, ps + placeText.length, 0.8, { group })));
        }
        if (!signedAt.date) {
          const ds = lineStart + text.indexOf(dateText);
          found.push((signedAt.date = at(scanned, "signingDate", date, ds, ds + dateText.length, 0.8, { group })));
        }
        continue;
      }
    }
    // "Pia Almström" then "Kommunstyrelsens ordförande", or both on one line.
    const name = new RegExp(`^(${PERSON})(?: (.+))?$`, "u").exec(text);
    if (!name || !isName(name[1]!) || splitLeadingRole(name[1]!) || (name[2] !== undefined && (name[2].length > 60 || /^\p{Ll}/u.test(name[2])))) continue;
    let personName = name[1]!;
    let rest = name[2];
    // "Pia Almström Kommunstyrelsens ordförande": the name ends where the role begins.
    const words3 = personName.split(" ");
    const roleIndex = words3.findIndex((w, k) => k >= 2 && ROLE_WORDS.test(w));
    if (roleIndex > 0) {
      rest = `${words3.slice(roleIndex).join(" ")}${rest ? ` ${rest}` : ""}`;
      personName = words3.slice(0, roleIndex).join(" ");
    }
    if (rest !== undefined && !ROLE_WORDS.test(rest)) continue;
    let role: { text: string; start: number } | undefined;
    if (rest !== undefined) role = { text: rest, start: lineStart + text.lastIndexOf(rest) };
    else {
      let j = i + 1;
      while (j < lines.length && lines[j]!.text.trim() === "") j++;
      const next = lines[j];
      const roleText = next?.text.trim() ?? "";
      if (!next || !ROLE_WORDS.test(roleText) || roleText.length > 80) continue;
      role = { text: roleText, start: next.start + next.text.indexOf(roleText) };
    }
    person(personName, role, lineStart, group);
  }
  return found;
}

// Kinds where the same value twice is the same fact (a signatory signing two copies).
const ONCE: ReadonlySet<FactKind> = new Set(["kommun", "police", "signatory", "signingPlace", "signingDate", "decisionBody", "reference", "deliverable"]);

/**
 * Drops a forum or focus area that another of the same kind already names more fully ("BRÅ-Falun"
 * beside "lokala brottsförebyggande rådet (BRÅ-Falun)"), and a repeated one.
 */
/** Whether `short` is `long` with a piece cut from its middle (both parts at least four letters). */
function shortened(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 8) return false;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  const tail = short.length - head;
  return head >= 4 && tail >= 4 && long.endsWith(short.slice(head));
}

function lemmas(text: string): string[] {
  return normalizeFactText(text)
    .split(" ")
    .filter(Boolean)
    .map((word) => forumKey(word));
}

function dedupe(found: readonly Found[], layout: ReadonlySet<Found>): Found[] {
  const names = (kind: FactKind) => found.filter((f) => f.kind === kind).map((f) => ` ${normalizeFactText(f.value)} `);
  const byKind = new Map<FactKind, string[]>([
    ["forum", names("forum")],
    ["focusArea", names("focusArea")],
  ]);
  const forums = found.filter((f) => f.kind === "forum").map((f) => ({ words: lemmas(f.value) }));
  const kept = new Set<string>();
  return found.filter((f) => {
    const all = byKind.get(f.kind);
    if (!all) {
      if (!ONCE.has(f.kind)) return true;
      const key = `${f.kind} ${normalizeFactText(f.value)}`;
      if (kept.has(key)) return false;
      kept.add(key);
      return true;
    }
    const mine = ` ${normalizeFactText(f.value)} `;
    // A heading in the labelled layout is a forum or area of its own, whatever else names it.
    if (layout.has(f)) {
      kept.add(`${f.kind}${mine}`);
      return true;
    }
    if (all.some((other) => other !== mine && other.includes(mine))) return false;
    // A forum whose words (without their endings) are all in a fuller forum's name is that forum:
    // "strategiska samverkansgruppen" in "Central strategisk samverkansgrupp", "Lokala Brå" in
    // "Lokala Brottsförebyggande rådet (Brå)", "samverkansgrupper" in "lokal samverkansgrupp".
    if (f.kind === "forum") {
      const words = lemmas(mine);
      const fuller = forums.find((other) => other.words.length > words.length && words.every((w) => other.words.includes(w)));
      if (fuller) return false;
      // "Lägesgruppen" beside "Lägesbildsgruppen": a compound shortened in the middle is the same forum.
      if (words.length === 1 && forums.some((other) => other.words.length === 1 && shortened(words[0]!, other.words[0]!))) return false;
    }
    if (kept.has(`${f.kind}${mine}`)) return false;
    kept.add(`${f.kind}${mine}`);
    return true;
  });
}

/** Every finder in the order the facts are reported. */
export function findAll(scanned: Scan, medborgarlofte: boolean): Found[] {
  const layout = findLayout(scanned);
  // A validity sentence in the labelled layout is read exactly; the heuristics then stay out.
  const stated = layout.some((f) => f.kind === "start" || f.kind === "end");
  const rest = findEvery(scanned, medborgarlofte).filter((f) => !(stated && (f.kind === "start" || f.kind === "end")));
  const kept = dedupe([...layout, ...rest], new Set(layout));
  // A forum dropped as a repeat takes its cadence with it.
  const groups = new Set(kept.filter((f) => f.kind === "forum").map((f) => f.group));
  const found = kept.filter((f) => f.kind !== "forumCadence" || groups.has(f.group));
  return [...found, ...forumCadences(scanned, found)];
}

/**
 * The cadence of a forum given in a later sentence ("Gruppen träffas cirka fyra gånger per år",
 * "parterna åtar sig att varje vecka delta i konceptet EST"), for forums whose own sentence has none.
 */
function forumCadences(scanned: Scan, found: readonly Found[]): Found[] {
  const forums = found.filter((f) => f.kind === "forum").sort((a, b) => a.start - b.start);
  const heads = forums.map((f) => normalizeFactText(f.value).split(" ").pop() ?? "");
  const timed = new Set(found.filter((f) => f.kind === "forumCadence").map((f) => f.group));
  const out: Found[] = [];
  for (const sentence of scanned.sentences) {
    if (!hasCue(sentence, CUE.meets) || !MEETS.test(sentence.text)) continue;
    const cadence = findCadence(sentence.text);
    if (!cadence || cadence.code === "continuous") continue;
    const words = ` ${normalizeFactText(sentence.text)} `;
    // The forum the sentence names; else, when it says "gruppen", "rådet", "forumet", the one just before it.
    const named = forums.find((f, k) => f.end <= sentence.start && words.includes(` ${heads[k]} `));
    const before = forums.filter((f) => f.end <= sentence.start && sentence.start - f.end < 600).pop();
    const forum = named ?? (ANAPHOR.test(sentence.text) ? before : undefined);
    if (!forum || timed.has(forum.group)) continue;
    timed.add(forum.group);
    const s = sentence.start + cadence.index;
    out.push(at(scanned, "forumCadence", cadence.code, s, s + cadence.length, 0.65, { group: forum.group!, data: { type: "cadence", cadence: cadence.cadence } }));
  }
  return out;
}

function findEvery(scanned: Scan, medborgarlofte: boolean): Found[] {
  return [
    ...findKommuner(scanned),
    ...findPolice(scanned),
    ...findValidity(scanned),
    ...findForums(scanned),
    ...findFocusAreas(scanned),
    ...findCommitments(scanned, medborgarlofte),
    ...findFollowUps(scanned),
    ...findDeliverables(scanned),
    ...findDecisionBodies(scanned),
    ...findSignatories(scanned),
    ...findReferences(scanned),
  ];
}
