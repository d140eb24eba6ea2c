import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "tsdown";
import { library } from "../../scripts/tsdown-library";

// The version is written into the code, so that `samverkan --version` reads no file.
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const define = { __SAMVERKAN_CLI_VERSION__: JSON.stringify(version) };

/** The licences of the third-party code in the bin, as MIT asks, beside it in `dist/`. */
function writeThirdPartyLicences(): void {
  // Resolved from core for zod (the copy the bin bundles is the one core's files import) and from here for commander.
  const fromCore = createRequire(new URL("../core/package.json", import.meta.url));
  const here = createRequire(import.meta.url);
  const licence = (name: string, require: NodeJS.Require) => {
    // The package's own folder: its entry file's folder (neither exports its package.json).
    const dir = require.resolve(name).replace(/[^/\\]+$/, "");
    const { version: v } = JSON.parse(readFileSync(`${dir}package.json`, "utf8")) as { version: string };
    return `${name} ${v}\n\n${readFileSync(`${dir}LICENSE`, "utf8").trim()}\n`;
  };
  const text = [
    "The samverkan bin (dist/bin.js and the chunks it loads) includes the following third-party code.",
    licence("zod", fromCore),
    licence("commander", here),
  ].join("\n\n");
  writeFileSync(new URL("./dist/THIRD-PARTY-LICENSES.txt", import.meta.url), text);
}

// `dist` is emptied by the package's build script, so that neither build removes the other's files.
export default defineConfig([
  // The library entry: `run(argv)`, for programs and tests, ESM and CJS with types.
  library({ index: "src/index.ts" }, { platform: "node", define, clean: false }),
  {
    // The bin: ESM only, each command in its own chunk, loaded when it runs.
    entry: { bin: "src/bin.ts" },
    format: "esm",
    platform: "node",
    target: "es2022",
    fixedExtension: false,
    dts: false,
    sourcemap: true,
    clean: false,
    report: false,
    checks: { pluginTimings: false },
    // Bundled: what `validate` needs, so that a run loads a few files instead of some sixty modules
    // (docs/decisions.md, decision 26). Document, calendar and unpdf stay external and load only
    // for the commands that use them.
    deps: { alwaysBundle: ["@samverkan/core", "@samverkan/kommuner", "commander", /^zod(\/|$)/], onlyBundle: false },
    define,
    // No banner: the `#!/usr/bin/env node` line is src/bin.ts's own first line, which rolldown keeps
    // (and tsdown makes the file executable). Commander is CommonJS: rolldown's runtime gives its
    // require() calls of Node's modules a real `require`, made with `createRequire(import.meta.url)`.
    onSuccess: () => writeThirdPartyLicences(),
  },
]);
