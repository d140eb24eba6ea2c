/**
 * Every word the renderer writes itself, in Swedish and English, in one place: headings, labels,
 * the names of the model's kinds, and the phrases for dates, cadences and validity. The text the
 * document holds is never translated; only these words around it change with `lang`.
 */
import type {
  ActorKind,
  ActorSide,
  Cadence,
  CadenceAnchor,
  DecisionKind,
  DeliverableKind,
  Due,
  FocusAreaKind,
  FollowUpKind,
  ForumKind,
  ForumLevel,
  LocalContent,
  Modality,
  Outcome,
  PlanKind,
  Role,
  Side,
  SituationalPictureSection,
  AnnexKind,
  ValidityEnd,
  ValidityStart,
} from "@samverkan/core";
import { match } from "ts-pattern";
import { capitalize, cardinal, civilDate, joinWords, monthName, ordinal, partialDate, partialParts, weekdayName, type Lang } from "./prose.js";

/** The headings of the sections, in the order real agreements use them. */
export interface SectionLabels {
  readonly background: string;
  readonly purpose: string;
  readonly problemPicture: string;
  readonly guidingDocuments: string;
  readonly parties: string;
  readonly actors: string;
  readonly validity: string;
  readonly changes: string;
  readonly forums: string;
  readonly contacts: string;
  readonly focusAreas: string;
  readonly commitments: string;
  readonly plans: string;
  readonly citizenPromises: string;
  readonly followUps: string;
  readonly deliverables: string;
  readonly law: string;
  readonly communication: string;
  readonly budget: string;
  readonly confidentiality: string;
  readonly otherClauses: string;
  readonly annexes: string;
  readonly decisions: string;
  readonly signatures: string;
  readonly basis: string;
  readonly themes: string;
  readonly promises: string;
  readonly results: string;
  readonly goals: string;
}

/** The words of one language. */
export interface Catalogue {
  readonly lang: Lang;
  readonly agreement: string;
  readonly agreementSet: string;
  readonly citizenPromise: string;
  readonly citizenPromiseFor: (names: string) => string;
  readonly section: SectionLabels;
  /** "Label: value" labels. */
  readonly label: {
    readonly diarienummer: string;
    readonly caseNumber: string;
    readonly reference: string;
    readonly otherTitles: string;
    readonly name: string;
    readonly nameClarification: string;
    readonly placeAndDate: string;
    readonly signature: string;
    readonly forPart: (party: string) => string;
    readonly kind: string;
    readonly forumKind: string;
    readonly focusAreaKind: string;
    readonly level: string;
    readonly municipality: string;
    readonly municipalities: string;
    readonly convenor: string;
    readonly members: string;
    readonly responsibilities: string;
    readonly focusAreas: string;
    readonly forums: string;
    readonly actors: string;
    readonly participants: string;
    readonly responsible: string;
    readonly responsibleRoles: string;
    readonly cadence: string;
    readonly due: string;
    readonly method: string;
    readonly basis: string;
    readonly requiredContent: string;
    readonly feeds: string;
    readonly quantity: string;
    readonly condition: string;
    readonly scope: string;
    readonly units: string;
    readonly period: string;
    readonly revision: string;
    readonly party: string;
    readonly replaces: string;
    readonly replacedBy: string;
    readonly annex: string;
    readonly situationalPicture: string;
    readonly sections: string;
    readonly actionPlan: string;
    readonly coordinationFunction: string;
    readonly tasks: string;
    readonly complements: string;
    readonly localContent: string;
    readonly extension: string;
    readonly wholePromise: string;
  };
  /** Column headings of the tables. */
  readonly column: {
    readonly activity: string;
    readonly responsible: string;
    readonly due: string;
    readonly cadence: string;
    readonly commitment: string;
    readonly period: string;
    readonly outcome: string;
    readonly achieved: string;
    readonly reportedBy: string;
    readonly comment: string;
    readonly activitiesCaption: (plan: string) => string;
    readonly resultsCaption: string;
  };
  readonly blankLine: string;
  readonly structure: {
    readonly strategic: string;
    readonly local: (municipality: string) => string;
    readonly framework: string;
  };
  readonly localContent: (content: LocalContent) => string;
  readonly role: (role: Role, acting: boolean) => string;
  readonly side: (side: ActorSide) => string;
  readonly committer: (by: ActorSide | undefined, actors: readonly string[]) => string;
  readonly forumKind: (kind: ForumKind) => string;
  readonly forumLevel: (level: ForumLevel) => string;
  readonly forumMeets: (name: string, cadence: string) => string;
  readonly forumModality: (modality: Modality) => string | undefined;
  readonly mutualRepresentation: string;
  readonly focusAreaKind: (kind: FocusAreaKind) => string | undefined;
  readonly actorKind: (kind: ActorKind) => string;
  readonly followUpKind: (kind: FollowUpKind) => string;
  readonly requiredContent: (content: "analysis" | "recommendations" | "results") => string;
  readonly feeds: (feed: { readonly type: "plan_revision"; readonly plan: string } | { readonly type: "agreement_revision" | "citizen_promises" }) => string;
  readonly deliverableKind: (kind: DeliverableKind) => string;
  readonly planKind: (kind: PlanKind) => string;
  readonly decision: (kind: DecisionKind, body: string | undefined) => string;
  readonly annexKind: (kind: AnnexKind) => string;
  readonly outcome: (outcome: Outcome) => string;
  readonly situationalSection: (section: SituationalPictureSection) => string;
  readonly coordinationTask: (task: "contact_point" | "coordination" | "inform_inhabitants") => string;
  readonly cadence: (cadence: Cadence) => string;
  readonly due: (due: Due) => string;
  readonly decisionDate: (date: string) => string;
  readonly quantity: (q: { readonly count: number; readonly unit: string; readonly atLeast?: boolean | undefined; readonly atMost?: boolean | undefined; readonly approximate?: boolean | undefined }) => string;
  readonly validity: (start: ValidityStart, end: ValidityEnd) => string | undefined;
  readonly promisePeriod: (start: string, end: string | undefined, untilReplaced: boolean) => string;
  readonly promiseExtension: (end: string, decidedOn: string | undefined) => string;
  readonly termination: (mutual: boolean, noticeMonths: number | undefined) => string | undefined;
  readonly extension: (stepYears: number | undefined, consultationMonthsBefore: number | undefined, automatic: boolean) => string | undefined;
  readonly revision: (everyYears: number | undefined, whenNeeded: boolean) => string | undefined;
  readonly changeExtension: (date: string | undefined, end: string) => string;
  readonly changeTermination: (date: string | undefined, effective: string) => string;
  readonly changeAmendment: (date: string | undefined, summary: string | undefined) => string;
  readonly periodRange: (start: string | undefined, end: string | undefined) => string;
  readonly civilRange: (start: string, end: string) => string;
  readonly promiseCycle: {
    readonly cadence: (cadence: string) => string;
    readonly lead: (side: Side) => string;
  };
  readonly communication: { readonly jointPlan: string; readonly specialPlans: string };
  readonly budget: (principle: "own_costs" | "shared" | "other") => string | undefined;
  readonly signedOn: (date: string) => string;
  readonly partialSignature: (parts: { readonly year?: number | undefined; readonly month?: number | undefined; readonly day?: number | undefined }) => string;
  readonly situationalPictureDone: (date: string) => string;
  readonly actionPlanDecided: (body: string, date: string) => string;
  readonly guidingDocument: (title: string, issuer: string | undefined, year: number | undefined) => string;
}

