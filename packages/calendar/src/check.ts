import { ObligationSchema, createFastParser, fromZodIssues, type FastParseResult, type Issue, type Obligation } from "@samverkan/core";
import { nextDayCompact } from "./civil.js";
import { isWellFormed } from "./lines.js";
import { typeName } from "./options.js";

/** The most issues one call reports: enough to fix a batch by, and a bound on what bad input costs. */
export const MAX_ISSUES = 100;

/** How an obligation is parsed: with the results of `ObligationSchema.safeParse`. */
export type ObligationParser = (value: unknown) => FastParseResult<Obligation>;

// Made at the first export, on core's fast path (the same results as `ObligationSchema.safeParse`,
// two to three times faster per obligation, no `new Function`), and kept.
let fast: ObligationParser | undefined;
const fastParse: ObligationParser = (value) => (fast ??= createFastParser(ObligationSchema))(value);

const unreadable = (path: (string | number)[]): Issue => ({ code: "unreadable_input", severity: "error", path, params: {} });

/**
 * Reads the obligations one by one and checks each with core's {@link ObligationSchema}, then what
 * the schema cannot see on its own: a window that ends before it starts, an id that is not Unicode
 * text (it becomes the UID), a last day after which iCalendar cannot write a DTEND, and ids that
 * two obligations share. Each good obligation goes to `use` as a fresh copy (zod's), read once, as
 * long as no obligation has failed: it is written and dropped at once, so the copies never pile up.
 *
 * @param parse - how each obligation is parsed (tests give zod's own `safeParse` too)
 * @returns the issues, paths starting at the array (`[3, "window", "end"]`), at most
 * {@link MAX_ISSUES}; none when every obligation went to `use`
 */
export function readObligations(input: unknown, span: "date" | "window", use: (o: Obligation) => void, parse: ObligationParser = fastParse): Issue[] {
  let length: unknown;
  try {
    if (!Array.isArray(input)) return [{ code: "invalid_type", severity: "error", path: [], params: { expected: "array", received: typeName(input) } }];
    length = input.length;
  } catch {
    // A revoked proxy.
    return [unreadable([])];
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) return [unreadable([])];
  const issues: Issue[] = [];
  const firstOf = new Map<string, number>();
  for (let index = 0; index < length && issues.length < MAX_ISSUES; index++) {
    const o = readOne(parse, input, index, issues);
    if (o === undefined) continue;
    const fault = faultOf(o, span);
    if (fault !== undefined) {
      issues.push({ ...fault, path: [index, ...fault.path] });
      continue;
    }
    const first = firstOf.get(o.id);
    if (first !== undefined) {
      issues.push({ code: "duplicate_id", severity: "error", path: [index, "id"], params: { firstPath: [first, "id"] } });
      continue;
    }
    firstOf.set(o.id, index);
    if (issues.length === 0) use(o);
  }
  return issues.slice(0, MAX_ISSUES);
}

/** One obligation, parsed; `undefined` after adding its issues when it does not parse or cannot be read. */
function readOne(parse: ObligationParser, input: readonly unknown[], index: number, issues: Issue[]): Obligation | undefined {
  try {
    const item = input[index];
    const parsed = parse(item);
    if (parsed.success) return parsed.data;
    for (const issue of fromZodIssues(parsed.error.issues, item)) issues.push({ ...issue, path: [index, ...issue.path] });
  } catch {
    // A getter that throws, a proxy that refuses: this obligation cannot be read.
    issues.push(unreadable([index]));
  }
  return undefined;
}

/** What the schema cannot check field by field, path relative to the obligation; `undefined` when fine. */
function faultOf(o: Obligation, span: "date" | "window"): Issue | undefined {
  if (!isWellFormed(o.id)) return { code: "invalid_format", severity: "error", path: ["id"], params: { format: "text" } };
  if (o.window.end < o.window.start) return { code: "schedule_window_reversed", severity: "error", path: ["window"], params: {} };
  // DTEND is the day after the last day: 9999-12-31 has none that iCalendar can write.
  const last = span === "window" ? o.window.end : o.date;
  if (nextDayCompact(last) === undefined) return { code: "invalid_date", severity: "error", path: span === "window" ? ["window", "end"] : ["date"], params: {} };
  return undefined;
}
