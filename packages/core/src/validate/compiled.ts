/**
 * zod's compiled parser (`z.compile`): {@link compileObligationSchema} for checking many
 * obligations, and {@link compileAgreementValidator} (deprecated: `validateAgreement` is as fast
 * now) for documents. A separate entry point so that zod's compiler stays out of bundles that do
 * not ask for it.
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
 * import { compileObligationSchema } from "@samverkan/core/compiled";
 *
 * // the same results as ObligationSchema, faster per obligation once made
 * const schema = compileObligationSchema();
 * const readable = obligations.filter((o) => schema.safeParse(o).success);
 * ```
 *
 * @module \@samverkan/core/compiled
 */
import * as z from "zod/mini";
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import { ObligationSchema } from "../schedule/obligation.js";
import { createAgreementValidator, type AgreementValidator } from "./validate.js";

/**
 * Makes a validator with exactly the contract and results of `validateAgreement`, on zod's compiled
 * parser (`z.compile`). Compiling takes about 170 ms once. Where `new Function` is forbidden (a
 * strict Content-Security-Policy), zod hands back the ordinary parser and the validator still works.
 *
 * @deprecated Since the fast path for valid documents (docs/decisions.md, decision 35),
 *   `validateAgreement` in Node, and `createAgreementValidator(AgreementSchema)` anywhere, are as
 *   fast on valid documents and as fast or faster on invalid ones, without the compilation or
 *   `new Function` (docs/performance.md). Kept, with the same results, for programs that call it.
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
