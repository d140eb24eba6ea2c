// The benchmarks measure the packages as users install them (issue 13): a folder with a
// `node_modules` of links to the BUILT workspace packages, so Node resolves `@samverkan/core`
// through its `exports` (the `node` condition included) and loads `dist/`, never the sources.
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * Makes `folder` (emptied first) with `node_modules/@samverkan/core` linked to the built core and
 * `node_modules/zod` to the zod core resolves, so a script in `folder` imports both as an app does.
 *
 * @param folder - an absolute path, under `.bench/`
 * @returns `folder`, with a trailing slash
 * @throws when core is not built (`pnpm build` first)
 */
export function builtPackagesFolder(folder: string): string {
  const core = `${root}packages/core`;
  if (!existsSync(`${core}/dist/index.js`) || !existsSync(`${core}/dist/node/index.js`)) throw new Error("@samverkan/core is not built: run `pnpm build` first");
  const dir = folder.endsWith("/") ? folder : `${folder}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}node_modules/@samverkan`, { recursive: true });
  symlinkSync(core, `${dir}node_modules/@samverkan/core`, "dir");
  symlinkSync(realpathSync(`${core}/node_modules/zod`), `${dir}node_modules/zod`, "dir");
  return dir;
}

/**
 * The environment for a process that must run the built code as a user's Node would: the parent's,
 * less `NODE_OPTIONS` and tsx's own variables, so tsx's loader (which maps `@samverkan/*` to the
 * TypeScript sources) does not reach it.
 */
export const builtEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS" && !k.startsWith("TSX")));
