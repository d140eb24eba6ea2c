import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The version is written into the code, so that `samverkan --version` reads no file.
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const define = { __SAMVERKAN_CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The library entry: `run(argv)`, for programs and tests, ESM and CJS with types.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "es2022",
    treeshake: true,
    define,
  },
  {
    // The bin: ESM only, each command in its own chunk, loaded when it runs.
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: true,
    define,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
