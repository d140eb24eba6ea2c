// The fast path's check as generated code, where `new Function` may run (Node; not under a
// Content-Security-Policy without 'unsafe-eval'): the same check as fast.ts's tree of closures, one
// function per object, list and union, in which each property is read and written by name. V8 then
// caches each read and write at its own site, where the tree's shared closures read every object's
// keys through one site. It gives exactly what the tree gives (fast.test.ts runs both on every case),
// and the tree still finds what failed when it returns `FAIL`. docs/decisions.md, decision 36.
import type { ZodMiniType } from "zod/mini";
import { FAIL, fastChecker as checkerOf, type Def, type Schema } from "./fast.js";

const literal = (value: string): string => JSON.stringify(value);
/** The test, in the generated code, that `v` is not an object zod would parse as one. */
const NOT_OBJECT = `typeof v !== "object" || v === null || Array.isArray(v)`;
/** A finite number as source text that reads back as the same number (`-0` kept). */
const numberText = (n: number): string | undefined => (Number.isFinite(n) ? (Object.is(n, -0) ? "-0" : String(n)) : undefined);

/** What generating one schema's check gave: the source of its functions, and the values they use. */
class Generator {
  readonly functions: string[] = [];
  readonly values: unknown[] = [];
  readonly #names = new Map<Schema, string>();

  /** A value the generated code reads as `$[i]`. */
  value(v: unknown): string {
    this.values.push(v);
    return `$[${this.values.length - 1}]`;
  }

