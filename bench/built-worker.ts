// Runs a bench's measuring process on the built packages (issue 13: what is measured is what users
// install). Shared by the extraction and rendering benches.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { builtEnv } from "./built.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * Bundles `bench/<name>.ts` with esbuild into `.bench/<name>.mjs`, each package named in `packages`
 * resolved to its built file and kept external, so that plain `node` loads the published code with
 * its installed dependencies (under tsx the workspace names would map to the sources); writes
 * `input` beside it as JSON; runs it under `node --expose-gc` with the environment of
 * `bench/built.ts`, `--input <file>` and `args`; and returns the JSON line it printed.
 *
 * @param name - the worker's file name in `bench/`, without `.ts`
 * @param packages - import specifiers and the built files they resolve to
 * @throws when the worker fails
 */
export async function runBuiltWorker<T>(name: string, packages: Readonly<Record<string, string>>, input: unknown, args: readonly string[]): Promise<T> {
  mkdirSync(join(root, ".bench"), { recursive: true });
  const inputFile = join(root, ".bench", `${name}-input.json`);
  const bundle = join(root, ".bench", `${name}.mjs`);
  writeFileSync(inputFile, JSON.stringify(input));
  const builtPackages: Plugin = {
    name: "built-packages",
    setup(b) {
      b.onResolve({ filter: /^@samverkan\// }, (resolved) => {
        const file = packages[resolved.path];
        return file === undefined ? undefined : { path: pathToFileURL(file).href, external: true };
      });
    },
  };
  try {
    await build({ entryPoints: [join(root, "bench", `${name}.ts`)], absWorkingDir: root, bundle: true, format: "esm", platform: "node", target: "es2022", plugins: [builtPackages], outfile: bundle, logLevel: "warning" });
    const child = spawnSync(process.execPath, ["--expose-gc", bundle, "--input", inputFile, ...args], { cwd: root, env: builtEnv, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`${name} failed with status ${child.status}`);
    return JSON.parse(child.stdout) as T;
  } finally {
    rmSync(inputFile, { force: true });
  }
}
