// The type tests (packages/*/src/**/*.test-d.ts: `expectTypeOf` and `@ts-expect-error`) compiled
// with TypeScript and the repository's tsconfig.json, as part of `pnpm test`. This replaces vitest's
// `typecheck` mode, which runs the same compiler but prints a warning that it is experimental on
// every run. `pnpm typecheck` compiles these files too, with everything else.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

function typeTests(): string[] {
  return readdirSync(join(root, "packages")).flatMap((pkg) => {
    const src = join(root, "packages", pkg, "src");
    try {
      return readdirSync(src, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".test-d.ts"))
        .map((f) => join(src, f));
    } catch {
      return []; // a package without src/
    }
  });
}

const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;

/**
 * Compiles the files (plus any in-memory ones) in one program with the repository's options: each
 * diagnostic, formatted, with its file.
 */
function compile(files: string[], inMemory: Record<string, string> = {}): { file: string | undefined; text: string }[] {
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f in inMemory || fileExists.call(host, f);
  host.readFile = (f) => inMemory[f] ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) =>
    f in inMemory ? ts.createSourceFile(f, inMemory[f]!, language) : getSourceFile.call(host, f, language, ...rest);
  const program = ts.createProgram([...files, ...Object.keys(inMemory)], config.options, host);
  const format = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
  return ts.getPreEmitDiagnostics(program).map((d) => ({ file: d.file?.fileName, text: ts.formatDiagnostic(d, format) }));
}

describe("type tests", () => {
  const files = typeTests();
  // A type test that must fail, compiled with the others (one program, one compile): it shows that
  // a wrong type is reported, so that "no error" below means something.
  const probe = join(root, "packages/core/src/probe.test-d.ts");
  let result: ReturnType<typeof compile> | undefined;
  const diagnostics = () => (result ??= compile(files, {
    [probe]: 'import { expectTypeOf } from "vitest";\nimport { SCHEMA_VERSION } from "@samverkan/core";\nexpectTypeOf(SCHEMA_VERSION).toEqualTypeOf<string>();\n',
  }));

  it("finds the type tests", () => {
    expect(files.map((f) => f.slice(root.length))).toEqual(expect.arrayContaining(["packages/core/src/types.test-d.ts", "packages/calendar/src/types.test-d.ts"]));
  });

  it("compile with no error", { timeout: 300_000 }, () => {
    expect(diagnostics().filter((d) => d.file !== probe).map((d) => d.text)).toEqual([]);
  });

  it("report a wrong type (a probe compiled with them)", { timeout: 300_000 }, () => {
    const errors = diagnostics().filter((d) => d.file === probe);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.text).toMatch(/probe\.test-d\.ts\(3,/);
  });
});
