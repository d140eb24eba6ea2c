// What the fuzz suite searches for planted markers: the messages of a result, and values as text.
import * as core from "@samverkan/core";

/** A value as text for a failure's detail, or "" when it cannot be written. */
export function safeString(value: unknown): string {
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return "";
  }
}

const isCoded = (o: Record<string, unknown>): boolean =>
  Array.isArray(o.path) || typeof o.message === "string" || typeof o.severity === "string" || typeof o.kind === "string" || Array.isArray(o.candidates);

/**
 * The texts of a result that are messages: every string of an issue, finding or error (its path
 * aside), and each issue formatted. An issue, finding or error is an object with a string `code`
 * and a path, a message, a severity, a kind or candidates: a kommun in a document given back
 * (`{ id, code, name }`, `code` its kommunkod) is the caller's data, not a message.
 */
export function messagesOf(result: unknown, out: string[], depth = 0, seen = new Set<unknown>()): void {
  if (result === null || typeof result !== "object" || depth > 6 || seen.has(result) || out.length > 5000) return;
  seen.add(result);
  // Read through descriptors: a result may hold the caller's own objects (an obligation given back), getters and all.
  let fields: [string, unknown][];
  try {
    fields = Object.entries(Object.getOwnPropertyDescriptors(result)).flatMap(([k, d]) => ("value" in d ? [[k, d.value] as [string, unknown]] : []));
  } catch {
    return;
  }
  const o = Object.fromEntries(fields);
  if (typeof o.code === "string" && isCoded(o)) {
    for (const [key, value] of fields) if (key !== "path") out.push(safeString(value));
    if (typeof o.severity === "string" && Array.isArray(o.path) && o.code in (core.sv as object)) {
      try {
        out.push(core.formatIssue(o as unknown as core.Issue), core.formatIssue(o as unknown as core.Issue, { locale: "en" }));
      } catch {
        // formatIssue's own robustness is its own target's business
      }
    }
  }
  if (typeof o.message === "string") out.push(o.message);
  for (const [, value] of fields.slice(0, 2000)) messagesOf(value, out, depth + 1, seen);
}
