#!/usr/bin/env node
// The consumer test suite: packs every public package (after `pnpm build`), installs the tarballs
// with npm into a fresh copy of each app under consumers/apps/, and runs the app as a user would:
// Node ESM and CommonJS, TypeScript (nodenext, bundler), browser bundles (esbuild, Vite) loaded in
// headless Chromium under a strict Content-Security-Policy, the CLI through npx, and an app on
// another zod minor. Prints one line per app and exits 1 when any fails. See docs/consumers.md.
//
//   node scripts/consumers.mjs                 every app
//   node scripts/consumers.mjs node-esm cli    only these apps
//   node scripts/consumers.mjs --jobs 1        how many apps install and run at once (default 3)
//   node scripts/consumers.mjs --keep          keep the temporary folder (and print where it is)
//   node scripts/consumers.mjs --verbose       print the whole output of a failed step, and each step's time
//
// An app is a folder with a package.json whose `@samverkan/*` dependencies get the packed tarballs
// (every tarball is also an npm override, so dependencies between the packages resolve to them).
// The runner copies the seed to `seed.json` and consumers/shared/scenario.ts (as .ts, and stripped
// to .mjs or .cjs when the app has such files), runs `npm install`, then `npm run build` when the
// app has that script, then either `npm start`, or, when package.json has `consumer.serve`, serves
// that folder with the CSP below and loads each of `consumer.pages` in Chromium. A page reports
// `consumer:ok …` or `consumer:fail …` on the console; any other console error, page error, failed
// request or CSP violation fails it, except violations whose blockedURI `consumer.pages[page].allowViolations` lists.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { delimiter, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transform } from "esbuild";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const appsDir = join(root, "consumers", "apps");
const SEED = join(root, "examples", "agreements", "kristianstad-2025-2028.json");
const SCENARIO = join(root, "consumers", "shared", "scenario.ts");
/** What every browser page is served with: no inline script, no eval, nothing from elsewhere. */
export const CSP = "default-src 'self'; script-src 'self'";
const NPM_QUIET = ["--no-fund", "--no-audit", "--loglevel=error"];
const TIMEOUT = { install: 300_000, build: 180_000, start: 120_000, page: 30_000 };

/**
 * The environment for npm and the apps: this process's, less what pnpm sets for its own scripts
 * (npm would warn about `npm_config_verify_deps_before_run` and the like), keeping the settings
 * that say where the registry is and how to reach it.
 */
const KEPT_NPM_CONFIG = new Set(["registry", "cache", "userconfig", "globalconfig", "proxy", "https_proxy", "http_proxy", "noproxy", "strict_ssl", "cafile", "ca"]);
export function cleanEnv(from = process.env) {
  const env = {};
  for (const [key, value] of Object.entries(from)) {
    const lower = key.toLowerCase();
    if (lower.startsWith("pnpm_")) continue;
    if (lower.startsWith("npm_") && !(lower.startsWith("npm_config_") && KEPT_NPM_CONFIG.has(lower.slice("npm_config_".length)))) continue;
    env[key] = value;
  }
  // The repository's node_modules/.bin (where pnpm run puts it) must not lend the apps its tools.
  env.PATH = (env.PATH ?? "").split(delimiter).filter((dir) => !dir.startsWith(root + sep)).join(delimiter);
  return env;
}
const env = cleanEnv();

/** Runs a command; resolves with its exit code and combined output (never rejects). */
function run(command, argv, { cwd, timeout }) {
  return new Promise((done) => {
    const child = spawn(command, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeout / 1000} s)`;
      child.kill("SIGKILL");
    }, timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      done({ code: -1, output: `${output}\n${error.message}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, output });
    });
  });
}

