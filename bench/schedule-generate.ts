// The corpus of the scheduling benchmark (bench/schedule.bench.ts): one agreement per kommun, all
// 290, each with exactly ten cadences among its forums, follow-ups and plans, one of them weekly.
//
//   const agreements = generateScheduleAgreements({ seed: 1, years: 4 });
//   const portfolio = generateSchedulePortfolio({ seed: 1, years: 4 }); // the same, with medborgarlöften, as one set
//   const large = generateLargeAgreement({ seed: 1, districts: 22, years: 5 }); // one agreement, many cadences
//
// Which ten cadences an agreement has depends only on (seed, kommun), never on `years`: the
// linearity check schedules the same agreements over validities of 1 to 40 years. The validity is
// always whole calendar years from 1 January 2025 (`years` of them), given as dates. The same
// holds for the medborgarlöften of the portfolio: how a kommun makes them depends only on (seed,
// kommun); the löften recorded are those of the validity's years.
import type { Activity, Agreement, AgreementSet, Cadence, CitizenPromise, FollowUp, Forum, Plan } from "@samverkan/core";
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

// ---------------------------------------------------------------------------------------------
// The portfolio: the same agreements with medborgarlöften, as one set.

/** How a kommun's agreement has its medborgarlöften: a cycle the agreement describes, or löften it records. */
export interface PromiseDesign {
  /** `cycle`: "årliga medborgarlöften" (or every other year), as `citizenPromiseCycle`; `recorded`: the löften themselves, in `citizenPromises`. */
  readonly kind: "cycle" | "recorded";
  /** Years per löfte: 1 or 2. */
  readonly years: 1 | 2;
  /** Who leads the cycle. */
  readonly lead: "police" | "joint";
  /** Recorded löften: the first is extended by this many months into the next löfte's time (0: none), as "gäller till dess att nya presenteras" is decided. */
  readonly extensionMonths: 0 | 3 | 6;
}

/** The medborgarlöften design of kommun number `index`; independent of the validity. */
export function promiseDesign(seed: number, index: number): PromiseDesign {
  const rng = new Random(mixSeed(seed, 0x10f7e, index));
  const kind = rng.chance(2 / 3) ? "cycle" : "recorded";
  return { kind, years: rng.chance(0.75) ? 1 : 2, lead: rng.chance(0.6) ? "police" : "joint", extensionMonths: kind === "recorded" ? rng.pick([0, 3, 6] as const) : 0 };
}

/**
 * The agreement of kommun number `index` as in {@link generateScheduleAgreement}, with its
 * medborgarlöften ({@link promiseDesign}): a cycle of one or two years, or the löften of the
 * validity's years recorded one by one (each one or two calendar years, the last one cut at the
 * validity's end; for some, the first extended by a few months).
 */
export function generatePortfolioAgreement(seed: number, index: number, years: number): Agreement {
  const agreement = generateScheduleAgreement(seed, index, years);
  const design = promiseDesign(seed, index);
  const code = agreement.parties.municipalities[0]!.code;
  const name = kommunName(code);
  if (design.kind === "cycle") {
    const cadence: Cadence = design.years === 1 ? { type: "yearly", asWritten: "årliga medborgarlöften" } : { type: "every_n_years", years: 2, asWritten: "medborgarlöften som revideras vartannat år" };
    return { ...agreement, citizenPromiseCycle: { cadence, lead: design.lead } };
  }
  const first = SCHEDULE_START_YEAR;
  const last = SCHEDULE_START_YEAR + years - 1;
  const promises: CitizenPromise[] = [];
  for (let year = first; year <= last; year += design.years) {
    const end = Math.min(year + design.years - 1, last);
    promises.push({
      id: `ml-${year}`,
      municipality: code,
      title: `Medborgarlöfte för ${name} ${year === end ? year : `${year}–${end}`}`,
      period: { start: String(year), end: String(end) },
      commitments: [{ id: `narvaro-${year}`, by: "joint", text: `Vi lovar att öka den synliga närvaron i ${name} centrum` }],
    });
  }
  // The first löfte runs on some months into the next one's time (an extension decided late in its
  // last year), when there is a next one inside the validity.
  const firstPromise = promises[0]!;
  if (design.extensionMonths > 0 && promises.length > 1) {
    const end = Number(firstPromise.period.end);
    promises[0] = { ...firstPromise, extensions: [{ end: `${end + 1}-${String(design.extensionMonths).padStart(2, "0")}`, decidedOn: `${end}-11-15` }] };
  }
  return { ...agreement, citizenPromises: promises };
}

/** The portfolio: all 290 agreements with their medborgarlöften, as one `agreement_set`. */
export function generateSchedulePortfolio({ seed, years, count = KOMMUNKODER.length }: { seed: number; years: number; count?: number }): AgreementSet {
  return {
    schemaVersion: 2,
    type: "agreement_set",
    id: `alla-kommuner-${SCHEDULE_START_YEAR}-${SCHEDULE_START_YEAR + years - 1}`,
    title: "Samverkansöverenskommelser i alla Sveriges kommuner (genererade för prestandamätning)",
    agreements: Array.from({ length: count }, (_, i) => generatePortfolioAgreement(seed, i, years)),
  };
}

// ---------------------------------------------------------------------------------------------
// One large agreement: the cadences of many kommuner's agreements as the districts of one.

/**
 * One agreement (for the first kommun) with the ten cadences of {@link scheduleDesign} for each of
 * `districts` districts: district d has the forums, follow-ups, plan revisions and activities that
 * kommun number d's agreement has, their ids suffixed `-d`, its names those of that kommun, as a
 * large city's agreement has a forum per stadsdel. Valid `years` calendar years from 2025.
 */
export function generateLargeAgreement({ seed, districts, years }: { seed: number; districts: number; years: number }): Agreement {
  const base = generateScheduleAgreement(seed, 0, years);
  const forums: Forum[] = [];
  const followUps: FollowUp[] = [];
  const plans: Plan[] = [];
  for (let d = 0; d < districts; d++) {
    const part = generateScheduleAgreement(seed, d % KOMMUNKODER.length, years);
    for (const f of part.forums ?? []) forums.push({ ...f, id: `${f.id}-${d}` });
    for (const f of part.followUps ?? []) followUps.push({ ...f, id: `${f.id}-${d}` });
    for (const p of part.plans ?? []) plans.push({ ...p, id: `${p.id}-${d}`, ...(p.activities && { activities: p.activities.map((a) => ({ ...a, id: `${a.id}-${d}` })) }) });
  }
  return { ...base, id: `${base.id}-${districts}-stadsdelar`, forums, followUps, plans };
}
