import type { ObligationKind } from "./obligation.js";

/** A text in both shipped locales. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

const MONTHS = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/**
 * A period label (`2025`, `2025-Q1`, `2025-T2`, `2025-H1`, `2025-03`, `2025-W02`, `a/b`) as a
 * person reads it; empty for labels that say nothing more than the date (a single day, "before").
 */
export function periodText(period: string): Bilingual {
  const match = /^(\d{4})(?:-(Q|T|H|W)?(\d{1,2}))?$/.exec(period);
  if (match) {
    const [, year, unit, n] = match;
    if (n === undefined) return { sv: `${year}`, en: `${year}` };
    const i = Number(n);
    switch (unit) {
      case "Q":
        return { sv: `kvartal ${i} ${year}`, en: `Q${i} ${year}` };
      case "T":
        return { sv: `tertial ${i} ${year}`, en: `T${i} ${year}` };
      case "H":
        return { sv: `${i === 1 ? "första" : "andra"} halvåret ${year}`, en: `H${i} ${year}` };
      case "W":
        return { sv: `vecka ${i} ${year}`, en: `week ${i} ${year}` };
      default:
        return { sv: `${MONTHS.sv[i - 1]} ${year}`, en: `${MONTHS.en[i - 1]} ${year}` };
    }
  }
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (range) return { sv: `${range[1]} – ${range[2]}`, en: `${range[1]} – ${range[2]}` };
  return { sv: "", en: "" };
}

// The fixed part of each kind's title; `subject` is the name the agreement gives (a forum, a plan);
// `own` is set where the date is the agreement's own rather than a default.
const BASE: Record<ObligationKind, (subject: string, own: boolean) => Bilingual> = {
  forum_meeting: (s) => ({ sv: `Möte: ${s}`, en: `Meeting: ${s}` }),
  follow_up: (s) => ({ sv: `Uppföljning: ${s}`, en: `Follow-up: ${s}` }),
  safety_survey: () => ({ sv: "Trygghetsmätning", en: "Safety survey (trygghetsmätning)" }),
  leadership_report: () => ({ sv: "Återrapportering till polis- och kommunledning", en: "Report to police and municipal leadership" }),
  // The law sets no interval: a date from a default says so, and one from the agreement is the agreement's.
  situational_picture: (s, own) =>
    own
      ? { sv: `Lägesbild${s ? `: ${s}` : ""}`, en: `Situational picture (lägesbild)${s ? `: ${s}` : ""}` }
      : { sv: "Lägesbild enligt lag (2023:196), standardintervall", en: "Local crime assessment (lägesbild) under Act 2023:196, default interval" },
  action_plan: () => ({ sv: "Beslut om åtgärdsplan enligt lag (2023:196), standardtid efter lägesbilden", en: "Decision on the action plan (åtgärdsplan) under Act 2023:196, default time after the lägesbild" }),
  citizen_promise_staff_dialogue: () => ({ sv: "Polisens medarbetardialog inför nästa medborgarlöfte", en: "Police staff dialogue for the next citizen promise (medborgarlöfte)" }),
  citizen_promise_dialogue: () => ({ sv: "Medborgardialog inför nästa medborgarlöfte", en: "Citizen dialogue for the next citizen promise (medborgarlöfte)" }),
  citizen_promise_decision: () => ({ sv: "Undertecknande av medborgarlöfte", en: "Signing of the citizen promise (medborgarlöfte)" }),
  citizen_promise_communication: () => ({ sv: "Kommunikation av medborgarlöftet", en: "Communicating the citizen promise (medborgarlöfte)" }),
  citizen_promise_follow_up: (s) => ({ sv: `Uppföljning av medborgarlöfte${s ? `: ${s}` : ""}`, en: `Follow-up of the citizen promise${s ? `: ${s}` : ""}` }),
  commitment: (s) => ({ sv: `Åtagande: ${s}`, en: `Commitment: ${s}` }),
  deliverable: (s) => ({ sv: `Ska tas fram: ${s}`, en: `To be produced: ${s}` }),
  plan_revision: (s) => ({ sv: `Revidering: ${s}`, en: `Revision: ${s}` }),
  activity: (s) => ({ sv: `Aktivitet: ${s}`, en: `Activity: ${s}` }),
  renewal: () => ({ sv: "Förnyelse av samverkansöverenskommelsen", en: "Renewal of the cooperation agreement" }),
  revision: () => ({ sv: "Revidering av samverkansöverenskommelsen", en: "Revision of the cooperation agreement" }),
};

/** The longest subject taken into a title; longer texts (an activity's description) are cut at a word. */
const SUBJECT_LENGTH = 80;

function shorten(text: string): string {
  if (text.length <= SUBJECT_LENGTH) return text;
  const cut = text.lastIndexOf(" ", SUBJECT_LENGTH);
  return `${text.slice(0, cut > 40 ? cut : SUBJECT_LENGTH)}…`;
}

/**
 * The titles of one source's obligations: the fixed part (kind, the agreement's name for the
 * source, the kommun where it could repeat, whether the date is a default) is made once; each obligation adds its period (not
 * meetings, whose date says it all).
 */
export function titlesFor(kind: ObligationKind, subject: string, kommun: string | Bilingual | undefined, basis: "agreement" | "default" = "agreement"): (period: string) => Bilingual {
  const base = BASE[kind](shorten(subject), basis === "agreement");
  const where = typeof kommun === "string" ? { sv: kommun, en: kommun } : kommun;
  const sv = where ? `${base.sv} – ${where.sv}` : base.sv;
  const en = where ? `${base.en} – ${where.en}` : base.en;
  if (kind === "forum_meeting") {
    // Every meeting of a forum has the same title: one frozen object serves them all.
    const title = Object.freeze({ sv, en });
    return () => title;
  }
  // A medborgarlöfte's follow-up is labelled with the löfte's start ("från mars 2025"), unless the
  // löfte's own title names it.
  const promise = kind === "citizen_promise_follow_up";
  return (period) => {
    let when = promise && subject ? NO_PERIOD : periodTextOf(period);
    if (promise && !subject && /^\d{4}-\d{2}(?:-\d{2})?$/.test(period)) when = { sv: `från ${when.sv || period}`, en: `from ${when.en || period}` };
    return { sv: when.sv ? `${sv} (${when.sv})` : sv, en: when.en ? `${en} (${when.en})` : en };
  };
}

const NO_PERIOD: Bilingual = { sv: "", en: "" };

// The texts of the period labels met so far: a schedule asks for the same quarters and years
// again and again. Bounded: past the bound, a text is made each time.
const periodTexts = new Map<string, Bilingual>();
const PERIOD_TEXTS = 50_000;

function periodTextOf(period: string): Bilingual {
  let text = periodTexts.get(period);
  if (text === undefined) {
    text = periodText(period);
    if (periodTexts.size < PERIOD_TEXTS) periodTexts.set(period, text);
  }
  return text;
}
