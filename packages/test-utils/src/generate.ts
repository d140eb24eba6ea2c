import type {
  Actor,
  ActorSide,
  Agreement,
  Cadence,
  Commitment,
  Decision,
  Deliverable,
  DocumentReference,
  FocusArea,
  FollowUp,
  Forum,
  MunicipalityParty,
  PoliceParty,
  Role,
  Signatory,
  ValidityEnd,
  ValidityStart,
} from "@samverkan/core";
import { kommuner, type Kommun } from "@samverkan/kommuner";
import { mulberry32 } from "./random.js";

// Every text below is taken from the example documents (examples/agreements/*.json and
// examples/corpus/*.json), so that generated agreements read like real ones.

const FORUMS: readonly (readonly [name: string, kind: Forum["kind"]])[] = [
  ["Lokal samverkansgrupp", "working_group"],
  ["Rådet för trygghet och hälsa (RTH)", "council"],
  ["Strategiska styrgruppen för brottsförebyggande och trygghetsskapande arbete", "steering_group"],
  ["Beredningsgruppen", "working_group"],
  ["Lokalt brottsförebyggande råd (Lokala Brå)", "local_bra"],
  ["Lägesbildsgruppen", "est"],
  ["Effektiv samordning för trygghet (EST)", "est"],
  ["Central strategisk samverkansgrupp", "steering_group"],
  ["Kunskaps- och analysteam", "custom"],
  ["LÖK – nätverket", "custom"],
  ["PSS-gruppen", "sspf"],
  ["samverkansgruppen Nyrekrytering", "working_group"],
  ["Lokala Brå", "local_bra"],
];

const FOCUS_AREAS: readonly (readonly [title: string, kind: FocusArea["kind"]])[] = [
  ["Trygghetsskapande åtgärder", "safety_measures"],
  ["Mängdbrott", "volume_crime"],
  ["Ungdomar och droger", "youth_and_drugs"],
  ["Avhopparverksamhet", "defector_programme"],
  ["Samhällsutvecklingen i övrigt", "societal_development"],
  ["Brott mot särskilt utsatta", "crimes_against_vulnerable"],
  ["SSPF (skola, socialtjänst, polis och fritid)", "sspf"],
  ["SIG (social insatsgrupp)", "sig"],
  ["BOB (barn och unga i organiserad brottslighet)", "bob"],
  ["Öka tillgänglighet och trygghet i den offentliga miljön", "public_space_safety"],
  ["Kriminell ekonomi och välfärdsbrott", "criminal_economy"],
  ["Knutpunkten/stadskärnan", "custom"],
  ["Våld och droghantering som skapar otrygga platser", "custom"],
  ["Nyrekrytering", "custom"],
];

