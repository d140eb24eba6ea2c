// Types of the helpers scripts/consumers.mjs exports, for its test.
import type { Server } from "node:http";

/** The Content-Security-Policy every browser page is served with. */
export const CSP: string;
/** This process's environment less what pnpm sets for its scripts, keeping the registry settings. */
export function cleanEnv(from?: Record<string, string | undefined>): Record<string, string | undefined>;
/** The most telling line of a failed step's output. */
export function reasonOf(output: string): string;
/** The scenario as TypeScript, and stripped to an ES module and to CommonJS. */
export function scenarioFiles(): Promise<{ ts: string; mjs: string; cjs: string }>;
/** Copies an app's template into `dir` and points its `@samverkan/*` dependencies at the tarballs. */
export function prepare(
  name: string,
  dir: string,
  tarballs: Record<string, string>,
  scenario: { ts: string; mjs: string; cjs: string },
  from?: string,
): { dependencies: Record<string, string>; overrides: Record<string, string>; [key: string]: unknown };
/** Serves `dir` on a free local port, every response with {@link CSP}. */
export function serve(dir: string): Promise<Server>;
