// The snippet check: compiles every TypeScript snippet against the packages' sources with the
// repository's compiler options (tsconfig.json, as `pnpm typecheck`), then runs the ones that can
// run and checks their expected values. scripts/check-snippets.ts is its command line.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { seedText } from "@samverkan/test-utils";
import { withExpectations } from "./expected.js";
import { allSnippets, fileProblems, TYPESCRIPT, type PageProblem, type Snippet } from "./extract.js";
import { PORTFOLIO } from "./fixtures.js";
import type { RunManifest, RunResult } from "./run.js";
import { GIVENS, importLines, parse, sourceLine, unitsOf, type Exported, type Unit } from "./units.js";

/** What to check. */
export interface CheckOptions {
  /** The repository's root. */
  readonly root: string;
  /** Run the snippets that can run (default), or only type-check them. */
  readonly run?: boolean;
  /** Only the snippets of files whose path contains this. */
  readonly only?: string;
  /** Check these snippets instead of the repository's (for the checker's own tests). */
  readonly snippets?: readonly Snippet[];
  /** Keep the modules as they ran, and say where (SNIPPETS_KEEP=1 on the command line). */
  readonly keep?: boolean;
}

/** What the check found. */
export interface CheckReport {
  /** Each problem as `file:line[:column] - message`; none when all is well. */
  readonly problems: readonly string[];
  /** What was checked, run, not run and skipped, in lines for a person. */
  readonly summary: readonly string[];
  /** Every module, with what was done with it, in lines (`--list`). */
  readonly listing: readonly string[];
  readonly units: readonly Unit[];
  /** The results of the modules that ran, by name. */
  readonly results: ReadonlyMap<string, RunResult>;
}

