/**
 * Why {@link toICalendar} refused its input. Stable codes:
 *
 * | `code` | meaning |
 * | --- | --- |
 * | `invalid_input` | the obligations are not an array |
 * | `invalid_obligation` | an obligation lacks a field the export needs, or has one of the wrong shape (`index`, `field`) |
 * | `duplicate_obligation_id` | two obligations have the same `id`, so their events would share a UID (`index` of the second) |
 * | `invalid_option` | an option has the wrong type or value (`field` names it) |
 */
export type CalendarExportErrorCode = "invalid_input" | "invalid_obligation" | "duplicate_obligation_id" | "invalid_option";

/**
 * Thrown by {@link toICalendar} for input it cannot export. Like the issues of `@samverkan/core`, it
 * carries a stable `code` and where the problem is (`index`, `field`), and its message never repeats
 * the input's own text.
 *
 * @example
 * try {
 *   toICalendar(obligations);
 * } catch (e) {
 *   if (e instanceof CalendarExportError) console.error(e.code, e.index, e.field); // "invalid_obligation" 3 "date"
 *   else throw e;
 * }
 */
export class CalendarExportError extends Error {
  /** What went wrong, see {@link CalendarExportErrorCode}. */
  readonly code: CalendarExportErrorCode;
  /** The position of the obligation in the input array, for `invalid_obligation` and `duplicate_obligation_id`. */
  readonly index: number | undefined;
  /** The field at fault, as a dotted path (`date`, `window.end`, `title.sv`; for options `stamp`, `locale`, …). */
  readonly field: string | undefined;

  /**
   * @param code - what went wrong
   * @param where - the obligation's `index` and the `field` at fault, where known
   */
  constructor(code: CalendarExportErrorCode, where: { index?: number; field?: string } = {}) {
    const at = [where.index === undefined ? "" : `obligation ${where.index}`, where.field ?? ""].filter(Boolean).join(", ");
    super(`${messages[code]}${at ? ` (${at})` : ""}`);
    this.name = "CalendarExportError";
    this.code = code;
    this.index = where.index;
    this.field = where.field;
  }
}

const messages: Record<CalendarExportErrorCode, string> = {
  invalid_input: "Cannot export to iCalendar: the obligations must be an array",
  invalid_obligation: "Cannot export to iCalendar: an obligation has a missing or malformed field",
  duplicate_obligation_id: "Cannot export to iCalendar: two obligations have the same id",
  invalid_option: "Cannot export to iCalendar: an option has a wrong type or value",
};
