// Expected values in comments: `isCivilDate("2024-02-29"); // true` says what the expression gives.
// When a snippet runs, each such statement is checked: the comment must be a literal (a string,
// number, boolean, null, undefined, or an array or object of them), optionally followed by a remark
// in parentheses or after ": ". `…` stands for "and more": in an array, elements that are not shown;
// in an object, keys that are not shown (an object always matches on the keys it shows only); in
// a string, any text.
import ts from "typescript";
import { parse } from "./units.js";

/** Stands for `…` in an array of an expected value. */
export const MORE = "__snippetMore";

/** A comment's expected value as JavaScript source, or undefined when the comment is not one. */
export function expectedValue(comment: string): string | undefined {
  const text = comment.trim();
  const cuts = [text.length];
  for (const marker of [" (", ": ", " when ", "; ", " — ", " – "]) {
    for (let i = text.indexOf(marker); i > 0; i = text.indexOf(marker, i + 1)) cuts.push(i);
  }
  for (const cut of [...new Set(cuts)].sort((a, b) => b - a)) {
    const value = literalSource(text.slice(0, cut).trim());
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `…` (or `...`) outside strings becomes the MORE marker, so that `[1, …]` and `{ a: 1, … }` parse. */
function markEllipses(text: string): string {
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
    } else if (c === "…") out += MORE;
    else if (text.startsWith("...", i) && /^\s*[,\]}]/.test(text.slice(i + 3))) {
      out += MORE;
      i += 2;
    } else out += c;
  }
  return out;
}

function literalSource(text: string): string | undefined {
  if (!text) return undefined;
  const source = parse(`(${markEllipses(text)});`);
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length) return undefined;
  const [statement, ...rest] = source.statements;
  if (!statement || rest.length || !ts.isExpressionStatement(statement)) return undefined;
  let expression = statement.expression;
  while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
  return sourceOf(expression, true);
}

/** The source of a literal expression (rewritten so that nothing but literals remain), or undefined. */
function sourceOf(node: ts.Expression, top = false): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return JSON.stringify(node.text);
  if (ts.isNumericLiteral(node)) return node.text;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return `-${node.operand.text}`;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return "true";
  if (node.kind === ts.SyntaxKind.FalseKeyword) return "false";
  if (node.kind === ts.SyntaxKind.NullKeyword) return "null";
  if (ts.isIdentifier(node) && node.text === "undefined") return "undefined";
  if (ts.isIdentifier(node) && node.text === MORE && !top) return JSON.stringify(MORE);
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => sourceOf(e));
    return items.every((i) => i !== undefined) ? `[${items.join(", ")}]` : undefined;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries: string[] = [];
    for (const p of node.properties) {
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === MORE) continue;
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) return undefined;
      const value = sourceOf(p.initializer);
      if (value === undefined) return undefined;
      entries.push(`${JSON.stringify(p.name.text)}: ${value}`);
    }
    return `{ ${entries.join(", ")} }`;
  }
  return undefined;
}

/** An edit of a module's text. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The body with every statement that has an expected value wrapped in a check:
 * `EXPR; // V` → `__expect(EXPR, V, where);`, also for `console.log(EXPR)` (one argument) and for
 * `const x = EXPR;`. The expected value is the comment on the statement's line or, when there is
 * none, the `//` comment lines right under it. Lines are kept, so positions in errors still map.
 */
export function withExpectations(body: string, where: (line: number) => string): { text: string; checks: number } {
  const source = parse(body);
  const lines = body.split("\n");
  const edits: Edit[] = [];
  const expectedAfter = (node: ts.Node): { value: string; line: number } | undefined => {
    const trailing = ts.getTrailingCommentRanges(body, node.end)?.[0];
    if (trailing) {
      const comment = body.slice(trailing.pos, trailing.end);
      const line = source.getLineAndCharacterOfPosition(trailing.pos).line;
      const value = comment.startsWith("//") ? expectedValue(comment.slice(2)) : undefined;
      return value === undefined ? undefined : { value, line };
    }
    const end = source.getLineAndCharacterOfPosition(node.end);
    if (lines[end.line]!.slice(end.character).trim() !== "") return undefined;
    const comments: string[] = [];
    for (let l = end.line + 1; l < lines.length && /^\s*\/\/(?!\/)/.test(lines[l]!); l++) comments.push(lines[l]!.replace(/^\s*\/\//, ""));
    const value = comments.length ? expectedValue(comments.join(" ")) : undefined;
    return value === undefined ? undefined : { value, line: end.line + 1 };
  };
  const wrap = (expression: ts.Expression, expected: { value: string; line: number }) =>
    edits.push({
      start: expression.getStart(source),
      end: expression.end,
      text: `__expect(${body.slice(expression.getStart(source), expression.end)}, ${expected.value}, ${JSON.stringify(where(expected.line))})`,
    });
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      const expected = expectedAfter(node);
      if (expected) {
        const e = node.expression;
        const logged = ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === "console";
        if (logged) {
          if (e.arguments.length === 1) wrap(e.arguments[0]!, expected);
        } else wrap(e, expected);
        return;
      }
    } else if (ts.isVariableStatement(node) && node.declarationList.declarations.length === 1) {
      const initializer = node.declarationList.declarations[0]!.initializer;
      const expected = initializer && expectedAfter(node);
      if (initializer && expected) {
        wrap(initializer, expected);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let text = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, checks: edits.length };
}
