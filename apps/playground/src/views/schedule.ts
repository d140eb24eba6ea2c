// The "Schedule" tab: the obligations as a year wheel and a list, filtered by kind and side, with
// completions marked and each obligation's state; the .ics and the completions to download.
import { download, fileName, h, replace } from "../dom.js";
import { STRINGS } from "../i18n/index.js";
import { OBLIGATION_KINDS, calendar, describeIssue, describePath, statuses, type ObligationStatus, type Statuses } from "../library.js";
import { setDone, state, update, type SideFilter } from "../state.js";
import { STATE_COLOURS, wheel } from "./wheel.js";

const STATE_ORDER = ["overdue", "due", "upcoming", "partly", "done", "not_done"] as const;

let cache: { key: unknown[]; value: Statuses } | undefined;

/** The statuses of the document in the editor, computed once per document, day and completions. */
export function currentStatuses(): Statuses | undefined {
  const checked = state.checked;
  if (!checked?.ok) return undefined;
  const key = [checked, state.today, state.completions];
  if (cache && cache.key.every((k, i) => k === key[i])) return cache.value;
  const value = statuses(checked.document, state.today, state.completions);
  cache = { key, value };
  return value;
}

/** The statuses the filters let through. */
export function filtered(all: readonly ObligationStatus[]): ObligationStatus[] {
  return all.filter((st) => (state.kind === "all" || st.obligation.kind === state.kind) && (state.side === "all" || (st.obligation.responsible?.side ?? "none") === state.side));
}

