// validateAgreement's parsers where speed is worth 1.2 KB gzip: in Node (core's `dist/node` build) and
// when the sources run. The browser build swaps this module for default-parsers.browser.ts, which
// leaves the fast path out (tsdown.config.ts; docs/decisions.md, decision 35), and with it the
// generated code that a Content-Security-Policy may refuse (decision 36).
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import type { GeneratedChecker } from "./fast.js";
import { generatedChecker } from "./fast-code.js";
import { fastParsers, type Parsers } from "./parsers.js";

let parsers: Parsers | undefined;

/** The fast path's parsers, made at the first call rather than at import. */
export const defaultParsers = (): Parsers => (parsers ??= fastParsers(AgreementSchema, CitizenPromiseDocumentSchema, generatedChecker));

/** How `createAgreementValidator` generates its checks: as code, in Node. */
export const defaultGenerated: GeneratedChecker | undefined = generatedChecker;