const COMMITMENTS: Readonly<Record<ActorSide, readonly string[]>> = {
  police: [
    "Polisen åtar att utse en ansvarig kontaktperson som har till uppgift att svara upp, och driva samverkan mot varje kommun.",
    "Polisen lovar att göra minst 4 trafikkontroller i månaden på infarterna till centralorten.",
    "Polisen lovar att fotpatrullera i centrum fredags- och lördagskvällar under marknadshelgerna.",
    "Kommunpolisen ska fungera som en kontaktyta till kommunen och vara den som uppmärksammar potentiella ärenden.",
    "Polisens uppgift avser främst att bistå med kompetens och förmåga gällande riskbedömningar och skyddsåtgärder.",
    "Polisen ska fortsätta arbeta för effektiv kameraövervakning.",
    "Riktade insatser i och omkring centrum i syfte att förebygga och utreda narkotikabrott.",
    "Polisiär fotpatrullering på publika platser såsom skolor och ungdomsgården ska genomföras minst en (1) gång per vecka.",
    "Polisen ska genomföra särskilt riktade insatser mot droger och ungdomar i riskzon.",
    "Polisen ska under medborgarlöftets löptid ha kontakter med fritidsgårdarna i kommunen.",
    "Polisen ska starta upp flera grannsamverkanområden efter önskemål.",
    "Polisen ska arbeta aktivt med närvaro i området",
    "Polis ska samverka för att stödja och utveckla nattvandringar",
    "Trafikinsatser med fokus på trafiksäkerhet",
  ],
  municipality: [
    "Kommunen lovar att erbjuda utbildning i ansvarsfull alkoholservering inför marknadshelgerna.",
    "Kommunen lovar att samordna och utbilda nattvandrare.",
    "Kommunen ansvarar även för framtagande av förslag till samverkansöverenskommelse, uppföljning och eventuell revidering.",
    "Även kommunens tillsynsbesök vid utskänkning och försäljning av alkohol och tobak utgör en viktig insats i detta arbete.",
    "Kommunen åtar sig att utbilda lärare, elever och vårdnadshavare i narkotikans skadeverkningar",
    "Kommunen ska skapa förutsättningar för en trygg och drogfri miljö tillsammans med föräldrar för barn och unga genom att förstärka det förebyggande arbetet",
    "Personal från socialtjänsten och Citygruppen ska nattvandra under riskhelger i centrum och dess närhet.",
    "Kommunens socialtjänst har en avgörande roll i att hjälpa personer som vill lämna den destruktiva miljön.",
  ],
  joint: [
    "Polisen och kommunen lovar att tillsammans hålla medborgarmöten om trygghet.",
    "Polisen och kommunen lovar att tillsammans med medborgarna genomföra trygghetsvandringar.",
    "Parterna ska samverka för att motverka kriminell ekonomi och välfärdsbrott inom kommunal verksamhet.",
    "Parterna ska samverka för att möjliggöra avhopparverksamhet för barn och vuxna i kommunen.",
    "Kommun och polis ska följa samhällsutvecklingen och motarbeta även nya oförutsedda problem som uppstår.",
    "Polis och kommun ska samverka och finnas närvarande vid minst två (2) ”riskkvällar” per år.",
    "Kommun och polis kommer att verka för att etablera och utveckla konceptet grannsamverkan i kommunen.",
    "Genomföra minst fyra (4) riktade insatser i kommunen per år för att förebygga och minska narkotikamissbruk bland ungdomar såväl som vuxna.",
    "Kommun och polis ska samverka via PSS-gruppen (polis, skola och socialtjänst).",
    "Förbättra dialogen med fastighetsägare om förebyggande insatser.",
    "Genomföra medborgardialoger med olika målgrupper.",
    "Förstärka den lokala samordningen av konkreta insatser.",
    "Kommun och polis ska varje år göra minst en gemensam tillsyn av de som bedriver handel med tobak och alkohol.",
    "Kommun och polis ska varje år göra minst en gemensam antilangningskampanj.",
  ],
  actor: [
    "Städning i och omkring centrum fem dagar i veckan och att ta bort klotter inom 24 timmar.",
  ],
};

// Commitments whose text names no side: the render groups them under "Övriga åtaganden".
const UNASSIGNED = [
  "Närvaro eftersträvas på platser som kan beskrivas som \"hotspots\".",
  "Samverkan bör ske på bred front för att nå framgång i avhopparärenden, och arbetet måste vara långsiktigt och uthålligt.",
];

const ACTORS: readonly Actor[] = [
  { id: "fastighetsagare", kind: "property_owner", name: "Fastighetsägare" },
  { id: "nattvandrare", kind: "association", name: "Nattvandrare" },
  { id: "raddningstjansten", kind: "rescue_service", name: "Räddningstjänsten" },
];

const FOLLOW_UPS: readonly (readonly [subject: string, kind: FollowUp["kind"]])[] = [
  ["Arbetet i de lokala samverkansgrupperna", "follow_up"],
  ["Återrapportering till polis- och kommunledning", "leadership_report"],
  ["Gemensamt planerade aktiviteter", "follow_up"],
  ["Gemensamma lägesbilder", "situational_picture"],
  ["Lägesbild och åtgärdsplan", "situational_picture"],
  ["Samverkansöverenskommelsen i sin helhet", "follow_up"],
  ["Trygghetsmätningen", "safety_survey"],
  ["Gemensamt planerade åtgärder", "follow_up"],
  ["Arbetet med medborgarlöften", "follow_up"],
];

