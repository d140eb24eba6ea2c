import type { IssueCode, IssuePath, IssueParams, Severity } from "../issues/issue.js";
import type { Agreement, AgreementSet, CitizenPromiseDocument } from "../model/agreement.js";
import type { CivilDate } from "../model/primitives.js";
import type { DutyHolders } from "../schedule/law.js";

/** Reports one finding of a rule: where, and the code's params. */
export type Report<C extends IssueCode> = (path: IssuePath, params: IssueParams[C]) => void;

/**
 * What a rule may know beyond the document: the date to judge it as of (rules about dates that pass,
 * such as an outdated lägesbild, run only when it is given), a profile's interval for the law's
 * lägesbild, and, in a set, the other agreements.
 */
export interface RuleContext {
  readonly asOf?: CivilDate;
  readonly lawIntervalMonths?: number;
  /** In a set: who answers for each kommun's own duties, a del 1 or a del 2 (see `DutyHolders`). */
  readonly holders?: DutyHolders;
  /** In a set: each del 1 by its id, so a del 2 can be judged by what its del 1 asks of it. */
  readonly strategicById?: ReadonlyMap<string, Agreement>;
  /** The rules' working memory for one validation run (an index of each document, made once and shared); leave it out. */
  readonly indexes?: Map<object, unknown>;
}

/**
 * A named semantic rule: a cross-field check the schema cannot express. Agreement rules look at
 * one agreement (alone or in a set); set rules look across the agreements of a set; document rules
 * look at each agreement and at a medborgarlöfte that is a document of its own.
 *
 * @example
 * const rule: Rule<"validity_end_before_start"> = {
 *   code: "validity_end_before_start",
 *   severity: "error",
 *   scope: "agreement",
 *   check: (agreement, report) => {
 *     const { start, end } = resolveValidity(agreement);
 *     if (start !== undefined && end !== undefined && end !== "open" && end < start) report(["validity"], {});
 *   },
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
    }
  | {
      readonly code: C;
      readonly severity: Severity;
      readonly scope: "document";
      /** Checks one agreement (alone or in a set) or a medborgarlöfte document, and reports each finding. */
      check(document: Agreement | CitizenPromiseDocument, report: Report<C>, context: RuleContext): void;
    };

/**
 * Declares a rule with its code's params checked by the compiler.
 *
 * @param rule - the rule
 * @returns the same rule
 */
export const defineRule = <C extends IssueCode>(rule: Rule<C>): Rule<C> => rule;
