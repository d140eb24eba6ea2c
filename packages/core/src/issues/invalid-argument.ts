const NAME = /^[A-Za-z_$][\w$.[\]-]{0,199}$/;
const name = (value: unknown): string => (typeof value === "string" && NAME.test(value) ? value : "?");

/**
 * Thrown by a function that returns a plain value (not a result with issues) when an argument is
 * not what its type says: `resolveValidity(null)`, a rule's `check` given a string, a message of
 * a catalogue given no parameters. Its message names the function and the parameter, never the
 * value given (which may be anything, and is the caller's). Functions that return a result
 * (`validateAgreement`, `scheduleObligations`, …) never throw it: they report coded issues.
 *
 * @example
 * try {
 *   resolveValidity(JSON.parse(text));
 * } catch (error) {
 *   if (error instanceof InvalidArgumentError) console.error(error.code, error.functionName, error.parameter);
 * }
 */
export class InvalidArgumentError extends TypeError {
  /** Always `invalid_argument`. */
  readonly code = "invalid_argument" as const;
  /** The function that was called, such as `resolveValidity`. */
  readonly functionName: string;
  /** The parameter that is not what its type says, such as `agreement`. */
  readonly parameter: string;
  constructor(functionName: string, parameter: string) {
    // Names of our own functions and parameters; anything else given here is not repeated.
    const fn = name(functionName);
    const param = name(parameter);
    super(`${fn}: the argument ${param} is not what its type says`);
    this.name = "InvalidArgumentError";
    this.functionName = fn;
    this.parameter = param;
  }
}
