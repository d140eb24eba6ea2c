// The parts of a generated agreement (forums, focus areas, goals, plans, medborgarlöften,
// follow-ups) and the growth step that brings a document to its target size. See generate.ts.
import type {
  Activity,
  Cadence,
  CitizenPromise,
  Commitment,
  Contact,
  FocusArea,
  FocusAreaKind,
  FollowUp,
  Forum,
  ForumKind,
  Goal,
  Plan,
} from "@samverkan/core";
import { addDays, dateWithin } from "./dates.js";
import type { Random } from "./random.js";
import { ACTIVITY_TITLES, PROMISES, paragraph, personName, sentence, slug } from "./swedish.js";

/** The size of a document as the generator measures it: UTF-8 bytes of `JSON.stringify(doc)`. */
export function documentBytes(doc: unknown): number {
  return Buffer.byteLength(JSON.stringify(doc), "utf8");
}

// ---------------------------------------------------------------------------------------------
// Building context.

export interface Kommun {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly id: string;
}

/** The validity as civil dates; for an open-ended agreement `end` is only a horizon for dates inside it. */
export interface Period {
  readonly start: string;
  readonly end: string;
  readonly open: boolean;
}

export interface Ctx {
  readonly rng: Random;
  /** 0 for the smallest documents, 1 from about 20 KB: how many optional parts the skeleton has. */
  readonly richness: number;
  readonly ids: Set<string>;
  readonly kommuner: readonly Kommun[];
  readonly place: string;
  readonly period: Period;
  readonly policeId: string;
  readonly forums: Forum[];
  readonly focusAreas: FocusArea[];
  readonly goals: Goal[];
  readonly plans: Plan[];
  readonly promises: CitizenPromise[];
  readonly followUps: FollowUp[];
  readonly contacts: Contact[];
}

/** A fresh id from `base`, unique within the document (ids of every kind share one namespace). */
export function uniqueId(ctx: Pick<Ctx, "ids">, base: string): string {
  const root = slug(base).slice(0, 56) || "id";
  let id = root;
  for (let n = 2; ctx.ids.has(id); n++) id = `${root}-${n}`;
  ctx.ids.add(id);
  return id;
}

const CADENCES: readonly (readonly [Cadence, number])[] = [
  [{ type: "weekly", weekday: 2, asWritten: "varje tisdag" }, 3],
  [{ type: "weekly", asWritten: "en gång i veckan" }, 3],
  [{ type: "every_n_weeks", weeks: 2, asWritten: "var 14:e dag" }, 3],
  [{ type: "monthly", asWritten: "en gång i månaden" }, 4],
  [{ type: "quarterly", asWritten: "en gång i kvartalet" }, 5],
  [{ type: "quarterly", atLeast: true, asWritten: "3–4 gånger per år" }, 2],
  [{ type: "tertial", atLeast: true, asWritten: "minst en gång per tertial" }, 3],
  [{ type: "half_yearly", asWritten: "två gånger per år" }, 2],
  [{ type: "yearly", asWritten: "årligen" }, 5],
  [{ type: "yearly", anchor: { type: "season", season: "autumn" }, asWritten: "varje höst" }, 2],
  [{ type: "yearly", anchor: { type: "annual_report" }, asWritten: "i samband med årsredovisningen" }, 2],
  [{ type: "every_n_years", years: 2, asWritten: "minst vartannat år" }, 1],
  [{ type: "per_mandate_period", asWritten: "en gång per mandatperiod" }, 1],
  [{ type: "when_needed", asWritten: "vid behov" }, 3],
  [{ type: "continuous", asWritten: "löpande" }, 2],
];
const cadence = (rng: Random): Cadence => structuredClone(rng.weighted(CADENCES));

