import type { Issue, Locale } from "@samverkan/core";
import { labels } from "./labels.js";

/** The options with their defaults, as the writer uses them. */
export interface Settings {
  readonly locale: Locale;
  readonly span: "date" | "window";
  /** The calendar's name as given (the writer cleans and escapes it); `undefined` for none. */
  readonly name: string | undefined;
  readonly prodId: string;
  /** The DTSTAMP as milliseconds since 1970 (years 1–9999). */
  readonly stamp: number;
}

const DEFAULT_PROD_ID = "-//samverkan//calendar//SV";
const LOCALES = Object.keys(labels) as Locale[];
const SPANS = ["date", "window"] as const;

/** What a value is, for `invalid_type`'s `received`: never the value itself. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Reads the options once each and checks them: the settings with their defaults, or coded issues
 * whose paths start at the options object (`["stamp"]`). A getter that throws is the caller's to
 * catch (`unreadable_input`).
 */
export function readOptions(options: unknown): { ok: true; value: Settings } | { ok: false; issues: Issue[] } {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return { ok: false, issues: [{ code: "invalid_type", severity: "error", path: [], params: { expected: "object", received: typeName(options) } }] };
  }
  const given = options as Record<string, unknown>;
  const { locale = "sv", span = "date", name, prodId = DEFAULT_PROD_ID, stamp } = given;
  const issues: Issue[] = [];
  if (!(LOCALES as unknown[]).includes(locale)) issues.push({ code: "invalid_value", severity: "error", path: ["locale"], params: { allowed: LOCALES } });
  if (!(SPANS as readonly unknown[]).includes(span)) issues.push({ code: "invalid_value", severity: "error", path: ["span"], params: { allowed: SPANS } });
  if (name !== undefined && typeof name !== "string") issues.push({ code: "invalid_type", severity: "error", path: ["name"], params: { expected: "string", received: typeName(name) } });
  if (typeof prodId !== "string") issues.push({ code: "invalid_type", severity: "error", path: ["prodId"], params: { expected: "string", received: typeName(prodId) } });
  else if (prodId === "") issues.push({ code: "too_small", severity: "error", path: ["prodId"], params: { origin: "string", minimum: 1 } });
  // PRODID is written as it is: one line of printable text.
  else if (/\p{Cc}/u.test(prodId)) issues.push({ code: "invalid_format", severity: "error", path: ["prodId"], params: { format: "text" } });
  const time = stamp === undefined ? 0 : timeOf(stamp);
  if (time === undefined) issues.push({ code: "invalid_type", severity: "error", path: ["stamp"], params: { expected: "date", received: typeName(stamp) } });
  else if (!inYears(time)) issues.push({ code: "invalid_date", severity: "error", path: ["stamp"], params: {} });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { locale: locale as Locale, span: span as Settings["span"], name: name as string | undefined, prodId: prodId as string, stamp: time as number } };
}

/** The time value of a real Date (of any realm), or `undefined` for anything else, a look-alike included. */
function timeOf(value: unknown): number | undefined {
  try {
    // getTime checks that `this` is a Date: an object made from Date.prototype, or a proxy, throws.
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

// Years 1–9999, what iCalendar's four-digit year can write: 0001-01-01T00:00:00Z up to, not
// including, 10000-01-01T00:00:00Z. NaN (an invalid Date) is outside.
const inYears = (time: number) => time >= -62_135_596_800_000 && time < 253_402_300_800_000;
