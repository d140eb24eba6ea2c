// The benchmark corpus: a seeded generator of realistic samverkansöverenskommelser, 5–50 KB each,
// valid ones and ones with 1–3 realistic defects (see defects.ts).
//
//   const corpus = generateAgreements({ seed: 1, valid: 1000, invalid: 1000 });
//
// Document `i` depends only on (seed, kind, i), so a smaller corpus is a prefix of a larger one.
import type { Agreement, Signatory } from "@samverkan/core";
import { addDays, dateWithin, isLeap, spoken, ymd } from "./dates.js";
import { addDefects, type Defect } from "./defects.js";
import {
  FOCUS_KINDS,
  FORUM_KINDS,
  citizenPromises,
  documentBytes,
  focusArea,
  followUp,
  forum,
  goal,
  grow,
  plans,
  uniqueId,
  type Ctx,
  type Kommun,
  type Period,
} from "./parts.js";
import { Random, mixSeed } from "./random.js";
import { KOMMUNKODER_BY_LAN, REGION_BY_LAN, kommunFullName, kommunName, paragraph, personName, slug } from "./swedish.js";

export { documentBytes } from "./parts.js";

/** Size bounds of a generated document, in UTF-8 bytes of its compact JSON text. */
export const MIN_BYTES = 5 * 1024;
export const MAX_BYTES = 50 * 1024;
// Targets stay inside the bounds with a margin: defects add or remove a few bytes.
const TARGET_MIN = 5.5 * 1024;
const TARGET_MAX = 46 * 1024;

// ---------------------------------------------------------------------------------------------
// A whole agreement.

/**
 * One valid agreement: 1–6 kommuner of one län, every part of the model in use, sized to a target
 * drawn log-uniformly from 5.5–46 KB. Valid means `validateAgreement` says `ok` (it may warn).
 *
 * @param seed - the document's seed
 * @returns the document, as plain data
 */
