// Facts written in the labelled layout of a structured agreement, the layout `renderDocument` writes
// and many kommuner's own templates use: the validity sentence ("Överenskommelsen gäller från och med
// 1 januari 2025 till och med 31 december 2028."), sections by heading (forums under "Former för
// samverkan", areas under "Prioriterade områden"), "Hur ofta:" under "Uppföljning", "Antagen av …"
// under "Beslut", and signature blocks with "Ort och datum:" and "Namn:".
import { findCadence } from "./cadence.js";
import { DATE, parseDate } from "./dates.js";
import type { FactKind } from "./facts.js";
import type { Found, FoundData, Scan } from "./finders.js";
import { collapseSpace } from "../render/space.js";
import { words } from "./source.js";

const CARDINALS: Readonly<Record<string, number>> = {
  ett: 1,
  en: 1,
  one: 1,
  två: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  åtta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  elva: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
};

function cardinal(word: string): number | undefined {
  return /^\d{1,3}$/u.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
}

/** "tre år och sex månader", "two years", "18 månader" as a fact value: `P3Y`, or in months `P42M`. */
function duration(text: string): string | undefined {
  const m = /^(?:(\p{L}+|\d+) (?:år|years?))?(?: (?:och|and) )?(?:(\p{L}+|\d+) (?:månader|månad|months?))?$/u.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const years = m[1] === undefined ? 0 : cardinal(m[1]);
  const months = m[2] === undefined ? 0 : cardinal(m[2]);
  if (years === undefined || months === undefined) return undefined;
  return months === 0 ? `P${years}Y` : `P${years * 12 + months}M`;
}

const VALIDITY_SENTENCE = words(
  /\b(?:Överenskommelsen|Samverkansöverenskommelsen|Medborgarlöftet|The agreement|The citizen promise) (?:gäller|is valid) ([^.]+)\./u,
  "g",
);
const SPAN = words(`^(?:under åren|during the years) (\\d{4})\\s*[–-]\\s*(\\d{4})(.*)$|^(?:under|during) (\\d{4})(.*)$`);
const FROM_PART = words(`^(?:från och med|from) (undertecknandet|the date of signing|${DATE})`, "i");
const TO_PART = words(`^(?:och )?(?:till och med (?:den )?(${DATE})|until (${DATE}) inclusive|until the end of (\\d{4})|(tills vidare|until further notice)|(?:i|for) (.+))`, "i");
const UNTIL_REPLACED = words(/\b(?:och till dess att nya medborgarlöften presenteras|until new citizen promises are presented)\b/u);

