import type { Issue, IssueCode, IssueParams, IssuePath } from "../issues/issue.js";
import type { CadenceType } from "../model/cadence.js";
import { LIMITS } from "../model/limits.js";
import { typeName } from "../validate/options.js";

// The checks of `CadenceSchema`, written out without zod so that `scheduleObligations` (which checks
// one cadence among its options) does not bundle zod and the model: a browser app that only
// schedules pays for scheduling alone (docs/decisions.md, decision 27). check-cadence.test.ts runs
// this and the schema side by side over a matrix of inputs and requires the same coded issues.

/** Every cadence `type`, in the schema's order (the order an `invalid_variant` issue lists them). */
export const CADENCE_TYPES: readonly CadenceType[] = [
  "weekly",
  "every_n_weeks",
  "monthly",
  "quarterly",
  "tertial",
  "half_yearly",
  "yearly",
  "every_n_years",
  "per_mandate_period",
  "before_end",
  "when_needed",
  "continuous",
];

type Field = readonly [key: string, check: (value: unknown, path: IssuePath, out: Issue[]) => void];

const error = <C extends IssueCode>(code: C, path: IssuePath, params: IssueParams[C]): Issue => ({ code, severity: "error", path, params }) as Issue;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

const optional =
  (check: Field[1]): Field[1] =>
  (value, path, out) => {
    if (value !== undefined) check(value, path, out);
  };

// zod's `z.int().check(z.gte(min), z.lte(max))`, with the same issues in the same order.
const int =
  (min: number, max: number, required: boolean): Field[1] =>
  (value, path, out) => {
    if (value === undefined) {
      if (required) out.push(error("missing_field", path, { expected: "number" }));
      return;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      out.push(error("invalid_type", path, { expected: "number", received: typeName(value) }));
      return;
    }
    if (!Number.isInteger(value)) {
      out.push(error("invalid_type", path, { expected: "int", received: "number" }));
      return;
    }
    if (value > Number.MAX_SAFE_INTEGER) out.push(error("too_big", path, { origin: "number", maximum: Number.MAX_SAFE_INTEGER }));
    if (value < Number.MIN_SAFE_INTEGER) out.push(error("too_small", path, { origin: "number", minimum: Number.MIN_SAFE_INTEGER }));
    if (value < min) out.push(error("too_small", path, { origin: "number", minimum: min }));
    if (value > max) out.push(error("too_big", path, { origin: "number", maximum: max }));
  };

const oneOf =
  (allowed: readonly string[], required: boolean): Field[1] =>
  (value, path, out) => {
    if (value === undefined) {
      if (required) out.push(error("missing_field", path, { expected: "string" }));
    } else if (!allowed.includes(value as string)) out.push(error("invalid_value", path, { allowed }));
  };

const boolean: Field[1] = (value, path, out) => {
  if (typeof value !== "boolean") out.push(error("invalid_type", path, { expected: "boolean", received: typeName(value) }));
};

// `ShortTextSchema`: a string of 1 to LIMITS.shortText characters. As in zod, the length checks also
// run on a value of another type that has a length (an array: origin "array").
const shortText: Field[1] = (value, path, out) => {
  if (typeof value !== "string") out.push(error("invalid_type", path, { expected: "string", received: typeName(value) }));
  const length = value === null || value === undefined ? undefined : (value as { length?: unknown }).length;
  if (length === undefined) return;
  const origin = typeof value === "string" ? "string" : Array.isArray(value) ? "array" : "number";
  if ((length as number) < 1) out.push(error("too_small", path, { origin, minimum: 1 }));
  if ((length as number) > LIMITS.shortText) out.push(error("too_big", path, { origin, maximum: LIMITS.shortText }));
};

/** A discriminated union on `type` of strict objects, as zod checks one: tag first, then fields, then unknown keys. */
function union(variants: Readonly<Record<string, readonly Field[]>>): Field[1] {
  const tags = Object.keys(variants);
  return (value, path, out) => {
    if (!isObject(value)) {
      out.push(error("invalid_type", path, { expected: "object", received: typeName(value) }));
      return;
    }
    const tag = value.type;
    const fields = typeof tag === "string" && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
    if (!fields) {
      if (tag === undefined) out.push(error("missing_field", [...path, "type"], { expected: "string" }));
      else out.push(error("invalid_variant", [...path, "type"], { discriminator: "type", allowed: tags }));
      return;
    }
    for (const [key, check] of fields) check(value[key], [...path, key], out);
    for (const key of Object.keys(value)) {
      if (key !== "type" && !fields.some(([known]) => known === key)) out.push(error("unknown_field", [...path, key], {}));
    }
  };
}

const checkAnchor = union({
  month: [["month", int(1, 12, true)]],
  season: [["season", oneOf(["spring", "summer", "autumn", "winter"], true)]],
  annual_report: [["of", oneOf(["municipal_accounts", "crime_prevention_work"], false)]],
});

const common: readonly Field[] = [
  ["atLeast", optional(boolean)],
  ["anchor", optional(checkAnchor)],
  ["asWritten", optional(shortText)],
];

const weekday: Field = ["weekday", int(1, 7, false)];
const own: Partial<Record<CadenceType, readonly Field[]>> = {
  weekly: [weekday],
  every_n_weeks: [["weeks", int(2, 52, true)], weekday],
  every_n_years: [["years", int(2, 20, true)]],
};

const checkUnion = union(Object.fromEntries(CADENCE_TYPES.map((type) => [type, [...(own[type] ?? []), ...common]])));

/**
 * Checks a value against `CadenceSchema` without zod: the coded issues (paths from the cadence)
 * that validating it with the schema gives, or none when it is a valid `Cadence`.
 */
export function checkCadence(value: unknown): Issue[] {
  const out: Issue[] = [];
  checkUnion(value, [], out);
  return out;
}
