/**
 * `@samverkan/cli`: the `samverkan` command line (validate, schedule, status, new, migrate, render,
 * extract), and {@link run}, the same command line as a function for programs and tests. See
 * `docs/cli.md`.
 *
 * @packageDocumentation
 */
export { run } from "./run.js";
export type { CliOutput, RunOptions } from "./io.js";
