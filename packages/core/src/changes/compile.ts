import type { Issue } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { Change } from "../model/lineage.js";
import { validateAgreement } from "../validate/validate.js";

/** The result of {@link compileAgreement}: the agreement as it stands, and the changes applied, or why it could not be made. */
export type CompileResult =
  | { readonly ok: true; readonly value: Agreement; readonly applied: readonly Change["id"][] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

// What a change may never touch: the document's identity, its format and its history.
const PROTECTED = new Set(["$schema", "schemaVersion", "type", "id", "changes"]);
// Keys that could reach a prototype: never copied from a patch.
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

const hasIds = (list: unknown[]): list is { id: unknown }[] => list.length > 0 && list.every((item) => isObject(item) && typeof item.id === "string");

/**
 * Merges a JSON merge patch (RFC 7396) into a value, as OCDS merges releases: objects merge key by
 * key, `null` removes, a list whose items all have an `id` merges item by item on `id` (new ids are
 * added at the end), any other list or value replaces. Returns a new value; neither input changes.
 */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) {
    if (Array.isArray(patch) && Array.isArray(target) && hasIds(patch) && hasIds(target)) {
      const merged = target.map((item) => {
        const update = patch.find((p) => p.id === item.id);
        return update === undefined ? item : mergePatch(item, update);
      });
      for (const item of patch) if (!target.some((t) => t.id === item.id)) merged.push(mergePatch(undefined, item) as { id: unknown });
      return merged;
    }
    return patch;
  }
  const out: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (UNSAFE.has(key)) continue;
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

// The end a change gives the validity.
function endOf(change: Change): Agreement["validity"]["end"] | undefined {
  if (change.type === "extension") return change.end;
  if (change.type === "termination") return { type: "date", date: change.effective };
  return undefined;
}

/**
 * **Compiles** an agreement and its recorded changes into the agreement as it stands, the way OCDS
 * compiles releases into a record: each change in `changes`, in order, up to `asOf` where given
 * (a change with no `date` always applies): an `extension` or `termination` sets the validity's end,
 * an `amendment` merges its `patch` (see `Change`). The result has no `changes` (it is the state,
 * not the history) and is validated; `applied` lists the ids of the changes it holds. Never throws
 * and never changes its input.
 *
 * @param agreement - a validated agreement
 * @param options - `asOf`: apply only the changes decided on or before this civil date
 * @returns `{ ok: true, value, applied }`, or `{ ok: false, issues }`: `change_invalid` for a patch
 *   that touches the agreement's identity or is not an object, or the issues of the compiled
 *   agreement, with paths in it
 * @example
 * const current = compileAgreement(agreement);
 * if (current.ok) console.log(current.value.validity.end, current.applied);
 */
export function compileAgreement(agreement: Agreement, options: { readonly asOf?: string } = {}): CompileResult {
  try {
    if (!isObject(agreement) || (agreement as Json).type !== "agreement") {
      return { ok: false, issues: [{ code: "invalid_type", severity: "error", path: [], params: { expected: "agreement", received: agreement === null ? "null" : Array.isArray(agreement) ? "array" : typeof agreement } }] };
    }
    if (!Array.isArray(agreement.changes ?? [])) {
      return { ok: false, issues: [{ code: "invalid_type", severity: "error", path: ["changes"], params: { expected: "array", received: typeof agreement.changes } }] };
    }
    const { changes = [], ...base } = agreement;
    let state: Json = base;
    const applied: string[] = [];
    for (const [i, change] of changes.entries()) {
      if (options.asOf !== undefined && change.date !== undefined && change.date > options.asOf) continue;
      const end = endOf(change);
      if (end) state = { ...state, validity: { ...(state.validity as Json), end } };
      if (change.type === "amendment" && change.patch !== undefined) {
        if (!isObject(change.patch)) return { ok: false, issues: [{ code: "change_invalid", severity: "error", path: ["changes", i, "patch"], params: { reason: "not_an_object" } }] };
        const touched = Object.keys(change.patch).find((key) => PROTECTED.has(key));
        if (touched !== undefined) {
          return { ok: false, issues: [{ code: "change_invalid", severity: "error", path: ["changes", i, "patch", touched], params: { reason: "protected_field" } }] };
        }
        state = mergePatch(state, change.patch) as Json;
      }
      applied.push(change.id);
    }
    const checked = validateAgreement(state);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    return { ok: true, value: checked.value as Agreement, applied };
  } catch {
    return { ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] };
  }
}
