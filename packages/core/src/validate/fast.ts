// The fast path: a checker built once from a zod schema's definition, which either returns exactly
// what `schema.safeParse(value).data` would, or `FAIL`. Only what it is sure of passes; anything
// else (a value zod would reject, or one the checker cannot vouch for, such as a present key whose
// value is `undefined`) is `FAIL`. Then the same tree finds the smallest parts that failed (a leaf,
// or an object whose own keys are wrong), and zod parses only those, which gives zod's own issues
// at the same paths, in the same order. Should zod accept such a part (the checker could not vouch
// for it), zod parses the whole value instead. So the results are zod's own, and zod's cost (a
// payload object, an issue list and a check loop per value) is paid only where a document is wrong.
//
// It understands the parts of zod the model is written in: strict and loose objects, optional,
// literal, enum, boolean, strings with patterns and lengths, safe integers with bounds, arrays with a
// length limit, and discriminated unions. A schema with anything else gets no fast path
// (`fastParser` returns undefined), and a test holds that every document schema has one
// (fast.test.ts, where the checker is also compared with zod on every real and generated document
// and on thousands of broken ones). No `new Function`: it runs under any Content-Security-Policy.
// docs/decisions.md, decision 35.
import type * as z from "zod/mini";
import type { ZodMiniType } from "zod/mini";

/** What the checker returns for a value it does not vouch for. */
export const FAIL: unique symbol = Symbol("fail");

type Check = (value: unknown) => unknown;

/** A part of a value that failed, for zod to judge: its schema, the value and where it is. */
interface Unit {
  readonly schema: ZodMiniType;
  readonly value: unknown;
  readonly path: PropertyKey[];
}

/** Finds the failed parts of a value the check returned `FAIL` for; `path` is where the value is. */
type Locate = (value: unknown, path: PropertyKey[], units: Unit[]) => void;

/** A schema as the fast path uses it: its check, and how to find what failed. */
interface Node {
  readonly check: Check;
  readonly locate: Locate;
}

/** A zod definition, as far as the checker reads one. */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly format?: string;
  readonly coerce?: boolean;
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}
interface Schema {
  readonly _zod: { readonly def: Def; readonly values?: ReadonlySet<unknown> };
}

/** Thrown while building when a schema uses a part of zod the checker does not know. */
const UNSUPPORTED = new Error();

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The locator of a part zod judges whole. */
const whole =
  (schema: Schema): Locate =>
  (value, path, units) =>
    units.push({ schema: schema as unknown as ZodMiniType, value, path: path.slice() });

/** A zod check as a test of a value the schema's own type test has passed; zod's arithmetic exactly. */
function testOf({ _zod: { def } }: { readonly _zod: { readonly def: CheckDef } }): (v: never) => boolean {
  const { minimum = 0, maximum = 0, value = 0, pattern } = def;
  switch (def.check) {
    case "min_length":
      return (v: { length: number }) => v.length >= minimum;
    case "max_length":
      return (v: { length: number }) => v.length <= maximum;
    case "greater_than":
      return def.inclusive ? (v: number) => v >= value : (v: number) => v > value;
    case "less_than":
      return def.inclusive ? (v: number) => v <= value : (v: number) => v < value;
    case "string_format":
      if (def.format === "regex") return (v: string) => ((pattern!.lastIndex = 0), pattern!.test(v));
  }
  throw UNSUPPORTED;
}

/** A checker of the type test `is` and the schema's checks, giving back what `then` makes of the value. */
function withChecks(def: Def, is: (v: unknown) => boolean, then: (v: never) => unknown = (v) => v): Check {
  const tests = (def.checks ?? []).map(testOf) as ((v: unknown) => boolean)[];
  return (v) => {
    if (!is(v)) return FAIL;
    for (const test of tests) if (!test(v)) return FAIL;
    return then(v as never);
  };
}

/** A leaf: zod judges it whole. */
const leaf = (schema: Schema, is: (v: unknown) => boolean): Node => ({ check: withChecks(schema._zod.def, is), locate: whole(schema) });

function arrayNode(schema: Schema): Node {
  const def = schema._zod.def;
  const item = nodeOf(def.element!);
  const own = withChecks(def, Array.isArray);
  return {
    check: withChecks(def, Array.isArray, (v: unknown[]) => {
      const out: unknown[] = [];
      // By index, as zod reads an array (an iterator of its own is not asked).
      for (let i = 0; i < v.length; i++) {
        // A hole or an `undefined` item: zod's to judge.
        const result = v[i] === undefined ? FAIL : item.check(v[i]);
        if (result === FAIL) return FAIL;
        out.push(result);
      }
      return out;
    }),
    locate: (v, path, units) => {
      // Not a list, or a list of the wrong length: zod reports it at the list (after its items' issues).
      if (own(v) === FAIL) return whole(schema)(v, path, units);
      for (let i = 0; i < (v as unknown[]).length; i++) {
        const value = (v as unknown[])[i];
        path.push(i);
        if (value === undefined) whole(def.element!)(value, path, units);
        else if (item.check(value) === FAIL) item.locate(value, path, units);
        path.pop();
      }
    },
  };
}

