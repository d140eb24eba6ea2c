// The year wheel (årshjul): one year as a circle, January at the top and the months clockwise,
// each obligation a dot at its date, on a ring for the side responsible, coloured by its state.
import { s } from "../dom.js";
import type { Strings } from "../i18n/index.js";
import type { ObligationStatus } from "../library.js";
import type { SideFilter } from "../state.js";

const SIZE = 440;
const C = SIZE / 2;
const OUTER = 200;
const MONTH_RING = 176;
/** The ring of each side, outside in. */
export const RINGS: Readonly<Record<Exclude<SideFilter, "all">, number>> = { police: 150, municipality: 124, joint: 98, none: 72 };

/** The colour of each state: dark enough to stand out from the white at 3:1 (WCAG's non-text contrast). */
export const STATE_COLOURS: Readonly<Record<string, string>> = {
  done: "#1e7a34",
  partly: "#7a5b00",
  not_done: "#5c5c5c",
  due: "#b34700",
  overdue: "#c0162c",
  upcoming: "#1f5fa8",
};

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The angle of a civil date in its year, in radians from the top, clockwise. */
export function angleOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const day = (Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
  return ((day + 0.5) / (isLeap(year) ? 366 : 365)) * 2 * Math.PI;
}

const point = (angle: number, radius: number) => ({ x: C + radius * Math.sin(angle), y: C - radius * Math.cos(angle) });

function arc(from: number, to: number, outer: number, inner: number): string {
  const a = point(from, outer);
  const b = point(to, outer);
  const c = point(to, inner);
  const d = point(from, inner);
  const large = to - from > Math.PI ? 1 : 0;
  return `M${a.x},${a.y} A${outer},${outer} 0 ${large} 1 ${b.x},${b.y} L${c.x},${c.y} A${inner},${inner} 0 ${large} 0 ${d.x},${d.y} Z`;
}

/** The wheel for `year` with the statuses (already filtered) that fall in it, and a hand at `today` when it is in that year. */
export function wheel(year: number, statuses: readonly ObligationStatus[], t: Strings, lang: "sv" | "en", today: string): SVGElement {
  const inYear = statuses.filter((st) => st.obligation.date.startsWith(`${year}-`));
  const months = t.schedule.months.map((name, m) => {
    const from = angleOf(`${year}-${String(m + 1).padStart(2, "0")}-01`) - Math.PI / (isLeap(year) ? 366 : 365);
    const next = m === 11 ? 2 * Math.PI : angleOf(`${year}-${String(m + 2).padStart(2, "0")}-01`) - Math.PI / (isLeap(year) ? 366 : 365);
    const label = point((from + next) / 2, (OUTER + MONTH_RING) / 2);
    const count = inYear.filter((st) => Number(st.obligation.date.slice(5, 7)) === m + 1).length;
    return s(
      "g",
      { class: "month" },
      s("path", { d: arc(from, next, OUTER, MONTH_RING), fill: m % 2 === 0 ? "#e8eef6" : "#f5f7fa", stroke: "#ffffff" }, s("title", {}, `${name} ${year}: ${count}`)),
      s("path", { d: arc(from, next, MONTH_RING, RINGS.none - 14), fill: m % 2 === 0 ? "#fafbfd" : "#ffffff", stroke: "#d5dbe3", "stroke-width": 0.5 }),
      s("text", { x: label.x, y: label.y, "text-anchor": "middle", "dominant-baseline": "central", class: "month-label" }, name),
    );
  });
  const rings = Object.entries(RINGS).map(([, r]) => s("circle", { cx: C, cy: C, r, fill: "none", stroke: "#c3ccd8", "stroke-dasharray": "2 3" }));
  const dots = inYear.map((st) => {
    const o = st.obligation;
    const side = o.responsible?.side ?? "none";
    const p = point(angleOf(o.date), RINGS[side]);
    return s(
      "circle",
      { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 4.5, fill: STATE_COLOURS[st.state] ?? "#333", stroke: "#ffffff", "stroke-width": 1, class: `dot ${st.state}`, "data-id": o.id },
      s("title", {}, `${o.date} ${o.title[lang]} (${t.states[st.state]}, ${t.sides[side]})`),
    );
  });
  return s(
    "svg",
    { viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img", "aria-labelledby": "wheel-title wheel-desc", class: "wheel", id: "wheel" },
    s("title", { id: "wheel-title" }, t.schedule.wheelTitle(year)),
    s("desc", { id: "wheel-desc" }, t.schedule.wheelLabel(year, inYear.length)),
    months,
    rings,
    today.startsWith(`${year}-`) ? todayHand(today) : null,
    dots,
    s("text", { x: C, y: C - 8, "text-anchor": "middle", class: "wheel-year" }, String(year)),
    s("text", { x: C, y: C + 16, "text-anchor": "middle", class: "wheel-count" }, String(inYear.length)),
  );
}

/** A hand from the centre to today's date. */
function todayHand(today: string): SVGElement {
  const angle = angleOf(today);
  const from = point(angle, RINGS.none - 14);
  const to = point(angle, MONTH_RING);
  return s("line", { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: "today-hand" }, s("title", {}, today));
}
