// The corpus of the scheduling benchmark (bench/schedule.bench.ts): one agreement per kommun, all
// 290, each with exactly ten cadences among its forums, follow-ups and plans, one of them weekly.
//
//   const agreements = generateScheduleAgreements({ seed: 1, years: 4 });
//
// Which ten cadences an agreement has depends only on (seed, kommun), never on `years`: the
// linearity check schedules the same agreements over validities of 1 to 40 years. The validity is
// always whole calendar years from 1 January 2025 (`years` of them), given as dates.
import type { Activity, Agreement, Cadence, FollowUp, Forum, Plan } from "@samverkan/core";
import { Random, mixSeed } from "./random.js";
import { KOMMUNKODER, REGION_BY_LAN, kommunFullName, kommunName, slug } from "./swedish.js";

/** The first year of every generated validity. */
export const SCHEDULE_START_YEAR = 2025;
/** Cadences per agreement. */
export const CADENCES_PER_AGREEMENT = 10;

// One recurring duty an agreement can have: where it sits in the document and the cadences real
// agreements give it (one is picked per agreement).
interface Duty {
  readonly key: string;
  readonly slot: "forum" | "followUp" | "planRevision" | "activity";
  readonly cadences: readonly Cadence[];
  /** Builds the forum, follow-up or activity; a plan revision sets its plan's `revision` instead. */
  readonly make?: (place: string, cadence: Cadence) => Forum | FollowUp | Activity;
}

const forum = (key: string, kind: Forum["kind"], level: Forum["level"], name: string) => (place: string, cadence: Cadence): Forum => ({
  id: key,
  kind,
  name: name.replace("{place}", place),
  level,
  cadence,
});

const followUp = (key: string, kind: FollowUp["kind"], subject: string, side: FollowUp["responsibleSide"], extra: Partial<FollowUp> = {}) => (_place: string, cadence: Cadence): FollowUp => ({
  id: key,
  kind,
  subject,
  responsibleSide: side,
  cadence,
  ...extra,
});

const activity = (key: string, text: string) => (place: string, cadence: Cadence): Activity => ({
  id: key,
  text: text.replace("{place}", place),
  owner: "joint",
  cadence,
});

/** The weekly one every agreement has: the EST group's meeting, on a Monday to Thursday. */
const WEEKLY: Duty = {
  key: "est",
  slot: "forum",
  cadences: [
    { type: "weekly", asWritten: "varje vecka" },
    { type: "weekly", weekday: 2, asWritten: "varje tisdag" },
    { type: "weekly", weekday: 3, asWritten: "varje onsdag" },
    { type: "weekly", weekday: 4, asWritten: "varje torsdag" },
  ],
  make: forum("est", "est", "operational", "Effektiv samordning för trygghet (EST) i {place}"),
};