export const FORUM_KINDS: readonly { kind: ForumKind; names: readonly string[]; level: Forum["level"]; cadence: Cadence }[] = [
  { kind: "local_bra", names: ["Lokala Brå", "Brottsförebyggande rådet i {place}"], level: "strategic", cadence: { type: "quarterly", atLeast: true, asWritten: "3–4 gånger per år" } },
  { kind: "council", names: ["Rådet för trygghet och hälsa"], level: "strategic", cadence: { type: "half_yearly" } },
  { kind: "steering_group", names: ["Strategisk styrgrupp", "Styrgruppen för trygghet"], level: "strategic", cadence: { type: "when_needed", asWritten: "när behov finns" } },
  { kind: "est", names: ["Lägesbildsgruppen", "EST-gruppen i {place}"], level: "operational", cadence: { type: "weekly", weekday: 2, asWritten: "varje tisdag" } },
  { kind: "spider_group", names: ["Spindelgruppen"], level: "operational", cadence: { type: "monthly" } },
  { kind: "sspf", names: ["SSPF", "SSPF {place}"], level: "individual", cadence: { type: "every_n_weeks", weeks: 2, asWritten: "varannan vecka" } },
  { kind: "sig", names: ["SIG – social insatsgrupp"], level: "individual", cadence: { type: "when_needed", asWritten: "per ärende" } },
  { kind: "bob", names: ["BOB-rådet"], level: "strategic", cadence: { type: "half_yearly" } },
  { kind: "defector_programme", names: ["Avhopparverksamheten"], level: "individual", cadence: { type: "when_needed" } },
  { kind: "joint_inspection", names: ["Tillsyn i samverkan"], level: "operational", cadence: { type: "tertial", atLeast: true, asWritten: "minst en gång per tertial" } },
  { kind: "custom", names: ["Trygghetsrådet", "Nattvandrarnätverket i {place}", "Centrumgruppen"], level: "operational", cadence: { type: "monthly" } },
];

export const FOCUS_KINDS: readonly (readonly [FocusAreaKind, string])[] = [
  ["safety_measures", "Trygghetsskapande åtgärder"],
  ["volume_crime", "Mängdbrott"],
  ["youth_and_drugs", "Ungdomar och droger"],
  ["andts", "ANDT-S"],
  ["defector_programme", "Avhopparverksamhet"],
  ["crimes_against_vulnerable", "Brott mot särskilt utsatta"],
  ["criminal_economy", "Kriminell ekonomi och välfärdsbrott"],
  ["public_space_safety", "Trygghet i offentlig miljö"],
  ["health", "Psykisk och fysisk hälsa"],
  ["crime_prevention", "Brottsförebyggande arbete"],
  ["societal_development", "Samhällsutvecklingen"],
  ["custom", "Trafiksäkerhet"],
  ["custom", "Skadegörelse och klotter"],
  ["custom", "Bedrägerier mot äldre"],
];

type Member = NonNullable<Forum["members"]>[number];
const MEMBERS: readonly Member[] = [
  { role: "community_police_officer", name: "Kommunpolis" },
  { role: "security_manager", name: "Säkerhetschef" },
  { role: "coordinator", name: "Brå-samordnare" },
  { role: "municipal_director", name: "Kommundirektör" },
  { role: "local_police_area_chief", name: "Lokalpolisområdeschef" },
  { name: "Rektor för högstadiet" },
  { name: "Socialchef" },
  { name: "Fritidschef" },
  { role: "other", name: "Representant för räddningstjänsten" },
  { name: "Bostadsbolagets trygghetsvärd" },
];

// ---------------------------------------------------------------------------------------------
// Parts of an agreement.

export function forum(ctx: Ctx, spec: (typeof FORUM_KINDS)[number], kommun?: Kommun): Forum {
  const { rng } = ctx;
  const place = kommun?.name ?? ctx.place;
  const name = rng.pick(spec.names).replace("{place}", place);
  return {
    id: uniqueId(ctx, kommun ? `${name}-${kommun.name}` : name),
    kind: spec.kind,
    name,
    level: spec.level,
    ...(kommun ? { municipality: kommun.code } : {}),
    members: rng.sample(MEMBERS, rng.int(2, 2 + Math.round(4 * ctx.richness))).map((m) => ({ ...m })),
    responsibilities: Array.from({ length: rng.int(1, 1 + Math.round(2 * ctx.richness)) }, () => paragraph(rng, place, 1, 2)),
    ...(rng.chance(0.9) ? { cadence: structuredClone(spec.cadence) } : { cadence: cadence(rng) }),
    ...(rng.chance(0.3 + 0.5 * ctx.richness) ? { description: paragraph(rng, place, 2, 5) } : {}),
  };
}

export function focusArea(ctx: Ctx, kind: FocusAreaKind, title: string): FocusArea {
  const { rng } = ctx;
  const forumIds = rng.sample(ctx.forums, rng.int(0, 2)).map((f) => f.id);
  return {
    id: uniqueId(ctx, title),
    kind,
    title,
    ...(rng.chance(0.4 + 0.4 * ctx.richness) ? { description: paragraph(rng, ctx.place, 1, 4) } : {}),
    ...(forumIds.length ? { forumIds } : {}),
  };
}

