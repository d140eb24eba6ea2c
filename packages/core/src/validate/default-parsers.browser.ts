// validateAgreement's parsers in the browser build (tsdown.config.ts swaps default-parsers.ts for
// this module there): zod alone, the same results as the fast path, without its 1.2 KB gzip.
// `createAgreementValidator(AgreementSchema)` gives a browser app the fast path when it wants it,
// as a tree of closures: no generated code, which a Content-Security-Policy may refuse.
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import type { GeneratedChecker } from "./fast.js";
import type { Parsers } from "./parsers.js";

const parsers: Parsers = { parse: (value) => AgreementSchema.safeParse(value), parsePromise: (value) => CitizenPromiseDocumentSchema.safeParse(value) };

/** zod's own parsers. */
export const defaultParsers = (): Parsers => parsers;

/** How `createAgreementValidator` generates its checks: not at all, in a browser. */
export const defaultGenerated: GeneratedChecker | undefined = undefined;
