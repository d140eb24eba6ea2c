// The build every published package shares (docs/decisions.md, decision 27): tsdown, one output
// file per source module (`unbundle`), so that a bundler's tree-shaking and `"sideEffects": false`
// drop whole modules an import does not use; ESM (`.js`) and CommonJS (`.cjs`), each with its own
// declarations (`.d.ts`, `.d.cts`), as the packages' `exports` maps name them.
import type { UserConfig } from "tsdown";

/** tsdown's options for a library package; `entry` maps output names to source files. */
export function library(entry: Record<string, string>, overrides: UserConfig = {}): UserConfig {
  return {
    entry,
    format: ["esm", "cjs"],
    unbundle: true,
    dts: true,
    sourcemap: true,
    target: "es2022",
    // Nothing Node-specific in the libraries: the output keeps `.js` for ESM (the packages are
    // `"type": "module"`) and `.cjs` for CommonJS.
    platform: "neutral",
    fixedExtension: false,
    // Quiet builds: no size table, and no "spent significant time in plugins" notes when the
    // machine is busy. Real warnings (an unresolved import, a circular chunk) still print.
    report: false,
    checks: { pluginTimings: false },
    ...overrides,
  };
}
