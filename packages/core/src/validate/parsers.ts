import type { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import type { ZodMiniType } from "zod/mini";
import { fastParser, type FastResult } from "./fast.js";

/** How a validator parses an agreement: `AgreementSchema.safeParse`, or what gives its results. */
export type AgreementParser = (typeof AgreementSchema)["safeParse"];
/** How a validator parses a medborgarlöfte document. */
export type CitizenPromiseParser = (typeof CitizenPromiseDocumentSchema)["safeParse"];

/** The two parsers a validator needs. */
export interface Parsers {
  readonly parse: AgreementParser;
  readonly parsePromise: CitizenPromiseParser;
}

/**
 * A schema's `safeParse` that moves to the fast path at its second call: for one document, zod's
 * cold parse costs less than building the checker and running it cold (bench/cold-start.ts).
 */
function tiered(schema: ZodMiniType): (value: unknown) => unknown {
  let fast: ((value: unknown) => FastResult) | undefined;
  let calls = 0;
  return (value) => {
    if (calls < 2 && ++calls === 2) fast = fastParser(schema);
    return fast ? fast(value) : schema.safeParse(value);
  };
}

/**
 * The schemas' `safeParse`, each on the fast path for valid documents (fast.ts) from its second
 * call on: zod's own results, zod's own cost only for documents with errors.
 */
export function fastParsers(agreement: typeof AgreementSchema, citizenPromise: typeof CitizenPromiseDocumentSchema): Parsers {
  return { parse: tiered(agreement) as AgreementParser, parsePromise: tiered(citizenPromise) as CitizenPromiseParser };
}