export function goal(ctx: Ctx): Goal {
  const { rng } = ctx;
  const kommun = ctx.kommuner.length > 1 && rng.chance(0.3) ? rng.pick(ctx.kommuner) : undefined;
  const focusAreaIds = rng.sample(ctx.focusAreas, rng.int(0, 2)).map((a) => a.id);
  return {
    id: uniqueId(ctx, `mal-${ctx.goals.length + 1}`),
    text: paragraph(rng, kommun?.name ?? ctx.place, 1, 2),
    ...(focusAreaIds.length ? { focusAreaIds } : {}),
    ...(kommun ? { municipality: kommun.code } : {}),
  };
}

function activity(ctx: Ctx, plan: Plan): Activity {
  const { rng } = ctx;
  const place = plan.municipality ? (ctx.kommuner.find((k) => k.code === plan.municipality)?.name ?? ctx.place) : ctx.place;
  const title = rng.pick(ACTIVITY_TITLES).replace("{place}", place);
  const start = plan.period?.start ?? ctx.period.start;
  const end = plan.period?.end ?? ctx.period.end;
  const focusAreaIds = rng.sample(ctx.focusAreas, rng.int(0, 2)).map((a) => a.id);
  return {
    id: uniqueId(ctx, `aktivitet-${(plan.activities?.length ?? 0) + 1}-${plan.id}`),
    text: `${title}. ${paragraph(rng, place, 1, 2)}`,
    owner: rng.pick(["police", "municipality", "joint", "joint"] as const),
    ...(rng.chance(0.6) ? { due: dateWithin(rng, start, end) } : {}),
    ...(rng.chance(0.4) ? { cadence: cadence(rng) } : {}),
    ...(focusAreaIds.length ? { focusAreaIds } : {}),
  };
}

function commitment(ctx: Ctx, promise: CitizenPromise): Commitment {
  const { rng } = ctx;
  const place = ctx.kommuner.find((k) => k.code === promise.municipality)?.name ?? ctx.place;
  const spec = rng.pick(PROMISES);
  return {
    id: uniqueId(ctx, `${promise.id}-lofte-${promise.commitments!.length + 1}`),
    by: spec.by,
    text: `${spec.text.replace("{place}", place)}. ${sentence(rng, place)}`,
    ...(rng.chance(0.7) ? { quantity: { count: rng.int(1, 12), unit: spec.unit, ...(rng.chance(0.5) ? { atLeast: true } : {}) } } : {}),
    ...(rng.chance(0.8) ? { frequency: { type: spec.cadence } } : {}),
  };
}

export function followUp(ctx: Ctx): FollowUp {
  const { rng } = ctx;
  const kind = rng.weighted([["follow_up", 5], ["safety_survey", 2], ["leadership_report", 2], ["situational_picture", 2]] as const);
  const subject = {
    follow_up: "Uppföljning av gemensamt planerade åtgärder",
    safety_survey: "Polisens trygghetsmätning",
    leadership_report: "Återrapportering till polis- och kommunledning",
    situational_picture: "Lägesbild och åtgärdsplan",
  }[kind];
  const kommun = kind === "situational_picture" ? rng.pick(ctx.kommuner) : undefined;
  const forumId = ctx.forums.length && rng.chance(0.6) ? rng.pick(ctx.forums).id : undefined;
  const feeds: NonNullable<FollowUp["feeds"]> = [];
  if (ctx.plans.length && rng.chance(0.6)) feeds.push({ type: "plan_revision", planId: rng.pick(ctx.plans).id });
  if (rng.chance(0.3)) feeds.push({ type: "agreement_revision" });
  if (ctx.promises.length && rng.chance(0.3)) feeds.push({ type: "citizen_promises" });
  return {
    id: uniqueId(ctx, kommun ? `${subject}-${kommun.name}` : subject),
    kind,
    subject,
    responsibleSide: kind === "safety_survey" ? "police" : kind === "situational_picture" ? "municipality" : "joint",
    responsibleRoles: rng.sample(["community_police_officer", "security_manager", "coordinator"] as const, rng.int(1, 2)),
    ...(forumId ? { forumId } : {}),
    ...(kommun ? { municipality: kommun.code } : {}),
    cadence:
      kind === "safety_survey"
        ? { type: "yearly", anchor: { type: "season", season: "autumn" }, asWritten: "varje höst" }
        : kind === "situational_picture"
          ? { type: "every_n_years", years: 2, atLeast: true, asWritten: "minst vartannat år" }
          : cadence(rng),
    ...(kind === "follow_up" ? { requiredContent: ["analysis", "recommendations"] as ("analysis" | "recommendations")[] } : {}),
    ...(feeds.length ? { feeds } : {}),
    ...(rng.chance(0.6) ? { asWritten: paragraph(rng, ctx.place, 1, 3) } : {}),
  };
}

