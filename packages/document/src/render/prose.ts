// By subpath, not from the barrels: Node loads every module a barrel names (on Node 22, 1.8 s for
// date-fns and its locales, against 0.1 s for these three). Bundlers give the same code either way.
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";

/** The languages a document can be rendered in. */
export type Lang = "sv" | "en";

const locales = { sv, en: enGB } as const;

/**
 * The civil date's parts as a `Date` at local noon: whatever the machine's time zone, the local
 * calendar day is the civil day, so date-fns's `format` (which reads local fields) gives the same
 * text under UTC, Europe/Stockholm, America/Los_Angeles and Pacific/Kiritimati alike.
 */
function localNoon(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** A civil date `YYYY-MM-DD` in prose: "1 januari 2025", "1 January 2025". */
export function civilDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  return format(localNoon(y, m, d), "d MMMM yyyy", { locale: locales[lang] });
}

/** A month of a year in prose: "juni 2017", "June 2017". */
export function monthOfYear(year: number, month: number, lang: Lang): string {
  return format(localNoon(year, month, 1), "MMMM yyyy", { locale: locales[lang] });
}

/** The name of a month alone: "mars", "March". */
export function monthName(month: number, lang: Lang): string {
  return format(localNoon(2000, month, 1), "MMMM", { locale: locales[lang] });
}

/** The name of a weekday, ISO numbering (1 Monday … 7 Sunday): "måndag", "Monday". */
export function weekdayName(weekday: number, lang: Lang): string {
  // 3 January 2000 was a Monday.
  return format(localNoon(2000, 1, 2 + weekday), "EEEE", { locale: locales[lang] });
}

/** The precision and parts of a partial date (`"2016"`, `"2017-06"`, `"2018-04-01"`). */
export type PartialParts =
  | { readonly precision: "year"; readonly year: number }
  | { readonly precision: "month"; readonly year: number; readonly month: number }
  | { readonly precision: "day"; readonly year: number; readonly month: number; readonly day: number; readonly iso: string };

/** Splits a partial date into its parts. */
export function partialParts(value: string): PartialParts {
  const [y = 0, m, d] = value.split("-").map(Number);
  if (m === undefined) return { precision: "year", year: y };
  if (d === undefined) return { precision: "month", year: y, month: m };
  return { precision: "day", year: y, month: m, day: d, iso: value };
}

/** A partial date as the text would say it: "2016", "juni 2017", "1 april 2018". */
export function partialDate(value: string, lang: Lang): string {
  const p = partialParts(value);
  if (p.precision === "year") return String(p.year);
  if (p.precision === "month") return monthOfYear(p.year, p.month, lang);
  return civilDate(p.iso, lang);
}

const svCardinalNeuter = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
const svCardinalCommon = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
const enCardinal = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const svOrdinal = ["", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"];
const enOrdinal = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/** A small number in words ("två", "two"), digits above twelve. `neuter` picks "ett" over "en". */
export function cardinal(n: number, lang: Lang, neuter = false): string {
  const words = lang === "en" ? enCardinal : neuter ? svCardinalNeuter : svCardinalCommon;
  return words[n] ?? String(n);
}

/** An ordinal in words ("tredje", "third"), "12:e" / "12th" above twelve. */
export function ordinal(n: number, lang: Lang): string {
  const word = (lang === "en" ? enOrdinal : svOrdinal)[n];
  if (word) return word;
  if (lang === "sv") return `${n}:${n % 10 === 1 || n % 10 === 2 ? (n % 100 === 11 || n % 100 === 12 ? "e" : "a") : "e"}`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

/** Joins words as a list: "a, b och c", "a, b and c". */
export function joinWords(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words[0] ?? "";
  const and = lang === "en" ? "and" : "och";
  return `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1] ?? ""}`;
}

/** The first letter in upper case. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}
