// The fast path: a checker built once from a zod schema's definition, which either returns exactly
// what `schema.safeParse(value).data` would, or `FAIL`. Only what it is sure of passes; anything
// else (a value zod would reject, or one the checker cannot vouch for, such as a present key whose
// value is `undefined`) is `FAIL`. Then the same tree finds the smallest parts that failed (a leaf,
// or an object whose own keys are wrong), and zod parses only those, which gives zod's own issues
// at the same paths, in the same order. Should zod accept such a part (the checker could not vouch
// for it), zod parses the whole value instead. So the results are zod's own, and zod's cost (a
// payload object, an issue list and a check loop per value) is paid only where a document is wrong.
//
// It has its own checks for the parts of zod the model is written in: strict, loose and stripping
// objects, optional, literal, enum, boolean, strings with patterns and lengths, safe integers with
// bounds, arrays with length limits, and discriminated unions. Any other part (a refinement, a
// format, a transform) is checked by zod's own parser of that part, in place, so it is exact too.
// fast.test.ts compares the whole with zod on every real and generated document and on thousands of
// broken ones. No `new Function`: it runs under any Content-Security-Policy.
// docs/decisions.md, decision 35.
import type * as z from "zod/mini";
import type { ZodMiniType } from "zod/mini";
import { InvalidArgumentError } from "../issues/invalid-argument.js";

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
export interface Node {
  readonly check: Check;
  readonly locate: Locate;
}

/** A zod definition, as far as the checker reads one (fast-code.ts reads the same). */
export interface Def {
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
/** A zod check's definition, as far as the checker reads one. */
export interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}
/** A zod schema, as far as the checker reads one. */
export interface Schema {
  readonly _zod: { readonly def: Def; readonly values?: ReadonlySet<unknown>; readonly optin?: string; readonly optout?: string };
}

/** The context zod's own parse of a part is given, as `safeParse` gives one. */
const CONTEXT = { async: false };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The locator of a part zod judges whole. */
const whole =
  (schema: Schema): Locate =>
  (value, path, units) =>
    units.push({ schema: schema as unknown as ZodMiniType, value, path: path.slice() });

/** A zod check as a test of a value the schema's own type test has passed; zod's arithmetic exactly. */
function testOf({ _zod: { def } }: { readonly _zod: { readonly def: CheckDef } }): ((v: never) => boolean) | undefined {
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
  return undefined;
}

/**
 * A checker of the type test `is` and the schema's checks, giving back what `then` makes of the
 * value; undefined when a check is of a kind it does not know.
 */
function withChecks(def: Def, is: (v: unknown) => boolean, then: (v: never) => unknown = (v) => v): Check | undefined {
  const tests = (def.checks ?? []).map(testOf) as (((v: unknown) => boolean) | undefined)[];
  if (tests.includes(undefined)) return undefined;
  return (v) => {
    if (!is(v)) return FAIL;
    for (const test of tests) if (!test!(v)) return FAIL;
    return then(v as never);
  };
}

/**
 * A part checked by zod's own parser of it (the parse a whole `safeParse` runs for it): exact for
 * any part of zod, at zod's cost.
 */
function zodNode(schema: Schema): Node {
  const zod = schema._zod as unknown as { run(payload: { value: unknown; issues: unknown[] }, ctx: object): { value: unknown; issues: unknown[] } | Promise<unknown> };
  return {
    check: (v) => {
      const result = zod.run({ value: v, issues: [] }, CONTEXT);
      if (result instanceof Promise) {
        // An asynchronous part: `safeParse` refuses it, as the caller's zod will.
        result.catch(() => undefined);
        return FAIL;
      }
      return result.issues.length ? FAIL : result.value;
    },
    locate: whole(schema),
  };
}

/** A leaf: the type test `is` and the schema's checks; zod judges it whole when it fails. */
function leaf(schema: Schema, is: (v: unknown) => boolean): Node {
  const check = withChecks(schema._zod.def, is);
  return check ? { check, locate: whole(schema) } : zodNode(schema);
}

