import type * as z from "zod/mini";
import { CIVIL_DATE_PATTERN, PARTIAL_DATE_PATTERN } from "../model/primitives.js";
import { InvalidArgumentError } from "./invalid-argument.js";
import type { Issue, IssuePath } from "./issue.js";

type ZodIssue = z.core.$ZodIssue;

// The regexes in the model, by what they check; a regex issue names its pattern as source text.
const FORMATS: Record<string, "id" | "municipality_code" | "key" | "partial_date" | "date"> = {
  "/^[a-z0-9][a-z0-9_-]{0,63}$/": "id",
  "/^\\d{4}$/": "municipality_code",
  "/^[a-z0-9]+(?:-[a-z0-9]+)*$/": "key",
  [String(PARTIAL_DATE_PATTERN)]: "partial_date",
  [String(CIVIL_DATE_PATTERN)]: "date",
};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// Walks the caller's input along a path without touching prototypes: `undefined` means absent.
function lookup(input: unknown, path: IssuePath): { found: boolean; value: unknown } {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) {
      return { found: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: value !== undefined, value };
}

// The deepest path a document of the model has is a few dozen keys; a longer one is not zod's.
const MAX_PATH_KEYS = 256;

/** Zod's path as this library's: strings and numbers (a symbol by its description); anything else is not zod's. */
function toPath(path: readonly PropertyKey[]): (string | number)[] {
  if (!Array.isArray(path) || path.length > MAX_PATH_KEYS) throw new RangeError("not zod's path");
  const out: (string | number)[] = [];
  for (const key of path) {
    if (typeof key === "number" || typeof key === "string") out.push(key);
    else if (typeof key === "symbol") out.push(String(key));
    else throw new RangeError("not a property key");
  }
  return out;
}

/** A size limit as zod gives it (a number or a bigint); anything else is not zod's. */
function bound(limit: unknown): number {
  if (typeof limit !== "number" && typeof limit !== "bigint") throw new RangeError("not zod's limit");
  return Number(limit);
}

/** A list an issue carries (allowed values, union options, unknown keys), read only if it is one of a schema's size. */
function listIn<T>(list: readonly T[] | undefined): readonly T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.length > MAX_ZOD_ISSUES) throw new RangeError("not zod's list");
  return list;
}

/**
 * Turns zod's issues for one parse into this library's coded issues. Every zod issue becomes at
 * least one issue; nothing of the input is copied into params. For a package that checks a value
 * with one of core's schemas and reports as core does (`@samverkan/calendar` with
 * {@link ObligationSchema}).
 *
 * @param issues - `error.issues` of a failed `safeParse`
 * @param input - the value that was parsed, to tell a missing field from one of the wrong type
 * @returns the coded issues, paths as zod gave them
 * @throws {@link InvalidArgumentError} when `issues` is not a list of zod's issues (among them: a
 *   path of more than 256 keys or with a key that is not a string, number or symbol; a list in an
 *   issue longer than any schema makes)
 * @example
 * const value: unknown = { id: "x" };
 * const parsed = ObligationSchema.safeParse(value);
 * if (!parsed.success) for (const issue of fromZodIssues(parsed.error.issues, value)) console.log(issue.code, formatPath(issue.path));
 */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown): Issue[] {
  try {
    if (!Array.isArray(issues) || issues.length > MAX_ZOD_ISSUES) throw new RangeError("not zod's issues");
    return issuesFromZod(issues, input);
  } catch {
    // Not a list of zod's issues: an item that is null, a path that is not a list, a getter that throws, a revoked proxy.
    throw new InvalidArgumentError("fromZodIssues", "issues");
  }
}

// More than one parse of a document can give (the schema's lists hold at most 500 items): not zod's.
const MAX_ZOD_ISSUES = 100_000;

// A zod type name as `expected`: anything else given here is not copied into the params.
const typeName = (value: unknown): string => (typeof value === "string" && /^[a-z_]{1,20}$/.test(value) ? value : "value");

/**
 * {@link fromZodIssues} without its guard, for the validator, whose issues come from zod itself (so
 * a validator's bundle does not carry the guard's error class).
 *
 * @internal
 */
export function issuesFromZod(issues: readonly ZodIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
  const push = (issue: Omit<Issue, "severity">) => out.push({ ...issue, severity: "error" } as Issue);
  for (const issue of issues) {
    const path = toPath(issue.path);
    switch (issue.code) {
      case "invalid_type": {
        const { found, value } = lookup(input, path);
        // The root is never "missing": `validateAgreement(undefined)` is input of the wrong type.
        if (found || path.length === 0) {
          push({ code: "invalid_type", path, params: { expected: typeName(issue.expected), received: describe(value) } });
        } else {
          push({ code: "missing_field", path, params: { expected: typeName(issue.expected) } });
        }
        break;
      }
      case "unrecognized_keys":
        // The keys of one object of the input; a list longer than any object has is not zod's.
        for (const key of listIn(issue.keys)) {
          if (typeof key !== "string") throw new RangeError("not a key");
          push({ code: "unknown_field", path: [...path, key], params: {} });
        }
        break;
      case "invalid_format": {
        const format = issue.format === "date" ? "date" : (FORMATS[issue.pattern ?? ""] ?? "text");
        if (format === "date") push({ code: "invalid_date", path, params: {} });
        else push({ code: "invalid_format", path, params: { format } });
        break;
      }
      case "invalid_value":
        // zod reports an absent literal or enum as a wrong value; absent is missing, whatever the field's type.
        if (!lookup(input, path).found) {
          push({ code: "missing_field", path, params: { expected: typeof listIn(issue.values)[0] } });
        } else if (path[path.length - 1] === "schemaVersion") {
          push({ code: "unsupported_schema_version", path, params: { supported: bound(listIn(issue.values)[0]) } });
        } else {
          const allowed = listIn(issue.values).filter((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean");
          push({ code: "invalid_value", path, params: { allowed } });
        }
        break;
      case "invalid_union": {
        const { discriminator, options } = issue as ZodIssue & { discriminator?: string; options?: unknown[] };
        const allowed = listIn(options).filter((o): o is string => typeof o === "string");
        // The path is the discriminator's: an absent tag is a missing field like any other.
        if (!lookup(input, path).found) push({ code: "missing_field", path, params: { expected: "string" } });
        else push({ code: "invalid_variant", path, params: { discriminator: discriminator ?? "type", allowed } });
        break;
      }
      case "too_small":
      case "too_big": {
        const origin: "string" | "array" | "number" =
          issue.origin === "string" ? "string" : issue.origin === "array" ? "array" : "number";
        if (issue.code === "too_small") push({ code: "too_small", path, params: { origin, minimum: bound(issue.minimum) } });
        else push({ code: "too_big", path, params: { origin, maximum: bound(issue.maximum) } });
        break;
      }
      case "custom":
        // createFastParser's issue for a value it could not read.
        if ((issue.params as { code?: unknown } | undefined)?.code === "unreadable_input") {
          push({ code: "unreadable_input", path, params: {} });
          break;
        }
        push({ code: "invalid_value", path, params: { allowed: [] } });
        break;
      default:
        // Codes the model cannot produce (map keys); kept rather than dropped.
        push({ code: "invalid_value", path, params: { allowed: [] } });
    }
  }
  return out;
}