/** The first letter in lower case, for a title used inside a sentence ("Åtgärdsplan" → "åtgärdsplan"). */
const lowerFirst = (text: string): string => (text.length === 0 ? text : text.charAt(0).toLocaleLowerCase("sv") + text.slice(1));

const BLANK = "______________________________";
const SHORT_BLANK = "________";

/** "under 2016", "i juni 2017", "den 1 april 2018": a partial date as the time of something. */
function svWhen(value: string): string {
  const p = partialParts(value);
  return p.precision === "year" ? `under ${value}` : p.precision === "month" ? `i ${partialDate(value, "sv")}` : `den ${partialDate(value, "sv")}`;
}

function enWhen(value: string): string {
  const p = partialParts(value);
  return p.precision === "day" ? `on ${partialDate(value, "en")}` : `in ${partialDate(value, "en")}`;
}

const svAnchor = (anchor: CadenceAnchor): string =>
  match(anchor)
    .with({ type: "month" }, (a) => `i ${monthName(a.month, "sv")}`)
    .with({ type: "season" }, (a) =>
      match(a.season)
        .with("spring", () => "på våren")
        .with("summer", () => "på sommaren")
        .with("autumn", () => "på hösten")
        .with("winter", () => "på vintern")
        .exhaustive(),
    )
    .with({ type: "annual_report" }, (a) =>
      match(a.of)
        .with("municipal_accounts", () => "i samband med kommunens årsredovisning")
        .with("crime_prevention_work", () => "i samband med årsredovisningen av det brottsförebyggande och trygghetsskapande arbetet")
        .with(undefined, () => "i samband med årsredovisningen")
        .exhaustive(),
    )
    .exhaustive();

const enAnchor = (anchor: CadenceAnchor): string =>
  match(anchor)
    .with({ type: "month" }, (a) => `in ${monthName(a.month, "en")}`)
    .with({ type: "season" }, (a) =>
      match(a.season)
        .with("spring", () => "in the spring")
        .with("summer", () => "in the summer")
        .with("autumn", () => "in the autumn")
        .with("winter", () => "in the winter")
        .exhaustive(),
    )
    .with({ type: "annual_report" }, (a) =>
      match(a.of)
        .with("municipal_accounts", () => "with the municipality's annual report")
        .with("crime_prevention_work", () => "with the annual report on the crime-prevention and safety work")
        .with(undefined, () => "with the annual report")
        .exhaustive(),
    )
    .exhaustive();

const svSeasonEvery = { spring: "varje vår", summer: "varje sommar", autumn: "varje höst", winter: "varje vinter" } as const;
const enSeasonEvery = { spring: "every spring", summer: "every summer", autumn: "every autumn", winter: "every winter" } as const;

function svCadence(c: Cadence): string {
  const least = c.atLeast === true;
  // A yearly duty anchored in a season is said "varje höst".
  if (c.type === "yearly" && c.anchor?.type === "season") {
    const every = svSeasonEvery[c.anchor.season];
    return least ? `minst en gång ${every}` : every;
  }
  const base = match(c)
    .with({ type: "weekly" }, (w) =>
      w.weekday === undefined ? (least ? "minst en gång i veckan" : "varje vecka") : `${least ? "minst " : ""}varje ${weekdayName(w.weekday, "sv")}`,
    )
    .with({ type: "every_n_weeks" }, (w) => {
      const every = w.weeks === 2 ? "varannan" : `var ${ordinal(w.weeks, "sv")}`;
      const unit = w.weekday === undefined ? "vecka" : weekdayName(w.weekday, "sv");
      return least ? `minst en gång ${every} ${unit}` : `${every} ${unit}`;
    })
    .with({ type: "monthly" }, () => (least ? "minst en gång i månaden" : "varje månad"))
    .with({ type: "quarterly" }, () => (least ? "minst en gång per kvartal" : "en gång per kvartal"))
    .with({ type: "tertial" }, () => (least ? "minst en gång per tertial" : "en gång per tertial"))
    .with({ type: "half_yearly" }, () => (least ? "minst en gång per halvår" : "varje halvår"))
    .with({ type: "yearly" }, () => (least ? "minst en gång per år" : "varje år"))
    .with({ type: "every_n_years" }, (y) => `${least ? "minst " : ""}${y.years === 2 ? "vartannat år" : `vart ${ordinal(y.years, "sv")} år`}`)
    .with({ type: "per_mandate_period" }, () => `${least ? "minst " : ""}en gång per mandatperiod`)
    .with({ type: "before_end" }, () => "en gång innan giltighetstiden löper ut")
    .with({ type: "when_needed" }, () => "vid behov")
    .with({ type: "continuous" }, () => "löpande")
    .exhaustive();
  return c.anchor === undefined ? base : `${base}, ${svAnchor(c.anchor)}`;
}

function enCadence(c: Cadence): string {
  const least = c.atLeast === true;
  if (c.type === "yearly" && c.anchor?.type === "season") {
    const every = enSeasonEvery[c.anchor.season];
    return least ? `at least once ${every}` : every;
  }
  const base = match(c)
    .with({ type: "weekly" }, (w) =>
      w.weekday === undefined ? (least ? "at least once a week" : "every week") : `${least ? "at least " : ""}every ${weekdayName(w.weekday, "en")}`,
    )
    .with({ type: "every_n_weeks" }, (w) => {
      const every = w.weeks === 2 ? "every other" : `every ${ordinal(w.weeks, "en")}`;
      const unit = w.weekday === undefined ? "week" : weekdayName(w.weekday, "en");
      return least ? `at least once ${every} ${unit}` : `${every} ${unit}`;
    })
    .with({ type: "monthly" }, () => (least ? "at least once a month" : "every month"))
    .with({ type: "quarterly" }, () => (least ? "at least once a quarter" : "once a quarter"))
    .with({ type: "tertial" }, () => (least ? "at least once every four months (tertial)" : "once every four months (tertial)"))
    .with({ type: "half_yearly" }, () => (least ? "at least once every six months" : "every six months"))
    .with({ type: "yearly" }, () => (least ? "at least once a year" : "every year"))
    .with({ type: "every_n_years" }, (y) => `${least ? "at least " : ""}${y.years === 2 ? "every other year" : `every ${ordinal(y.years, "en")} year`}`)
    .with({ type: "per_mandate_period" }, () => `${least ? "at least " : ""}once per electoral term`)
    .with({ type: "before_end" }, () => "once before the agreement expires")
    .with({ type: "when_needed" }, () => "when needed")
    .with({ type: "continuous" }, () => "continuously")
    .exhaustive();
  return c.anchor === undefined ? base : `${base}, ${enAnchor(c.anchor)}`;
}

