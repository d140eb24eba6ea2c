// Civil-date arithmetic for the benchmark corpus: dates are `YYYY-MM-DD` strings; Date.UTC is used
// only to count days, so nothing depends on the machine's time zone.
import type { Random } from "./random.js";

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Whether `y` is a leap year. */
export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` from its parts. */
export const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** A random day in `[start, end]`. */
export const dateWithin = (rng: Random, start: string, end: string): string => addDays(start, rng.int(0, Math.max(0, daysBetween(start, end))));

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** A date as Swedish text writes it: "1 januari 2025". */
export const spoken = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