/** The other duties; nine of these thirteen are picked per agreement. */
const POOL: readonly Duty[] = [
  {
    key: "lokala-bra",
    slot: "forum",
    cadences: [
      { type: "quarterly", asWritten: "en gång per kvartal" },
      { type: "tertial", atLeast: true, asWritten: "minst en gång per tertial" },
      { type: "half_yearly", asWritten: "två gånger per år" },
    ],
    make: forum("lokala-bra", "local_bra", "strategic", "Lokala brottsförebyggande rådet i {place}"),
  },
  {
    key: "styrgrupp",
    slot: "forum",
    cadences: [
      { type: "half_yearly", asWritten: "varje halvår" },
      { type: "tertial", asWritten: "en gång per tertial" },
      { type: "yearly", asWritten: "en gång per år" },
    ],
    make: forum("styrgrupp", "steering_group", "strategic", "Styrgrupp för samverkan i {place}"),
  },
  {
    key: "sspf",
    slot: "forum",
    cadences: [
      { type: "every_n_weeks", weeks: 2, asWritten: "varannan vecka" },
      { type: "monthly", asWritten: "en gång i månaden" },
    ],
    make: forum("sspf", "sspf", "individual", "SSPF {place} (skola, socialtjänst, polis, fritid)"),
  },
  {
    key: "spindelgrupp",
    slot: "forum",
    cadences: [
      { type: "monthly", asWritten: "varje månad" },
      { type: "every_n_weeks", weeks: 2, weekday: 3, asWritten: "varannan onsdag" },
      { type: "every_n_weeks", weeks: 4, asWritten: "var fjärde vecka" },
    ],
    make: forum("spindelgrupp", "spider_group", "operational", "Spindelgruppen i {place}"),
  },
  {
    key: "trygghetsmatning",
    slot: "followUp",
    cadences: [{ type: "yearly", anchor: { type: "season", season: "autumn" }, asWritten: "varje höst" }],
    make: followUp("trygghetsmatning", "safety_survey", "Polisens trygghetsmätning", "police"),
  },
  {
    key: "aterrapportering",
    slot: "followUp",
    cadences: [{ type: "yearly", anchor: { type: "annual_report" }, asWritten: "i samband med årsredovisningen" }],
    make: followUp("aterrapportering", "leadership_report", "Återrapportering till polis- och kommunledning", "joint"),
  },
  {
    key: "uppfoljning",
    slot: "followUp",
    cadences: [
      { type: "half_yearly", asWritten: "varje halvår" },
      { type: "tertial", asWritten: "per tertial" },
      { type: "quarterly", asWritten: "kvartalsvis" },
    ],
    make: followUp("uppfoljning", "follow_up", "Uppföljning av gemensamt planerade åtgärder", "joint", { requiredContent: ["analysis", "recommendations"] }),
  },
  {
    key: "utvardering",
    slot: "followUp",
    cadences: [{ type: "every_n_years", years: 2, asWritten: "vartannat år" }],
    make: followUp("utvardering", "follow_up", "Fördjupad utvärdering av samverkan", "joint"),
  },
  {
    key: "infor-fornyelse",
    slot: "followUp",
    cadences: [{ type: "before_end", asWritten: "innan överenskommelsen löper ut" }],
    make: followUp("infor-fornyelse", "follow_up", "Utvärdering inför förnyelse av överenskommelsen", "joint", { feeds: [{ type: "agreement_revision" }] }),
  },
  {
    key: "aktivitetsplan",
    slot: "planRevision",
    cadences: [
      { type: "yearly", anchor: { type: "month", month: 11 }, asWritten: "revideras varje år i november" },
      { type: "yearly", asWritten: "revideras årligen" },
    ],
  },
  {
    key: "handlingsplan",
    slot: "planRevision",
    cadences: [{ type: "per_mandate_period", asWritten: "en gång per mandatperiod" }],
  },
  {
    key: "trygghetsvandring",
    slot: "activity",
    cadences: [
      { type: "half_yearly", asWritten: "vår och höst" },
      { type: "quarterly", asWritten: "en gång per kvartal" },
      { type: "yearly", anchor: { type: "season", season: "spring" }, asWritten: "varje vår" },
    ],
    make: activity("trygghetsvandring", "Trygghetsvandring i {place} centrum tillsammans med fastighetsägare och föreningar"),
  },
  {
    key: "medborgardialog",
    slot: "activity",
    cadences: [
      { type: "yearly", anchor: { type: "season", season: "spring" }, asWritten: "varje vår" },
      { type: "yearly", anchor: { type: "season", season: "autumn" }, asWritten: "varje höst" },
    ],
    make: activity("medborgardialog", "Gemensam medborgardialog om tryggheten i {place}"),
  },
];

const PLAN_TITLES: Record<string, { kind: Plan["kind"]; title: string }> = {
  aktivitetsplan: { kind: "activity_plan", title: "Gemensam aktivitetsplan" },
  handlingsplan: { kind: "operational_plan", title: "Handlingsplan för trygghet och brottsförebyggande arbete" },
};

/** The ten duties (with their cadences) of the agreement for kommun number `index`; independent of the validity. */
export function scheduleDesign(seed: number, index: number): { readonly duty: string; readonly slot: Duty["slot"]; readonly cadence: Cadence }[] {
  const rng = new Random(mixSeed(seed, 0x5c4ed, index));
  const duties = [WEEKLY, ...rng.sample(POOL, CADENCES_PER_AGREEMENT - 1)];
  return duties.map((d) => ({ duty: d.key, slot: d.slot, cadence: structuredClone(rng.pick(d.cadences)) }));
}