function svDuration(years: number | undefined, months: number | undefined): string | undefined {
  const parts = [
    ...(years === undefined ? [] : [`${cardinal(years, "sv", true)} år`]),
    ...(months === undefined ? [] : [`${cardinal(months, "sv")} ${months === 1 ? "månad" : "månader"}`]),
  ];
  return parts.length === 0 ? undefined : parts.join(" och ");
}

function enDuration(years: number | undefined, months: number | undefined): string | undefined {
  const parts = [
    ...(years === undefined ? [] : [`${cardinal(years, "en")} ${years === 1 ? "year" : "years"}`]),
    ...(months === undefined ? [] : [`${cardinal(months, "en")} ${months === 1 ? "month" : "months"}`]),
  ];
  return parts.length === 0 ? undefined : parts.join(" and ");
}

function svValidity(start: ValidityStart, end: ValidityEnd): string | undefined {
  if (start.type === "year" && end.type === "year") {
    return start.year === end.year ? `under ${start.year}` : `under åren ${start.year}–${end.year}`;
  }
  const from = match(start)
    .with({ type: "date" }, (s) => `från och med ${civilDate(s.date, "sv")}`)
    .with({ type: "year" }, (s) => `från och med ${s.year}`)
    .with({ type: "from_signing" }, () => "från och med undertecknandet")
    .with({ type: "unknown" }, () => undefined)
    .exhaustive();
  const to = match(end)
    .with({ type: "date" }, (e) => `till och med ${start.type === "from_signing" ? "den " : ""}${civilDate(e.date, "sv")}`)
    .with({ type: "year" }, (e) => `till och med ${e.year}`)
    .with({ type: "open_ended" }, () => (from === undefined ? "tills vidare" : "och tills vidare"))
    .with({ type: "duration" }, (e) => {
      const length = svDuration(e.years, e.months);
      return length === undefined ? undefined : `i ${length}`;
    })
    .with({ type: "unknown" }, () => undefined)
    .exhaustive();
  const words = [from, to].filter((w): w is string => w !== undefined);
  return words.length === 0 ? undefined : words.join(" ");
}

function enValidity(start: ValidityStart, end: ValidityEnd): string | undefined {
  if (start.type === "year" && end.type === "year") {
    return start.year === end.year ? `during ${start.year}` : `during the years ${start.year}–${end.year}`;
  }
  const from = match(start)
    .with({ type: "date" }, (s) => `from ${civilDate(s.date, "en")}`)
    .with({ type: "year" }, (s) => `from ${s.year}`)
    .with({ type: "from_signing" }, () => "from the date of signing")
    .with({ type: "unknown" }, () => undefined)
    .exhaustive();
  const to = match(end)
    .with({ type: "date" }, (e) => `until ${civilDate(e.date, "en")} inclusive`)
    .with({ type: "year" }, (e) => `until the end of ${e.year}`)
    .with({ type: "open_ended" }, () => "until further notice")
    .with({ type: "duration" }, (e) => {
      const length = enDuration(e.years, e.months);
      return length === undefined ? undefined : `for ${length}`;
    })
    .with({ type: "unknown" }, () => undefined)
    .exhaustive();
  const words = [from, to].filter((w): w is string => w !== undefined);
  return words.length === 0 ? undefined : words.join(" ");
}

const svRole = (role: Role): string =>
  match(role)
    .with("community_police_officer", () => "Kommunpolis")
    .with("local_police_area_chief", () => "Lokalpolisområdeschef")
    .with("deputy_local_police_area_chief", () => "Biträdande lokalpolisområdeschef")
    .with("police_area_chief", () => "Polisområdeschef")
    .with("regional_police_chief", () => "Regionpolischef")
    .with("municipal_board_chair", () => "Kommunstyrelsens ordförande")
    .with("deputy_municipal_board_chair", () => "Kommunstyrelsens vice ordförande")
    .with("municipal_commissioner", () => "Kommunalråd")
    .with("municipal_director", () => "Kommundirektör")
    .with("district_director", () => "Stadsdelsdirektör")
    .with("committee_chair", () => "Nämndens ordförande")
    .with("security_manager", () => "Säkerhetschef")
    .with("coordinator", () => "Samordnare")
    .with("contact_person", () => "Kontaktperson")
    .with("other", () => "Företrädare")
    .exhaustive();

const enRole = (role: Role): string =>
  match(role)
    .with("community_police_officer", () => "Community police officer (kommunpolis)")
    .with("local_police_area_chief", () => "Head of local police area")
    .with("deputy_local_police_area_chief", () => "Deputy head of local police area")
    .with("police_area_chief", () => "Head of police area")
    .with("regional_police_chief", () => "Regional police chief")
    .with("municipal_board_chair", () => "Chair of the municipal executive board")
    .with("deputy_municipal_board_chair", () => "Deputy chair of the municipal executive board")
    .with("municipal_commissioner", () => "Municipal commissioner")
    .with("municipal_director", () => "Municipal director")
    .with("district_director", () => "District director")
    .with("committee_chair", () => "Committee chair")
    .with("security_manager", () => "Security manager")
    .with("coordinator", () => "Coordinator")
    .with("contact_person", () => "Contact person")
    .with("other", () => "Representative")
    .exhaustive();