const DELIVERABLES: readonly (readonly [text: string, kind: Deliverable["kind"]])[] = [
  ["Polisen och kommunen åtar sig att ta fram en fördjupad lägesbild, (en baslinje) som ska ligga till grund för val av åtgärder och uppföljning av arbetet.", "situational_picture"],
  ["Polisen och kommunen åtar sig att skapa en gemensam kommunikationsplan för samverkansöverenskommelsen.", "communication_plan"],
  ["En gemensam generell kommunikationsplan för den vardagliga kommunikationen ska utarbetas", "communication_plan"],
  ["För att nå de övergripande målen ska prioriteringen i överenskommelsen konkretiseras i en handlingsplan som upprättas i varje kommun", "plan"],
  ["Polisen och kommunen åtar sig att ta fram ett antal gemensamma och separata mål kopplat till fokusområdena, där några bryts ned till handlingsplanen.", "goals"],
];

const NAMES = [
  "Pia Almström",
  "Patrik Ahrlin",
  "Camilla Palm",
  "Fredrik Liljeroos",
  "Veronica Gustafsson",
  "Patric Åberg",
  "Niklas Årcén",
  "Merete Tillman",
  "Mats Lagerblad",
  "Mattias Skarp",
  "Fredrik Lennartsson",
  "Lisa Pedersen",
  "Kristoffer Hjelm",
  "Sven Tornberg",
  "Lars Öberg",
  "Anna-Karin Hasselborg",
  "Hans Björner",
  "Andreas Dahlbom",
  "Robert Möörk",
  "Viveca Lundahl",
  "Johan Lundberg",
  "Ted Bäck",
  "Leif Pettersson",
  "Thomas Hellgren",
  "Petra Hinterthaner",
  "Lars Vestermark",
  "Lennart Gustavsson",
  "Douglas Almqvist",
  "Mattias Andersson",
  "Ulf Ericsson",
  "Liselotte Fröjd",
  "Jens Börretzen",
  "Mats Cronhag",
  "Lars-Gunnar Björnqvist",
  "Jan Bohman (S)",
  "Joakim Storck (C)",
  "Kent Larsson (M)",
];

const POLICE_TITLES: readonly (readonly [title: string | undefined, role: Role])[] = [
  ["Lokalpolisområdeschef", "local_police_area_chief"],
  ["lokalpolisområdeschef", "local_police_area_chief"],
  ["Kommunpolis", "community_police_officer"],
  ["t.f. lokalpolisområdeschef", "local_police_area_chief"],
  ["regionpolischef", "regional_police_chief"],
  ["polisområdeschefen", "police_area_chief"],
  [undefined, "local_police_area_chief"],
];

const MUNICIPAL_TITLES: readonly (readonly [title: string | undefined, role: Role])[] = [
  ["Kommunstyrelsens ordförande", "municipal_board_chair"],
  ["kommunstyrelsens ordförande", "municipal_board_chair"],
  ["Kommundirektör", "municipal_director"],
  ["kommunalråd", "municipal_commissioner"],
  ["Säkerhetschef", "security_manager"],
  ["vice ordförande för kommunstyrelsen", "deputy_municipal_board_chair"],
  ["kommunchef", "municipal_director"],
  [undefined, "municipal_board_chair"],
];

/** A seeded pseudo-random source (mulberry32): the same seed gives the same sequence. */
function random(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  /** `n` distinct items, in random order. */
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, some };
}

type Random = ReturnType<typeof random>;

const two = (n: number): string => String(n).padStart(2, "0");

function randomDate(r: Random, year: number): string {
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  return `${year}-${two(month)}-${two(day)}`;
}

/** The kommun as texts write it: "Kävlinge kommun", "Arjeplogs kommun", "Malmö stad". */
function kommunName(k: Kommun): string {
  if (k.name === "Malmö" || k.name === "Stockholm" || k.name === "Göteborg") return `${k.name} stad`;
  return /[aeiouyåäösxz]$/iu.test(k.name) ? `${k.name} kommun` : `${k.name}s kommun`;
}

