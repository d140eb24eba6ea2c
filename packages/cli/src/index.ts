/**
 * {@include ../README.md#docs}
 *
 * @module \@samverkan/cli
 */
export { run } from "./run.js";
export type { CliOutput, RunOptions } from "./io.js";