/** Checks the snippets: see the file's header. Never throws for a snippet's problem; reports it. */
export function checkSnippets(options: CheckOptions): CheckReport {
  const { root } = options;
  const shouldRun = options.run ?? true;
  const here = (...parts: string[]) => join(root, "scripts", "snippets", ...parts);
  const givensFile = here("givens.ts");
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`${where} - ${message}`);
  const reportPage = (p: PageProblem) => report(`${p.file}:${p.line}`, p.message);

  // The snippets, and what is wrong with the pages themselves.
  let snippets: readonly Snippet[];
  if (options.snippets) snippets = options.snippets;
  else {
    const found = allSnippets(root);
    found.problems.filter((p) => !options.only || p.file.includes(options.only)).forEach(reportPage);
    snippets = options.only ? found.snippets.filter((s) => s.file.includes(options.only!)) : found.snippets;
  }
  const typescript = snippets.filter((s) => TYPESCRIPT.has(s.lang));
  // A block that is a file verbatim: the file is compiled (pnpm typecheck) and run (its tests) instead.
  fileProblems(root, typescript).forEach(reportPage);

  // The compiler options of `pnpm typecheck`, and the packages' entries from its `paths`.
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!config) throw new Error("tsconfig.json could not be read");
  const compilerOptions: ts.CompilerOptions = { ...config.options, noEmit: true };
  const pathsBase = typeof compilerOptions.pathsBasePath === "string" ? compilerOptions.pathsBasePath : root;
  const entries = new Map(Object.entries(compilerOptions.paths ?? {}).map(([specifier, [target]]) => [specifier, resolve(pathsBase, target!)]));

  // What each entry, each file with examples and the givens export, and whether each name is a value.
  const tsdocFiles = [...new Set(typescript.filter((s) => s.from === "tsdoc").map((s) => join(root, s.file)))];
  const base = ts.createProgram({ rootNames: [...entries.values(), givensFile, ...tsdocFiles], options: compilerOptions });
  const checker = base.getTypeChecker();
  const exportCache = new Map<string, Exported>();
  const exportsOf = (file: string): Exported => {
    const cached = exportCache.get(file);
    if (cached) return cached;
    const exported = new Map<string, { value: boolean }>();
    const source = base.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      const typeOnly = symbol.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d)) ?? false;
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      exported.set(symbol.name, { value: !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0 });
    }
    exportCache.set(file, exported);
    return exported;
  };
  // What a source file imports by name from the packages' sources: the names an example of an
  // internal function may use, as the function's own code does.
  const scopeOf = (path: string) => {
    const modules = new Map<string, Map<string, { value: boolean }>>();
    for (const statement of base.getSourceFile(path)?.statements ?? []) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      const resolved = ts.resolveModuleName(statement.moduleSpecifier.text, path, compilerOptions, ts.sys).resolvedModule?.resolvedFileName;
      if (!resolved || !resolved.startsWith(join(root, "packages")) || resolved.includes("node_modules")) continue;
      const names = modules.get(resolved) ?? new Map<string, { value: boolean }>();
      for (const element of bindings.elements) {
        if (element.propertyName) continue;
        const typeOnly = element.isTypeOnly || statement.importClause!.isTypeOnly;
        names.set(element.name.text, { value: !typeOnly && (exportsOf(resolved).get(element.name.text)?.value ?? false) });
      }
      modules.set(resolved, names);
    }
    return [...modules].map(([module, exports]) => ({ module, exports }));
  };
  // An example's names come from its package's entries (the most specific first), then from
  // @samverkan/core (every package builds on it), then from its own file and what that file imports.
  const examplesOf = (file: string) => {
    const path = join(root, file);
    const pkg = /^packages\/[^/]+\//.exec(file)?.[0];
    const own = [...entries]
      .filter(([, target]) => pkg !== undefined && relative(root, target).startsWith(pkg))
      .sort(([, a], [, b]) => Number(path.startsWith(dirname(b))) - Number(path.startsWith(dirname(a))) || dirname(b).length - dirname(a).length)
      .map(([specifier]) => specifier);
    const packages = own.includes("@samverkan/core") ? own : [...own, "@samverkan/core"];
    return [...packages.map((specifier) => ({ module: specifier, exports: exportsOf(entries.get(specifier)!) })), { module: path, exports: exportsOf(path) }, ...scopeOf(path)];
  };

  const units = unitsOf(typescript, { givens: exportsOf(givensFile), examplesOf });

  // Type-check: each unit is a module beside the repository's root, all in one program.
  const virtualDir = join(root, ".snippets");
  const typecheckSpecifier = (module: string) =>
    module === GIVENS ? "../scripts/snippets/givens.js" : module.startsWith("/") ? relative(virtualDir, module).replace(/\.ts$/, ".js") : module;
  const virtual = new Map<string, { unit: Unit; header: number; text: string }>();
  for (const unit of units) {
    const header = importLines(unit, typecheckSpecifier);
    virtual.set(join(virtualDir, `${unit.name}.ts`), { unit, header: header.length, text: [...header, unit.body, "export {};", ""].join("\n") });
  }
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (file, language, ...rest) => {
    const v = virtual.get(resolve(file));
    return v ? ts.createSourceFile(file, v.text, language, true, ts.ScriptKind.TS) : getSourceFile.call(host, file, language, ...rest);
  };
  host.fileExists = (file) => virtual.has(resolve(file)) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(resolve(file))?.text ?? readFile.call(host, file);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOptions, host, oldProgram: base });

  const fileLines = new Map<string, string[]>();
  /** `file:line:column` in the page or source for a 0-based line and column of a unit's module. */
  const whereIn = (unit: Unit, header: number, line: number, column: number): string => {
    if (line < header) return `${unit.snippets[0]!.file}:${unit.snippets[0]!.line} (in an implicit import)`;
    const at = sourceLine(unit, line - header);
    // The code's column in the file: after the ` * ` of a TSDoc comment, or a list's indentation.
    if (!fileLines.has(at.snippet.file)) {
      let text = "";
      try {
        text = readFileSync(join(root, at.snippet.file), "utf8");
      } catch {
        // A snippet given directly, with no file behind it: columns as in the code.
      }
      fileLines.set(at.snippet.file, text.split("\n"));
    }
    const fileLine = fileLines.get(at.snippet.file)![at.line - 1] ?? "";
    const codeLine = unit.body.split("\n")[line - header] ?? "";
    const offset = codeLine && fileLine.endsWith(codeLine) ? fileLine.length - codeLine.length : 0;
    return `${at.snippet.file}:${at.line}:${column + 1 + offset}`;
  };

  const failedUnits = new Set<Unit>();
  for (const [file, { unit, header }] of virtual) {
    const source = program.getSourceFile(file)!;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      report(whereIn(unit, header, line, character), `error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n    ")}`);
      failedUnits.add(unit);
    }
  }

  // Run: each unit that compiles and has no reason not to, with its expected values checked.
  const results = new Map<string, RunResult>();
  let checks = 0;
  const runnable = shouldRun ? units.filter((u) => u.notRun === undefined && !failedUnits.has(u)) : [];
  if (runnable.length) {
    const sandbox = mkdtempSync(join(tmpdir(), "samverkan-snippets-"));
    try {
      // Bare imports (zod, …) resolve from the repository's node_modules.
      symlinkSync(join(root, "node_modules"), join(sandbox, "node_modules"), "dir");
      // The files a reader's snippet reads: an agreement, its text, a version 1 document, folders of them.
      const fixtures = join(sandbox, "fixtures");
      const seeds = join(root, "examples", "agreements");
      mkdirSync(join(fixtures, "avtal"), { recursive: true });
      cpSync(join(seeds, "kristianstad-2025-2028.json"), join(fixtures, "agreement.json"));
      cpSync(join(seeds, "kavlinge-2019-2022.json"), join(fixtures, "avtal.json"));
      cpSync(join(root, "packages", "test-utils", "fixtures", "v1", "kavlinge-2019-2022.json"), join(fixtures, "avtal-v1.json"));
      writeFileSync(join(fixtures, "avtal.txt"), seedText("kavlinge-2019-2022"));
      for (const name of PORTFOLIO) cpSync(join(seeds, `${name}.json`), join(fixtures, "avtal", `${name}.json`));
      cpSync(seeds, join(fixtures, "examples", "agreements"), { recursive: true, filter: (f) => !f.endsWith(".ts") });

      const runSpecifier = (module: string) => (module === GIVENS ? givensFile : (entries.get(module) ?? module));
      const manifestUnits: { name: string; file: string }[] = [];
      const headers = new Map<string, number>();
      mkdirSync(join(sandbox, "units"));
      for (const unit of runnable) {
        const expected = withExpectations(unit.body, (line) => {
          const at = sourceLine(unit, line);
          return `${at.snippet.file}:${at.line}`;
        });
        // The snippet's own imports of the packages, to their sources.
        let body = expected.text;
        const rewrites: [number, number, string][] = [];
        for (const s of parse(body).statements) {
          if ((ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && entries.has(s.moduleSpecifier.text)) {
            rewrites.push([s.moduleSpecifier.getStart(), s.moduleSpecifier.end, JSON.stringify(entries.get(s.moduleSpecifier.text))]);
          }
        }
        for (const [start, end, text] of rewrites.reverse()) body = body.slice(0, start) + text + body.slice(end);
        const header = [...importLines(unit, runSpecifier), `import { __expect } from ${JSON.stringify(here("expect.ts"))};`];
        headers.set(unit.name, header.length);
        const file = join(sandbox, "units", `${unit.name}.mts`);
        writeFileSync(file, [...header, body, "export {};", ""].join("\n"));
        manifestUnits.push({ name: unit.name, file });
      }
      const manifest: RunManifest = { fixtures, sandbox, expectModule: here("expect.ts"), timeoutMs: 60_000, units: manifestUnits };
      writeFileSync(join(sandbox, "manifest.json"), JSON.stringify(manifest));
      const resultsFile = join(sandbox, "results.json");
      execFileSync(join(root, "node_modules", ".bin", "tsx"), [here("run.ts"), join(sandbox, "manifest.json"), resultsFile], { cwd: root, stdio: "inherit" });
      for (const result of JSON.parse(readFileSync(resultsFile, "utf8")) as RunResult[]) results.set(result.name, result);
      for (const unit of runnable) {
        const result = results.get(unit.name);
        if (!result) {
          report(unit.snippets[0]!.id, "the runner reported nothing for this snippet");
          continue;
        }
        checks += result.checks;
        if (result.ok) continue;
        // The first frame in the snippet's own code says where it failed.
        const frame = new RegExp(`${unit.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.mts:(\\d+):(\\d+)`).exec(result.error!.stack);
        const where = frame ? whereIn(unit, headers.get(unit.name)!, Number(frame[1]) - 1, Number(frame[2]) - 1) : unit.snippets[0]!.id;
        report(where, `running it failed: ${result.error!.message}`);
      }
    } finally {
      if (options.keep) console.log(`snippets: the modules that ran are in ${sandbox}/units`);
      else rmSync(sandbox, { recursive: true, force: true });
    }
  }

  // What was checked, what was not and why.
  const ran = [...results.values()];
  const markdown = typescript.filter((s) => s.from === "markdown");
  const examples = typescript.filter((s) => s.from === "tsdoc");
  const otherLanguages = new Map<string, number>();
  for (const s of snippets.filter((s) => !TYPESCRIPT.has(s.lang))) otherLanguages.set(s.lang || "untagged", (otherLanguages.get(s.lang || "untagged") ?? 0) + 1);
  const asFiles = typescript.filter((s) => s.directives.file !== undefined);
  const summary = [
    `snippets: ${markdown.length} TypeScript blocks in ${new Set(markdown.map((s) => s.file)).size} pages and ${examples.length} @examples in ${tsdocFiles.length} sources; ` +
      `${units.length} modules type-checked${shouldRun ? `, ${ran.length} run (${ran.filter((r) => r.ok).length} passed), ${checks} expected values checked` : ""}`,
    ...(asFiles.length ? [`  shown as files (compiled by pnpm typecheck, run by their tests): ${asFiles.map((s) => `${s.id} = ${s.directives.file}`).join(", ")}`] : []),
    ...units.filter((u) => u.notRun !== undefined).map((u) => `  compiled, not run: ${u.snippets[0]!.id}: ${u.notRun}`),
    ...typescript.filter((s) => s.directives.skip !== undefined).map((s) => `  not compiled: ${s.id}: ${s.directives.skip}`),
    ...(otherLanguages.size ? [`  not TypeScript, not checked: ${[...otherLanguages].map(([lang, n]) => `${n} ${lang}`).join(", ")}`] : []),
  ];
  const listing = units.map((unit) => {
    const result = results.get(unit.name);
    const status = failedUnits.has(unit)
      ? "does not compile"
      : unit.notRun
        ? `compiled, not run: ${unit.notRun}`
        : result?.ok
          ? `ran in ${result.ms} ms, ${result.checks} expected value${result.checks === 1 ? "" : "s"} checked`
          : result
            ? "failed to run"
            : "compiled";
    return `${unit.snippets.map((s) => s.id).join(" + ")}: ${status}`;
  });
  return { problems, summary, listing, units, results };
}