/** Every cadence kind, with its variants (a weekday, "minst", an anchor in the year). */
function randomCadence(r: Random): Cadence {
  const atLeast = r.chance(0.2) ? { atLeast: true } : {};
  const kind = r.int(0, 11);
  switch (kind) {
    case 0:
      return r.chance(0.3) ? { type: "weekly", weekday: r.int(1, 5), ...atLeast } : { type: "weekly", ...atLeast };
    case 1:
      return { type: "every_n_weeks", weeks: r.pick([2, 2, 3, 4, 6]), ...atLeast };
    case 2:
      return { type: "monthly", ...atLeast };
    case 3:
      return { type: "quarterly", ...atLeast };
    case 4:
      return { type: "tertial", ...atLeast };
    case 5:
      return { type: "half_yearly", ...atLeast };
    case 6:
      return r.chance(0.3)
        ? { type: "yearly", anchor: r.chance(0.5) ? { type: "season", season: r.pick(["spring", "autumn"] as const) } : { type: "month", month: r.int(1, 12) } }
        : { type: "yearly", ...atLeast };
    case 7:
      return { type: "every_n_years", years: r.pick([2, 3, 4]) };
    case 8:
      return { type: "per_mandate_period", ...atLeast };
    case 9:
      return { type: "before_end" };
    case 10:
      return { type: "when_needed" };
    default:
      return { type: "continuous" };
  }
}

function randomValidity(r: Random, base: number): { start: ValidityStart; end: ValidityEnd; firstYear: number; lastYear: number | undefined } {
  const startKind = r.pick(["year", "year", "date", "date", "from_signing", "unknown"] as const);
  const start: ValidityStart =
    startKind === "year"
      ? { type: "year", year: base }
      : startKind === "date"
        ? { type: "date", date: r.chance(0.5) ? `${base}-01-01` : randomDate(r, base) }
        : { type: startKind };
  const years = r.int(0, 4);
  const endKind = r.pick(["year", "year", "date", "date", "open_ended", "duration", "unknown"] as const);
  const end: ValidityEnd =
    endKind === "year"
      ? { type: "year", year: base + Math.max(years, 1) }
      : endKind === "date"
        ? { type: "date", date: r.chance(0.5) ? `${base + Math.max(years, 1)}-12-31` : randomDate(r, base + Math.max(years, 1)) }
        : endKind === "duration"
          ? r.chance(0.6)
            ? { type: "duration", years: r.int(1, 4) }
            : { type: "duration", months: r.pick([6, 18, 24, 30, 36]) }
          : { type: endKind };
  const lastYear = end.type === "year" ? end.year : end.type === "date" ? Number(end.date.slice(0, 4)) : undefined;
  return { start, end, firstYear: base, lastYear };
}

/** The years of the validity for the title, as agreements write them ("2019-2022"), where both are known. */
function titleYears(start: ValidityStart, end: ValidityEnd): string | undefined {
  const s = start.type === "year" ? start.year : start.type === "date" ? Number(start.date.slice(0, 4)) : undefined;
  const e = end.type === "year" ? end.year : end.type === "date" ? Number(end.date.slice(0, 4)) : undefined;
  return s === undefined || e === undefined ? undefined : s === e ? String(s) : `${s}-${e}`;
}

function policeParty(r: Random, home: Kommun): { party: PoliceParty; written: string } {
  const area = home.name;
  const form = r.int(0, 4);
  const key = home.id.replace(/-\d{4}$/, "");
  if (form === 0) return { party: { id: "polisen", name: "Polismyndigheten", asWritten: `Lokalpolisområde ${area}`, level: "local_police_area" }, written: `Lokalpolisområde ${area}` };
  if (form === 1) return { party: { id: "polisen", name: "Polismyndigheten", asWritten: `lokalpolisområde ${area}`, level: "local_police_area" }, written: `lokalpolisområde ${area}` };
  if (form === 2) return { party: { id: "polisen", name: "Polismyndigheten", asWritten: `Polisområde ${area}`, level: "police_area", policeArea: `Polisområde ${area}` }, written: `Polisområde ${area}` };
  const asWritten = form === 3 ? `Lokalpolisområde ${area}` : `LPO ${area}`;
  return {
    party: {
      id: "polisen",
      name: "Polismyndigheten",
      level: "local_police_area",
      localPoliceArea: { asWritten, key, displayName: `Lokalpolisområde ${area}` },
    },
    written: asWritten,
  };
}