function arrayNode(schema: Schema): Node {
  const def = schema._zod.def;
  const item = nodeOf(def.element!);
  const own = withChecks(def, Array.isArray);
  const check = withChecks(def, Array.isArray, (v: unknown[]) => {
      // As long as the list, not grown item by item: a grown array keeps room it never uses.
      const out: unknown[] = new Array(v.length);
      // By index, as zod reads an array (an iterator of its own is not asked).
      for (let i = 0; i < v.length; i++) {
        // A hole or an `undefined` item: zod's to judge.
        const result = v[i] === undefined ? FAIL : item.check(v[i]);
        if (result === FAIL) return FAIL;
        out[i] = result;
      }
      return out;
    });
  if (!own || !check) return zodNode(schema);
  return {
    check,
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
  // Without a catchall zod drops keys it does not know (`z.object`); `never` refuses them
  // (`z.strictObject`); `unknown` keeps them (`z.looseObject`).
  const catchall = def.catchall?._zod.def.type;
  if (def.checks?.length || (catchall !== undefined && catchall !== "never" && catchall !== "unknown")) return zodNode(schema);
  const strip = catchall === undefined;
  const loose = catchall === "unknown";
  const keys = Object.keys(def.shape!);
  // A declared `__proto__`, which zod leaves out of its output: zod's to handle.
  if (keys.includes("__proto__")) return zodNode(schema);
  const known = new Set(keys);
  const children = keys.map((key) => nodeOf(def.shape![key]!));
  // A key zod lets be absent, with nothing in its place: optional in and out (not a default).
  const optional = keys.map((key) => {
    const zod = def.shape![key]!._zod;
    return zod.optin === "optional" && zod.optout === "optional";
  });
  /** Whether the object's own keys are as the shape wants them (the values aside). */
  const ownKeysFine = (v: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) if (v[keys[i]!] === undefined && !(optional[i] && !(keys[i]! in v))) return false;
    if (!strip) for (const key in v) if (!known.has(key) && (!loose || key === "__proto__")) return false;
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
      if (!strip) for (const key in v) {
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
  const options = def.options!;
  const tags = options.map((option) => option._zod.def.shape?.[discriminator ?? ""]?._zod);
  // A union without a discriminator, or with an option that is not an object tagged by a literal, is zod's.
  if (discriminator === undefined || def.unionFallback || def.checks?.length || tags.some((tag, i) => options[i]!._zod.def.type !== "object" || tag?.def.type !== "literal")) return zodNode(schema);
  const byValue = new Map<unknown, Node>();
  options.forEach((option, i) => {
    const node = objectNode(option);
    for (const value of tags[i]!.values!) if (!byValue.has(value)) byValue.set(value, node);
  });
  const optionOf = (v: unknown) => (isObject(v) ? byValue.get(v[discriminator]) : undefined);
  return {
    check: (v) => optionOf(v)?.check(v) ?? FAIL,
    // zod hands a value with a known tag to that option, whose issues are the union's.
    locate: (v, path, units) => (optionOf(v)?.locate ?? whole(schema))(v, path, units),
  };
}

function nodeOf(schema: Schema): Node {
  const def = schema._zod.def;
  if (def.coerce) return zodNode(schema);
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
      return def.checks?.length ? zodNode(schema) : nodeOf(def.innerType!);
    case "array":
      return arrayNode(schema);
    case "object":
      return objectNode(schema);
    case "union":
      return unionNode(schema);
  }
  return zodNode(schema);
}

/** The checker for a schema: what `schema.safeParse(value).data` would be, or `FAIL` where zod must be asked. */
export function fastChecker(schema: ZodMiniType): (value: unknown) => unknown {
  return treeOf(schema).check;
}

/** The fast path's tree of a schema, built once: its check, and how to find what failed. */
export function treeOf(schema: ZodMiniType): Node {
  return nodeOf(schema as unknown as Schema);
}

/** What {@link fastParser} gives: zod's data, or zod's issues (as `safeParse(...).error.issues`). */
export type FastResult = FastParseResult<unknown>;

/**
 * What a parser made by {@link createFastParser} gives, as `schema.safeParse` does: the parsed data,
 * or zod's issues (`error.issues`, the list `safeParse(...).error.issues` has).
 *
 * @example
 * const result: FastParseResult<Obligation> = createFastParser(ObligationSchema)(obligations[0]);
 * if (!result.success) console.log(result.error.issues.map((i) => i.path));
 */
export type FastParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } };

/**
 * Makes the fast path's check of a schema as generated code (fast-code.ts), or gives undefined
 * where it cannot (`new Function` refused); the tree's own check is used then.
 */
export type GeneratedChecker = (schema: ZodMiniType) => ((value: unknown) => unknown) | undefined;

/**
 * The fast path of `schema.safeParse`: zod's own data or issues for every value, with zod itself
 * parsing only the parts that failed. With `generated`, valid values are checked by generated code
 * (the same check); the tree (`root`, built here unless given) still finds what failed.
 */
export function fastParser(schema: ZodMiniType, generated?: GeneratedChecker, root: Node = treeOf(schema)): (value: unknown) => FastResult {
  const check = generated?.(schema) ?? root.check;
  return (value) => {
    const data = check(value);
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

/** What a parser made by {@link createFastParser} gives for a value it cannot read (a fresh one each time). */
const unreadable = (): FastParseResult<never> => ({
  success: false,
  // `fromZodIssues` reads it as core's `unreadable_input`.
  error: { issues: [{ code: "custom", path: [], message: "The value cannot be read: a getter threw, or a proxy refused.", params: { code: "unreadable_input" }, input: undefined }] },
});

/**
 * Makes a function with the results of `schema.safeParse(value)`, the data or zod's issues exactly,
 * on the fast path `validateAgreement` uses for documents (docs/decisions.md, decision 35): a
 * check of its own for each part of the schema that gives zod's output for a valid value, and zod
 * parsing only the parts of an invalid one that failed. About three times faster than `safeParse`
 * on valid documents once made (making it walks the schema once); no `new Function`, so it runs
 * under any Content-Security-Policy. Parts of zod it has no check for (a refinement, a transform)
 * are parsed by zod in place. Where `safeParse` would throw (a getter that throws, a revoked
 * proxy), it gives one `custom` issue at the root instead, which `fromZodIssues` reads as
 * `unreadable_input`.
 *
 * @param schema - any zod schema; core's (`ObligationSchema`, `AgreementSchema`, …) are what it is made for
 * @returns a function with the results of `schema.safeParse`
 * @throws {InvalidArgumentError} when `schema` is not a zod schema
 * @example
 * import { ObligationSchema, createFastParser } from "@samverkan/core";
 *
 * const parse = createFastParser(ObligationSchema);
 * const readable = obligations.filter((o) => parse(o).success);
 */
export function createFastParser<S extends ZodMiniType>(schema: S): (value: unknown) => FastParseResult<z.output<S>> {
  let parse: (value: unknown) => FastResult;
  try {
    if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== "function") throw new TypeError();
    parse = fastParser(schema);
  } catch {
    throw new InvalidArgumentError("createFastParser", "schema");
  }
  return (value) => {
    try {
      return parse(value) as FastParseResult<z.output<S>>;
    } catch {
      return unreadable();
    }
  };
}
