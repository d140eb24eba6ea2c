// Where a path into the document (an issue's path) is in the editor's text, from the JSON syntax tree.
import { ensureSyntaxTree, syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import type { SyntaxNode } from "@lezer/common";

/** A path into the document, as issues give it. */
export type Path = readonly (string | number)[];

/** The node of a JSON value (not punctuation) among a node's children. */
function values(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (["Object", "Array", "String", "Number", "True", "False", "Null"].includes(child.name)) found.push(child);
  }
  return found;
}

/**
 * Where a path points in the editor's text: the deepest part of it that exists (a property's name,
 * or an array item), so that a finding about a missing field points at the object that lacks it.
 */
export function rangeOfPath(state: EditorState, path: Path): { from: number; to: number } {
  // The whole document parsed (within a fifth of a second; else as far as the parser got).
  const tree = ensureSyntaxTree(state, state.doc.length, 200) ?? syntaxTree(state);
  let node: SyntaxNode | undefined = values(tree.topNode)[0];
  if (!node) return { from: 0, to: 0 };
  let range = { from: node.from, to: Math.min(node.to, node.from + 1) };
  for (const segment of path) {
    if (node.name === "Object" && typeof segment === "string") {
      let next: SyntaxNode | undefined;
      for (let property = node.firstChild; property; property = property.nextSibling) {
        if (property.name !== "Property") continue;
        const name = property.getChild("PropertyName");
        if (!name) continue;
        let key: unknown;
        try {
          key = JSON.parse(state.sliceDoc(name.from, name.to));
        } catch {
          continue;
        }
        if (key === segment) {
          range = { from: name.from, to: name.to };
          next = values(property)[0];
          break;
        }
      }
      if (!next) break;
      node = next;
    } else if (node.name === "Array" && typeof segment === "number") {
      const item: SyntaxNode | undefined = values(node)[segment];
      if (!item) break;
      node = item;
      range = { from: item.from, to: item.name === "Object" || item.name === "Array" ? item.from + 1 : item.to };
    } else break;
  }
  return range;
}