/**
 * The agreement of kommun number `index` (0–289, in kommunkod order): a single agreement between
 * Polismyndigheten and that kommun, valid 1 January 2025 to 31 December of year 2025 + `years` − 1,
 * with the ten cadences of {@link scheduleDesign}.
 */
export function generateScheduleAgreement(seed: number, index: number, years: number): Agreement {
  const code = KOMMUNKODER[index];
  if (code === undefined) throw new Error(`no kommun number ${index}`);
  const name = kommunName(code);
  const fullName = kommunFullName(name);
  const first = SCHEDULE_START_YEAR;
  const last = SCHEDULE_START_YEAR + years - 1;
  const start = `${first}-01-01`;
  const end = `${last}-12-31`;
  const forums: Forum[] = [];
  const followUps: FollowUp[] = [];
  const plans = new Map<string, Plan>();
  const plan = (key: string): Plan => {
    let p = plans.get(key);
    if (!p) {
      p = { id: key, ...PLAN_TITLES[key]!, owner: "joint", activities: [] };
      plans.set(key, p);
    }
    return p;
  };
  for (const { duty, slot, cadence } of scheduleDesign(seed, index)) {
    const spec = duty === WEEKLY.key ? WEEKLY : POOL.find((d) => d.key === duty)!;
    if (slot === "planRevision") plan(duty).revision = cadence;
    else if (slot === "forum") forums.push(spec.make!(name, cadence) as Forum);
    else if (slot === "followUp") followUps.push(spec.make!(name, cadence) as FollowUp);
    else plan("aktivitetsplan").activities!.push(spec.make!(name, cadence) as Activity);
  }
  return {
    schemaVersion: 2,
    type: "agreement",
    id: `${slug(name).slice(0, 40)}-${code}-${first}-${last}`,
    title: `Samverkansöverenskommelse mellan Lokalpolisområde ${name} och ${fullName} ${first}–${last}`,
    structure: { type: "single" },
    parties: {
      police: { id: "polisen", name: "Polismyndigheten", region: REGION_BY_LAN[code.slice(0, 2)]!, policeArea: `Lokalpolisområde ${name}` },
      municipalities: [{ id: "kommunen", code, name: fullName }],
    },
    validity: { start: { type: "date", date: start }, end: { type: "date", date: end }, asWritten: `1 januari ${first} – 31 december ${last}` },
    forums,
    focusAreas: [{ id: "trygghet", kind: "public_space_safety", title: "Trygghet i offentlig miljö" }],
    followUps,
    plans: [...plans.values()].map(({ activities, ...p }) => (activities?.length ? { ...p, activities } : p)),
    contacts: [
      { id: "kommunpolis", role: "community_police_officer", partyId: "polisen", title: "Kommunpolis" },
      { id: "samordnare", role: "coordinator", partyId: "kommunen", title: "Brottsförebyggande samordnare" },
    ],
    signatories: [
      { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief", title: "Lokalpolisområdeschef", signature: { date: `${first - 1}-12-10`, place: name } },
      { id: "ks-ordforande", partyId: "kommunen", role: "municipal_board_chair", title: "Kommunstyrelsens ordförande", municipality: code, signature: { date: `${first - 1}-12-12`, place: name } },
    ],
    provenance: { illustrative: true, source: "bench/schedule-generate.ts", note: "Genererad för prestandamätning av schemaläggningen; inte en verklig överenskommelse." },
  };
}

/** All 290 agreements, one per kommun, each valid for `years` calendar years from 2025. */
export function generateScheduleAgreements({ seed, years, count = KOMMUNKODER.length }: { seed: number; years: number; count?: number }): Agreement[] {
  return Array.from({ length: count }, (_, i) => generateScheduleAgreement(seed, i, years));
}

/** How many cadences an agreement has, and of which types (for the checks). */
export function cadencesOf(agreement: Agreement): Cadence[] {
  const out: Cadence[] = [];
  for (const f of agreement.forums ?? []) if (f.cadence) out.push(f.cadence);
  for (const f of agreement.followUps ?? []) if (f.cadence) out.push(f.cadence);
  for (const p of agreement.plans ?? []) {
    if (p.revision) out.push(p.revision);
    for (const a of p.activities ?? []) if (a.cadence) out.push(a.cadence);
  }
  return out;
}
