// Dates as Swedish texts write them: "1 januari 2025", "den 31 december 2026", "2020-03-10",
// "mars 2023", "2019". Each parser returns the value in the fact form (YYYY, YYYY-MM, YYYY-MM-DD).

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // English, as `render` writes in English.
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** A month name alternation for patterns (longest first). */
export const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A year an agreement can name. */
export const YEAR = "(?:19[5-9]\\d|20\\d\\d)";

/** "1 januari 2025", "1:a januari 2025", "2025-01-01", "mars 2023", "2019" as one pattern (unanchored). */
export const DATE = `(?:\\d{1,2}(?::a|:e)?\\s+(?:${MONTH_NAMES})\\.?\\s+${YEAR}|${YEAR}-[01]\\d-[0-3]\\d|(?<![\\p{L}])(?:${MONTH_NAMES})\\s+${YEAR}|${YEAR})`;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Reads one date matched by {@link DATE} into its fact form, or undefined. */
export function parseDate(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  }
  m = /^(\d{1,2})(?::a|:e)? ([a-zåäö]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    const [y, d] = [Number(m[3]), Number(m[1])];
    return month && isRealDate(y, month, d) ? `${m[3]}-${two(month)}-${two(d)}` : undefined;
  }
  m = /^([a-zåäö]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1]!];
    return month ? `${m[2]}-${two(month)}` : undefined;
  }
  return /^\d{4}$/.test(t) ? t : undefined;
}

/** A day and month without a year ("11 juni"), as `--06-11`; a day alone as `--11`. */
export function parseDayMonth(day: string, month: string | undefined): string | undefined {
  const d = Number(day);
  if (!(d >= 1 && d <= 31)) return undefined;
  if (month === undefined) return `--${two(d)}`;
  const mo = MONTHS[month.toLowerCase()];
  return mo ? `--${two(mo)}-${two(d)}` : undefined;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  tolv: 12,
  arton: 18,
  tjugofyra: 24,
};

/** A number written as digits or as a Swedish word ("två", "fyra"); undefined otherwise. */
export function parseCount(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

/** The Swedish number words {@link parseCount} reads, as a pattern alternation. */
export const COUNT_WORDS = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;
