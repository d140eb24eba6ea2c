import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * The CLI's tests run the built binary, as users do. Before any test, build it (and core, kommuner
 * and document, which it loads) when a dist is missing or older than its sources: `pnpm test` on a
 * fresh clone works without `pnpm build` first, and a stale build is never tested.
 */
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/ensure-built.mjs", import.meta.url))], { stdio: ["ignore", "inherit", "inherit"] });
}