export function generateValidAgreement(seed: number): Agreement {
  const rng = new Random(seed);
  const target = Math.round(TARGET_MIN * Math.pow(TARGET_MAX / TARGET_MIN, rng.float()));
  const richness = Math.min(1, Math.max(0, (target - 5 * 1024) / (15 * 1024)));
  const ids = new Set<string>();

  // Parties: one LPO and 1–6 kommuner of one län.
  const lan = rng.pick([...KOMMUNKODER_BY_LAN.keys()]);
  const codes = KOMMUNKODER_BY_LAN.get(lan)!;
  const count = rng.weighted([[1, 55], [2, 15], [3, 12], [4, 8], [5, 5], [6, 5]] as const);
  const kommuner: Kommun[] = rng.sample(codes, count).map((code) => {
    const name = kommunName(code);
    return { code, name, fullName: kommunFullName(name), id: uniqueId({ ids }, name) };
  });
  const place = kommuner[0]!.name;
  const lpo = `Lokalpolisområde ${place}`;
  const policeId = uniqueId({ ids }, rng.chance(0.7) ? "polisen" : `lpo-${place}`);

  // Validity, in one of the shapes real agreements have.
  const y = rng.int(2016, 2026);
  const years = rng.int(2, 4);
  const shape = rng.weighted([["calendar", 45], ["offset", 10], ["years", 20], ["from_signing", 10], ["open", 15]] as const);
  let validity: Agreement["validity"];
  let period: Period;
  let signedOn: string;
  if (shape === "from_signing") {
    signedOn = dateWithin(rng, `${y}-01-15`, `${y}-11-30`);
    const end = `${y + years}-12-31`;
    validity = { start: { type: "from_signing" }, end: { type: "date", date: end }, asWritten: `från och med datum för underskrift till och med ${spoken(end)}` };
    period = { start: signedOn, end, open: false };
  } else {
    let start: string;
    let end: string;
    if (shape === "offset") {
      start = `${y}-03-01`;
      end = `${y + years}-02-${isLeap(y + years) ? 29 : 28}`;
    } else {
      start = shape === "open" && rng.chance(0.5) ? ymd(y, rng.int(2, 9), 1) : `${y}-01-01`;
      end = `${y + years - 1}-12-31`;
    }
    if (shape === "years") {
      validity = { start: { type: "year", year: y }, end: { type: "year", year: y + years - 1 }, asWritten: `under åren ${y}-${y + years - 1}` };
    } else if (shape === "open") {
      validity = {
        start: { type: "date", date: start },
        end: { type: "open_ended" },
        terms: {
          termination: { noticeMonths: rng.pick([3, 6, 12]), asWritten: "Överenskommelsen gäller tills vidare och kan sägas upp av endera parten." },
          ...(rng.chance(0.6) ? { revision: { everyYears: 3 } } : {}),
        },
        asWritten: `från och med ${spoken(start)} och tills vidare`,
      };
    } else {
      validity = { start: { type: "date", date: start }, end: { type: "date", date: end }, asWritten: `${spoken(start)} – ${spoken(end)}` };
    }
    period = { start, end: shape === "open" ? addDays(start, 4 * 365) : end, open: shape === "open" };
    // Most agreements are signed shortly before they start; some after (retroactive, an info).
    signedOn = rng.chance(0.75) ? addDays(start, -rng.int(5, 60)) : addDays(start, rng.int(5, 45));
  }

  const ctx: Ctx = { rng, richness, ids, kommuner, place, period, policeId, forums: [], focusAreas: [], goals: [], plans: [], promises: [], followUps: [], contacts: [] };

  const structureKind = kommuner.length > 1 && rng.chance(0.15) ? "strategic" : kommuner.length === 1 && rng.chance(0.1) ? "local" : rng.chance(0.12) ? "framework" : "single";
  const structure: Agreement["structure"] =
    structureKind === "local" ? { type: "local", strategicId: `del-1-${slug(place)}-${y}`, municipality: kommuner[0]!.code } : { type: structureKind };

  // Forums: a Lokala Brå almost always, then 1–4 more; in joint agreements some per kommun.
  const forumSpecs = [FORUM_KINDS[0]!, ...rng.sample(FORUM_KINDS.slice(1), rng.int(0, 1 + Math.round(3 * richness)))];
  for (const spec of forumSpecs) ctx.forums.push(forum(ctx, spec, kommuner.length > 1 && rng.chance(0.3) ? rng.pick(kommuner) : undefined));
  for (const [kind, title] of rng.sample(FOCUS_KINDS, rng.int(2, 3 + Math.round(3 * richness)))) ctx.focusAreas.push(focusArea(ctx, kind, title));
  for (let i = rng.int(1, 1 + Math.round(2 * richness)); i > 0; i--) ctx.goals.push(goal(ctx));
  plans(ctx, structureKind === "framework");
  if (rng.chance(0.4 + 0.4 * richness)) citizenPromises(ctx);
  for (let i = rng.int(1, 1 + Math.round(2 * richness)); i > 0; i--) ctx.followUps.push(followUp(ctx));

  // Contacts: the kommunpolis for every kommun, and a samordnare or säkerhetschef per kommun.
  ctx.contacts.push({
    id: uniqueId(ctx, "kommunpolis"),
    role: "community_police_officer",
    partyId: policeId,
    title: "Kommunpolis",
    name: personName(rng),
    municipalities: kommuner.map((k) => k.code),
    responsibilities: [paragraph(rng, place, 1, 2)],
  });
  for (const k of kommuner) {
    const security = rng.chance(0.5);
    ctx.contacts.push({ id: uniqueId(ctx, `${security ? "sakerhetschef" : "samordnare"}-${k.name}`), role: security ? "security_manager" : "coordinator", partyId: k.id, title: security ? "Säkerhetschef" : "Brå-samordnare", name: personName(rng), municipalities: [k.code] });
  }

  // Signatories: the LPO-chef and one politician per kommun, each with a date and place.
  const signature = (where: string, on: string) => ({ date: on, place: where });
  const near = () => (shape === "from_signing" ? addDays(signedOn, -rng.int(0, 20)) : addDays(signedOn, rng.int(-7, 7)));
  const acting = rng.chance(0.15);
  const signatories: Signatory[] = [
    { id: uniqueId(ctx, "lpo-chef"), partyId: policeId, role: acting ? "deputy_local_police_area_chief" : "local_police_area_chief", ...(acting ? { acting: true } : {}), title: acting ? "T.f. lokalpolisområdeschef" : "Lokalpolisområdeschef", name: personName(rng), signature: signature(place, shape === "from_signing" ? signedOn : near()) },
    ...kommuner.map((k): Signatory => ({ id: uniqueId(ctx, `kso-${k.name}`), partyId: k.id, role: rng.chance(0.8) ? "municipal_board_chair" : "municipal_commissioner", title: "Kommunstyrelsens ordförande", name: personName(rng), municipality: k.code, signature: signature(k.name, near()) })),
  ];

  const agreement: Agreement = {
    schemaVersion: 2,
    type: "agreement",
    id: uniqueId(ctx, `${kommuner.length > 1 ? `${place}-med-flera` : place}-${validity.asWritten?.match(/\d{4}/)?.[0] ?? y}`),
    title: `${structureKind === "strategic" ? "Samverkansöverenskommelse del 1" : structureKind === "local" ? "Samverkansöverenskommelse del 2" : "Samverkansöverenskommelse"} mellan ${lpo} och ${kommuner.map((k) => k.fullName).join(", ")}${shape === "open" ? "" : ` ${y}–${period.end.slice(0, 4)}`}`,
    structure,
    parties: {
      police: { id: policeId, name: "Polismyndigheten", region: REGION_BY_LAN[lan]!, localPoliceArea: { asWritten: rng.chance(0.5) ? lpo : `${kommunFullName(place).replace(" kommun", "")} lokalpolisområde`, key: slug(place), displayName: lpo } },
      municipalities: kommuner.map((k) => ({ id: k.id, code: k.code, name: k.fullName })),
    },
    validity,
    purpose: paragraph(rng, place, 1, 2 + Math.round(3 * richness)),
    goals: ctx.goals,
    forums: ctx.forums,
    focusAreas: ctx.focusAreas,
    plans: ctx.plans,
    ...(ctx.promises.length ? { citizenPromises: ctx.promises } : {}),
    ...(rng.chance(0.4) ? { citizenPromiseCycle: { cadence: { type: "yearly" }, lead: "police", basis: "Medborgarlöftena bygger på den gemensamma lägesbilden och medborgardialoger." } } : {}),
    followUps: ctx.followUps,
    contacts: ctx.contacts,
    signatories,
    communication: { jointPlan: true, specialPlansWhenNeeded: rng.chance(0.5), summary: "En gemensam kommunikationsplan tas fram. Vid behov upprättas särskilda kommunikationsplaner." },
    budget: { principle: "own_costs", text: "Respektive organisation bekostar sina resurser." },
    decisions: [{ kind: "adopted", partyId: policeId, body: "Lokalpolisområdeschefen" }, ...kommuner.map((k) => ({ kind: "adopted" as const, partyId: k.id, body: "Kommunstyrelsen" }))],
    references: [{ type: "diarienummer", value: `A${rng.int(100, 999)}.${rng.int(100, 999)}/${y}`, partyId: policeId }, ...kommuner.slice(0, 1).map((k) => ({ type: "diarienummer" as const, value: `KS ${y}/${rng.int(10, 999)}`, partyId: k.id }))],
    provenance: { illustrative: true, source: "bench/generate.ts", note: "Genererad för prestandamätning; inte en verklig överenskommelse." },
  };

  // Grow to the target size; the estimate is checked against the real size now and then.
  let bytes = documentBytes(agreement);
  while (bytes < target) {
    let estimate = bytes;
    while (estimate < target) estimate += grow(ctx);
    bytes = documentBytes(agreement);
  }
  return agreement;
}