function objectNode(schema: Schema): Node {
  const def = schema._zod.def;
  const catchall = def.catchall?._zod.def.type;
  if (def.checks?.length || (catchall !== undefined && catchall !== "never" && catchall !== "unknown")) throw UNSUPPORTED;
  const loose = catchall === "unknown";
  const keys = Object.keys(def.shape!);
  const known = new Set(keys);
  const children = keys.map((key) => nodeOf(def.shape![key]!));
  const optional = keys.map((key) => def.shape![key]!._zod.def.type === "optional");
  /** Whether the object's own keys are as the shape wants them (the values aside). */
  const ownKeysFine = (v: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) if (v[keys[i]!] === undefined && !(optional[i] && !(keys[i]! in v))) return false;
    for (const key in v) if (!known.has(key) && (!loose || key === "__proto__")) return false;
    return true;
  };
  return {
    check: (v) => {
      if (!isObject(v)) return FAIL;
      // Built in the shape's order, as zod builds its output.
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const value = v[key];
        if (value === undefined) {
          // Absent and optional: nothing in the output. Present as `undefined`: zod keeps the key; ask zod.
          if (optional[i] && !(key in v)) continue;
          return FAIL;
        }
        const result = children[i]!.check(value);
        if (result === FAIL) return FAIL;
        out[key] = result;
      }
      // zod walks keys with for…in too; an undeclared `__proto__` is zod's to handle. A document's keys
      // usually come in the shape's order: each is looked for from where the last one was found, until
      // one is not (then the set of keys answers, for the rest of the object).
      let at = 0;
      for (const key in v) {
        if (at >= 0) {
          while (at < keys.length && keys[at] !== key) at++;
          if (at < keys.length) continue;
          at = -1;
        }
        if (known.has(key)) continue;
        if (!loose || key === "__proto__") return FAIL;
        out[key] = v[key];
      }
      return out;
    },
    // A key missing or unknown: zod reports it at this object, beside its values' issues, so the
    // object is judged whole. Otherwise only the values that failed are, in the shape's order (zod's).
    locate: (v, path, units) => {
      if (!isObject(v) || !ownKeysFine(v)) return whole(schema)(v, path, units);
      for (let i = 0; i < keys.length; i++) {
        const value = v[keys[i]!];
        if (value === undefined || children[i]!.check(value) !== FAIL) continue;
        path.push(keys[i]!);
        children[i]!.locate(value, path, units);
        path.pop();
      }
    },
  };
}

function unionNode(schema: Schema): Node {
  const def = schema._zod.def;
  const discriminator = def.discriminator;
  if (discriminator === undefined || def.unionFallback) throw UNSUPPORTED;
  const byValue = new Map<unknown, Node>();
  for (const option of def.options!) {
    const tag = option._zod.def.shape?.[discriminator]?._zod;
    if (option._zod.def.type !== "object" || tag?.def.type !== "literal") throw UNSUPPORTED;
    const node = objectNode(option);
    for (const value of tag.values!) if (!byValue.has(value)) byValue.set(value, node);
  }
  const optionOf = (v: unknown) => (isObject(v) ? byValue.get(v[discriminator]) : undefined);
  return {
    check: (v) => optionOf(v)?.check(v) ?? FAIL,
    // zod hands a value with a known tag to that option, whose issues are the union's.
    locate: (v, path, units) => (optionOf(v)?.locate ?? whole(schema))(v, path, units),
  };
}

function nodeOf(schema: Schema): Node {
  const def = schema._zod.def;
  if (def.coerce) throw UNSUPPORTED;
  switch (def.type) {
    case "string":
      if (def.format === undefined) return leaf(schema, (v) => typeof v === "string");
      break;
    case "number":
      // z.int(): zod's test is that of Number.isSafeInteger.
      if (def.format === "safeint") return leaf(schema, Number.isSafeInteger);
      break;
    case "boolean":
      return leaf(schema, (v) => typeof v === "boolean");
    case "literal":
    case "enum": {
      // zod's own set of the allowed values.
      const allowed = schema._zod.values!;
      return leaf(schema, (v) => allowed.has(v));
    }
    case "optional":
      // The object handles absence; a value that is there must be the inner schema's.
      return nodeOf(def.innerType!);
    case "array":
      return arrayNode(schema);
    case "object":
      return objectNode(schema);
    case "union":
      return unionNode(schema);
  }
  throw UNSUPPORTED;
}

function rootOf(schema: ZodMiniType): Node | undefined {
  try {
    return nodeOf(schema as unknown as Schema);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/**
 * The checker for a schema: what `schema.safeParse(value).data` would be, or `FAIL` where zod must be
 * asked. `undefined` when the schema uses a part of zod the checker does not know.
 */
export function fastChecker(schema: ZodMiniType): ((value: unknown) => unknown) | undefined {
  return rootOf(schema)?.check;
}

/** What {@link fastParser} gives: zod's data, or zod's issues (as `safeParse(...).error.issues`). */
export type FastResult = { readonly success: true; readonly data: unknown } | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } };

/**
 * The fast path of `schema.safeParse`: zod's own data or issues for every value, with zod itself
 * parsing only the parts that failed. `undefined` when the schema has no checker (then use the
 * schema as it is).
 */
export function fastParser(schema: ZodMiniType): ((value: unknown) => FastResult) | undefined {
  const root = rootOf(schema);
  if (!root) return undefined;
  return (value) => {
    const data = root.check(value);
    if (data !== FAIL) return { success: true, data };
    const units: Unit[] = [];
    root.locate(value, [], units);
    const issues: z.core.$ZodIssue[] = [];
    for (const unit of units) {
      const parsed = unit.schema.safeParse(unit.value);
      // A part the checker could not vouch for, which zod accepts: zod judges the whole value.
      if (parsed.success) return schema.safeParse(value);
      for (const issue of parsed.error.issues) issues.push({ ...issue, path: [...unit.path, ...issue.path] });
    }
    return units.length ? { success: false, error: { issues } } : schema.safeParse(value);
  };
}