const sv: Catalogue = {
  lang: "sv",
  agreement: "Samverkansöverenskommelse",
  agreementSet: "Samverkansöverenskommelser",
  citizenPromise: "Medborgarlöfte",
  citizenPromiseFor: (names) => `Medborgarlöfte för ${names}`,
  section: {
    background: "Bakgrund",
    purpose: "Syfte och mål",
    problemPicture: "Problembild",
    guidingDocuments: "Utgångspunkter",
    parties: "Parter",
    actors: "Övriga aktörer",
    validity: "Giltighetstid",
    changes: "Ändringar",
    forums: "Former för samverkan",
    contacts: "Samordning och kontaktpersoner",
    focusAreas: "Prioriterade områden",
    commitments: "Parternas åtaganden",
    plans: "Planer",
    citizenPromises: "Medborgarlöften",
    followUps: "Uppföljning",
    deliverables: "Det som ska tas fram",
    law: "Kommunens ansvar enligt lag (2023:196)",
    communication: "Kommunikation",
    budget: "Budget",
    confidentiality: "Sekretess och personuppgifter",
    otherClauses: "Övriga bestämmelser",
    annexes: "Bilagor",
    decisions: "Beslut",
    signatures: "Underskrifter",
    basis: "Underlag",
    themes: "Inriktning",
    promises: "Löften",
    results: "Resultat",
    goals: "Mål",
  },
  label: {
    diarienummer: "Diarienummer",
    caseNumber: "Ärendenummer",
    reference: "Referens",
    otherTitles: "Även kallad",
    name: "Namn",
    nameClarification: "Namnförtydligande",
    placeAndDate: "Ort och datum",
    signature: "Underskrift",
    forPart: (party) => `För ${party}`,
    kind: "Typ",
    forumKind: "Typ av forum",
    focusAreaKind: "Område",
    level: "Nivå",
    municipality: "Gäller",
    municipalities: "Kommuner",
    convenor: "Sammankallande",
    members: "Deltagare",
    responsibilities: "Ansvar",
    focusAreas: "Prioriterade områden",
    forums: "Forum",
    actors: "Övriga aktörer",
    participants: "Medverkande",
    responsible: "Ansvarig",
    responsibleRoles: "Ansvariga funktioner",
    cadence: "Hur ofta",
    due: "Klart",
    method: "Metod",
    basis: "Underlag",
    requiredContent: "Ska innehålla",
    feeds: "Ligger till grund för",
    quantity: "Omfattning",
    condition: "Villkor",
    scope: "Var",
    units: "Berörda verksamheter",
    period: "Period",
    revision: "Revideras",
    party: "Part",
    replaces: "Ersätter",
    replacedBy: "Ersatt av",
    annex: "Bilaga",
    situationalPicture: "Lägesbild",
    sections: "Innehåll",
    actionPlan: "Åtgärdsplan",
    coordinationFunction: "Samordningsfunktion",
    tasks: "Uppgifter",
    complements: "Kompletterar",
    localContent: "Varje kommuns del 2 ska innehålla",
    extension: "Förlängning",
    wholePromise: "Medborgarlöftet i sin helhet",
  },
  column: {
    activity: "Aktivitet",
    responsible: "Ansvarig",
    due: "Klart senast",
    cadence: "Hur ofta",
    commitment: "Åtagande",
    period: "Period",
    outcome: "Utfall",
    achieved: "Genomfört",
    reportedBy: "Rapporterat av",
    comment: "Kommentar",
    activitiesCaption: (plan) => `Aktiviteter i ${lowerFirst(plan)}`,
    resultsCaption: "Resultat av uppföljningen",
  },
  blankLine: BLANK,
  structure: {
    strategic: "Del 1 – strategisk del",
    local: (municipality) => `Del 2 – lokal del för ${municipality}`,
    framework: "Flerårig överenskommelse med årliga handlingsplaner",
  },
  localContent: (content) =>
    match(content)
      .with("goals", () => "lokala mål")
      .with("plans", () => "genomförande- och handlingsplaner")
      .with("follow_ups", () => "uppföljningsplaner")
      .with("citizen_promises", () => "medborgarlöften")
      .exhaustive(),
  role: (role, acting) => (acting ? `T.f. ${svRole(role).toLocaleLowerCase("sv")}` : svRole(role)),
  side: (side) =>
    match(side)
      .with("police", () => "Polisen")
      .with("municipality", () => "Kommunen")
      .with("joint", () => "Parterna gemensamt")
      .with("actor", () => "Annan aktör")
      .exhaustive(),
  committer: (by, actors) =>
    match(by)
      .with("police", () => "Polisen åtar sig att:")
      .with("municipality", () => "Kommunen åtar sig att:")
      .with("joint", () => "Parterna åtar sig gemensamt att:")
      .with("actor", () => (actors.length === 0 ? "Andra aktörer åtar sig att:" : `${joinWords(actors, "sv")} åtar sig att:`))
      .with(undefined, () => "Övriga åtaganden:")
      .exhaustive(),
  forumKind: (kind) =>
    match(kind)
      .with("local_bra", () => "lokalt brottsförebyggande råd (Lokala Brå)")
      .with("council", () => "råd med Lokala Brås uppdrag")
      .with("steering_group", () => "strategisk styrgrupp")
      .with("working_group", () => "arbetsgrupp")
      .with("est", () => "lägesbildsgrupp (EST, Effektiv samordning för trygghet)")
      .with("spider_group", () => "spindelgrupp")
      .with("sspf", () => "SSPF (skola, socialtjänst, polis, fritid)")
      .with("sig", () => "SIG (social insatsgrupp)")
      .with("bob", () => "BOB-råd (barn och unga i organiserad brottslighet)")
      .with("defector_programme", () => "avhopparverksamhet")
      .with("joint_inspection", () => "lagstadgad tillsyn i samverkan")
      .with("custom", () => "eget forum")
      .exhaustive(),
  forumLevel: (level) =>
    match(level)
      .with("strategic", () => "strategisk")
      .with("operational", () => "operativ")
      .with("individual", () => "individnivå")
      .exhaustive(),
  forumMeets: (name, cadence) => `${capitalize(name)} träffas ${cadence}.`,
  forumModality: (modality) =>
    match(modality)
      .with("shall", () => undefined)
      .with("should", () => "Forumet bör finnas.")
      .with("strive", () => "Parterna ska sträva efter att forumet finns.")
      .with("may", () => "Forumet kan inrättas.")
      .with("conditional", () => "Forumet inrättas när behov uppstår.")
      .exhaustive(),
  mutualRepresentation: "Parterna kan förvänta sig att den andra parten är representerad i forumet.",
  focusAreaKind: (kind) =>
    match(kind)
      .with("safety_measures", () => "trygghetsskapande åtgärder")
      .with("volume_crime", () => "mängdbrott")
      .with("youth_and_drugs", () => "ungdomar och droger")
      .with("andts", () => "ANDT-S (alkohol, narkotika, dopning, tobak och spel)")
      .with("defector_programme", () => "avhopparverksamhet")
      .with("crimes_against_vulnerable", () => "brott mot särskilt utsatta")
      .with("criminal_economy", () => "kriminell ekonomi och välfärdsbrott")
      .with("public_space_safety", () => "trygghet i offentlig miljö")
      .with("traffic_safety", () => "trafiksäkerhet")
      .with("health", () => "psykisk och fysisk hälsa")
      .with("crime_prevention", () => "brottsförebyggande arbete")
      .with("societal_development", () => "samhällsutvecklingen")
      .with("sspf", () => "SSPF (skola, socialtjänst, polis, fritid)")
      .with("sig", () => "SIG (social insatsgrupp)")
      .with("bob", () => "BOB (barn och unga i organiserad brottslighet)")
      .with("joint_inspection", () => "lagstadgad tillsyn i samverkan")
      .with("custom", () => undefined)
      .exhaustive(),
  actorKind: (kind) =>
    match(kind)
      .with("region", () => "region")
      .with("county_board", () => "länsstyrelse")
      .with("rescue_service", () => "räddningstjänst")
      .with("municipal_administration", () => "kommunal förvaltning eller nämnd")
      .with("municipal_company", () => "kommunalt bolag")
      .with("property_owner", () => "fastighetsägare")
      .with("association", () => "förening eller civilsamhälle")
      .with("business", () => "näringsliv")
      .with("other", () => "annan aktör")
      .exhaustive(),
  followUpKind: (kind) =>
    match(kind)
      .with("follow_up", () => "uppföljning")
      .with("safety_survey", () => "Polisens trygghetsmätning")
      .with("leadership_report", () => "återrapportering till polis- och kommunledning")
      .with("situational_picture", () => "lägesbild och åtgärdsplan")
      .exhaustive(),
  requiredContent: (content) =>
    match(content)
      .with("analysis", () => "analys")
      .with("recommendations", () => "rekommendationer")
      .with("results", () => "resultat")
      .exhaustive(),
  feeds: (feed) =>
    match(feed)
      .with({ type: "plan_revision" }, (f) => `revidering av ${lowerFirst(f.plan)}`)
      .with({ type: "agreement_revision" }, () => "revidering av överenskommelsen")
      .with({ type: "citizen_promises" }, () => "medborgarlöftena")
      .exhaustive(),
  deliverableKind: (kind) =>
    match(kind)
      .with("citizen_promise", () => "medborgarlöften")
      .with("communication_plan", () => "kommunikationsplan")
      .with("situational_picture", () => "lägesbild")
      .with("action_plan", () => "åtgärdsplan")
      .with("plan", () => "handlingsplan")
      .with("goals", () => "mål")
      .with("organisation", () => "organisation för samverkan")
      .with("follow_up", () => "uppföljning")
      .with("agreement", () => "ny eller reviderad överenskommelse")
      .with("other", () => "övrigt")
      .exhaustive(),
  planKind: (kind) =>
    match(kind)
      .with("activity_plan", () => "Aktivitetsplan")
      .with("operational_plan", () => "Handlingsplan")
      .with("action_plan", () => "Åtgärdsplan")
      .exhaustive(),
  decision: (kind, body) => {
    const verb = match(kind)
      .with("adopted", () => "Antagen")
      .with("signed", () => "Undertecknad")
      .with("extended", () => "Förlängd")
      .with("revised", () => "Reviderad")
      .with("terminated", () => "Uppsagd")
      .exhaustive();
    return body === undefined ? verb : `${verb} av ${body}`;
  },
  annexKind: (kind) =>
    match(kind)
      .with("citizen_promise", () => "Medborgarlöfte")
      .with("action_plan", () => "Åtgärdsplan")
      .with("situational_picture", () => "Lägesbild")
      .with("plan", () => "Plan")
      .with("agreement", () => "Tidigare överenskommelse")
      .with("other", () => "Bilaga")
      .exhaustive(),
  outcome: (outcome) =>
    match(outcome)
      .with("fulfilled", () => "uppfyllt")
      .with("partly_fulfilled", () => "delvis uppfyllt")
      .with("not_fulfilled", () => "inte uppfyllt")
      .exhaustive(),
  situationalSection: (section) =>
    match(section)
      .with("crime_mapping", () => "kartläggning av brottsligheten, dess omfattning och konsekvenser")
      .with("other_information", () => "annan relevant information")
      .with("analysis", () => "analys")
      .with("causes", () => "brottslighetens orsaker")
      .exhaustive(),
  coordinationTask: (task) =>
    match(task)
      .with("contact_point", () => "kontaktpunkt för externa aktörer")
      .with("coordination", () => "samordnar och stödjer arbetet")
      .with("inform_inhabitants", () => "informerar kommuninvånarna")
      .exhaustive(),
  cadence: svCadence,
  due: (due) =>
    match(due)
      .with({ type: "during" }, (d) => {
        const p = partialParts(d.date);
        return p.precision === "day" ? `senast ${partialDate(d.date, "sv")}` : svWhen(d.date);
      })
      .with({ type: "before" }, (d) => `före ${partialDate(d.date, "sv")}`)
      .with({ type: "before_end" }, () => "innan giltighetstiden löper ut")
      .exhaustive(),
  decisionDate: svWhen,
  quantity: (q) => `${q.atLeast === true ? "minst " : q.atMost === true ? "högst " : ""}${q.approximate === true ? "cirka " : ""}${q.count} ${q.unit}`,
  validity: (start, end) => {
    const words = svValidity(start, end);
    return words === undefined ? undefined : `Överenskommelsen gäller ${words}.`;
  },
  promisePeriod: (start, end, untilReplaced) => {
    const s = partialParts(start);
    const e = end === undefined ? undefined : partialParts(end);
    const span =
      e === undefined
        ? `från och med ${partialDate(start, "sv")}`
        : s.precision === "year" && e.precision === "year"
          ? s.year === e.year
            ? `under ${s.year}`
            : `under åren ${s.year}–${e.year}`
          : `från och med ${partialDate(start, "sv")} till och med ${partialDate(end ?? start, "sv")}`;
    return `Medborgarlöftet gäller ${span}${untilReplaced ? " och till dess att nya medborgarlöften presenteras" : ""}.`;
  },
  promiseExtension: (end, decidedOn) =>
    `Medborgarlöftet är förlängt till och med ${partialDate(end, "sv")}${decidedOn === undefined ? "" : ` (beslutat ${civilDate(decidedOn, "sv")})`}.`,
  termination: (mutual, noticeMonths) => {
    if (!mutual && noticeMonths === undefined) return undefined;
    const who = mutual ? " av båda parter" : "";
    const notice =
      noticeMonths === undefined
        ? ""
        : noticeMonths === 0
          ? " utan uppsägningstid"
          : ` med ${cardinal(noticeMonths, "sv")} ${noticeMonths === 1 ? "månads" : "månaders"} uppsägningstid`;
    return `Överenskommelsen kan sägas upp${who}${notice}.`;
  },
  extension: (stepYears, consultation, automatic) => {
    if (stepYears === undefined && consultation === undefined && !automatic) return undefined;
    const step = stepYears === undefined ? "" : ` med ${cardinal(stepYears, "sv", true)} år i taget`;
    const how = automatic ? " automatiskt om ingen part säger upp den" : "";
    const talk =
      consultation === undefined
        ? ""
        : `, efter samråd senast ${cardinal(consultation, "sv")} ${consultation === 1 ? "månad" : "månader"} innan giltighetstiden löper ut`;
    return `Överenskommelsen förlängs${step}${how}${talk}.`;
  },
  revision: (everyYears, whenNeeded) => {
    if (everyYears === undefined && !whenNeeded) return undefined;
    const every = everyYears === undefined ? undefined : everyYears === 1 ? "varje år" : everyYears === 2 ? "vartannat år" : `vart ${ordinal(everyYears, "sv")} år`;
    const words = every === undefined ? "vid behov" : whenNeeded ? `${every} och i övrigt vid behov` : every;
    return `Överenskommelsen revideras ${words}.`;
  },
  changeExtension: (date, end) => `Förlängning${date === undefined ? "" : ` beslutad ${civilDate(date, "sv")}`}: överenskommelsen gäller till och med ${end}.`,
  changeTermination: (date, effective) =>
    `Uppsägning${date === undefined ? "" : ` beslutad ${civilDate(date, "sv")}`}: överenskommelsen upphör att gälla ${civilDate(effective, "sv")}.`,
  changeAmendment: (date, summary) => `Ändring${date === undefined ? "" : ` beslutad ${civilDate(date, "sv")}`}${summary === undefined ? "." : `: ${summary}`}`,
  periodRange: (start, end) =>
    start !== undefined && end !== undefined
      ? `${partialDate(start, "sv")} – ${partialDate(end, "sv")}`
      : start !== undefined
        ? `från och med ${partialDate(start, "sv")}`
        : end !== undefined
          ? `till och med ${partialDate(end, "sv")}`
          : "",
  civilRange: (start, end) => `från och med ${civilDate(start, "sv")} till och med ${civilDate(end, "sv")}`,
  promiseCycle: {
    cadence: (cadence) => `Medborgarlöften tas fram ${cadence}.`,
    lead: (side) =>
      match(side)
        .with("police", () => "Polisen ansvarar för att ta fram medborgarlöftena.")
        .with("municipality", () => "Kommunen ansvarar för att ta fram medborgarlöftena.")
        .with("joint", () => "Polisen och kommunen tar fram medborgarlöftena tillsammans.")
        .exhaustive(),
  },
  communication: {
    jointPlan: "En gemensam kommunikationsplan ska tas fram.",
    specialPlans: "Särskilda kommunikationsplaner tas fram vid behov.",
  },
  budget: (principle) =>
    match(principle)
      .with("own_costs", () => "Respektive part bekostar sina egna resurser.")
      .with("shared", () => "Parterna delar på kostnaderna.")
      .with("other", () => undefined)
      .exhaustive(),
  signedOn: (date) => `den ${civilDate(date, "sv")}`,
  partialSignature: (parts) =>
    `den ${parts.day ?? SHORT_BLANK} ${parts.month === undefined ? SHORT_BLANK : monthName(parts.month, "sv")} ${parts.year ?? SHORT_BLANK}`,
  situationalPictureDone: (date) => `klar ${civilDate(date, "sv")}`,
  actionPlanDecided: (body, date) => `beslutad av ${body} ${civilDate(date, "sv")}`,
  guidingDocument: (title, issuer, year) => [title, issuer, year === undefined ? undefined : String(year)].filter((w) => w !== undefined).join(", "),
};