  /**
   * The conditions under which a value `x` that is not `undefined` fails the schema's checks (its
   * own type test done), or undefined when one is of a kind the generator does not know.
   */
  #checks(def: Def, x: string): string[] | undefined {
    const out: string[] = [];
    for (const { _zod } of def.checks ?? []) {
      const c = _zod.def;
      const bound = (n: number | undefined) => numberText(n ?? 0);
      switch (c.check) {
        case "min_length": {
          const n = bound(c.minimum);
          if (n === undefined) return undefined;
          out.push(`!(${x}.length >= ${n})`);
          break;
        }
        case "max_length": {
          const n = bound(c.maximum);
          if (n === undefined) return undefined;
          out.push(`!(${x}.length <= ${n})`);
          break;
        }
        case "greater_than":
        case "less_than": {
          const n = bound(c.value);
          if (n === undefined) return undefined;
          const op = c.check === "greater_than" ? (c.inclusive ? ">=" : ">") : c.inclusive ? "<=" : "<";
          out.push(`!(${x} ${op} ${n})`);
          break;
        }
        case "string_format": {
          if (c.format !== "regex" || !(c.pattern instanceof RegExp)) return undefined;
          const p = this.value(c.pattern);
          out.push(`(${p}.lastIndex = 0, !${p}.test(${x}))`);
          break;
        }
        default:
          return undefined;
      }
    }
    return out;
  }

  /**
   * Statements that check the value in `x` (not `undefined`) and put what the schema makes of it
   * in `r`, or return `FAIL`.
   */
  check(schema: Schema, x: string, r: string): string {
    const def = schema._zod.def;
    const fail = (conditions: string[]) => (conditions.length ? `if (${conditions.join(" || ")}) return F;\n` : "");
    const leaf = (test: string): string | undefined => {
      const checks = this.#checks(def, x);
      return checks && `${fail([test, ...checks])}${r === x ? "" : `${r} = ${x};\n`}`;
    };
    let code: string | undefined;
    if (!def.coerce) {
      switch (def.type) {
        case "string":
          if (def.format === undefined) code = leaf(`typeof ${x} !== "string"`);
          break;
        case "number":
          if (def.format === "safeint") code = leaf(`!Number.isSafeInteger(${x})`);
          break;
        case "boolean":
          code = leaf(`typeof ${x} !== "boolean"`);
          break;
        case "literal":
        case "enum": {
          const values = [...(schema._zod.values ?? [])];
          code = leaf(values.length > 0 && values.length <= 4 && values.every((v) => typeof v === "string") ? values.map((v) => `${x} !== ${literal(v as string)}`).join(" && ") : `!${this.value(schema._zod.values)}.has(${x})`);
          break;
        }
        case "optional":
          if (!def.checks?.length) return this.check(def.innerType!, x, r);
          break;
        case "array":
        case "object":
        case "union":
          code = `${r} = ${this.#function(schema)}(${x});\nif (${r} === F) return F;\n`;
          break;
      }
    }
    // Anything else: fast.ts's check of it (which is zod's own, for a part it has no check for).
    return code ?? `${r} = ${this.value(checkerOf(schema as unknown as ZodMiniType))}(${x});\nif (${r} === F) return F;\n`;
  }

  /** The name of the function that checks an object, list or union schema, generated once. */
  #function(schema: Schema): string {
    let name = this.#names.get(schema);
    if (name !== undefined) return name;
    name = `f${this.#names.size}`;
    this.#names.set(schema, name);
    const body = this.#body(schema);
    this.functions.push(body === undefined ? `const ${name} = ${this.value(checkerOf(schema as unknown as ZodMiniType))};` : `function ${name}(v) {\n${body}}`);
    return name;
  }

  /** The body of an object's, list's or union's function, or undefined where fast.ts's check must do. */
  #body(schema: Schema): string | undefined {
    const def = schema._zod.def;
    if (def.type === "array") {
      const checks = this.#checks(def, "v");
      if (!checks) return undefined;
      const item = this.check(def.element!, "x", "r");
      return `if (!Array.isArray(v)${checks.map((c) => ` || ${c}`).join("")}) return F;
const out = new Array(v.length);
for (let i = 0; i < v.length; i++) {
const x = v[i];
if (x === undefined) return F;
let r;
${item}out[i] = r;
}
return out;
`;
    }
    if (def.type === "union") {
      const discriminator = def.discriminator;
      const options = def.options ?? [];
      if (discriminator === undefined || def.unionFallback || def.checks?.length) return undefined;
      const cases: string[] = [];
      const seen = new Set<string>();
      for (const option of options) {
        const tag = option._zod.def.shape?.[discriminator]?._zod;
        if (option._zod.def.type !== "object" || tag?.def.type !== "literal") return undefined;
        const values = [...(tag.values ?? [])];
        if (!values.every((v) => typeof v === "string")) return undefined;
        // The first option with a tag wins, as fast.ts's (and zod's) map of the tags has it.
        const fresh = (values as string[]).filter((v) => !seen.has(v));
        fresh.forEach((v) => seen.add(v));
        if (fresh.length) cases.push(`${fresh.map((v) => `case ${literal(v)}:`).join(" ")} return ${this.#function(option)}(v);`);
      }
      return `if (${NOT_OBJECT}) return F;\nswitch (v[${literal(discriminator)}]) {\n${cases.join("\n")}\n}\nreturn F;\n`;
    }
    if (def.type === "object") return this.#objectBody(schema);
    return undefined;
  }

  #objectBody(schema: Schema): string | undefined {
    const def = schema._zod.def;
    const catchall = def.catchall?._zod.def.type;
    if (def.checks?.length || (catchall !== undefined && catchall !== "never" && catchall !== "unknown")) return undefined;
    const strip = catchall === undefined;
    const loose = catchall === "unknown";
    const keys = Object.keys(def.shape!);
    if (keys.includes("__proto__")) return undefined;
    let code = `if (${NOT_OBJECT}) return F;\nconst out = {};\nlet x, r;\n`;
    for (const key of keys) {
      const child = def.shape![key]!;
      const optional = child._zod.optin === "optional" && child._zod.optout === "optional";
      const k = literal(key);
      const absent = optional ? `if (!(${k} in v)) {} else return F;` : "return F;";
      code += `x = v[${k}];\nif (x === undefined) { ${absent} } else {\n${this.check(child, "x", "r")}out[${k}] = r;\n}\n`;
    }
    if (!strip) {
      const keyList = this.value(keys);
      const known = this.value(new Set(keys));
      code += `let at = 0;
for (const key in v) {
if (at >= 0) {
while (at < ${keys.length} && ${keyList}[at] !== key) at++;
if (at < ${keys.length}) continue;
at = -1;
}
if (${known}.has(key)) continue;
${loose ? `if (key === "__proto__") return F;\nout[key] = v[key];` : "return F;"}
}
`;
    }
    return `${code}return out;\n`;
  }
}

/**
 * The source of the fast path's check of a schema, and the values it reads (`$`): patterns, sets
 * of allowed values, and fast.ts's checks of the parts it has no code for (zod's own, for a part
 * the fast path has no check of its own for).
 */
export function checkSource(schema: ZodMiniType): { readonly source: string; readonly values: readonly unknown[] } {
  const generator = new Generator();
  const root = generator.check(schema as unknown as Schema, "value", "r");
  const source = `"use strict";\n${generator.functions.join("\n")}\nreturn function check(value) {\nif (value === undefined) return F;\nlet r;\n${root}return r;\n};`;
  return { source, values: generator.values };
}

/**
 * The fast path's check of a schema as generated code: what `schema.safeParse(value).data` would
 * be, or `FAIL`, exactly as fast.ts's checker gives; undefined where `new Function` is refused (a
 * Content-Security-Policy, or Node's `--disallow-code-generation-from-strings`), so that the
 * document at hand is not the one to pay for it.
 */
export function generatedChecker(schema: ZodMiniType): ((value: unknown) => unknown) | undefined {
  try {
    const { source, values } = checkSource(schema);
    return new Function("F", "$", source)(FAIL, values) as (value: unknown) => unknown;
  } catch {
    // Refused, or a schema the generator could not read: the tree's check serves.
    return undefined;
  }
}
