// Runs the snippets that check-snippets.ts wrote out, one after the other in this one process, each
// in a fresh copy of the fixtures as its working directory (so a snippet that reads "avtal.json" or
// writes "avtal.html" touches only its copy), with its console silenced. Writes what happened as JSON.
//
//   tsx scripts/snippets/run.ts <manifest.json> <results.json>
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** What check-snippets.ts asks for. */
export interface RunManifest {
  /** The directory whose copy each snippet runs in. */
  readonly fixtures: string;
  /** Where the copies go. */
  readonly sandbox: string;
  /** expect.ts, imported by path so that the snippets and this runner share its counter. */
  readonly expectModule: string;
  readonly timeoutMs: number;
  readonly units: readonly { readonly name: string; readonly file: string }[];
}

/** What happened to one snippet. */
export interface RunResult {
  readonly name: string;
  readonly ok: boolean;
  readonly checks: number;
  readonly ms: number;
  readonly error?: { readonly message: string; readonly stack: string };
}

const [manifestPath, resultsPath] = process.argv.slice(2);
if (!manifestPath || !resultsPath) throw new Error("usage: tsx scripts/snippets/run.ts <manifest.json> <results.json>");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as RunManifest;
const { counter } = (await import(pathToFileURL(manifest.expectModule).href)) as { counter: { checks: number } };

const quiet = () => true;
const streams = { stdout: process.stdout.write, stderr: process.stderr.write };
const consoleMethods = ["log", "info", "warn", "error", "debug", "table", "dir"] as const;
const originals = Object.fromEntries(consoleMethods.map((m) => [m, console[m]]));

let late: Error | undefined;
process.on("unhandledRejection", (reason) => {
  late = reason instanceof Error ? reason : new Error(String(reason));
});

const results: RunResult[] = [];
for (const unit of manifest.units) {
  const cwd = join(manifest.sandbox, "cwd", unit.name);
  cpSync(manifest.fixtures, cwd, { recursive: true });
  process.chdir(cwd);
  for (const m of consoleMethods) console[m] = quiet;
  process.stdout.write = quiet as typeof process.stdout.write;
  process.stderr.write = quiet as typeof process.stderr.write;
  const before = counter.checks;
  const started = performance.now();
  late = undefined;
  let error: unknown;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(unit.file).href),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${manifest.timeoutMs} ms`)), manifest.timeoutMs);
      }),
    ]);
    // A promise the snippet left behind that rejects right after it finished is its failure too.
    await new Promise((resolve) => setImmediate(resolve));
    error = late;
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
    process.stdout.write = streams.stdout;
    process.stderr.write = streams.stderr;
    for (const m of consoleMethods) console[m] = originals[m]!;
    process.exitCode = undefined;
  }
  const ms = Math.round(performance.now() - started);
  const failure = error === undefined ? undefined : error instanceof Error ? error : new Error(String(error));
  results.push({
    name: unit.name,
    ok: !failure,
    checks: counter.checks - before,
    ms,
    ...(failure ? { error: { message: `${failure.name}: ${failure.message}`, stack: failure.stack ?? "" } } : {}),
  });
}
writeFileSync(resultsPath, JSON.stringify(results));
process.exit(0);
