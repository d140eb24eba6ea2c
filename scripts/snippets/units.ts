// Turns snippets into modules: one per block (or per chain of blocks that continue each other),
// with the imports a reader is assumed to have written (see CONTRIBUTING.md, "Code in the docs").
import ts from "typescript";
import { TYPESCRIPT, type Snippet } from "./extract.js";

/** A name that can be imported, and whether it is a value (or only a type). */
export type Exported = ReadonlyMap<string, { readonly value: boolean }>;

/** Where the implicit imports come from. */
export interface ImportSources {
  /** The givens: inputs a snippet may name without declaring them (`json`, `agreement`, …). */
  readonly givens: Exported;
  /** For an `@example` of this file: the modules its names come from, first match wins (its package's entry, then the file). */
  readonly examplesOf: (file: string) => readonly { readonly module: string; readonly exports: Exported }[];
}

/** An import the checker adds: `module` is a package name (`@samverkan/core`), the givens (`#givens`) or a source file's absolute path. */
export interface ImplicitImport {
  readonly module: string;
  readonly names: readonly { readonly name: string; readonly value: boolean }[];
}

/** One module to compile and run: a snippet, or a chain of them. */
export interface Unit {
  /** A name for its file, unique in a run. */
  readonly name: string;
  readonly snippets: readonly Snippet[];
  /** The snippets' code, one after the other. */
  readonly body: string;
  /** Where each snippet starts in `body` (0-based line). */
  readonly starts: readonly number[];
  readonly imports: readonly ImplicitImport[];
  /** Why it is compiled but not run; undefined when it runs. */
  readonly notRun?: string;
}

/** The givens' module in an implicit import, resolved when a unit is written out. */
export const GIVENS = "#givens";

/** Parses a module's text (for names and statements, not for types). */
export const parse = (text: string, name = "snippet.ts") => ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

function bindingNames(name: ts.BindingName, out: Set<string>) {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** The names a module declares at its top level, imports included. */
export function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) bindingNames(d.name, names);
    else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else if (bindings) for (const element of bindings.elements) names.add(element.name.text);
    }
  }
  return names;
}

/** Whether an identifier names something rather than declaring it or naming a property. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent) || ts.isEnumMember(parent)) && parent.name === node) {
    return false;
  }
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isTypeAliasDeclaration(parent) || ts.isTypeParameterDeclaration(parent)) && parent.name === node) {
    return false;
  }
  if (ts.isBindingElement(parent) && (parent.name === node || parent.propertyName === node)) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return true;
}

/**
 * The names a module uses without declaring them at its top level. A name declared only in an
 * inner scope (a parameter) counts too: at worst a given is imported that the module does not use.
 */
export function freeNames(source: ts.SourceFile): Set<string> {
  const declared = declaredNames(source);
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && isReference(node) && !declared.has(node.text)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

const hasImports = (source: ts.SourceFile) => source.statements.some((s) => ts.isImportDeclaration(s));

/** Why a module is not run, if there is a reason: it reaches the network, or it is a test's code. */
function notRunReason(source: ts.SourceFile, free: Set<string>): string | undefined {
  if (free.has("fetch")) return "reaches the network (fetch)";
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === "vitest") return "code for a test runner (imports vitest)";
  }
  return undefined;
}

/**
 * The modules to compile: each TypeScript snippet on its own, or after the page's previous ones
 * when it `continues` them; with the imports a snippet is assumed to have. A Markdown block gets
 * the givens it names; an `@example` also gets, when it imports nothing itself, what it names from
 * its package (its own entry first) or, failing that, from its own file.
 */
export function unitsOf(snippets: readonly Snippet[], sources: ImportSources): Unit[] {
  const chains: Snippet[][] = [];
  const lastOfFile = new Map<string, Snippet[]>();
  for (const snippet of snippets) {
    if (!TYPESCRIPT.has(snippet.lang) || snippet.directives.skip !== undefined || snippet.directives.file !== undefined) continue;
    const previous = lastOfFile.get(snippet.file);
    if (snippet.directives.continues && previous) previous.push(snippet);
    else {
      const chain = [snippet];
      chains.push(chain);
      lastOfFile.set(snippet.file, chain);
    }
  }
  return chains.map((chain, index) => {
    const starts: number[] = [];
    let line = 0;
    for (const s of chain) {
      starts.push(line);
      line += s.code.split("\n").length;
    }
    const body = chain.map((s) => s.code).join("\n");
    const source = parse(body);
    const free = freeNames(source);
    const first = chain[0]!;
    const imports: ImplicitImport[] = [];
    const take = (module: string, exports: Exported) => {
      const names = [...free].filter((n) => exports.has(n)).map((name) => ({ name, value: exports.get(name)!.value }));
      for (const { name } of names) free.delete(name);
      if (names.length) imports.push({ module, names });
    };
    if (first.from === "tsdoc" && !hasImports(source)) for (const { module, exports } of sources.examplesOf(first.file)) take(module, exports);
    take(GIVENS, sources.givens);
    const reasons = [notRunReason(source, freeNames(source)), ...chain.map((s) => s.directives.noRun)].filter((r): r is string => r !== undefined);
    const name = `${first.file.replace(/[^\w.-]+/g, "_")}_${first.line}_${index}`;
    return { name, snippets: chain, body, starts, imports, ...(reasons.length ? { notRun: reasons.join("; ") } : {}) };
  });
}

/** The import lines of a unit, on one line each, given how to write each module's specifier. */
export function importLines(unit: Unit, specifier: (module: string) => string): string[] {
  return unit.imports.map(
    ({ module, names }) => `import { ${names.map((n) => (n.value ? n.name : `type ${n.name}`)).join(", ")} } from ${JSON.stringify(specifier(module))};`,
  );
}

/** The snippet and its line (1-based, in its file) for a 0-based line of a unit's body. */
export function sourceLine(unit: Unit, bodyLine: number): { snippet: Snippet; line: number } {
  let i = unit.starts.length - 1;
  while (i > 0 && unit.starts[i]! > bodyLine) i--;
  const snippet = unit.snippets[Math.max(i, 0)]!;
  return { snippet, line: snippet.line + Math.max(bodyLine - unit.starts[Math.max(i, 0)]!, 0) };
}
