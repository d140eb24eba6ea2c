import type { IssueCode, IssuePath, IssueParams, Severity } from "../issues/issue.js";
import type { Agreement, AgreementSet } from "../model/agreement.js";

/** Reports one finding of a rule: where, and the code's params. */
export type Report<C extends IssueCode> = (path: IssuePath, params: IssueParams[C]) => void;

/**
 * A named semantic rule: a cross-field check the schema cannot express. Agreement rules look at
 * one agreement (alone or in a set); set rules look across the agreements of a set.
 *
 * @example
 * const rule: Rule<"validity_end_before_start"> = {
 *   code: "validity_end_before_start",
 *   severity: "error",
 *   scope: "agreement",
 *   check: (agreement, report) => { ... },
 * };
 */
export type Rule<C extends IssueCode = IssueCode> =
  | { readonly code: C; readonly severity: Severity; readonly scope: "agreement"; check(agreement: Agreement, report: Report<C>): void }
  | { readonly code: C; readonly severity: Severity; readonly scope: "set"; check(set: AgreementSet, report: Report<C>): void };

/**
 * Declares a rule with its code's params checked by the compiler.
 *
 * @param rule - the rule
 * @returns the same rule
 */
export const defineRule = <C extends IssueCode>(rule: Rule<C>): Rule<C> => rule;
