import type { Cadence } from "@samverkan/core";
import { COUNT_WORDS, parseCount } from "./dates.js";
import { words } from "./source.js";

/** A cadence found in a text: its fact code, the model's cadence, and where it was written. */
export interface FoundCadence {
  readonly code: string;
  readonly cadence: Cadence;
  readonly index: number;
  readonly length: number;
}

interface CadenceRule {
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray) => Cadence | undefined;
}

const fixed =
  (cadence: Cadence) =>
  (): Cadence =>
    cadence;

// Ordinals as Swedish and English texts write them, and "13:e", "26th".
const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries([
  ...["andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"].map((w, i) => [w, i + 2]),
  ...["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"].map((w, i) => [w, i + 2]),
]);
const ORDINAL = `(?:${Object.keys(ORDINALS).join("|")}|\\d{1,2}:[ae]|\\d{1,2}(?:st|nd|rd|th))`;

function ordinalValue(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()] ?? (/^\d{1,2}/u.test(word) ? Number(/^\d{1,2}/u.exec(word)![0]) : undefined);
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  måndag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lördag: 6,
  söndag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const WEEKDAY = `(?:${Object.keys(WEEKDAYS).join("|")})`;
const SEASONS = "(?:vår|sommar|höst|vinter|spring|summer|autumn|winter)";
const SEASON_OF: Readonly<Record<string, "spring" | "summer" | "autumn" | "winter">> = {
  vår: "spring",
  spring: "spring",
  sommar: "summer",
  summer: "summer",
  höst: "autumn",
  autumn: "autumn",
  vinter: "winter",
  winter: "winter",
};

// Longer phrases first: "minst en gång per tertial" before "per tertial".
const RULES: readonly CadenceRule[] = [
  {
    // "varannan vecka", "var tredje vecka", "var 14:e dag", "varannan måndag", "every other week", "every third Monday"
    pattern: words(`\\b(?:varannan|var (${ORDINAL})|every other|every (${ORDINAL})) (vecka|week|${WEEKDAY})\\b|\\bvar 14:e dag\\b`, "iu"),
    read: (m) => {
      if (m[0].toLowerCase().startsWith("var 14")) return { type: "every_n_weeks", weeks: 2 };
      const weeks = m[1] ?? m[2] ? ordinalValue((m[1] ?? m[2])!) : 2;
      const weekday = WEEKDAYS[m[3]!.toLowerCase()];
      return weeks !== undefined && weeks >= 2 && weeks <= 52 ? { type: "every_n_weeks", weeks, ...(weekday ? { weekday } : {}) } : undefined;
    },
  },
  {
    // "varje måndag", "every Monday"
    pattern: words(`\\b(?:varje|every) (${WEEKDAY})\\b`, "iu"),
    read: (m) => ({ type: "weekly", weekday: WEEKDAYS[m[1]!.toLowerCase()]! }),
  },
  {
    pattern: words(/\b(?:varje|en gång i|en gång per|en gång varje) vecka(?:n)?\b|\bveckovis\b|\bvarje veckas?\b|\bveckoliga?\b|\bweekly\b|\bevery week\b|\bonce a week\b/iu),
    read: fixed({ type: "weekly" }),
  },
  {
    pattern: words(/\b(?:varje|en gång i|en gång per|en gång varje) månad(?:en)?\b|\bmånadsvis\b|\bmånatliga?\b|\bmonthly\b|\bevery month\b|\bonce a month\b/iu),
    read: fixed({ type: "monthly" }),
  },
  {
    pattern: words(/\b(?:varje|en gång i|en gång per|en gång varje|per) kvartal(?:et)?\b|\bkvartalsvis\b|\bquarterly\b|\bevery quarter\b|\bonce a quarter\b/iu),
    read: fixed({ type: "quarterly" }),
  },
  {
    pattern: words(/\b(?:varje|en gång i|en gång per|en gång varje|per) tertial(?:et)?\b|\btertialvis\b|\bevery four months\b|\bper four-month period\b/iu),
    read: fixed({ type: "tertial" }),
  },
  {
    pattern: words(/\b(?:varje|en gång i|en gång per|en gång varje|per) halvår(?:et)?\b|\bhalvårsvis\b|\bhalf-yearly\b|\bevery six months\b/iu),
    read: fixed({ type: "half_yearly" }),
  },
  { pattern: words(/\bvartannat år\b|\bevery other year\b|\bevery second year\b/iu), read: fixed({ type: "every_n_years", years: 2 }) },
  {
    pattern: words(`\\bvart (${ORDINAL}) år\\b|\\bevery (${ORDINAL}) year\\b|\\bevery (\\d{1,2}) years\\b`, "iu"),
    read: (m) => {
      const years = ordinalValue((m[1] ?? m[2] ?? m[3])!);
      return years !== undefined && years >= 2 && years <= 20 ? { type: "every_n_years", years } : undefined;
    },
  },
  {
    pattern: words(/\b(?:en gång|minst en gång) per mandatperiod\b|\bvarje mandatperiod\b|\bonce (?:in )?(?:each|every|per) (?:term of office|electoral term)\b/iu),
    read: fixed({ type: "per_mandate_period" }),
  },
  {
    pattern: words(/\b(?:en gång )?(?:innan|före) (?:giltighetstiden|överenskommelsen|avtalet) löper ut\b|\bonce before the agreement expires\b/iu),
    read: fixed({ type: "before_end" }),
  },
  {
    pattern: words(`\\b(${COUNT_WORDS}) (?:gånger|ggr|tillfällen|möten) (?:per|om|i|varje) år(?:et)?\\b|\\b(\\d{1,2}) times (?:a|per|each) year\\b`, "iu"),
    read: (m) => {
      const times = parseCount(m[1] ?? m[2] ?? "");
      if (times === undefined || times < 2 || times > 52) return undefined;
      // The model's nearest calendar cadence; the fact keeps the count (see cadenceCode).
      const type = ({ 2: "half_yearly", 3: "tertial", 4: "quarterly", 12: "monthly" } as Record<number, Cadence["type"]>)[times];
      return { type: type ?? "yearly", asWritten: `times_per_year:${times}` } as Cadence;
    },
  },
  {
    // "varje höst", "every autumn"
    pattern: words(`\\b(?:varje|every) (${SEASONS})\\b`, "iu"),
    read: (m) => ({ type: "yearly", anchor: { type: "season", season: SEASON_OF[m[1]!.toLowerCase()]! } }),
  },
  {
    pattern: words(
      /\b(?:årligen|varje år|en gång (?:per|om|i|varje) år(?:et)?|årsvis|årlig(?:a|t|en)? (?:uppföljning\p{L}{0,40}|utvärdering\p{L}{0,40}|återrapport\p{L}{0,40}|rapport\p{L}{0,40}|genomgång\p{L}{0,40}|översyn\p{L}{0,40}|trygghetsmätning\p{L}{0,40}|mätning\p{L}{0,40})|yearly|every year|annually|once a year)\b/iu,
    ),
    read: fixed({ type: "yearly" }),
  },
  { pattern: words(/\bvid behov\b|\bnär behov(?:et)? (?:finns|uppstår)\b|\bwhen needed\b|\bas needed\b/iu), read: fixed({ type: "when_needed" }) },
  { pattern: words(/\blöpande\b|\bkontinuerlig(?:t|a)?\b|\bcontinuously\b|\bon an ongoing basis\b/iu), read: fixed({ type: "continuous" }) },
];