/** The facts of the labelled layout, one pass over the lines. */
export function findLayout(scanned: Scan): Found[] {
  const found: Found[] = [];
  const text = scanned.source.text;
  const add = (kind: FactKind, value: string, start: number, end: number, extra: { group?: number; data?: FoundData } = {}) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    found.push({ kind, value, start, end, confidence: 0.9, ...extra });
  };

  // The validity sentence, each one (a set has one per part).
  for (const m of text.matchAll(VALIDITY_SENTENCE)) {
    const words0 = collapseSpace(m[1]!);
    const at0 = m.index + m[0].indexOf(m[1]!);
    const group = scanned.nextGroup++;
    const span = SPAN.exec(words0);
    let rest = words0;
    if (span) {
      const [from, to] = span[1] ? [span[1], span[2]!] : [span[4]!, span[4]!];
      add("start", from, at0, at0 + m[1]!.length, { group });
      add("end", to, at0, at0 + m[1]!.length, { group });
      if (UNTIL_REPLACED.test(words0)) {
        found.pop();
        add("end", "open", at0, at0 + m[1]!.length, { group });
      }
      continue;
    }
    const from = FROM_PART.exec(rest);
    if (from) {
      const value = /undertecknandet|signing/iu.test(from[1]!) ? "signing" : parseDate(from[1]!);
      if (value) add("start", value, at0, at0 + from[0].length, { group });
      rest = rest.slice(from[0].length).trim();
    }
    if (UNTIL_REPLACED.test(rest)) {
      add("end", "open", at0, at0 + m[1]!.length, { group });
      continue;
    }
    const to = TO_PART.exec(rest);
    if (!to) continue;
    const value = to[1] ? parseDate(to[1]) : to[2] ? parseDate(to[2]) : to[3] ? to[3] : to[4] ? "open" : to[5] ? duration(to[5]) : undefined;
    if (value) add("end", value, at0, at0 + m[1]!.length, { group });
  }

  // Sections by heading (Markdown "#" marks are in the original text).
  const lines = scanned.source.lines;
  let section = "";
  let forum: { group: number; timed: boolean } | undefined;
  let signature = scanned.nextGroup++;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const original = scanned.source.marked.slice(line.start, line.end);
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/u.exec(original);
    const content = line.text.trim();
    if (heading) {
      const title = collapseSpace(heading[2]!.replace(/\\(.)/gu, "$1"));
      if (SECTIONS.test(title)) {
        section = SECTIONS.exec(title)![1]!.toLowerCase();
        forum = undefined;
        continue;
      }
      const start = line.start + original.indexOf(heading[2]!);
      if (FORUM_SECTIONS.test(section)) {
        forum = { group: scanned.nextGroup++, timed: false };
        add("forum", title, start, start + heading[2]!.length, { group: forum.group });
      } else if (FOCUS_SECTIONS.test(section)) add("focusArea", title, start, start + heading[2]!.length);
      continue;
    }
    if (content === "") continue;
    // "<forum> träffas varje vecka." under the forum's heading.
    if (forum && !forum.timed) {
      const meets = /\b(?:träffas|meets)\b (.+)\.$/u.exec(content);
      const cadence = meets ? findCadence(meets[1]!) : undefined;
      if (meets && cadence) {
        const s = line.start + line.text.indexOf(meets[1]!) + cadence.index;
        add("forumCadence", cadence.code, s, s + cadence.length, { group: forum.group, data: { type: "cadence", cadence: cadence.cadence } });
        forum.timed = true;
        continue;
      }
    }
    const item = line.item?.trim();
    // "Hur ofta: varje år" under "Uppföljning".
    if (FOLLOW_UP_SECTIONS.test(section) && item !== undefined) {
      const often = /^(?:Hur ofta|How often): (.+)$/u.exec(item);
      const cadence = often ? findCadence(often[1]!) : undefined;
      if (often && cadence) {
        const s = line.itemStart + item.indexOf(often[1]!) + cadence.index;
        add("followUp", cadence.code, s, s + cadence.length, { data: { type: "cadence", cadence: cadence.cadence } });
      }
    }
    // "Det som ska tas fram": one deliverable per item (its details are nested items).
    if (DELIVERABLE_SECTIONS.test(section) && item !== undefined && line.text.search(/\S/u) < 2 && !/^[\p{L} ]+: /u.test(item)) {
      add("deliverable", item, line.itemStart, line.itemStart + item.length);
    }
    // "Antagen av Kommunstyrelsen i X kommun, 3 maj 2019, § 45".
    if (DECISION_SECTIONS.test(section) && item !== undefined) {
      const by = /^(?:Antagen|Undertecknad|Förlängd|Reviderad|Uppsagd|Adopted|Signed|Extended|Revised|Terminated) (?:av|by) ([^,;]+?)(?:,|;|\.|$)/u.exec(item);
      if (by) {
        const s = line.itemStart + item.indexOf(by[1]!);
        add("decisionBody", by[1]!, s, s + by[1]!.length);
      }
    }
    // Signature blocks.
    const labelled = /^(Ort och datum|Place and date|Namn|Name|Namnförtydligande|Name in block letters):\s*(.*)$/u.exec(content);
    if (!labelled) continue;
    const value = labelled[2]!.trim();
    const valueAt = value === "" ? line.start : line.start + line.text.indexOf(value);
    if (/^(?:Ort och datum|Place and date)$/u.test(labelled[1]!)) {
      signature = scanned.nextGroup++;
      // Blank lines to fill in are underscores (or spaces, where Markdown emphasis marks were blanked).
      const pd = words(`^(?:(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?)|_*)\\s*(?:den|on) (?:(${DATE})|(\\d{1,2})|_+)(?:\\s+_*)*$`, "i").exec(value.trim());
      if (!pd) continue;
      if (pd[1]) add("signingPlace", pd[1], valueAt, valueAt + pd[1].length, { group: signature });
      const date = pd[2] ? parseDate(pd[2]) : pd[3] ? `--${pd[3].padStart(2, "0")}` : undefined;
      const dateText = pd[2] ?? pd[3];
      if (date && dateText) {
        const s = valueAt + value.indexOf(dateText, pd[1]?.length ?? 0);
        add("signingDate", date, s, s + dateText.length, { group: signature });
      }
      continue;
    }
    const named = /^(?:Namn|Name)$/u.test(labelled[1]!) && /\p{L}/u.test(value);
    if (!named && !/^(?:Namnförtydligande|Name in block letters)$/u.test(labelled[1]!)) continue;
    if (named) add("signatory", value, valueAt, valueAt + value.length, { group: signature });
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === "") j++;
    const role = lines[j]?.text.trim() ?? "";
    if (role !== "" && !/^[\p{L} ]+: /u.test(role) && !/^(?:För|For) /u.test(role) && !/^#/u.test(scanned.source.marked.slice(lines[j]!.start, lines[j]!.end).trim())) {
      const s = lines[j]!.start + lines[j]!.text.indexOf(role);
      add("signatoryRole", role, s, s + role.length, { group: signature });
    }
  }
  return found;
}

const SECTIONS = words(
  /^(Parter|Parties|Giltighetstid|Period of validity|Former för samverkan|Forms of cooperation|Prioriterade områden|Priority areas|Uppföljning|Follow-up|Det som ska tas fram|To be produced|Beslut|Decisions|Underskrifter|Signatures|Medborgarlöften|Citizen promises|Kommunikation|Communication|Budget|Planer|Plans|Syfte och mål|Purpose and goals|Bakgrund|Background|Problembild|Bilagor|Annexes|Samordning och kontaktpersoner|Parternas åtaganden|Övriga bestämmelser)$/iu,
);
const FORUM_SECTIONS = /^(?:former för samverkan|forms of cooperation)$/u;
const FOCUS_SECTIONS = /^(?:prioriterade områden|priority areas)$/u;
const FOLLOW_UP_SECTIONS = /^(?:uppföljning|follow-up)$/u;
const DELIVERABLE_SECTIONS = /^(?:det som ska tas fram|to be produced)$/u;
const DECISION_SECTIONS = /^(?:beslut|decisions)$/u;