/** The corpus the benchmark validates. `defects[i]` lists what is wrong with `invalid[i]`. */
export interface Corpus {
  readonly seed: number;
  readonly valid: readonly Agreement[];
  readonly invalid: readonly unknown[];
  readonly defects: readonly (readonly Defect[])[];
}

const VALID = 1;
const INVALID = 2;

/**
 * Makes the benchmark corpus: `valid` valid agreements and `invalid` agreements with 1–3
 * realistic defects each, structural and semantic mixed.
 *
 * @example
 * const { valid, invalid, defects } = generateAgreements({ seed: 1, valid: 1000, invalid: 1000 });
 */
export function generateAgreements(options: { seed: number; valid: number; invalid: number }): Corpus {
  const { seed } = options;
  const valid = Array.from({ length: options.valid }, (_, i) => generateValidAgreement(mixSeed(seed, VALID, i)));
  const invalid: unknown[] = [];
  const defects: Defect[][] = [];
  for (let i = 0; i < options.invalid; i++) {
    const docSeed = mixSeed(seed, INVALID, i);
    const doc = generateValidAgreement(docSeed);
    defects.push(addDefects(doc, new Random(mixSeed(docSeed, 0xdefec7))));
    invalid.push(doc);
  }
  return { seed, valid, invalid, defects };
}

export type { Defect } from "./defects.js";
