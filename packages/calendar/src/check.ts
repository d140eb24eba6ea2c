import { isCivilDate, type Locale, type Obligation } from "@samverkan/core";
import { CalendarExportError } from "./error.js";
import { labels } from "./labels.js";
import { obligationUid } from "./uid.js";

// Runtime checks of what toICalendar is given. The types say it all for TypeScript callers; these
// are for JavaScript callers and for obligations that came back from JSON, so that bad data gives a
// coded CalendarExportError instead of a TypeError deep inside ical-generator, or a broken file.

type Unknown = Record<string, unknown>;

const isObject = (value: unknown): value is Unknown => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const has = (record: object, key: unknown): boolean => typeof key === "string" && Object.hasOwn(record, key);
const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

/** Checks every obligation and that ids are unique; throws the first problem found. */
export function checkObligations(obligations: unknown, locale: Locale): readonly Obligation[] {
  if (!Array.isArray(obligations)) throw new CalendarExportError("invalid_input");
  const seen = new Set<string>();
  obligations.forEach((obligation: unknown, index) => {
    const field = faultOf(obligation, locale);
    if (field !== undefined) throw new CalendarExportError("invalid_obligation", field === "" ? { index } : { index, field });
    const { id } = obligation as Obligation;
    if (seen.has(id)) throw new CalendarExportError("duplicate_obligation_id", { index, field: "id" });
    seen.add(id);
  });
  return obligations as readonly Obligation[];
}

/** The first field of an obligation that the export cannot use (`""`: the obligation itself), or undefined. */
function faultOf(o: unknown, locale: Locale): string | undefined {
  if (!isObject(o)) return "";
  if (!isText(o.id) || !encodable(o.id)) return "id";
  if (!has(labels[locale].kinds, o.kind)) return "kind";
  if (!isCivilDate(o.date)) return "date";
  const window = o.window;
  if (!isObject(window)) return "window";
  if (!isCivilDate(window.start)) return "window.start";
  if (!isCivilDate(window.end) || window.end < window.start) return "window.end";
  if (typeof o.period !== "string") return "period";
  if (!isText(o.agreementId)) return "agreementId";
  const source = o.source;
  if (!isObject(source)) return "source";
  if (!has(labels[locale].sources, source.type)) return "source.type";
  if (!optional(source.id, isText)) return "source.id";
  const responsible = o.responsible;
  if (responsible !== undefined) {
    if (!isObject(responsible)) return "responsible";
    if (!has(labels[locale].sides, responsible.side)) return "responsible.side";
    if (!Array.isArray(responsible.partyIds) || !responsible.partyIds.every(isText)) return "responsible.partyIds";
  }
  if (!optional(o.municipality, isText)) return "municipality";
  if (!optional(o.atLeast, (v) => typeof v === "boolean")) return "atLeast";
  if (o.basis !== "agreement" && o.basis !== "default") return "basis";
  if (o.law !== undefined && o.law !== "2023:196") return "law";
  const target = o.target;
  if (target !== undefined) {
    if (!isObject(target) || !Number.isInteger(target.count) || (target.count as number) < 0) return "target";
    if (!optional(target.unit, isText)) return "target.unit";
    if (!optional(target.atLeast, (v) => typeof v === "boolean")) return "target.atLeast";
  }
  if (!isObject(o.title)) return "title";
  if (!isText(o.title[locale])) return `title.${locale}`;
  if (!optional(o.shiftedFrom, isCivilDate)) return "shiftedFrom";
  return undefined;
}

/** Whether an id can be made into a UID (not when it holds a lone UTF-16 surrogate). */
function encodable(id: string): boolean {
  try {
    obligationUid(id);
    return true;
  } catch {
    return false;
  }
}