/** The fact code of a cadence: its type, with its number where it has one. */
export function cadenceCode(cadence: Cadence): string {
  if (cadence.type === "every_n_weeks") return `every_n_weeks:${cadence.weeks}`;
  if (cadence.type === "every_n_years") return `every_n_years:${cadence.years}`;
  if (cadence.asWritten?.startsWith("times_per_year:")) return cadence.asWritten;
  return cadence.type;
}

/** Every cadence a sentence states, in order, one per place in the text. */
export function findCadences(text: string): FoundCadence[] {
  const out: FoundCadence[] = [];
  let from = 0;
  for (let found = findCadence(text); found; found = findCadence(text.slice(from))) {
    const shifted = { ...found, index: found.index + from };
    out.push(shifted);
    from = shifted.index + shifted.length;
  }
  return out;
}

// The same sentence is asked for its cadence by several finders: remember the last few hundred answers.
const remembered = new Map<string, FoundCadence | undefined>();

/** The first cadence a sentence states, if any (the earliest in the text; the more specific at one place). */
export function findCadence(text: string): FoundCadence | undefined {
  let found: FoundCadence | undefined;
  if (remembered.has(text)) found = remembered.get(text);
  else {
    found = firstCadence(text);
    if (remembered.size >= 512) remembered.clear();
    remembered.set(text, found);
  }
  // A copy: the cadence goes into a draft the caller owns.
  if (!found) return undefined;
  const { anchor } = found.cadence;
  return { ...found, cadence: { ...found.cadence, ...(anchor ? { anchor: { ...anchor } } : {}) } as Cadence };
}

function firstCadence(text: string): FoundCadence | undefined {
  let best: FoundCadence | undefined;
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const read = rule.read(m);
    if (!read) continue;
    const atLeast = /\bminst\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^(?:minst|at least)\b/iu.test(m[0]);
    const written = text.slice(m.index, m.index + m[0].length);
    const code = cadenceCode(read);
    const cadence: Cadence = { ...read, ...(atLeast ? { atLeast } : {}), asWritten: written };
    if (!best || m.index < best.index) best = { code, cadence, index: m.index, length: m[0].length };
  }
  return best;
}
