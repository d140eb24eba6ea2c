// The reference validator: ajv compiling the JSON Schema we ship (draft 2020-12).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020, { type Options, type ValidateFunction } from "ajv/dist/2020.js";

/** The JSON Schema core ships, in the repository. */
export const SCHEMA_FILE = fileURLToPath(new URL("../packages/core/schema/agreement.v2.schema.json", import.meta.url));

/**
 * The ajv options of the benchmark, without the logger.
 *
 * - `unicode: false`: minLength/maxLength count UTF-16 code units (`String#length`) instead of
 *   calling ajv's ucs2length on every string. ajv 8 still honours it but warns that it is
 *   deprecated. (zod counts code points, but only scans a string whose UTF-16 length is near a
 *   limit; no string in the corpus is near one, so both accept and reject the same.)
 * - `unicodeRegExp: false`: patterns compiled without the `u` flag, as zod's regexes are; for the
 *   schema's patterns (`\d`, `[a-z0-9]`, the date pattern) the matches are the same.
 * - `formats: { date: true }`: the schema's civil dates have `format: "date"` beside a `pattern` that
 *   already checks them (impossible dates such as 2023-02-30 included), as zod's validator does; the
 *   format is declared known and not checked a second time (ajv-formats would check it again).
 * - `strict: false`: keeps ajv's strict mode from refusing the deprecated `unicode` option.
 */
export const AJV_OPTIONS = { unicode: false, unicodeRegExp: false, strict: false, formats: { date: true } } as const;

/** The options as text, for printing. */
export const ajvOptionsText = (allErrors: boolean): string => JSON.stringify({ ...AJV_OPTIONS, allErrors });

/**
 * Compiles the shipped JSON Schema.
 *
 * @param allErrors - ajv's `allErrors`: collect every error instead of stopping at the first
 * @param warnings - collects ajv's warnings (the deprecated option) instead of printing them
 * @param schemaFile - the schema's path (a bundled worker, which is not where this file is, passes {@link SCHEMA_FILE})
 * @returns the validate function and how long compiling took
 */
export function compileAjv(allErrors: boolean, warnings?: Set<string>, schemaFile: string = SCHEMA_FILE): { validate: ValidateFunction; compileMs: number } {
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as object;
  const logger = { log() {}, warn: (...args: unknown[]) => void warnings?.add(args.join(" ")), error: console.error };
  const start = performance.now();
  const validate = new Ajv2020({ ...AJV_OPTIONS, allErrors, logger } as Options).compile(schema);
  return { validate, compileMs: performance.now() - start };
}
