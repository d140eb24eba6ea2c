// The findings beside the editor: core's issues by severity, each a button that selects the field
// it concerns in the editor; and, for a new agreement, what is left to fill in.
import { h, replace } from "../dom.js";
import { STRINGS } from "../i18n/index.js";
import { describeFinding, describeIssue, describePath, kommunName, type Issue } from "../library.js";
import { state } from "../state.js";

type Path = readonly (string | number)[];

/** Counts of the findings by severity. */
export function countFindings(findings: readonly Issue[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

function item(path: Path, code: string, severity: string, message: string, goTo: (path: Path) => void): HTMLElement {
  const t = STRINGS[state.lang].json;
  const where = describePath(path);
  return h(
    "li",
    { class: `finding ${severity}`, "data-code": code, "data-path": where },
    h(
      "button",
      { type: "button", class: "finding-button", onclick: () => goTo(path) },
      h("span", { class: "finding-path" }, where || t.root),
      h("span", { class: "finding-code" }, code),
      h("span", { class: "finding-message" }, message),
      h("span", { class: "visually-hidden" }, ` (${t.goTo(where)})`),
    ),
  );
}

/** Renders the findings into `container`. */
export function renderFindings(container: HTMLElement, goTo: (path: Path) => void): void {
  const t = STRINGS[state.lang].json;
  const findings = state.checked?.findings ?? [];
  const groups = [
    ["error", t.errors],
    ["warning", t.warnings],
    ["info", t.infos],
  ] as const;
  const toFill = state.origin?.type === "new" ? state.origin.missing : [];
  replace(
    container,
    h("h2", { id: "findings-title" }, t.findingsTitle),
    state.origin?.type === "json" && state.origin.migrated && !state.edited ? h("p", { class: "notice" }, t.migrated) : null,
    findings.length === 0 && toFill.length === 0 ? h("p", { id: "no-findings" }, t.none) : null,
    groups.map(([severity, title]) => {
      const list = findings.filter((f) => f.severity === severity);
      if (list.length === 0) return null;
      return h(
        "section",
        { class: `findings-group ${severity}`, "aria-labelledby": `findings-${severity}` },
        h("h3", { id: `findings-${severity}` }, `${title} (${list.length})`),
        h(
          "ul",
          { class: "findings" },
          list.map((f) => item(f.path, f.code, f.severity, describeIssue(f, state.lang), goTo)),
        ),
      );
    }),
    toFill.length === 0
      ? null
      : h(
          "section",
          { class: "findings-group to-fill", "aria-labelledby": "findings-to-fill" },
          h("h3", { id: "findings-to-fill" }, `${t.toFill} (${toFill.length})`),
          h(
            "ul",
            { class: "findings" },
            toFill.map((f) => item(f.path, f.code, "todo", `${describeFinding(f, state.lang)}${f.municipality ? ` (${kommunName(f.municipality)})` : ""}`, goTo)),
          ),
        ),
  );
}
