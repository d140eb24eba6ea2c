import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as kommuner from "@samverkan/kommuner";
import { afterAll, describe, expect, it } from "vitest";
import { scenario } from "../consumers/shared/scenario.js";
import { CSP, cleanEnv, prepare, reasonOf, scenarioFiles, serve } from "./consumers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const appsDir = join(root, "consumers", "apps");
const seedText = readFileSync(join(root, "examples", "agreements", "kristianstad-2025-2028.json"), "utf8");
const packages = { core, kommuner, calendar, document };
const scratch = mkdtempSync(join(tmpdir(), "consumers-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the scenario every app runs", () => {
  it("passes on the seed with the packages' sources, the compiled validator included", async () => {
    const summary = await scenario({ ...packages, compiled: { module: compiled, expectCompiled: true } }, seedText);
    expect(summary).toMatch(/^1290 Kristianstad, \d+ obligations, \d+ events, compiled$/);
  });

  it("fails, naming the step, when the results are not what the seed says", async () => {
    const seed = JSON.parse(seedText);
    seed.parties.municipalities[0].code = "1256"; // Östra Göinge: valid, but not the seed's kommun
    await expect(scenario(packages, JSON.stringify(seed))).rejects.toThrow("validateAgreement: kommun code 1256");
    await expect(scenario(packages, "{}")).rejects.toThrow(/^validateAgreement: the seed is invalid: .*missing_field/);
    await expect(scenario({ ...packages, compiled: { module: compiled, expectCompiled: false } }, seedText)).rejects.toThrow(
      "compileAgreementValidator: compiled is true, expected false",
    );
  });

  it("fails when toICalendar's output does not hold one event per obligation", async () => {
    const dropped = { ...calendar, toICalendar: (obligations: readonly core.Obligation[]) => calendar.toICalendar(obligations.slice(1), { name: "Samverkan 2026" }) };
    await expect(scenario({ ...packages, calendar: dropped }, seedText)).rejects.toThrow(/^toICalendar: (\d+) events for \d+ obligations$/);
  });
});

describe("the runner", () => {
  it("picks the telling line of a failed step", () => {
    expect(reasonOf("> build\nmain.ts(3,7): error TS2339: Property 'parties' does not exist\nFound 1 error.\n")).toBe(
      "main.ts(3,7): error TS2339: Property 'parties' does not exist",
    );
    expect(reasonOf("file:///x/main.mjs:42\n  throw new Error(problems)\n\nError: 2 copies of zod: a, b\n    at file:///x\n\nNode.js v20\n")).toBe("Error: 2 copies of zod: a, b");
    expect(reasonOf("npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree\n")).toBe(
      "npm error code ERESOLVE | npm error ERESOLVE unable to resolve dependency tree",
    );
    expect(reasonOf("")).toBe("(no output)");
  });

  it("keeps the registry settings from the environment and drops what pnpm sets for its scripts", () => {
    const env = cleanEnv({
      PATH: `${join(root, "node_modules", ".bin")}:/usr/bin`,
      HOME: "/root",
      npm_config_registry: "https://registry.example/",
      npm_config_verify_deps_before_run: "false",
      npm_config_user_agent: "pnpm/10",
      npm_lifecycle_event: "consumers",
      PNPM_PACKAGE_NAME: "samverkan-monorepo",
    });
    expect(env).toEqual({ PATH: "/usr/bin", HOME: "/root", npm_config_registry: "https://registry.example/" });
  });

  it("points every @samverkan dependency at its tarball and copies the seed and the scenario the app can load", async () => {
    const files = await scenarioFiles();
    expect(files.mjs).toMatch(/export \{\s*scenario\s*\}/);
    expect(files.cjs).toMatch(/module\.exports/);
    expect(files.mjs).not.toMatch(/@samverkan/); // type imports only: nothing left to resolve
    const tarballs = Object.fromEntries(
      ["core", "kommuner", "calendar", "document", "cli"].map((p) => [`@samverkan/${p}`, `/tmp/t/samverkan-${p}-0.0.0.tgz`]),
    );
    const dir = join(scratch, "node-cjs");
    const pkg = prepare("node-cjs", dir, tarballs, files, appsDir);
    expect(pkg.dependencies["@samverkan/core"]).toBe("file:/tmp/t/samverkan-core-0.0.0.tgz");
    expect(pkg.overrides["@samverkan/cli"]).toBe("file:/tmp/t/samverkan-cli-0.0.0.tgz");
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))).toEqual(pkg);
    expect(readFileSync(join(dir, "seed.json"), "utf8")).toBe(seedText);
    expect(readdirSync(dir).filter((f) => f.startsWith("scenario.")).sort()).toEqual(["scenario.cjs"]);

    mkdirSync(join(scratch, "templates", "bad"), { recursive: true });
    writeFileSync(join(scratch, "templates", "bad", "package.json"), JSON.stringify({ dependencies: { "@samverkan/test-utils": "*" } }));
    expect(() => prepare("bad", join(scratch, "bad"), tarballs, files, join(scratch, "templates"))).toThrow("@samverkan/test-utils is not a public package");
  });

  it("serves with the strict CSP, answers the favicon and nothing outside the folder", async () => {
    const dir = join(scratch, "site");
    mkdirSync(dir);
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    const server: Server = await serve(dir);
    const port = (server.address() as { port: number }).port;
    const get = (path: string) =>
      new Promise<{ status: number; csp: unknown; type: unknown }>((done, fail) =>
        request({ host: "127.0.0.1", port, path }, (res) => {
          res.resume();
          done({ status: res.statusCode ?? 0, csp: res.headers["content-security-policy"], type: res.headers["content-type"] });
        })
          .on("error", fail)
          .end(),
      );
    try {
      expect(CSP).toBe("default-src 'self'; script-src 'self'");
      expect(await get("/")).toEqual({ status: 200, csp: CSP, type: "text/html; charset=utf-8" });
      expect((await get("/favicon.ico")).status).toBe(204);
      expect((await get("/missing.js")).status).toBe(404);
      expect((await get("/../package.json")).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it("has apps whose @samverkan dependencies are public packages and whose served apps list their pages", () => {
    const publicPackages = readdirSync(join(root, "packages"))
      .map((p) => JSON.parse(readFileSync(join(root, "packages", p, "package.json"), "utf8")))
      .filter((p) => !p.private)
      .map((p) => p.name);
    const apps = readdirSync(appsDir);
    expect(apps.length).toBeGreaterThanOrEqual(8);
    for (const app of apps) {
      const pkg = JSON.parse(readFileSync(join(appsDir, app, "package.json"), "utf8"));
      const deps = Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith("@samverkan/"));
      expect(deps.length, app).toBeGreaterThan(0);
      for (const dep of deps) expect(publicPackages, `${app}: ${dep}`).toContain(dep);
      expect(Boolean(pkg.scripts?.start) || Boolean(pkg.consumer?.serve && pkg.scripts?.build), app).toBe(true);
      if (pkg.consumer?.serve) expect(Object.keys(pkg.consumer.pages ?? {}).length, app).toBeGreaterThan(0);
    }
  });
});
