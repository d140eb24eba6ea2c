/**
 * The compiled fast path: {@link compileAgreementValidator} makes a validator with the contract of
 * `validateAgreement` that parses on zod's generated code (`z.compile`), and
 * {@link compileObligationSchema} the same for obligations. A separate entry point so that zod's
 * compiler stays out of bundles that do not ask for it.
 *
 * ## Install
 *
 * Part of `@samverkan/core`:
 *
 * ```sh
 * npm install @samverkan/core zod
 * ```
 *
 * ## Quick start
 *
 * ```ts
 * import { compileAgreementValidator } from "@samverkan/core/compiled";
 *
 * // `compiled` is false where a Content-Security-Policy forbids it
 * const { validate, compiled } = compileAgreementValidator();
 * // each result is what validateAgreement would give
 * const results = texts.map((text) => validate(text));
 * ```
 *
 * @module \@samverkan/core/compiled
 */
import * as z from "zod/mini";
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import { ObligationSchema } from "../schedule/obligation.js";
import { createAgreementValidator, type AgreementValidator } from "./validate.js";

/**
 * Makes a validator with exactly the contract and results of `validateAgreement`, parsing on zod's
 * compiled fast path (`z.compile`). Compiling takes about 100 ms once, and each validation
 * is then several times faster: worth it when validating hundreds of documents. Where
 * `new Function` is forbidden (a strict Content-Security-Policy), zod hands back the ordinary
 * parser and the validator still works, at the ordinary speed.
 *
 * @returns the validator (with `validateAgreement`'s overloads: `{ type: "agreement" }` gives an
 *   `Agreement`), and whether it really runs compiled code
 * @example
 * import { compileAgreementValidator } from "@samverkan/core/compiled";
 *
 * const { validate } = compileAgreementValidator();
 * const results = documents.map((doc) => validate(doc, { type: "agreement" }));
 * for (const result of results) if (result.ok) console.log(result.value.id);
 */
export function compileAgreementValidator(): { validate: AgreementValidator; compiled: boolean } {
  // Medborgarlöfte documents too: a third of the real documents are one (bench/real-corpus.ts).
  const schema = z.compile(AgreementSchema);
  const promiseSchema = z.compile(CitizenPromiseDocumentSchema);
  return { validate: createAgreementValidator(schema, promiseSchema), compiled: schema !== AgreementSchema && promiseSchema !== CitizenPromiseDocumentSchema };
}

/**
 * `ObligationSchema` on zod's compiled fast path (`z.compile`): the same results, several times
 * faster per obligation once made (about 3 ms). For checking many obligations: `toICalendar` of
 * `@samverkan/calendar` uses it from 500 obligations on. Where `new Function` is forbidden, zod
 * hands back the ordinary parser. Each call compiles anew: keep the schema.
 *
 * @returns a schema that parses exactly as `ObligationSchema`
 * @example
 * import { compileObligationSchema } from "@samverkan/core/compiled";
 * const schema = compileObligationSchema();
 * const readable = obligations.filter((o) => schema.safeParse(o).success);
 */
export function compileObligationSchema(): typeof ObligationSchema {
  return z.compile(ObligationSchema);
}
