import type { IssueCode, IssuePath, IssueParams, Severity } from "../issues/issue.js";
import type { Agreement, AgreementSet } from "../model/agreement.js";
import type { CivilDate, MunicipalityCode } from "../model/primitives.js";

/** Reports one finding of a rule: where, and the code's params. */
export type Report<C extends IssueCode> = (path: IssuePath, params: IssueParams[C]) => void;

/**
 * What a rule may know beyond the document: the date to judge it as of (rules about dates that pass,
 * such as an outdated lägesbild, run only when it is given) and a profile's interval for the law's
 * lägesbild.
 */
export interface RuleContext {
  readonly asOf?: CivilDate;
  readonly lawIntervalMonths?: number;
  /** In a set: the kommuner that have their own del 2 there, to which a del 1 leaves their law duties. */
  readonly localMunicipalities?: ReadonlySet<MunicipalityCode>;
}

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
  | {
      readonly code: C;
      readonly severity: Severity;
      readonly scope: "agreement";
      /** Checks one agreement (alone or in a set) and reports each finding. */
      check(agreement: Agreement, report: Report<C>, context: RuleContext): void;
    }
  | {
      readonly code: C;
      readonly severity: Severity;
      readonly scope: "set";
      /** Checks the agreements of a set together and reports each finding. */
      check(set: AgreementSet, report: Report<C>): void;
    };

/**
 * Declares a rule with its code's params checked by the compiler.
 *
 * @param rule - the rule
 * @returns the same rule
 */
export const defineRule = <C extends IssueCode>(rule: Rule<C>): Rule<C> => rule;
