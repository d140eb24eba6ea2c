// The JSON editor: CodeMirror 6 with the shipped JSON Schema (codemirror-json-schema: completion,
// checking and hover from `@samverkan/core/agreement.schema.json`), and core's own findings shown
// where they point.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json, jsonLanguage, jsonParseLinter } from "@codemirror/lang-json";
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { forceLinting, linter, lintGutter, lintKeymap, type Diagnostic } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorSelection, EditorState, StateEffect, type Extension } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from "@codemirror/view";
import { handleRefresh, jsonCompletion, jsonSchemaHover, jsonSchemaLinter, stateExtensions } from "codemirror-json-schema";
import type { Issue } from "../library.js";
import { rangeOfPath, type Path } from "./paths.js";

/** What the page gets from the editor. */
export interface JsonEditor {
  readonly view: EditorView;
  /** Replaces the text (a new document). */
  setText(text: string): void;
  /** Shows core's findings about `text` in the editor, each where its path points. */
  setFindings(findings: readonly Issue[], describe: (issue: Issue) => string, text: string): void;
  /** Selects where a path points, scrolls to it and focuses the editor. */
  goTo(path: Path): void;
  /** Names the editor for assistive technology (when the page's language changes). */
  setLabel(label: string): void;
}

const SEVERITY = { error: "error", warning: "warning", info: "info" } as const;

/** Makes the editor in `parent`; `onChange` gets the text after each change. */
/** Tells the linters that core's findings changed (they run again at once). */
const findingsChanged = StateEffect.define<null>();

export function createEditor(parent: HTMLElement, options: { schema: Record<string, unknown>; label: string; onChange: (text: string) => void }): JsonEditor {
  // Core's findings and the text they are about; shown only while the editor holds that text (in
  // between, after an edit, they wait for the page to validate again).
  let findings: { text: string; issues: readonly Issue[]; describe: (issue: Issue) => string } = { text: "", issues: [], describe: () => "" };
  // A linter source of its own, beside the schema's and the JSON parser's (@codemirror/lint merges them).
  const coreLinter = linter(
    (view): Diagnostic[] => {
      const state = view.state;
      if (state.doc.toString() !== findings.text) return [];
      return findings.issues.map((issue) => {
        const { from, to } = rangeOfPath(state, issue.path);
        return { from, to, severity: SEVERITY[issue.severity], source: issue.code, message: findings.describe(issue) };
      });
    },
    { needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(findingsChanged))) },
  );
  // An explicit tabindex: the scrolling region then has content that is focusable by keyboard in
  // every tool's eyes (axe-core does not count contenteditable alone).
  const attributes = (label: string) => EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" });
  const labelled = new Compartment();
  let label = options.label;
  const extensions = (): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    lintGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    // Tab is left to the browser, so the keyboard can leave the editor (Escape, then Tab, also works).
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap]),
    json(),
    linter(jsonParseLinter()),
    linter(jsonSchemaLinter(), { needsRefresh: handleRefresh }),
    jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
    hoverTooltip(jsonSchemaHover()),
    stateExtensions(options.schema as never),
    coreLinter,
    labelled.of(attributes(label)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: "", extensions: extensions() }) });

  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      // A new document: a new state, so that undo does not reach back into the one before.
      view.setState(EditorState.create({ doc: text, extensions: extensions() }));
    },
    setLabel(name) {
      label = name;
      view.dispatch({ effects: labelled.reconfigure(attributes(label)) });
    },
    setFindings(issues, describe, text) {
      findings = { text, issues, describe };
      // Shown at once, with the schema's and the parser's, rather than on the linters' next pass.
      view.dispatch({ effects: findingsChanged.of(null) });
      forceLinting(view);
    },
    goTo(path) {
      const { from, to } = rangeOfPath(view.state, path);
      view.dispatch({ selection: EditorSelection.range(from, to), effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
  };
}
