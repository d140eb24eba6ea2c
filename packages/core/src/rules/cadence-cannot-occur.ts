import type { Cadence, CadenceAnchor, CadenceType } from "../model/cadence.js";
import type { CivilDate } from "../model/primitives.js";
import { addMonths, fromDay, toDay, ymdOf } from "../schedule/civil-date.js";
import { defineRule } from "./rule.js";
import { resolveValidity, unreachable } from "./dates.js";
import { indexOf, pathOf } from "./walk.js";

const SEASON_MONTHS = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2] } as const;

// The months (1–12) that the bounded period [start, end] touches, or `undefined` for all twelve.
function monthsTouched(start: CivilDate, end: CivilDate): Set<number> | undefined {
  const [y1, m1] = ymdOf(toDay(start));
  const [y2, m2] = ymdOf(toDay(end));
  const count = (y2 - y1) * 12 + (m2 - m1) + 1;
  if (count >= 12) return undefined;
  const months = new Set<number>();
  for (let i = 0; i < count; i++) months.add(((m1 - 1 + i) % 12) + 1);
  return months;
}

// The last day of the first N-year period that starts on `start`: 2025-01-01 + 2 years → 2026-12-31.
const lastDayOfYears = (start: CivilDate, years: number): CivilDate => fromDay(addMonths(toDay(start), 12 * years) - 1);

function anchorFits(anchor: CadenceAnchor | undefined, months: Set<number> | undefined): boolean {
  if (anchor === undefined || months === undefined) return true;
  switch (anchor.type) {
    case "annual_report":
      return true;
    case "month":
      return months.has(anchor.month);
    case "season":
      return SEASON_MONTHS[anchor.season].some((m) => months.has(m));
    default:
      return unreachable(anchor);
  }
}

// Whether a kind of cadence can occur in the bounded validity [start, end]. A total table, so a new
// cadence kind fails to compile until it says how it is judged here.
const always = () => true;
const occursWithin: Record<CadenceType, (cadence: Cadence, start: CivilDate, end: CivilDate) => boolean> = {
  every_n_years: (c, start, end) => c.type !== "every_n_years" || lastDayOfYears(start, c.years) <= end,
  weekly: always,
  every_n_weeks: always,
  monthly: always,
  quarterly: always,
  tertial: always,
  half_yearly: always,
  yearly: always,
  per_mandate_period: always,
  before_end: always,
  when_needed: always,
  continuous: always,
};

/**
 * `cadence_cannot_occur` (warning): a cadence with no occurrence within the validity. It fires
 * when an anchor names a month or season the validity never reaches, when "every N years" is longer
 * than the validity (the first occurrence is due at the end of the first N years), and when
 * "before the validity ends" is asked of an open-ended agreement with no revision interval.
 * Agreements whose start is unknown (from signing, unsigned) are not judged.
 */
export const cadenceCannotOccur = defineRule({
  code: "cadence_cannot_occur",
  severity: "warning",
  scope: "agreement",
  check(agreement, report, context) {
    const { start, end } = resolveValidity(agreement);
    if (start === undefined || end === undefined) return;
    if (end === "open") {
      if (agreement.validity.terms?.revision?.everyYears !== undefined) return;
      for (const { cadence, at } of indexOf(agreement, context).cadences) if (cadence.type === "before_end") report(pathOf(at), { cadence: cadence.type });
      return;
    }
    const months = monthsTouched(start, end);
    for (const { cadence, at } of indexOf(agreement, context).cadences) {
      if (!anchorFits(cadence.anchor, months) || !occursWithin[cadence.type](cadence, start, end)) report(pathOf(at), { cadence: cadence.type });
    }
  },
});