function generateOne(r: Random, index: number): Agreement {
  let ids = 0;
  const id = (base: string) => `${base}-${++ids}`;
  const homes = r.some(kommuner, r.int(1, 3));
  const home = homes[0]!;
  const municipalities: MunicipalityParty[] = homes.map((k) => (r.chance(0.85) ? { id: k.id, code: k.code, name: kommunName(k) } : { id: k.id, code: k.code }));
  const police = policeParty(r, home);
  const base = r.int(2014, 2026);
  const validity = randomValidity(r, base);
  const years = titleYears(validity.start, validity.end);
  const names = joinSv(homes.map(kommunName));
  const title = r.chance(0.7)
    ? `Samverkansöverenskommelse mellan ${police.written} och ${names}${years === undefined ? "" : ` ${years}`}`
    : `Samverkansöverenskommelse för ${names}${years === undefined ? "" : ` ${years}`}`;

  const texts = {
    police: r.some(COMMITMENTS.police, COMMITMENTS.police.length),
    municipality: r.some(COMMITMENTS.municipality, COMMITMENTS.municipality.length),
    joint: r.some(COMMITMENTS.joint, COMMITMENTS.joint.length),
    actor: r.some(COMMITMENTS.actor, COMMITMENTS.actor.length),
  };
  const unassigned = r.some(UNASSIGNED, UNASSIGNED.length);
  let actorUsed = false;
  const commitment = (): Commitment | undefined => {
    const by = r.pick(["police", "municipality", "joint", "actor", undefined] as const);
    if (by === undefined) {
      const text = unassigned.pop();
      return text === undefined ? undefined : { id: id("atagande"), text };
    }
    const text = texts[by].pop();
    if (text === undefined) return undefined;
    if (by === "actor") actorUsed = true;
    return {
      id: id("atagande"),
      by,
      text,
      ...(by === "actor" ? { actorIds: [r.pick(ACTORS).id] } : {}),
      ...(r.chance(0.15) ? { frequency: randomCadence(r) } : {}),
    };
  };
  const commitments = (n: number): Commitment[] => Array.from({ length: n }, commitment).filter((c): c is Commitment => c !== undefined);

  const forums: Forum[] = r.some(FORUMS, r.int(0, 3)).map(([name, kind]) => ({
    id: id("forum"),
    kind,
    name,
    ...(r.chance(0.65) ? { cadence: randomCadence(r) } : {}),
    ...(r.chance(0.3) ? { level: r.pick(["strategic", "operational"] as const) } : {}),
    ...(r.chance(0.2) ? { convenor: r.pick(["police", "municipality"] as const) } : {}),
  }));
  const focusAreas: FocusArea[] = r.some(FOCUS_AREAS, r.int(0, 4)).map(([title, kind]) => {
    const inArea = commitments(r.int(0, 3));
    return { id: id("omrade"), kind, title, ...(inArea.length > 0 ? { commitments: inArea } : {}) };
  });
  const topLevel = commitments(r.int(0, 3));
  const followUps: FollowUp[] = r.some(FOLLOW_UPS, r.int(0, 3)).map(([subject, kind]) => ({
    id: id("uppfoljning"),
    kind,
    subject,
    ...(r.chance(0.85) ? { cadence: randomCadence(r) } : {}),
    ...(r.chance(0.6) ? { responsibleSide: r.pick(["police", "municipality", "joint"] as const) } : {}),
  }));
  const deliverables: Deliverable[] = r.some(DELIVERABLES, r.int(0, 2)).map(([text, kind]) => ({ id: id("leverans"), kind, text }));

  const decisions: Decision[] = [];
  if (r.chance(0.5)) decisions.push({ kind: "adopted", body: r.pick(["Kommunstyrelsen", "Kommunfullmäktige", `Kommunstyrelsen i ${kommunName(home)}`]), partyId: home.id });
  if (r.chance(0.2)) decisions.push({ kind: "adopted", body: "Polisledningen och kommunledningen" });
  if (r.chance(0.15)) decisions.push({ kind: "adopted", body: `Lokalpolischef för lokalpolisområde ${home.name}`, partyId: "polisen" });

  const references: DocumentReference[] = [];
  if (r.chance(0.4)) references.push({ type: "diarienummer", value: `A${r.int(100, 999)}.${r.int(100, 999)}/${base - 1}`, partyId: "polisen" });
  if (r.chance(0.4)) references.push({ type: r.pick(["diarienummer", "case"] as const), value: `${r.pick(["KS", "KSN", "KS-AU"])}-${base - 1}-${r.int(10, 1999)}`, partyId: home.id });

  // Signed before the start (or, from signing, in the first year), never after the end.
  const signingYear = validity.start.type === "from_signing" || validity.start.type === "unknown" ? base : base - 1;
  const signingDay = `${signingYear}-${two(r.int(9, 12))}-${two(r.int(1, 28))}`;
  const place = r.pick(homes).name;
  const names2 = r.some(NAMES, 2 + homes.length * 2);
  const signature = (): Signatory["signature"] | undefined => {
    const form = r.int(0, 9);
    if (form <= 5) return { date: signingDay, place };
    if (form === 6) return { partialDate: { day: Number(signingDay.slice(8)) }, place };
    if (form === 7) return { partialDate: { year: signingYear, month: Number(signingDay.slice(5, 7)) }, place };
    if (form === 8) return { date: signingDay };
    return undefined;
  };
  const signatory = (partyId: string, [title, role]: readonly [string | undefined, Role]): Signatory => {
    const sig = signature();
    const name = names2.pop();
    return {
      id: id("undertecknare"),
      partyId,
      role,
      ...(title === undefined ? {} : { title }),
      ...(name === undefined || r.chance(0.05) ? {} : { name }),
      ...(sig === undefined ? {} : { signature: sig }),
    };
  };
  const signatories: Signatory[] = r.chance(0.85)
    ? [...homes.map((k) => signatory(k.id, r.pick(MUNICIPAL_TITLES))), signatory("polisen", r.pick(POLICE_TITLES))]
    : [];

  const agreement: Agreement = {
    schemaVersion: 2,
    type: "agreement",
    id: `genererad-${index + 1}`,
    title,
    structure: { type: "single" },
    parties: { police: police.party, municipalities },
    ...(actorUsed ? { actors: [...ACTORS] } : {}),
    validity: { start: validity.start, end: validity.end },
    ...(forums.length > 0 ? { forums } : {}),
    ...(focusAreas.length > 0 ? { focusAreas } : {}),
    ...(topLevel.length > 0 ? { commitments: topLevel } : {}),
    ...(deliverables.length > 0 ? { deliverables } : {}),
    ...(followUps.length > 0 ? { followUps } : {}),
    ...(signatories.length > 0 ? { signatories } : {}),
    ...(decisions.length > 0 ? { decisions } : {}),
    ...(references.length > 0 ? { references } : {}),
  };
  return agreement;
}

function joinSv(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} och ${words[words.length - 1]}`;
}

/**
 * `count` varied, valid samverkansöverenskommelser (schema version 2) from a seed: the same seed
 * gives the same documents. Each has 1–3 real kommuner (from the registry), the police side as
 * written (a lokalpolisområde, a polisområde, "LPO …"), a validity of every start and end form
 * (a year, a date, from signing, open-ended, a length, unknown), forums with and without a
 * cadence of every kind, focus areas with commitments of every side (and some without one),
 * top-level commitments, follow-ups with cadences, deliverables, decisions with bodies,
 * signatories with name, title, place and date (whole or partial), and diarienummer. Every text is
 * taken from the example documents.
 *
 * @param count - how many documents
 * @param seed - the seed of the pseudo-random sequence
 * @returns the documents, each a fresh object
 * @example
 * const docs = generateAgreements(10, 42);
 * docs[0]?.parties.municipalities.length; // 1, 2 or 3
 */
export function generateAgreements(count: number, seed: number): Agreement[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => generateOne(r, i));
}
