import { match } from "ts-pattern";
import type { Cadence, CadenceAnchor } from "../model/cadence.js";
import type { CivilDate } from "../model/primitives.js";
import { defineRule } from "./rule.js";
import { resolveValidity, type ResolvedValidity } from "./dates.js";
import { eachCadence } from "./walk.js";

const SEASON_MONTHS = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2] } as const;

const ymd = (date: CivilDate) => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] as const;

// The months (1–12) that the bounded period [start, end] touches; all twelve for a year or more.
function monthsTouched(start: CivilDate, end: CivilDate): Set<number> {
  const [y1, m1] = ymd(start);
  const [y2, m2] = ymd(end);
  const count = Math.min(12, (y2 - y1) * 12 + (m2 - m1) + 1);
  const months = new Set<number>();
  for (let i = 0; i < count; i++) months.add(((m1 - 1 + i) % 12) + 1);
  return months;
}

// The last day of the first N-year period that starts on `start`: 2025-01-01 + 2 years → 2026-12-31.
function lastDayOfYears(start: CivilDate, years: number): CivilDate {
  const [y, m, d] = ymd(start);
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

function anchorFits(anchor: CadenceAnchor | undefined, months: Set<number>): boolean {
  return match(anchor)
    .with(undefined, { type: "annual_report" }, () => true)
    .with({ type: "month" }, (a) => months.has(a.month))
    .with({ type: "season" }, (a) => SEASON_MONTHS[a.season].some((m) => months.has(m)))
    .exhaustive();
}

/** Whether a cadence has at least one occurrence within a validity whose start is known. */
function canOccur(cadence: Cadence, validity: ResolvedValidity & { start: CivilDate }, openRevision: boolean): boolean {
  const { start, end } = validity;
  if (end === "open") return cadence.type !== "before_end" || openRevision;
  if (!anchorFits(cadence.anchor, monthsTouched(start, end))) return false;
  return match(cadence)
    .with({ type: "every_n_years" }, (c) => lastDayOfYears(start, c.years) <= end)
    .with(
      { type: "weekly" },
      { type: "every_n_weeks" },
      { type: "monthly" },
      { type: "quarterly" },
      { type: "tertial" },
      { type: "half_yearly" },
      { type: "yearly" },
      { type: "per_mandate_period" },
      { type: "before_end" },
      { type: "when_needed" },
      { type: "continuous" },
      () => true,
    )
    .exhaustive();
}

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
  check(agreement, report) {
    const validity = resolveValidity(agreement);
    const start = validity.start;
    if (start === undefined) return;
    const end = agreement.validity.end;
    const openRevision = end.type === "open_ended" && end.revisionEveryYears !== undefined;
    eachCadence(agreement, (cadence, path) => {
      if (!canOccur(cadence, { start, end: validity.end }, openRevision)) report(path, { cadence: cadence.type });
    });
  },
});
