// The "Load" tab: a file, pasted text, an example, or a new agreement.
import { h, replace } from "../dom.js";
import type { ExampleData } from "../examples.js";
import { STRINGS } from "../i18n/index.js";
import { CONFIGURATIONS, KOMMUNER, type ConfigurationKind } from "../library.js";
import { loadFile, loadJson, loadPasted, loadText, startNew, state } from "../state.js";

const GROUPS = ["seed-text", "seed-json", "v1", "corpus-text", "corpus-json"] as const;

/** The kommuner chosen for a new agreement, kept while the language changes. */
const chosen: string[] = [];

/** Loads an example. */
export function loadExample(example: ExampleData): void {
  if (example.format === "json") loadJson(example.label, example.content);
  else loadText(example.label, example.content, "text");
}

/** Renders the tab into `panel`; `examples` is undefined while they load. */
export function renderStart(panel: HTMLElement, examples: { list: readonly ExampleData[]; sharedFound: boolean } | undefined, after: (tab: "source" | "json") => void): void {
  const t = STRINGS[state.lang].start;
  const fileInput = h("input", {
    type: "file",
    id: "file-input",
    accept: ".pdf,.txt,.md,.markdown,.html,.htm,.json,application/pdf,text/plain,text/markdown,text/html,application/json",
    onchange: async (event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (!file) return;
      await loadFile(file);
      after(state.origin?.type === "text" ? "source" : "json");
    },
  });
  const paste = h("textarea", { id: "paste", rows: 6, placeholder: t.pastePlaceholder });
  const readPasted = () => {
    if (paste.value.trim() === "") return;
    loadPasted(paste.value);
    after(state.origin?.type === "text" ? "source" : "json");
  };

  const exampleSection = h(
    "section",
    { class: "card examples", "aria-labelledby": "examples-title" },
    h("h2", { id: "examples-title" }, t.examplesTitle),
    examples === undefined
      ? h("p", { class: "muted" }, "…")
      : [
          examples.sharedFound ? null : h("p", { class: "notice" }, t.examplesMissing),
          GROUPS.map((group) => {
            const items = examples.list.filter((e) => e.group === group);
            if (items.length === 0) return null;
            const list = h(
              "ul",
              { class: "example-list" },
              items.map((example) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "link-button",
                      "data-example": example.id,
                      onclick: () => {
                        loadExample(example);
                        after(example.format === "text" ? "source" : "json");
                      },
                    },
                    example.label,
                  ),
                  example.source ? h("span", { class: "source" }, ` ${t.source}: `, h("a", { href: example.source, rel: "noreferrer noopener", target: "_blank" }, new URL(example.source).hostname)) : null,
                ),
              ),
            );
            // The seeds open; the long corpus lists are folded.
            return group.startsWith("corpus")
              ? h("details", {}, h("summary", {}, `${t.groups[group]} (${items.length})`), list)
              : h("div", { class: "example-group" }, h("h3", {}, t.groups[group]), list);
          }),
        ],
  );

  replace(
    panel,
    h(
      "div",
      { class: "start-grid" },
      h(
        "section",
        { class: "card drop", "aria-labelledby": "drop-title" },
        h("h2", { id: "drop-title" }, t.dropTitle),
        h("p", {}, t.dropHint),
        h("label", { for: "file-input" }, t.chooseFile),
        fileInput,
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "paste-title" },
        h("h2", { id: "paste-title" }, t.pasteTitle),
        h("label", { for: "paste" }, t.pasteLabel),
        paste,
        h("button", { type: "button", class: "button", id: "read-pasted", onclick: readPasted }, t.read),
      ),
      exampleSection,
      newAgreement(after),
    ),
  );
}

/** The form that starts a new agreement. */
function newAgreement(after: (tab: "source" | "json") => void): HTMLElement {
  const t = STRINGS[state.lang].start;
  const errors = h("div", { id: "new-errors", role: "alert" });
  const chosenList = h("ul", { class: "chips", id: "chosen-kommuner", "aria-label": t.chosen });
  const kommunInput = h("input", { id: "new-kommun", list: "kommun-names", autocomplete: "off" });
  const datalist = h(
    "datalist",
    { id: "kommun-names" },
    KOMMUNER.map((k) => h("option", { value: k.name }, k.code)),
  );
  const drawChosen = () =>
    replace(
      chosenList,
      chosen.length === 0
        ? h("li", { class: "muted" }, t.noneChosen)
        : chosen.map((name, i) =>
            h(
              "li",
              {},
              name,
              h(
                "button",
                {
                  type: "button",
                  class: "chip-remove",
                  onclick: () => {
                    chosen.splice(i, 1);
                    drawChosen();
                  },
                },
                h("span", { "aria-hidden": "true" }, "×"),
                h("span", { class: "visually-hidden" }, t.remove(name)),
              ),
            ),
          ),
    );
  const add = () => {
    for (const name of kommunInput.value.split(",").map((n) => n.trim())) if (name !== "" && !chosen.includes(name)) chosen.push(name);
    kommunInput.value = "";
    drawChosen();
    kommunInput.focus();
  };
  kommunInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  });
  drawChosen();
  const kind = h(
    "select",
    { id: "new-kind" },
    CONFIGURATIONS.map((c) => h("option", { value: c.kind }, `${c.title[state.lang]} (${c.kind})`)),
  );
  const lpo = h("input", { id: "new-lpo", "aria-describedby": "new-lpo-hint" });
  const from = h("input", { id: "new-from", type: "date", value: `${Number(state.today.slice(0, 4)) + 1}-01-01`, required: true });
  const years = h("input", { id: "new-years", type: "number", min: 1, max: 10, value: 4, required: true });
  const empty = h("input", { id: "new-empty", type: "checkbox" });
  const profile = h("input", { id: "new-profile", type: "checkbox", checked: true });
  const submit = (event: Event) => {
    event.preventDefault();
    if (kommunInput.value.trim() !== "") add();
    const messages = startNew({
      kommuner: [...chosen],
      kind: kind.value as ConfigurationKind,
      localPoliceAreas: lpo.value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      from: from.value,
      years: Number(years.value),
      empty: empty.checked,
      profile: profile.checked,
    });
    replace(errors, messages.length ? h("ul", { class: "errors" }, messages.map((m) => h("li", {}, m))) : null);
    if (messages.length === 0) after("json");
  };
  return h(
    "section",
    { class: "card new", "aria-labelledby": "new-title" },
    h("h2", { id: "new-title" }, t.newTitle),
    h("p", {}, t.newHint),
    h(
      "form",
      { onsubmit: submit, novalidate: true },
      h("label", { for: "new-kommun" }, t.kommunLabel),
      h("div", { class: "row" }, kommunInput, h("button", { type: "button", class: "button secondary", id: "new-add", onclick: add }, t.add)),
      datalist,
      chosenList,
      h("label", { for: "new-kind" }, t.kindLabel),
      kind,
      h("label", { for: "new-lpo" }, t.lpoLabel),
      lpo,
      h("p", { id: "new-lpo-hint", class: "hint" }, t.lpoHint),
      h("div", { class: "row" }, h("div", {}, h("label", { for: "new-from" }, t.fromLabel), from), h("div", {}, h("label", { for: "new-years" }, t.yearsLabel), years)),
      h("div", { class: "check" }, profile, h("label", { for: "new-profile" }, t.profileLabel)),
      h("div", { class: "check" }, empty, h("label", { for: "new-empty" }, t.emptyLabel)),
      errors,
      h("button", { type: "submit", class: "button", id: "new-start" }, t.startButton),
    ),
  );
}