/** The most telling line of a failed step's output: a TypeScript error, an Error's message, npm's error, or the last line. */
export function reasonOf(output) {
  const lines = output.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  const pick =
    lines.find((l) => /error TS\d+:/.test(l)) ??
    lines.find((l) => /^\s*(?:Uncaught )?(?:\w*Error)(?: \[\w+\])?: /.test(l)) ??
    lines.find((l) => /^npm error (?:code|\d{3}|ERESOLVE|peer|Could not)/.test(l) || /^npm error [a-z].*/.test(l)) ??
    lines.find((l) => /\(timed out after/.test(l)) ??
    lines.at(-1) ??
    "(no output)";
  const more = lines.filter((l) => /^npm error /.test(l) && l !== pick).slice(0, 2);
  const text = [pick, ...more].map((l) => l.trim()).join(" | ");
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}

/** Packs every public package into `dir`; returns name → tarball path. */
async function packAll(dir) {
  const tarballs = {};
  const packages = readdirSync(join(root, "packages"))
    .map((name) => ({ dir: join(root, "packages", name), pkg: JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")) }))
    .filter(({ pkg }) => !pkg.private);
  for (const { dir: pkgDir, pkg } of packages) {
    if (!existsSync(join(pkgDir, "dist"))) throw new Error(`${pkg.name} is not built: run \`pnpm build\` first`);
  }
  await Promise.all(
    packages.map(async ({ dir: pkgDir, pkg }) => {
      const out = join(dir, pkg.name.replace(/^@/, "").replace("/", "-"));
      mkdirSync(out);
      const packed = await run("pnpm", ["pack", "--pack-destination", out], { cwd: pkgDir, timeout: TIMEOUT.build });
      const file = readdirSync(out).find((f) => f.endsWith(".tgz"));
      if (packed.code !== 0 || !file) throw new Error(`pnpm pack ${pkg.name} failed: ${reasonOf(packed.output)}`);
      tarballs[pkg.name] = join(out, file);
    }),
  );
  return tarballs;
}

/** The scenario as the apps need it: TypeScript as written, or stripped to an ES module or CommonJS. */
export async function scenarioFiles() {
  const source = readFileSync(SCENARIO, "utf8");
  const strip = async (format) => (await transform(source, { loader: "ts", format, target: "node20", sourcefile: "scenario.ts" })).code;
  return { ts: source, mjs: await strip("esm"), cjs: await strip("cjs") };
}

/** Copies an app's template into `dir` and points its `@samverkan/*` dependencies at the tarballs. */
export function prepare(name, dir, tarballs, scenario, from = appsDir) {
  cpSync(join(from, name), dir, { recursive: true, filter: (src) => !src.split(sep).includes("node_modules") });
  cpSync(SEED, join(dir, "seed.json"));
  const exts = new Set(readdirSync(dir).map((f) => extname(f).slice(1)));
  for (const ext of ["ts", "mjs", "cjs"]) if (exts.has(ext)) writeFileSync(join(dir, `scenario.${ext}`), scenario[ext]);
  const pkgPath = join(dir, "package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const local = (spec) => `file:${spec}`;
  for (const field of ["dependencies", "devDependencies"]) {
    for (const dep of Object.keys(pkg[field] ?? {})) {
      if (!dep.startsWith("@samverkan/")) continue;
      if (!tarballs[dep]) throw new Error(`${name}: ${dep} is not a public package of this repository`);
      pkg[field][dep] = local(tarballs[dep]);
    }
  }
  pkg.overrides = Object.fromEntries(Object.entries(tarballs).map(([dep, file]) => [dep, local(file)]));
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  return pkg;
}

// ---------------------------------------------------------------------------------------------
// Browser pages

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".map": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm" };

/** Serves `dir` on a free local port, every response with the strict CSP. */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    // Browsers ask for a favicon on their own; the apps have none, and that is no error of theirs.
    if (path === "/favicon.ico") {
      res.writeHead(204, { "Content-Security-Policy": CSP }).end();
      return;
    }
    const file = resolve(dir, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (!file.startsWith(resolve(dir) + sep) || !existsSync(file)) {
      res.writeHead(404, { "Content-Security-Policy": CSP }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Security-Policy": CSP });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/** Debian's `chromium` (installed by .ci/run), or CHROMIUM_PATH. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

let browserPromise;
/** One headless Chromium for every page, launched when the first page needs it. */
function browser() {
  browserPromise ??= (async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error("no Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH");
    const { chromium } = await import("playwright-core");
    return chromium.launch({ executablePath, args: ["--no-sandbox"] });
  })();
  return browserPromise;
}

/** Reports each CSP violation on the console, from before any of the page's own scripts run. */
const VIOLATION_REPORTER = `document.addEventListener("securitypolicyviolation", (e) =>
  console.error("csp-violation: " + e.effectiveDirective + " blocked " + (e.blockedURI || "(inline)") + " in " + e.sourceFile + ":" + e.lineNumber));`;

/** Loads one page; resolves with its `consumer:ok` summary, or throws with everything that went wrong. */
async function checkPage(origin, path, { allowViolations = [] } = {}) {
  const context = await (await browser()).newContext();
  let timer;
  try {
    const page = await context.newPage();
    await page.addInitScript(VIOLATION_REPORTER);
    const problems = [];
    const allowed = (text) =>
      allowViolations.some((uri) => text.startsWith(`csp-violation: script-src blocked ${uri} `) || (uri === "eval" && /'unsafe-eval' is not an allowed source/.test(text)));
    const outcome = new Promise((done) => {
      page.on("console", (message) => {
        const text = message.text();
        if (text.startsWith("consumer:ok ")) done({ ok: true, summary: text.slice("consumer:ok ".length) });
        else if (text.startsWith("consumer:fail ")) done({ ok: false, summary: text.slice("consumer:fail ".length) });
        else if (message.type() === "error" && !allowed(text)) problems.push(text);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
      timer = setTimeout(() => done({ ok: false, summary: `no consumer:ok or consumer:fail within ${TIMEOUT.page / 1000} s` }), TIMEOUT.page);
    });
    await page.goto(origin + path);
    const result = await outcome;
    // Anything the page reports right after its result (a late violation) still counts.
    await page.waitForTimeout(200);
    if (!result.ok) problems.unshift(result.summary);
    if (problems.length > 0) throw new Error(`${path}: ${[...new Set(problems)].join("; ")}`);
    return result.summary;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Apps

/** Installs, builds and runs one app; resolves with { ok, reason?, summary, seconds, steps }. */
async function runApp(name, base, tarballs, scenario) {
  const started = performance.now();
  const steps = {};
  const dir = join(base, "apps", name);
  const fail = (step, output) => ({ ok: false, step, reason: `${step}: ${reasonOf(output)}`, output });
  const timed = async (step, fn) => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      steps[step] = (performance.now() - t) / 1000;
    }
  };
  const result = await (async () => {
    let pkg;
    try {
      pkg = prepare(name, dir, tarballs, scenario);
    } catch (error) {
      return fail("prepare", error.message);
    }
    const install = await timed("install", () => run("npm", ["install", ...NPM_QUIET], { cwd: dir, timeout: TIMEOUT.install }));
    if (install.code !== 0) return fail("npm install", install.output);
    if (pkg.scripts?.build) {
      const build = await timed("build", () => run("npm", ["run", "--silent", "build"], { cwd: dir, timeout: TIMEOUT.build }));
      if (build.code !== 0) return fail("npm run build", build.output);
    }
    if (pkg.consumer?.serve) {
      return timed("browser", async () => {
        const server = await serve(join(dir, pkg.consumer.serve));
        const origin = `http://127.0.0.1:${server.address().port}`;
        try {
          const summaries = [];
          for (const [path, options] of Object.entries(pkg.consumer.pages ?? { "/": {} })) summaries.push(await checkPage(origin, path, options));
          return { ok: true, summary: summaries.join("; ") };
        } catch (error) {
          return fail("chromium", error.message);
        } finally {
          server.close();
        }
      });
    }
    const start = await timed("start", () => run("npm", ["start", "--silent"], { cwd: dir, timeout: TIMEOUT.start }));
    if (start.code !== 0) return fail("npm start", start.output);
    return { ok: true, summary: start.output.trim().split("\n").at(-1) };
  })();
  return { name, ...result, steps, seconds: (performance.now() - started) / 1000 };
}

/** Runs `tasks` with at most `limit` at once, calling `report` as each finishes. */
async function pool(tasks, limit, report) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
      report(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function main(args) {
  const jobsAt = args.indexOf("--jobs");
  const jobs = Math.max(1, Number(jobsAt >= 0 ? args[jobsAt + 1] : 3) || 1);
  const keep = args.includes("--keep");
  const verbose = args.includes("--verbose");
  const selected = args.filter((a, i) => !a.startsWith("--") && (jobsAt < 0 || i !== jobsAt + 1));
  const apps = readdirSync(appsDir).filter((name) => existsSync(join(appsDir, name, "package.json")));
  const unknown = selected.filter((name) => !apps.includes(name));
  if (unknown.length > 0) {
    console.error(`consumers: no app ${unknown.join(", ")} (apps: ${apps.join(", ")})`);
    return 2;
  }
  // The apps that build (TypeScript, bundlers) take longest: start them first.
  const builds = (name) => Boolean(JSON.parse(readFileSync(join(appsDir, name, "package.json"), "utf8")).scripts?.build);
  const chosen = (selected.length > 0 ? selected : apps).sort((a, b) => Number(builds(b)) - Number(builds(a)) || a.localeCompare(b));
  const started = performance.now();
  const base = mkdtempSync(join(tmpdir(), "samverkan-consumers-"));
  let failed = 1;
  try {
    mkdirSync(join(base, "tarballs"));
    mkdirSync(join(base, "apps"));
    const [tarballs, scenario] = await Promise.all([packAll(join(base, "tarballs")), scenarioFiles()]);
    const width = Math.max(...chosen.map((n) => n.length));
    // Each app's folder goes as soon as the app is done, its disk work overlapping the others' installs.
    const removals = [];
    const results = await pool(
      chosen.map((name) => async () => {
        const result = await runApp(name, base, tarballs, scenario);
        if (!keep) removals.push(rm(join(base, "apps", name), { recursive: true, force: true }));
        return result;
      }),
      jobs,
      (r) => {
        const time = `${r.seconds.toFixed(1).padStart(5)} s`;
        console.log(r.ok ? `ok   ${r.name.padEnd(width)} ${time}  ${r.summary ?? ""}` : `FAIL ${r.name.padEnd(width)} ${time}  ${r.reason}`);
        if (!r.ok && verbose) console.log(r.output.replace(/^/gm, "     | "));
        if (verbose) console.log(`     ${Object.entries(r.steps).map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(", ")}`);
      },
    );
    await Promise.all(removals);
    failed = results.filter((r) => !r.ok).length;
    const total = ((performance.now() - started) / 1000).toFixed(0);
    console.log(failed === 0 ? `consumers: ${results.length} apps ok in ${total} s` : `consumers: ${failed} of ${results.length} apps failed (${total} s)`);
  } catch (error) {
    console.error(`consumers: ${error.message}`);
  } finally {
    if (browserPromise) await browserPromise.then((b) => b.close()).catch(() => {});
    if (keep) console.log(`consumers: kept ${base}`);
    else rmSync(base, { recursive: true, force: true });
  }
  return failed === 0 ? 0 : 1;
}

// Run only when executed (`node scripts/consumers.mjs`), not when a test imports the helpers.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