const en: Catalogue = {
  lang: "en",
  agreement: "Cooperation agreement (samverkansöverenskommelse)",
  agreementSet: "Cooperation agreements",
  citizenPromise: "Citizen promise (medborgarlöfte)",
  citizenPromiseFor: (names) => `Citizen promise for ${names}`,
  section: {
    background: "Background",
    purpose: "Purpose and goals",
    problemPicture: "Problem picture",
    guidingDocuments: "Starting points",
    parties: "Parties",
    actors: "Other actors",
    validity: "Period of validity",
    changes: "Changes",
    forums: "Forms of cooperation",
    contacts: "Coordination and contacts",
    focusAreas: "Priority areas",
    commitments: "Commitments of the parties",
    plans: "Plans",
    citizenPromises: "Citizen promises",
    followUps: "Follow-up",
    deliverables: "To be produced",
    law: "The municipality's duties under Act (2023:196)",
    communication: "Communication",
    budget: "Budget",
    confidentiality: "Confidentiality and personal data",
    otherClauses: "Other provisions",
    annexes: "Annexes",
    decisions: "Decisions",
    signatures: "Signatures",
    basis: "Basis",
    themes: "Focus",
    promises: "Promises",
    results: "Results",
    goals: "Goals",
  },
  label: {
    diarienummer: "Registration number (diarienummer)",
    caseNumber: "Case number",
    reference: "Reference",
    otherTitles: "Also called",
    name: "Name",
    nameClarification: "Name in block letters",
    placeAndDate: "Place and date",
    signature: "Signature",
    forPart: (party) => `For ${party}`,
    kind: "Kind",
    forumKind: "Kind of forum",
    focusAreaKind: "Area",
    level: "Level",
    municipality: "Applies to",
    municipalities: "Municipalities",
    convenor: "Convenor",
    members: "Members",
    responsibilities: "Responsibilities",
    focusAreas: "Priority areas",
    forums: "Forums",
    actors: "Other actors",
    participants: "Taking part",
    responsible: "Responsible",
    responsibleRoles: "Responsible functions",
    cadence: "How often",
    due: "Due",
    method: "Method",
    basis: "Basis",
    requiredContent: "Must contain",
    feeds: "Feeds into",
    quantity: "Extent",
    condition: "Condition",
    scope: "Where",
    units: "Departments concerned",
    period: "Period",
    revision: "Revised",
    party: "Party",
    replaces: "Replaces",
    replacedBy: "Replaced by",
    annex: "Annex",
    situationalPicture: "Situational picture (lägesbild)",
    sections: "Contents",
    actionPlan: "Action plan (åtgärdsplan)",
    coordinationFunction: "Coordination function",
    tasks: "Tasks",
    complements: "Complements",
    localContent: "Each municipality's part 2 must contain",
    extension: "Extension",
    wholePromise: "The citizen promise as a whole",
  },
  column: {
    activity: "Activity",
    responsible: "Responsible",
    due: "Due",
    cadence: "How often",
    commitment: "Commitment",
    period: "Period",
    outcome: "Outcome",
    achieved: "Achieved",
    reportedBy: "Reported by",
    comment: "Comment",
    activitiesCaption: (plan) => `Activities of the plan: ${plan}`,
    resultsCaption: "Results of the follow-up",
  },
  blankLine: BLANK,
  structure: {
    strategic: "Part 1 – strategic part (del 1)",
    local: (municipality) => `Part 2 – local part (del 2) for ${municipality}`,
    framework: "Multi-year agreement with yearly operational plans",
  },
  localContent: (content) =>
    match(content)
      .with("goals", () => "local goals")
      .with("plans", () => "implementation and operational plans")
      .with("follow_ups", () => "follow-up plans")
      .with("citizen_promises", () => "citizen promises")
      .exhaustive(),
  role: (role, acting) => (acting ? `Acting ${enRole(role).charAt(0).toLowerCase()}${enRole(role).slice(1)}` : enRole(role)),
  side: (side) =>
    match(side)
      .with("police", () => "The police")
      .with("municipality", () => "The municipality")
      .with("joint", () => "The parties jointly")
      .with("actor", () => "Another actor")
      .exhaustive(),
  committer: (by, actors) =>
    match(by)
      .with("police", () => "The police commit to:")
      .with("municipality", () => "The municipality commits to:")
      .with("joint", () => "The parties jointly commit to:")
      .with("actor", () => (actors.length === 0 ? "Other actors commit to:" : `${joinWords(actors, "en")} ${actors.length === 1 ? "commits" : "commit"} to:`))
      .with(undefined, () => "Other commitments:")
      .exhaustive(),
  forumKind: (kind) =>
    match(kind)
      .with("local_bra", () => "local crime prevention council (Lokala Brå)")
      .with("council", () => "council in the role of Lokala Brå")
      .with("steering_group", () => "strategic steering group")
      .with("working_group", () => "working group")
      .with("est", () => "situational picture group (EST)")
      .with("spider_group", () => "spider group (spindelgrupp)")
      .with("sspf", () => "SSPF (school, social services, police, leisure)")
      .with("sig", () => "SIG (social intervention group)")
      .with("bob", () => "BOB council (children and young people in organised crime)")
      .with("defector_programme", () => "defector programme")
      .with("joint_inspection", () => "joint statutory inspection")
      .with("custom", () => "forum of its own")
      .exhaustive(),
  forumLevel: (level) =>
    match(level)
      .with("strategic", () => "strategic")
      .with("operational", () => "operational")
      .with("individual", () => "individual")
      .exhaustive(),
  forumMeets: (name, cadence) => `${capitalize(name)} meets ${cadence}.`,
  forumModality: (modality) =>
    match(modality)
      .with("shall", () => undefined)
      .with("should", () => "The forum should exist.")
      .with("strive", () => "The parties shall strive for the forum to exist.")
      .with("may", () => "The forum may be set up.")
      .with("conditional", () => "The forum is set up when the need arises.")
      .exhaustive(),
  mutualRepresentation: "Each party can expect the other party to be represented in the forum.",
  focusAreaKind: (kind) =>
    match(kind)
      .with("safety_measures", () => "safety measures")
      .with("volume_crime", () => "volume crime")
      .with("youth_and_drugs", () => "young people and drugs")
      .with("andts", () => "ANDT-S (alcohol, narcotics, doping, tobacco and gambling)")
      .with("defector_programme", () => "defector programme")
      .with("crimes_against_vulnerable", () => "crimes against particularly vulnerable people")
      .with("criminal_economy", () => "criminal economy and welfare crime")
      .with("public_space_safety", () => "safety in public spaces")
      .with("traffic_safety", () => "traffic safety")
      .with("health", () => "mental and physical health")
      .with("crime_prevention", () => "crime prevention")
      .with("societal_development", () => "developments in society")
      .with("sspf", () => "SSPF (school, social services, police, leisure)")
      .with("sig", () => "SIG (social intervention group)")
      .with("bob", () => "BOB (children and young people in organised crime)")
      .with("joint_inspection", () => "joint statutory inspection")
      .with("custom", () => undefined)
      .exhaustive(),
  actorKind: (kind) =>
    match(kind)
      .with("region", () => "region")
      .with("county_board", () => "county administrative board")
      .with("rescue_service", () => "rescue service")
      .with("municipal_administration", () => "municipal department or committee")
      .with("municipal_company", () => "municipal company")
      .with("property_owner", () => "property owner")
      .with("association", () => "association or civil society")
      .with("business", () => "business")
      .with("other", () => "other actor")
      .exhaustive(),
  followUpKind: (kind) =>
    match(kind)
      .with("follow_up", () => "follow-up")
      .with("safety_survey", () => "the police's safety survey")
      .with("leadership_report", () => "report to the police and municipal leadership")
      .with("situational_picture", () => "situational picture and action plan")
      .exhaustive(),
  requiredContent: (content) =>
    match(content)
      .with("analysis", () => "analysis")
      .with("recommendations", () => "recommendations")
      .with("results", () => "results")
      .exhaustive(),
  feeds: (feed) =>
    match(feed)
      .with({ type: "plan_revision" }, (f) => `revision of the plan: ${f.plan}`)
      .with({ type: "agreement_revision" }, () => "revision of the agreement")
      .with({ type: "citizen_promises" }, () => "the citizen promises")
      .exhaustive(),
  deliverableKind: (kind) =>
    match(kind)
      .with("citizen_promise", () => "citizen promises")
      .with("communication_plan", () => "communication plan")
      .with("situational_picture", () => "situational picture")
      .with("action_plan", () => "action plan")
      .with("plan", () => "operational plan")
      .with("goals", () => "goals")
      .with("organisation", () => "organisation for the cooperation")
      .with("follow_up", () => "follow-up")
      .with("agreement", () => "new or revised agreement")
      .with("other", () => "other")
      .exhaustive(),
  planKind: (kind) =>
    match(kind)
      .with("activity_plan", () => "Activity plan")
      .with("operational_plan", () => "Operational plan")
      .with("action_plan", () => "Action plan")
      .exhaustive(),
  decision: (kind, body) => {
    const verb = match(kind)
      .with("adopted", () => "Adopted")
      .with("signed", () => "Signed")
      .with("extended", () => "Extended")
      .with("revised", () => "Revised")
      .with("terminated", () => "Terminated")
      .exhaustive();
    return body === undefined ? verb : `${verb} by ${body}`;
  },
  annexKind: (kind) =>
    match(kind)
      .with("citizen_promise", () => "Citizen promise")
      .with("action_plan", () => "Action plan")
      .with("situational_picture", () => "Situational picture")
      .with("plan", () => "Plan")
      .with("agreement", () => "Earlier agreement")
      .with("other", () => "Annex")
      .exhaustive(),
  outcome: (outcome) =>
    match(outcome)
      .with("fulfilled", () => "fulfilled")
      .with("partly_fulfilled", () => "partly fulfilled")
      .with("not_fulfilled", () => "not fulfilled")
      .exhaustive(),
  situationalSection: (section) =>
    match(section)
      .with("crime_mapping", () => "mapping of crime, its extent and consequences")
      .with("other_information", () => "other relevant information")
      .with("analysis", () => "analysis")
      .with("causes", () => "causes of crime")
      .exhaustive(),
  coordinationTask: (task) =>
    match(task)
      .with("contact_point", () => "contact point for external actors")
      .with("coordination", () => "coordinates and supports the work")
      .with("inform_inhabitants", () => "informs the inhabitants")
      .exhaustive(),
  cadence: enCadence,
  due: (due) =>
    match(due)
      .with({ type: "during" }, (d) => {
        const p = partialParts(d.date);
        return p.precision === "day" ? `by ${partialDate(d.date, "en")}` : enWhen(d.date);
      })
      .with({ type: "before" }, (d) => `before ${partialDate(d.date, "en")}`)
      .with({ type: "before_end" }, () => "before the agreement expires")
      .exhaustive(),
  decisionDate: enWhen,
  quantity: (q) => `${q.atLeast === true ? "at least " : q.atMost === true ? "at most " : ""}${q.approximate === true ? "about " : ""}${q.count} ${q.unit}`,
  validity: (start, end) => {
    const words = enValidity(start, end);
    return words === undefined ? undefined : `The agreement is valid ${words}.`;
  },
  promisePeriod: (start, end, untilReplaced) => {
    const s = partialParts(start);
    const e = end === undefined ? undefined : partialParts(end);
    const span =
      e === undefined
        ? `from ${partialDate(start, "en")}`
        : s.precision === "year" && e.precision === "year"
          ? s.year === e.year
            ? `during ${s.year}`
            : `during the years ${s.year}–${e.year}`
          : `from ${partialDate(start, "en")} until ${partialDate(end ?? start, "en")} inclusive`;
    return `The citizen promise applies ${span}${untilReplaced ? " and until new citizen promises are presented" : ""}.`;
  },
  promiseExtension: (end, decidedOn) =>
    `The citizen promise is extended until ${partialDate(end, "en")} inclusive${decidedOn === undefined ? "" : ` (decided on ${civilDate(decidedOn, "en")})`}.`,
  termination: (mutual, noticeMonths) => {
    if (!mutual && noticeMonths === undefined) return undefined;
    const who = mutual ? " by either party" : "";
    const notice =
      noticeMonths === undefined
        ? ""
        : noticeMonths === 0
          ? " without notice"
          : ` with ${cardinal(noticeMonths, "en")} ${noticeMonths === 1 ? "month's" : "months'"} notice`;
    return `The agreement can be terminated${who}${notice}.`;
  },
  extension: (stepYears, consultation, automatic) => {
    if (stepYears === undefined && consultation === undefined && !automatic) return undefined;
    const step = stepYears === undefined ? "" : ` by ${cardinal(stepYears, "en")} ${stepYears === 1 ? "year" : "years"} at a time`;
    const how = automatic ? " automatically unless a party terminates it" : "";
    const talk =
      consultation === undefined ? "" : `, after consultation at least ${cardinal(consultation, "en")} ${consultation === 1 ? "month" : "months"} before it expires`;
    return `The agreement is extended${step}${how}${talk}.`;
  },
  revision: (everyYears, whenNeeded) => {
    if (everyYears === undefined && !whenNeeded) return undefined;
    const every = everyYears === undefined ? undefined : everyYears === 1 ? "every year" : everyYears === 2 ? "every other year" : `every ${ordinal(everyYears, "en")} year`;
    const words = every === undefined ? "when needed" : whenNeeded ? `${every} and otherwise when needed` : every;
    return `The agreement is revised ${words}.`;
  },
  changeExtension: (date, end) => `Extension${date === undefined ? "" : ` decided on ${civilDate(date, "en")}`}: the agreement is valid until ${end} inclusive.`,
  changeTermination: (date, effective) =>
    `Termination${date === undefined ? "" : ` decided on ${civilDate(date, "en")}`}: the agreement ceases to apply on ${civilDate(effective, "en")}.`,
  changeAmendment: (date, summary) => `Amendment${date === undefined ? "" : ` decided on ${civilDate(date, "en")}`}${summary === undefined ? "." : `: ${summary}`}`,
  periodRange: (start, end) =>
    start !== undefined && end !== undefined
      ? `${partialDate(start, "en")} – ${partialDate(end, "en")}`
      : start !== undefined
        ? `from ${partialDate(start, "en")}`
        : end !== undefined
          ? `until ${partialDate(end, "en")}`
          : "",
  civilRange: (start, end) => `from ${civilDate(start, "en")} until ${civilDate(end, "en")} inclusive`,
  promiseCycle: {
    cadence: (cadence) => `Citizen promises are made ${cadence}.`,
    lead: (side) =>
      match(side)
        .with("police", () => "The police are responsible for drawing up the citizen promises.")
        .with("municipality", () => "The municipality is responsible for drawing up the citizen promises.")
        .with("joint", () => "The police and the municipality draw up the citizen promises together.")
        .exhaustive(),
  },
  communication: {
    jointPlan: "A joint communication plan shall be drawn up.",
    specialPlans: "Special communication plans are drawn up when needed.",
  },
  budget: (principle) =>
    match(principle)
      .with("own_costs", () => "Each party bears the costs of its own resources.")
      .with("shared", () => "The parties share the costs.")
      .with("other", () => undefined)
      .exhaustive(),
  signedOn: (date) => `on ${civilDate(date, "en")}`,
  partialSignature: (parts) =>
    `on ${parts.day ?? SHORT_BLANK} ${parts.month === undefined ? SHORT_BLANK : monthName(parts.month, "en")} ${parts.year ?? SHORT_BLANK}`,
  situationalPictureDone: (date) => `completed ${civilDate(date, "en")}`,
  actionPlanDecided: (body, date) => `decided by ${body} on ${civilDate(date, "en")}`,
  guidingDocument: (title, issuer, year) => [title, issuer, year === undefined ? undefined : String(year)].filter((w) => w !== undefined).join(", "),
};

/** The catalogues by language. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { sv, en };