export function plans(ctx: Ctx, framework: boolean): void {
  const { rng, period } = ctx;
  const id = (base: string) => uniqueId(ctx, base);
  if (framework) {
    const years = Math.min(4, Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4)) + 1);
    for (let i = 0; i < years; i++) {
      const y = Number(period.start.slice(0, 4)) + i;
      const start = i === 0 ? period.start : `${y}-01-01`;
      const end = `${y}-12-31` < period.end ? `${y}-12-31` : period.end;
      ctx.plans.push({ id: id(`handlingsplan-${y}`), kind: "operational_plan", title: `Handlingsplan ${y}`, owner: "joint", period: { start, end }, activities: [] });
    }
  } else {
    ctx.plans.push({ id: id("aktivitetsplan"), kind: "activity_plan", title: "Gemensam aktivitetsplan", owner: "joint", activities: [], revision: rng.pick<Cadence>([{ type: "continuous", asWritten: "uppdateras löpande" }, { type: "yearly" }]) });
  }
  for (const kommun of ctx.kommuner) {
    if (!rng.chance(0.4 * ctx.richness)) continue;
    ctx.plans.push({ id: id(`atgardsplan-${kommun.name}`), kind: "action_plan", title: `Åtgärdsplan för ${kommun.fullName}`, owner: "municipality", municipality: kommun.code, activities: [] });
  }
  for (const plan of ctx.plans) for (let i = rng.int(1, 1 + Math.round(2 * ctx.richness)); i > 0; i--) plan.activities!.push(activity(ctx, plan));
}

export function citizenPromises(ctx: Ctx): void {
  const { rng, period } = ctx;
  for (const kommun of ctx.kommuner) {
    if (!rng.chance(0.3 + 0.4 * ctx.richness)) continue;
    const start = rng.chance(0.5) ? period.start : dateWithin(rng, period.start, addDays(period.start, 180));
    const natural = addDays(start, rng.pick([365, 730]) - 1);
    const end = period.open || natural <= period.end ? natural : period.end;
    if (end < start) continue;
    const promise: CitizenPromise = {
      id: uniqueId(ctx, `medborgarlofte-${kommun.name}-${start.slice(0, 4)}`),
      municipality: kommun.code,
      title: `Medborgarlöfte för ${kommun.fullName} ${start.slice(0, 4)}`,
      period: { start, end },
      commitments: [],
    };
    for (let i = rng.int(2, 3); i > 0; i--) promise.commitments!.push(commitment(ctx, promise));
    ctx.promises.push(promise);
  }
}

// Grows the document by one realistic item; returns the bytes added (an estimate: +1 for a comma).
export function grow(ctx: Ctx): number {
  const { rng } = ctx;
  const size = (value: unknown) => documentBytes(value) + 1;
  const op = rng.weighted([["activity", 40], ["commitment", ctx.promises.length ? 12 : 0], ["goal", 10], ["responsibility", 10], ["member", 5], ["followUp", 6], ["forum", 6], ["contact", 5]] as const);
  switch (op) {
    case "activity": {
      const plan = rng.pick(ctx.plans);
      const item = activity(ctx, plan);
      plan.activities!.push(item);
      return size(item);
    }
    case "commitment": {
      const promise = rng.pick(ctx.promises);
      const item = commitment(ctx, promise);
      promise.commitments!.push(item);
      return size(item);
    }
    case "goal": {
      const item = goal(ctx);
      ctx.goals.push(item);
      return size(item);
    }
    case "responsibility": {
      const target = rng.pick(ctx.forums);
      const text = paragraph(rng, ctx.place, 1, 3);
      (target.responsibilities ??= []).push(text);
      return size(text);
    }
    case "member": {
      const target = rng.pick(ctx.forums);
      const member = { role: "other" as const, name: `${personName(rng)}, ${rng.pick(["fältassistent", "kurator", "polisassistent", "trygghetssamordnare", "ungdomscoach"])}` };
      (target.members ??= []).push(member);
      return size(member);
    }
    case "followUp": {
      const item = followUp(ctx);
      ctx.followUps.push(item);
      return size(item);
    }
    case "forum": {
      const item = forum(ctx, rng.pick(FORUM_KINDS), rng.pick(ctx.kommuner));
      ctx.forums.push(item);
      return size(item);
    }
    case "contact": {
      const target = rng.pick(ctx.contacts);
      const text = paragraph(rng, ctx.place, 1, 2);
      (target.responsibilities ??= []).push(text);
      return size(text);
    }
  }
}