/** Renders the tab into `panel`. */
export function renderSchedule(panel: HTMLElement): void {
  const t = STRINGS[state.lang];
  const ts = t.schedule;
  const result = currentStatuses();
  if (!result) {
    replace(panel, h("p", { class: "empty" }, state.checked ? ts.invalid : t.status.nothing));
    return;
  }
  if (!result.ok) {
    replace(panel, h("ul", { class: "errors" }, result.issues.map((i) => h("li", {}, `${describePath(i.path)}: ${describeIssue(i, state.lang)}`))));
    return;
  }
  const all = result.statuses;
  const shown = filtered(all);
  const firstYear = Number(result.window.from.slice(0, 4));
  const lastYear = Number(result.window.to.slice(0, 4));
  const todayYear = Number(state.today.slice(0, 4));
  const year = Math.min(lastYear, Math.max(firstYear, state.year ?? todayYear));
  const title = state.checked?.ok && "title" in state.checked.document && typeof state.checked.document.title === "string" ? state.checked.document.title : (state.checked?.ok ? state.checked.document.id : "samverkan");

  const kinds = OBLIGATION_KINDS.filter((k) => all.some((st) => st.obligation.kind === k));
  const kindSelect = h(
    "select",
    { id: "filter-kind", onchange: (e: Event) => update({ kind: (e.target as HTMLSelectElement).value as typeof state.kind }) },
    h("option", { value: "all", selected: state.kind === "all" }, ts.all),
    kinds.map((k) => h("option", { value: k, selected: state.kind === k }, t.kinds[k])),
  );
  const sides: SideFilter[] = ["all", "police", "municipality", "joint", "none"];
  const sideSelect = h(
    "select",
    { id: "filter-side", onchange: (e: Event) => update({ side: (e.target as HTMLSelectElement).value as SideFilter }) },
    sides.map((side) => h("option", { value: side, selected: state.side === side }, side === "all" ? ts.all : t.sides[side])),
  );
  const today = h("input", {
    id: "today",
    type: "date",
    value: state.today,
    required: true,
    onchange: (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) update({ today: value });
    },
  });
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const yearSelect = h(
    "select",
    { id: "wheel-year", onchange: (e: Event) => update({ year: Number((e.target as HTMLSelectElement).value) }) },
    years.map((y) => h("option", { value: y, selected: y === year }, y)),
  );

  const counts = STATE_ORDER.map((st) => [st, shown.filter((s) => s.state === st).length] as const).filter(([, n]) => n > 0);
  const downloadIcs = () => {
    const made = calendar(
      shown.map((s) => s.obligation),
      state.lang,
      title,
    );
    if (made.ok) download(fileName(title, "ics"), made.text, "text/calendar");
    else replace(panel.querySelector("#ics-error")!, `${ts.icsFailed} ${made.message}`);
  };

  replace(
    panel,
    h(
      "div",
      { class: "card schedule-top" },
      h(
        "div",
        { class: "schedule-controls" },
        h("div", {}, h("label", { for: "today" }, ts.today), today),
        h("div", {}, h("label", { for: "filter-kind" }, ts.kind), kindSelect),
        h("div", {}, h("label", { for: "filter-side" }, ts.side), sideSelect),
        h(
          "div",
          { class: "downloads" },
          h("button", { type: "button", class: "button", id: "download-ics", onclick: downloadIcs }, ts.ics),
          h(
            "button",
            { type: "button", class: "button secondary", id: "download-completions", onclick: () => download(fileName(`${title}-klart`, "json"), `${JSON.stringify(state.completions, null, 2)}\n`, "application/json") },
            ts.completions,
          ),
          h("p", { id: "ics-error", role: "alert" }),
        ),
      ),
      h(
        "section",
        { class: "summary", "aria-labelledby": "summary-title" },
        h("h2", { id: "summary-title" }, ts.summary),
        h(
          "p",
          { id: "schedule-count" },
          ts.count(shown.length, all.length, result.window.from, result.window.to),
        ),
        h(
          "ul",
          { class: "state-counts" },
          counts.map(([st, n]) => h("li", { "data-state": st }, h("span", { class: "swatch", style: `background:${STATE_COLOURS[st]}` }), `${t.states[st]}: ${n}`)),
        ),
      ),
    ),
    h(
      "div",
      { class: "schedule-grid" },
      h(
        "section",
        { class: "card wheel-card", "aria-labelledby": "wheel-heading" },
        h("h2", { id: "wheel-heading" }, ts.wheelTitle(year)),
        h(
          "div",
          { class: "row year-nav" },
          h("button", { type: "button", class: "button secondary", id: "year-previous", disabled: year <= firstYear, onclick: () => update({ year: year - 1 }) }, "‹ ", ts.previousYear),
          h("label", { for: "wheel-year", class: "visually-hidden" }, ts.year),
          yearSelect,
          h("button", { type: "button", class: "button secondary", id: "year-next", disabled: year >= lastYear, onclick: () => update({ year: year + 1 }) }, ts.nextYear, " ›"),
        ),
        wheel(year, shown, t, state.lang, state.today),
        h("p", { class: "hint", id: "wheel-rings" }, ts.rings),
      ),
      h(
        "section",
        { class: "card list-card", "aria-labelledby": "list-title" },
        h("h2", { id: "list-title" }, ts.listTitle),
        shown.length === 0
          ? h("p", {}, ts.empty)
          : h(
              "table",
              { class: "obligations", id: "obligations" },
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, ts.done), h("th", { scope: "col" }, ts.date), h("th", { scope: "col" }, ts.what), h("th", { scope: "col" }, ts.responsible), h("th", { scope: "col" }, ts.state))),
              h(
                "tbody",
                {},
                shown.map((st) => {
                  const o = st.obligation;
                  const done = state.completions.some((c) => c.obligationId === o.id);
                  return h(
                    "tr",
                    { "data-id": o.id, "data-kind": o.kind, "data-state": st.state },
                    h("td", {}, h("input", { type: "checkbox", checked: done, "aria-label": ts.markDone(o.title[state.lang], o.date), onchange: (e: Event) => setDone(o.id, (e.target as HTMLInputElement).checked) })),
                    h("td", { class: "date" }, o.date),
                    h("td", {}, o.title[state.lang], h("span", { class: "kind" }, t.kinds[o.kind])),
                    h("td", {}, t.sides[o.responsible?.side ?? "none"]),
                    h("td", {}, h("span", { class: `state ${st.state}` }, t.states[st.state])),
                  );
                }),
              ),
            ),
      ),
    ),
    result.notes.length === 0 && result.unmatched.length === 0
      ? null
      : h(
          "section",
          { class: "card", "aria-labelledby": "notes-title" },
          h("h2", { id: "notes-title" }, ts.notes),
          h(
            "ul",
            { class: "notes" },
            [...result.notes, ...result.unmatched].map((n) => h("li", {}, `${describePath(n.path)}: ${describeIssue(n, state.lang)}`)),
          ),
        ),
  );
}
