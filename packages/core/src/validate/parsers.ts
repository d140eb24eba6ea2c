import type { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import type { ZodMiniType } from "zod/mini";
import { fastParser, treeOf, type FastResult, type GeneratedChecker, type Node } from "./fast.js";

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
 * How many documents a validator parses before it generates code for its check (fast-code.ts):
 * generating and compiling the code costs about as much as it saves on a thousand documents
 * (docs/decisions.md, decision 36), so a short run (a command over a folder) never pays for it.
 */
export const GENERATE_AT = 1000;

/**
 * A schema's `safeParse` that moves to the fast path at its second call (for one document, zod's
 * cold parse costs less than building the checker and running it cold: bench/cold-start.ts), and
 * to the fast path's generated code, where there is one, at its {@link GENERATE_AT}th.
 */
function tiered(schema: ZodMiniType, generated: GeneratedChecker | undefined): (value: unknown) => unknown {
  let fast: ((value: unknown) => FastResult) | undefined;
  let tree: Node | undefined;
  let calls = 0;
  return (value) => {
    if (calls < GENERATE_AT) {
      calls++;
      if (calls === 2) fast = fastParser(schema, undefined, (tree = treeOf(schema)));
      // The tree stays: it finds what failed for the generated check too.
      else if (calls === GENERATE_AT && generated && tree) fast = fastParser(schema, generated, tree);
    }
    return fast ? fast(value) : schema.safeParse(value);
  };
}

/**
 * The schemas' `safeParse`, each on the fast path for valid documents (fast.ts) from its second
 * call on: zod's own results, zod's own cost only for documents with errors. With `generated`
 * (fast-code.ts, in Node), the fast path's check is generated code where it can be.
 */
export function fastParsers(agreement: typeof AgreementSchema, citizenPromise: typeof CitizenPromiseDocumentSchema, generated?: GeneratedChecker): Parsers {
  return { parse: tiered(agreement, generated) as AgreementParser, parsePromise: tiered(citizenPromise, generated) as CitizenPromiseParser };
}
