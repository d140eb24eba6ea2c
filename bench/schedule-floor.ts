// The floor of the scheduling benchmark: the least work that yields an agreement's due dates.
//
// A plain loop with `Date.UTC` and the `Date` UTC getters (UTC has no daylight saving time, so a
// day is always 86,400,000 ms). It walks the agreement's forums, follow-ups, plan revisions and
// activities, expands each cadence to the timestamps of its due dates inside the validity, adds
// the renewal (the validity's last day), sorts them, and writes each as `YYYY-MM-DD`. It builds
// nothing else: no id, window, period label, title, source, responsible parties or kind, no
// option handling and no checks. It knows only what the benchmark's agreements use: validities
// given as dates, `scheduleObligations`'s default annual-report day (15 April), and no anchor on
// an "every N years" cadence; anything else throws rather than guess.
import type { Agreement, Cadence } from "@samverkan/core";

const DAY = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
// The last month of each season: winter ends in February.
const SEASON_END = { spring: 5, summer: 8, autumn: 11, winter: 2 } as const;
// Months per period of the calendar cadences.
const MONTHS = { monthly: 1, quarterly: 3, tertial: 4, half_yearly: 6 } as const;

const parse = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

function text(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

// `ms` plus whole years, on the month's last day where the day does not exist (29 February).
function addYears(ms: number, years: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

/** Pushes the due timestamps of one cadence that fall in [from, to] (both UTC midnights). */
export function expandFloor(cadence: Cadence, from: number, to: number, out: number[]): void {
  const y0 = new Date(from).getUTCFullYear();
  const y1 = new Date(to).getUTCFullYear();
  switch (cadence.type) {
    case "weekly":
    case "every_n_weeks": {
      // From the Monday of the validity's first week, every `step` weeks, on the weekday (default Monday).
      const step = (cadence.type === "weekly" ? 1 : cadence.weeks) * 7 * DAY;
      const offset = ((cadence.weekday ?? 1) - 1) * DAY;
      for (let monday = from - ((new Date(from).getUTCDay() + 6) % 7) * DAY; monday <= to; monday += step) {
        const due = monday + offset;
        if (due >= from && due <= to) out.push(due);
      }
      return;
    }
    case "monthly":
    case "quarterly":
    case "tertial":
    case "half_yearly": {
      // The last day of each calendar period (day 0 of the next month).
      const months = MONTHS[cadence.type];
      for (let y = y0; y <= y1; y++) {
        for (let m = months; m <= 12; m += months) {
          const due = Date.UTC(y, m, 0);
          if (due >= from && due <= to) out.push(due);
        }
      }
      return;
    }
    case "yearly": {
      const anchor = cadence.anchor;
      for (let y = y0; y <= y1; y++) {
        const due =
          anchor === undefined ? Date.UTC(y, 11, 31)
          : anchor.type === "month" ? Date.UTC(y, anchor.month, 0)
          : anchor.type === "season" ? Date.UTC(y, SEASON_END[anchor.season], 0)
          : Date.UTC(y, 3, 15); // annual_report: 15 April, scheduleObligations's default
        if (due >= from && due <= to) out.push(due);
      }
      return;
    }
    case "every_n_years": {
      if (cadence.anchor) throw new Error("floor: no anchor on every_n_years");
      // Blocks of N years from the first day, each due on its last day.
      for (let k = 1; ; k++) {
        const due = addYears(from, cadence.years * k) - DAY;
        if (due > to) return;
        out.push(due);
      }
    }
    case "per_mandate_period": {
      // A mandate period ends on 14 October of an election year (2022, 2026, …: year % 4 === 2).
      for (let y = y0; y <= y1; y++) {
        if (y % 4 !== 2) continue;
        const due = Date.UTC(y, 9, 14);
        if (due >= from && due <= to) out.push(due);
      }
      return;
    }
    case "before_end":
      out.push(to);
      return;
    default:
      throw new Error(`floor: cadence ${cadence.type} is not in the benchmark`);
  }
}

/**
 * The sorted due dates of an agreement's ten cadences and its renewal, as `YYYY-MM-DD`: the same
 * list as the `date`s of `scheduleObligations(agreement, { withoutLaw: true })` for the benchmark's
 * agreements (asserted before timing).
 */
export function floorDates(agreement: Agreement): string[] {
  const validity = agreement.validity;
  if (validity.start.type !== "date" || validity.end.type !== "date") throw new Error("floor: validity must be given as dates");
  const from = parse(validity.start.date);
  const to = parse(validity.end.date);
  const due: number[] = [];
  for (const f of agreement.forums ?? []) if (f.cadence) expandFloor(f.cadence, from, to, due);
  for (const f of agreement.followUps ?? []) if (f.cadence) expandFloor(f.cadence, from, to, due);
  for (const p of agreement.plans ?? []) {
    if (p.revision) expandFloor(p.revision, from, to, due);
    for (const a of p.activities ?? []) if (a.cadence) expandFloor(a.cadence, from, to, due);
  }
  due.push(to); // the renewal: due on the validity's last day
  due.sort((a, b) => a - b);
  const out = new Array<string>(due.length);
  for (let i = 0; i < due.length; i++) out[i] = text(due[i]!);
  return out;
}
