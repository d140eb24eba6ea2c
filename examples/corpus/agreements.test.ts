import { describe, expect, it } from "vitest";
import type { AgreementDocument } from "@samverkan/core";
import { byId, commonChecks, loadAgreement, loadPromise, unquoted } from "./corpus.js";

// Twelve real agreements from shared/corpus, encoded as v2 documents. Each describe pins the
// ground truth of its corpus file item by item; every file also must validate, carry its source
// address, and quote nothing that is not in the file's visible text.

const titles = (list: readonly { title: string }[] | undefined) => list?.map((x) => x.title);
const kinds = (list: readonly { kind: string }[] | undefined) => list?.map((x) => x.kind);
const texts = (list: readonly { text: string }[] | undefined) => list?.map((x) => x.text);
const people = (list: readonly { name?: string | undefined; title?: string | undefined; role: string; partyId: string }[] | undefined) =>
  list?.map(({ name, title, role, partyId }) => ({ name, title, role, partyId }));

describe("the quote helper", () => {
  it("finds a quote that is not on the page, and a title whose first letter is raised", () => {
    const file = { visible: "ett avtal mellan kommun och polis. Kommunpolisen sa", sources: {} };
    const doc = {
      schemaVersion: 2,
      type: "agreement",
      id: "x",
      title: "Avtal mellan kommun och polis",
      parties: { police: { id: "polisen", name: "Polismyndigheten" }, municipalities: [{ id: "k", code: "0180", name: "Okänd kommun" }] },
      signatories: [{ id: "s", partyId: "k", role: "other", name: "Kommunpolisen  sa" }],
      provenance: { note: "not checked" },
    } as unknown as AgreementDocument;
    expect(unquoted(doc, file).map((q) => `${q.path}: ${q.text}`)).toEqual(["parties.municipalities[0].name: Okänd kommun"]);
  });
});

describe("falun-2020-lopande: Falu kommun and LPO Falun, from 10 March 2020, löpande", () => {
  const name = "falun-2020-lopande";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Falu kommun and lokalpolisområde Falun (no region: Polisen Dalarna is named only in the history)", () => {
    expect(a.structure).toEqual({ type: "single" });
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "Polisen i Falun",
      level: "local_police_area",
      localPoliceArea: { asWritten: "lokalpolisområde Falun", key: "falun", displayName: "Lokalpolisområde Falun" },
    });
    expect(a.parties.municipalities).toEqual([{ id: "falun", code: "2080", name: "Falu kommun" }]);
    expect(a.lineage?.history).toContain("Polisen Dalarna");
  });

  it("runs from 2020-03-10 and is open-ended (löpande), with no term clauses visible", () => {
    expect(a.validity).toEqual({
      start: { type: "date", date: "2020-03-10" },
      end: { type: "open_ended" },
      asWritten: "gäller från den 10 mars i år och är löpande",
    });
  });

  it("keeps the dated parts: development during 2020-2021 and the priorities of 2021-2022", () => {
    expect(a.clauses).toEqual([{ topic: "other", heading: "Utveckla samarbetet", text: expect.stringContaining("under 2020-2021 utvecklas") }]);
    expect(a.focusAreas?.[0]?.period).toEqual({ start: "2021", end: "2022" });
  });

  it("has its purpose as written", () => {
    expect(a.purpose).toBe("Överenskommelsen syftar till att tillsammans främja det brottsförebyggande och trygghetsskapande arbetet.");
  });

  it("has one forum, BRÅ-Falun (local Brå), with no level and no cadence visible", () => {
    expect(a.forums).toHaveLength(1);
    const bra = a.forums![0]!;
    expect(bra).toMatchObject({ id: "bra-falun", kind: "local_bra", name: "BRÅ-Falun", description: "det lokala brottsförebyggande rådet (BRÅ-Falun)" });
    expect(bra.level).toBeUndefined();
    expect(bra.cadence).toBeUndefined();
  });

  it("has the first priority area only, Knutpunkten/stadskärnan, whose insatser name no one", () => {
    expect(titles(a.focusAreas)).toEqual(["Knutpunkten/stadskärnan"]);
    const [commitment] = a.focusAreas![0]!.commitments!;
    expect(commitment?.text).toBe("Insatser ska genomföras för att öka tryggheten och minska brottsligheten på platserna.");
    expect(commitment?.by).toBeUndefined();
    expect(commitment?.modality).toBe("shall");
  });

  it("is followed up every year in BRÅ-Falun, from the joint lokal lägesbild", () => {
    expect(a.followUps).toHaveLength(1);
    expect(a.followUps![0]).toMatchObject({
      kind: "follow_up",
      forumId: "bra-falun",
      cadence: { type: "yearly", asWritten: "årligen" },
      basis: "med utgångspunkt i den gemensamma lokala lägesbilden",
      asWritten: expect.stringContaining("Arbetet ska följas upp årligen och utvecklas i det lokala brottsförebyggande rådet (BRÅ-Falun)"),
    });
  });

  it("has no medborgarlöften and no contacts", () => {
    expect(a.citizenPromises).toBeUndefined();
    expect(a.citizenPromiseCycle).toBeUndefined();
    expect(a.contacts).toBeUndefined();
  });

  it("is signed by kommunalrådet Joakim Storck (C) and LPO chief Mattias Skarp on a derived date (\"På tisdagen\")", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Joakim Storck (C)", title: "kommunalrådet", role: "municipal_commissioner", partyId: "falun" },
      { name: "Mattias Skarp", title: "lokalpolisområdeschef", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    for (const s of a.signatories!) {
      expect(s.signature).toEqual({ date: "2020-03-10", asWritten: "På tisdagen", derived: true });
    }
  });

  it("is marked as seen in part", () => {
    expect(a.provenance?.part).toBe(true);
  });
});

describe("herrljunga-2017-tillsvidare: Herrljunga kommun and LPO Alingsås, tills vidare, revised every third year", () => {
  const name = "herrljunga-2017-tillsvidare";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Herrljunga kommun and lokalpolisområde Alingsås", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "lokalpolisområde Alingsås",
      level: "local_police_area",
      localPoliceArea: { asWritten: "lokalpolisområde Alingsås", key: "alingsas", displayName: "Lokalpolisområde Alingsås" },
    });
    expect(a.parties.municipalities).toEqual([{ id: "herrljunga", code: "1466", name: "Herrljunga kommun" }]);
  });

  it("is open-ended (tills vidare), revised every third year, with no written start", () => {
    expect(a.validity).toEqual({
      start: { type: "unknown" },
      end: { type: "open_ended" },
      asWritten: "Överenskommelsen gäller tills vidare",
      terms: { revision: { everyYears: 3, asWritten: "kommer att revideras vart tredje år" } },
    });
  });

  it("leaves the derived signing date (Tuesday 2017-12-19) out: the signing is recorded as written, in Herrljunga", () => {
    expect(a.signatories).toBeUndefined();
    expect(a.decisions).toEqual([
      { kind: "signed", asWritten: "Det skedde på tisdagen då representanter för polisen och kommunen träffades i Herrljunga." },
    ]);
    expect(JSON.stringify({ ...a, provenance: undefined })).not.toContain("2017-12-19");
  });

  it("builds on two situational pictures merged into one", () => {
    expect(texts(a.clauses)).toEqual([
      "Herrljunga kommun och lokalpolisområde Alingsås har gjort varsin lägesbild, som sedan har sammanställts till en gemensam",
    ]);
  });

  it("has the six prioriterade åtgärdspunkter, as written", () => {
    expect(titles(a.focusAreas)).toEqual([
      "Tidigt identifiera riskfaktorer för barn och unga.",
      "Våld och hot samt fridsbrott. Särskilt mot flickor/ kvinnors otrygghet.",
      "Ökad polisiär närvaro.",
      "Inbrott/stölder/skadegörelse hos företagare/kommunala fastigheter och villaägare.",
      "Belysnings- och andra trygghetsskapande åtgärder i det offentliga rummet.",
      "Trafiksäkerhet: flest skadade, singelolyckor cykel samt personbil.",
    ]);
    expect(kinds(a.focusAreas)).toEqual(["custom", "crimes_against_vulnerable", "safety_measures", "volume_crime", "public_space_safety", "traffic_safety"]);
  });

  it("names no forums, medborgarlöften or other follow-up", () => {
    expect(a.forums).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(a.followUps).toBeUndefined();
  });

  it("keeps the people quoted as contacts; the kommunpolis serves Herrljunga and Vårgårda", () => {
    expect(people(a.contacts)).toEqual([
      { name: "Robert Möörk", title: "kommunpolis i Herrljunga och Vårgårda", role: "community_police_officer", partyId: "polisen" },
      { name: "Viveca Lundahl", title: "folkhälsoutvecklare", role: "other", partyId: "herrljunga" },
      { name: "Johan Lundberg", title: "lokalpolisområdeschef", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    expect(byId(a.contacts, "kommunpolis-moork").municipalities).toEqual(["1466", "1442"]);
  });

  it("was seen whole", () => {
    expect(a.provenance?.part).toBeUndefined();
  });
});

describe("grastorp-2023-2027: Grästorps kommun and LPO Västra Skaraborg, 2023-03-01 – 2027-02-28", () => {
  const name = "grastorp-2023-2027";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Grästorps kommun and Lokalpolisområde Västra Skaraborg", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "Lokalpolisområde Västra Skaraborg",
      level: "local_police_area",
      localPoliceArea: {
        asWritten: "Lokalpolisområde Västra Skaraborg",
        key: "vastra-skaraborg",
        displayName: "Lokalpolisområde Västra Skaraborg",
      },
    });
    expect(a.parties.municipalities).toEqual([{ id: "grastorp", code: "1444", name: "Grästorps kommun" }]);
  });

  it("runs from 1 March 2023 to 28 February 2027 (not calendar years), day precision", () => {
    expect(a.validity).toEqual({
      start: { type: "date", date: "2023-03-01" },
      end: { type: "date", date: "2027-02-28" },
      asWritten: "sträcker sig från den 1 mars 2023 till 28 februari 2027",
    });
  });

  it("notes it was published on 15 March 2023, after the start", () => {
    expect(a.provenance?.note).toContain("Artikeln publicerades 15 mars 2023");
  });

  it("builds on a joint problembild from local mapping, health and safety surveys, walks and dialogues", () => {
    expect(a.problemPicture?.summary).toContain("en gemensam problembild baserad på lokal kartläggning gällande brott, ordningsstörningar och upplevd otrygghet");
    expect(a.problemPicture?.summary).toContain("Hälso- och trygghetsundersökningar, tätortsvandringar och medborgardialoger");
  });

  it("has its purpose, its aim (short decision paths) and its principle (decisions close to the work)", () => {
    expect(a.purpose).toContain("fördjupa och utveckla samarbetet mellan parterna för att öka tryggheten och minska brottsligheten i Grästorps kommun");
    expect(texts(a.goals)).toEqual([expect.stringContaining("korta beslutsvägar och effektiva åtgärder")]);
    expect(a.clauses).toEqual([{ topic: "principles", text: expect.stringContaining("beslut ska fattas så nära verksamheten som möjligt") }]);
  });

  it("names no forums, focus areas, follow-ups or medborgarlöften", () => {
    expect(a.forums).toBeUndefined();
    expect(a.focusAreas).toBeUndefined();
    expect(a.followUps).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
  });

  it("names no signatories: the pictured kommunpolis and KSO are contacts", () => {
    expect(a.signatories).toBeUndefined();
    expect(people(a.contacts)).toEqual([
      { name: "Kristoffer Hjelm", title: "kommunpolis", role: "community_police_officer", partyId: "polisen" },
      { name: "Kent Larsson (M)", title: "kommunalråd och KSO", role: "municipal_board_chair", partyId: "grastorp" },
    ]);
  });
});

describe("katrineholm-2023-2026: Katrineholms kommun and LPO Katrineholm, 2023–2026, one focus area", () => {
  const name = "katrineholm-2023-2026";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is a samverkansavtal between Katrineholms kommun and lokalpolisområde Katrineholm", () => {
    expect(a.title).toContain("Samverkansavtal");
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "lokalpolisområde Katrineholm",
      level: "local_police_area",
      localPoliceArea: { asWritten: "lokalpolisområde Katrineholm", key: "katrineholm", displayName: "Lokalpolisområde Katrineholm" },
    });
    expect(a.parties.municipalities).toEqual([{ id: "katrineholm", code: "0483", name: "Katrineholms kommun" }]);
  });

  it("is valid for 2023-2026 (year precision), written twice", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2023 },
      end: { type: "year", year: 2026 },
      asWritten: "som gäller perioden 2023-2026",
      alsoWritten: ["ska gälla för perioden 2023-2026"],
    });
  });

  it("has a single focus area, with barn och unga as its target group", () => {
    expect(titles(a.focusAreas)).toEqual(["våld och droghantering som skapar otrygga platser"]);
    expect(a.focusAreas![0]!.description).toContain("barn och unga är målgruppen");
  });

  it("follows up, evaluates and communicates the activities löpande during the term", () => {
    expect(a.followUps).toHaveLength(1);
    expect(a.followUps![0]).toMatchObject({
      kind: "follow_up",
      responsibleSide: "joint",
      cadence: { type: "continuous", asWritten: "löpande under avtalstiden" },
      method: "följas upp och utvärderas samt kommuniceras",
      asWritten: "De aktiviteter vi genomför kommer att följas upp och utvärderas samt kommuniceras löpande under avtalstiden.",
    });
  });

  it("is signed in December 2022 (month from the address, marked derived) by the KSO and the LPO chief", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Johan Söderberg", title: "kommunstyrelsens ordförande", role: "municipal_board_chair", partyId: "katrineholm" },
      { name: "Johan Karlsson", title: "lokalpolisområde Katrineholms chef", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    for (const s of a.signatories!) {
      expect(s.signature).toEqual({ partialDate: { year: 2022, month: 12 }, asWritten: "har nu undertecknat", derived: true });
      expect(s.signature?.place).toBeUndefined();
    }
  });

  it("names the kommunpolis Ted Bäck as media contact", () => {
    expect(a.contacts).toEqual([
      {
        id: "kommunpolis-back",
        role: "community_police_officer",
        partyId: "polisen",
        title: "kommunpolis i lokalpolisområde Katrineholm",
        name: "Ted Bäck",
        responsibilities: ["Kontaktperson för media"],
      },
    ]);
  });

  it("names no forums, medborgarlöften or references", () => {
    expect(a.forums).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(a.references).toBeUndefined();
  });
});

describe("tanum-2019-2021: Tanums kommun and Polisen (västra Fyrbodal), \"2019-2021\" vs \"två år\"", () => {
  const name = "tanum-2019-2021";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("names the police party three ways: polisområde västra Fyrbodal, Polismyndigheten, and the LPO in the signer's title", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "polisområde västra Fyrbodal",
      level: "local_police_area",
      localPoliceArea: { asWritten: "polisområde västra Fyrbodal", key: "vastra-fyrbodal", displayName: "Lokalpolisområde Västra Fyrbodal" },
    });
    expect(a.parties.police.policeArea).toBeUndefined();
    expect(a.parties.asWritten).toBe("Polismyndigheten och Tanums kommun");
    expect(a.parties.municipalities).toEqual([{ id: "tanum", code: "1435", name: "Tanums kommun" }]);
    expect(byId(a.signatories, "bitr-lpo-chef-borretzen").title).toBe("biträdande lokalpolisområdeschef västra Fyrbodal");
  });

  it("keeps both inconsistent statements of the validity", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2019 },
      end: { type: "year", year: 2021 },
      asWritten: "för åren 2019-2021",
      alsoWritten: ["för de närmaste två åren"],
    });
  });

  it("has the goals: less crime, more safety; coordination of resources and sharing of knowledge", () => {
    expect(a.goals).toHaveLength(2);
    expect(a.goals![0]!.text).toContain("minska brottsligheten och öka tryggheten");
    expect(a.goals![1]!.text).toContain("samordningen av resurser samt kunskaps- och informationsdelning");
  });

  it("has an åtgärdsplan beside the avtal, its contents not visible", () => {
    expect(a.plans).toEqual([{ id: "atgardsplan", kind: "action_plan", title: "åtgärdsplanen för brottsförebyggande arbete i Tanums kommun" }]);
  });

  it("has a BRÅ with its ordförande and sekreterare, its role and cadence not visible", () => {
    expect(a.forums).toHaveLength(1);
    const bra = a.forums![0]!;
    expect(bra).toMatchObject({ kind: "local_bra", name: "Brottsförebyggande rådet (BRÅ) i Tanum" });
    expect(bra.members?.map((m) => m.name)).toEqual([
      "Louise Thunström, ordförande i Brottsförebyggande rådet (BRÅ) i Tanum",
      "Irma Nordin, sekreterare i BRÅ",
    ]);
    expect(bra.cadence).toBeUndefined();
    expect(bra.responsibilities).toBeUndefined();
  });

  it("is signed on 10 June 2019 by the KSO and a deputy LPO chief; the kommunchef was present", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Liselotte Fröjd", title: "kommunstyrelsens ordförande", role: "municipal_board_chair", partyId: "tanum" },
      {
        name: "Jens Börretzen",
        title: "biträdande lokalpolisområdeschef västra Fyrbodal",
        role: "deputy_local_police_area_chief",
        partyId: "polisen",
      },
    ]);
    for (const s of a.signatories!) expect(s.signature).toEqual({ date: "2019-06-10", asWritten: "den 10 juni" });
    expect(people(a.contacts)).toEqual([{ name: "Ulf Ericsson", title: "kommunchef", role: "municipal_director", partyId: "tanum" }]);
  });

  it("names no focus areas, follow-ups or medborgarlöften", () => {
    expect(a.focusAreas).toBeUndefined();
    expect(a.followUps).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
  });
});

describe("borlange-2019: Borlänge kommun and LPO Borlänge, one-year agreement for 2019 with EST", () => {
  const name = "borlange-2019";
  commonChecks(name, name, "Source 1");
  const a = loadAgreement(name);

  it("is between Borlänge kommun and lokalpolisområde Borlänge", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "Polisen",
      level: "local_police_area",
      localPoliceArea: { asWritten: "lokalpolisområde Borlänge", key: "borlange", displayName: "Lokalpolisområde Borlänge" },
    });
    expect(a.parties.municipalities).toEqual([{ id: "borlange", code: "2081", name: "Borlänge kommun" }]);
  });

  it("is valid for the calendar year 2019 only", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2019 },
      end: { type: "year", year: 2019 },
      asWritten: "2019 års samverkansöverenskommelse",
      alsoWritten: ["Överenskommelsen för 2019"],
    });
  });

  it("sets the overall forms of cooperation and concrete areas for the year", () => {
    expect(texts(a.clauses)).toEqual([
      "I överenskommelsen slås de övergripande formerna för samverkan fast, liksom konkreta samverkansområden för året.",
      "Kopplat till samverkansöverenskommelsen finns även ett medborgarlöfte.",
    ]);
  });

  it("focuses on developing EST, a working form with no visible cadence", () => {
    expect(a.forums).toHaveLength(1);
    expect(a.forums![0]).toMatchObject({ id: "est", kind: "est", name: "Effektiv samordning för trygghet (EST)" });
    expect(a.forums![0]!.description).toContain("hantera sociala risker och social oro");
    expect(a.forums![0]!.cadence).toBeUndefined();
    expect(a.focusAreas).toEqual([
      { id: "est-utveckling", kind: "custom", title: "fortsatt utveckling av arbetsformen Effektiv samordning för trygghet (EST)", forumIds: ["est"] },
    ]);
  });

  it("is signed on 2019-03-25 by KSO Jan Bohman (S) and LPO chief Mats Lagerblad; place not visible", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Jan Bohman (S)", title: "kommunstyrelsens ordförande", role: "municipal_board_chair", partyId: "borlange" },
      { name: "Mats Lagerblad", title: "chef för lokalpolisområde Borlänge", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    for (const s of a.signatories!) expect(s.signature).toEqual({ date: "2019-03-25", asWritten: "idag, den 25 mars 2019" });
  });

  it("holds no medborgarlöfte itself: that is the document borlange-2019-medborgarlofte", () => {
    expect(a.citizenPromises).toBeUndefined();
    expect(loadPromise("borlange-2019-medborgarlofte").agreementId).toBe(a.id);
  });
});

describe("borlange-2019-medborgarlofte: the medborgarlöfte for 2019, signed with the agreement", () => {
  const name = "borlange-2019-medborgarlofte";
  commonChecks(name, "borlange-2019", "Source 2");
  const p = loadPromise(name);
  const agreement = loadAgreement("borlange-2019");

  it("is given by Borlänge kommun and lokalpolisområde Borlänge, and belongs to the 2019 agreement", () => {
    expect(p.parties.municipalities).toEqual([{ id: "borlange", code: "2081", name: "Borlänge kommun" }]);
    expect(p.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "lokalpolisområde Borlänge",
      level: "local_police_area",
      localPoliceArea: { asWritten: "lokalpolisområde Borlänge", key: "borlange", displayName: "Lokalpolisområde Borlänge" },
    });
    expect(p.agreementId).toBe("borlange-2019");
  });

  it("is for 2019", () => {
    expect(p.title).toBe("Medborgarlöftet för 2019");
    expect(p.period).toEqual({ start: "2019", end: "2019", asWritten: "Medborgarlöftet för 2019" });
  });

  it("promises, jointly and with no numbers, visits to residential areas for dialogue", () => {
    expect(p.commitments).toHaveLength(1);
    const [c] = p.commitments!;
    expect(c).toMatchObject({ by: "joint", modality: "shall" });
    expect(c!.text).toContain("ska besöka olika bostadsområden i kommunen för att föra dialog med de boende");
    expect(c!.quantity).toBeUndefined();
    expect(c!.frequency).toBeUndefined();
    expect(texts(p.clauses)).toContain(
      "Under året kommer representanter för Borlänge kommun och polisen besöka olika delar av kommunen i syfte att skapa personliga möten med medborgarna.",
    );
  });

  it("keeps EST and the områdespoliser with trygghetsvärdar going", () => {
    expect(texts(p.clauses)).toContainEqual(expect.stringContaining("Samarbetet mellan områdespoliser och trygghetsvärdar fortsätter."));
  });

  it("is followed up in coming safety surveys, aiming at a larger share who feel safe", () => {
    expect(p.followUps).toHaveLength(1);
    expect(p.followUps![0]).toMatchObject({ kind: "safety_survey", method: "i kommande trygghetsmätningar" });
    expect(p.followUps![0]!.asWritten).toContain("andelen invånare som upplever sig trygga ska ha ökat");
  });

  it("is signed by the same two on the same day as the agreement", () => {
    expect(p.signatories).toEqual(agreement.signatories);
  });
});

describe("trelleborg-2023-2026: Trelleborgs kommun and Polisen, 2023–2026, weekly EST, ten focus areas", () => {
  const name = "trelleborg-2023-2026";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Trelleborgs kommun and Polisen; the LPO is not named", () => {
    expect(a.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", asWritten: "Polisen" });
    expect(a.parties.municipalities).toEqual([{ id: "trelleborg", code: "1287", name: "Trelleborgs kommun" }]);
  });

  it("is valid for 2023-2026", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2023 },
      end: { type: "year", year: 2026 },
      asWritten: "för perioden 2023-2026",
      alsoWritten: ["gäller fram till 2026"],
    });
  });

  it("obliges both parties to take part in EST every week, within Tryggare Trelleborg", () => {
    expect(a.forums).toHaveLength(1);
    const est = a.forums![0]!;
    expect(est).toMatchObject({ kind: "est", name: "EST", cadence: { type: "weekly", asWritten: "varje vecka" } });
    expect(est.description).toContain("skapar en gemensam lägesbild och utifrån den planerar för vilka åtgärder som behöver vidtas");
    expect(est.level).toBeUndefined();
    expect(est.commitments).toEqual([
      {
        id: "delta-i-est",
        by: "joint",
        text: "parterna åtar sig att varje vecka delta i konceptet EST inom ramen för Tryggare Trelleborg",
        modality: "shall",
        frequency: { type: "weekly", asWritten: "varje vecka" },
      },
    ]);
    expect(a.guidingDocuments).toEqual([{ title: "Tryggare Trelleborg" }]);
  });

  it("has the ten focus areas, crime categories and one place (Hamnen)", () => {
    expect(titles(a.focusAreas)).toEqual([
      "Misshandel",
      "Olaga hot och ofredande",
      "Övrig stöld",
      "Bedrägerier",
      "Skadegörelse",
      "Narkotika",
      "Trafik",
      "Ordningsstörningar",
      "Kriminella nätverk",
      "Hamnen",
    ]);
  });

  it("has the seven övergripande mål, as written", () => {
    expect(texts(a.goals)).toEqual([
      "Brottsstatistik för misshandel, olaga hot och ofredande, övrig stöld, bedrägerier och skadegörelse ska minska",
      "Användningen av narkotika ska minska och det ska inte finnas några öppna drogscener i det offentliga rummet",
      "Aktivt arbete mot ungdomar som befinner sig i riskzonen för att hamna i ett missbruk.",
      "Den upplevda problembilden avseende trafikstörningar ska minska.",
      "Den upplevda och inrapporterade problembilden avseende ordningsstörningar ska minska.",
      "Ingen etablering av kriminella nätverk.",
      "Motverka kriminalitet som sker inom eller genom hamnens område.",
    ]);
  });

  it("mentions a one-year check (cut off) but no follow-up obligation", () => {
    expect(a.followUps).toBeUndefined();
    expect(a.clauses).toEqual([{ topic: "follow_up", text: expect.stringContaining("I dag är det ett år sedan") }]);
    expect(a.provenance?.part).toBe(true);
  });

  it("is signed by the KSO and the LPO chief; date and place not visible", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Ann Kajson Carlqvist", title: "Kommunstyrelsens ordförande", role: "municipal_board_chair", partyId: "trelleborg" },
      { name: "Lars-Gunnar Björnqvist", title: "lokalpolisområdeschef", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    for (const s of a.signatories!) expect(s.signature).toBeUndefined();
  });

  it("names no medborgarlöften or references", () => {
    expect(a.citizenPromises).toBeUndefined();
    expect(a.references).toBeUndefined();
  });
});

describe("solna-sundbyberg-2023-2026: one joint agreement of Solna stad, Sundbybergs stad and Polisen", () => {
  const name = "solna-sundbyberg-2023-2026";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("has three parties: two kommuner and Polisen, whose shared LPO is not named", () => {
    expect(a.structure).toEqual({ type: "single" });
    expect(a.parties.municipalities).toEqual([
      { id: "solna", code: "0184", name: "Solna stad" },
      { id: "sundbyberg", code: "0183", name: "Sundbybergs stad" },
    ]);
    expect(a.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", asWritten: "Polisen" });
    expect(a.parties.asWritten).toBe("Solna stad, Sundbybergs stad och Polisen");
    expect(texts(a.clauses)).toContainEqual(expect.stringContaining("delar lokalpolisområde"));
  });

  it("runs from 2023-12-15 to 2026-12-31 inclusive", () => {
    expect(a.validity).toEqual({
      start: { type: "date", date: "2023-12-15" },
      end: { type: "date", date: "2026-12-31" },
      asWritten: "löper från och med 2023-12-15 till och med 2026-12-31",
    });
  });

  it("has the three goals, including the propensity to report crime", () => {
    expect(texts(a.goals)).toEqual([
      "tryggheten hos de som bor, vistas eller verkar i Solna och Sundbyberg ska öka",
      "den faktiska brottsligheten ska minska",
      "benägenheten att polisanmäla brott ska vara hög i de båda kommunerna",
    ]);
  });

  it("keeps Solna's history: the 2016 avsiktsförklaring, then a two-year agreement and a new one", () => {
    expect(a.lineage?.history).toContain("tecknade 2016 en avsiktsförklaring");
    expect(a.lineage?.history).toContain("Polismyndigheten, region Stockholm och Polisområde Nord");
    expect(a.lineage?.history).toContain("löpte på två år, varefter det tecknades en ny");
    expect(a.lineage?.replaces).toBeUndefined();
  });

  it("names no signatories; the two quoted KSOs are contacts, one per kommun", () => {
    expect(a.signatories).toBeUndefined();
    expect(people(a.contacts)).toEqual([
      { name: "Sara Kukka-Salam", title: "kommunstyrelsens ordförande i Solna stad", role: "municipal_board_chair", partyId: "solna" },
      { name: "Peter Schilling", title: "kommunstyrelsens ordförande i Sundbyberg", role: "municipal_board_chair", partyId: "sundbyberg" },
    ]);
    expect(a.contacts?.map((c) => c.municipalities)).toEqual([["0184"], ["0183"]]);
  });

  it("names no forums, focus areas, follow-ups or medborgarlöften; the news (2023-12-05) came before the start", () => {
    expect(a.forums).toBeUndefined();
    expect(a.focusAreas).toBeUndefined();
    expect(a.followUps).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(a.provenance?.note).toContain("2023-12-05");
  });
});

describe("lulea-2024-2027: Luleå kommun and LPO Luleå/Boden, 2024–2027, three signers, five delmål", () => {
  const name = "lulea-2024-2027";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Luleå kommun and lokalpolisområde Luleå/Boden (no region or polisområde named)", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "polisen",
      level: "local_police_area",
      localPoliceArea: { asWritten: "Luleå/Boden", key: "lulea-boden", displayName: "Lokalpolisområde Luleå/Boden" },
    });
    expect(a.parties.municipalities).toEqual([{ id: "lulea", code: "2580", name: "Luleå kommun" }]);
  });

  it("is titled by its PDF's link text, the page's heading kept beside it", () => {
    expect(a.title).toBe("Samverkansöverenskommelse 2024-2027");
    expect(a.otherTitles).toEqual(["Överenskommelse mellan Luleå kommun och polisen"]);
  });

  it("is valid for 2024-2027 (year precision)", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2024 },
      end: { type: "year", year: 2027 },
      asWritten: "överenskommelsen för 2024-2027",
      alsoWritten: ["förnyat samverkansöverenskommelsen för 2024-2027"],
    });
  });

  it("has its purpose, its overall goal and the five delmål, as written", () => {
    expect(a.purpose).toContain("möjliggöra en strukturerad, likvärdig och kunskapsbaserad samverkan");
    expect(texts(a.goals)).toEqual([
      "Det övergripande målet är att öka tryggheten, minska brottsligheten samt möta utmaningarna med samhällsomställningen.",
      "Förebygga och bekämpa organiserad brottslighet i lokalsamhället",
      "Utveckla samverkan med civilsamhället och näringslivet",
      "Arbeta systematiskt och kunskapsbaserat",
      "Stärka den situationella preventionen",
      "Bygga broar mellan den situationella och sociala preventionen.",
    ]);
  });

  it("is signed by the vice KSO, the kommundirektör and the LPO chief; date and place not visible", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Fredrik Hansson (S)", title: "vice ordförande för kommunstyrelsen", role: "deputy_municipal_board_chair", partyId: "lulea" },
      { name: "Anna Lindh Wikblad", title: "kommundirektör", role: "municipal_director", partyId: "lulea" },
      { name: "Petra Hinterthaner", title: "lokalpolisområdeschef för Luleå/Boden", role: "local_police_area_chief", partyId: "polisen" },
    ]);
    for (const s of a.signatories!) expect(s.signature).toBeUndefined();
  });

  it("replaces the earlier agreements of the link list, newest first, the misspelling kept", () => {
    expect(a.lineage?.replaces).toEqual([
      { title: "Samverkansöverenskommelse 2020-2023", period: { start: "2020", end: "2023" } },
      { title: "Samverkansöverkommelse 2017-2019", period: { start: "2017", end: "2019" } },
      { title: "Överenskommelse mellan Polisen och Luleå kommun 2014-2016", period: { start: "2014", end: "2016" } },
      { title: "Överenskommelsen mellan Polisen och Luleå kommun 2012-2013", period: { start: "2012", end: "2013" } },
    ]);
    expect(a.clauses).toEqual([{ topic: "other", heading: "Tidigare överenskommelser och mer information", text: "Verksamhetsplan 2020-2021" }]);
  });

  it("names no forums, follow-ups, medborgarlöften or references, and was seen in part", () => {
    expect(a.forums).toBeUndefined();
    expect(a.followUps).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(a.references).toBeUndefined();
    expect(a.decisions).toBeUndefined();
    expect(a.provenance?.part).toBe(true);
  });
});

describe("hoor-2020-2023: Höörs kommun and Polisen, a four-year strategic agreement beside yearly operative ones", () => {
  const name = "hoor-2020-2023";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Höörs kommun and polisen; the LPO is not named", () => {
    expect(a.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", asWritten: "polisen" });
    expect(a.parties.municipalities).toEqual([{ id: "hoor", code: "1267", name: "Höörs kommun" }]);
  });

  it("is the strategic part, and describes the yearly one-year operative agreement", () => {
    expect(a.structure).toEqual({ type: "strategic" });
    expect(texts(a.clauses)).toContain(
      "Samverkansöverenskommelsen är strategisk och långsiktig och sträcker sig över fyra år. Varje år tas som komplement fram en operativ samverkansöverenskommelse som är ettårig.",
    );
  });

  it("runs four years from a start that is not written (2020-2023 in the name is derived)", () => {
    expect(a.validity).toEqual({
      start: { type: "unknown" },
      end: { type: "duration", years: 4 },
      asWritten: "sträcker sig över fyra år",
    });
  });

  it("is signed on Monday 11 May 2020 in Höör by the LPO chief and the KSO", () => {
    expect(people(a.signatories)).toEqual([
      { name: "Anna-Karin Boije", title: "lokalpolisområdeschef", role: "local_police_area_chief", partyId: "polisen" },
      { name: "Johan Svahnberg", title: "kommunstyrelsens ordförande", role: "municipal_board_chair", partyId: "hoor" },
    ]);
    for (const s of a.signatories!) expect(s.signature).toEqual({ date: "2020-05-11", place: "Höör", asWritten: "Måndagen den 11 maj" });
  });

  it("keeps the new joint medborgarlöften (no period visible) as clauses: narkotika, trafik, trygghetsvandringar, signed by the same two", () => {
    expect(a.citizenPromises).toBeUndefined();
    const loften = texts(a.clauses)!.filter((text) => text.includes("medborgarlöft"));
    expect(loften).toEqual([
      expect.stringContaining("samt nya gemensamma medborgarlöften under av lokalpolisområdeschef Anna-Karin Boije och kommunstyrelsens ordförande Johan Svahnberg"),
      "De nya gemensamma medborgarlöftena fokuserar på narkotika och trafikproblematik, och det blir också fortsatta gemensamma trygghetsvandringar.",
    ]);
  });

  it("names no forums or follow-ups", () => {
    expect(a.forums).toBeUndefined();
    expect(a.followUps).toBeUndefined();
  });
});

describe("malmo-2012-2016: \"Malmö trygg och säker stad\", Malmö stad and Polisområde Malmö, 2012–2016", () => {
  const name = "malmo-2012-2016";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is named Malmö trygg och säker stad, with its other forms", () => {
    expect(a.title).toBe("Malmö trygg och säker stad");
    expect(a.otherTitles).toContain("Samverkansöverenskommelse mellan Malmö stad och Polisområde Malmö 2012-2016");
    expect(a.otherTitles).toContain("Malmö – en trygg och säker stad");
  });

  it("is between Malmö stad and Polisområde Malmö (pre-2015; no region named)", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "Polisområde Malmö",
      level: "police_area",
      policeArea: "Polisområde Malmö",
    });
    expect(a.parties.municipalities).toEqual([{ id: "malmo", code: "1280", name: "Malmö stad" }]);
  });

  it("is valid 2012-2016 (year precision)", () => {
    expect(a.validity).toEqual({
      start: { type: "year", year: 2012 },
      end: { type: "year", year: 2016 },
      asWritten: "2012-2016",
      alsoWritten: ["sträcker sig från 2012 till 2016"],
    });
  });

  it("replaces Fem Fokus för ökad trygghet", () => {
    expect(a.lineage?.replaces).toHaveLength(1);
    expect(a.lineage?.replaces?.[0]?.title).toBe("Fem Fokus för ökad trygghet");
    expect(a.lineage?.replaces?.[0]?.asWritten).toContain("Överenskommelsen Fem Fokus för ökad trygghet ersätts");
  });

  it("is strategic, the ground for operative work in unnamed forums; it tells brottsförebyggande from trygghetsskapande", () => {
    expect(a.forums).toBeUndefined();
    expect(a.clauses?.map((c) => c.topic)).toEqual(["organisation", "responsibilities"]);
    expect(a.clauses?.[0]?.text).toContain("Denna strategiska överenskommelse ligger till grund för det fortsatta operativa");
    expect(a.clauses?.[0]?.text).toContain("olika samverkansforum mellan kommun och polis");
    expect(a.clauses?.[1]?.text).toContain("Polisen har primärt det brottsförebyggande uppdraget");
    expect(a.clauses?.[1]?.text).toContain("Det trygghetsskapande arbetet är ett bredare uppdrag");
  });

  it("has the six prioritised areas of the press release", () => {
    expect(titles(a.focusAreas)).toEqual([
      "Unga i riskzon och unga kriminella",
      "Organiserad brottslighet och kriminella nätverk",
      "Våld i nära relationer",
      "Stöd till brottsutsatta",
      "Drogförebyggande insatser",
      "Trygghetsskapande åtgärder i offentlig miljö och trafiken",
    ]);
  });

  it("is followed up by both through the yearly safety surveys and crime statistics", () => {
    expect(a.followUps).toHaveLength(1);
    expect(a.followUps![0]).toMatchObject({
      kind: "safety_survey",
      responsibleSide: "joint",
      cadence: { type: "yearly", asWritten: "årliga" },
      method: "genom de årliga trygghetsmätningar som Polisen och Malmö stad gör, samt brottstatistik",
      asWritten: "Arbetet ska följas upp genom de årliga trygghetsmätningar som Polisen och Malmö stad gör, samt brottstatistik.",
    });
  });

  it("names no signatories, decisions, references or medborgarlöften; the quoted kommunalråd is a contact", () => {
    expect(a.signatories).toBeUndefined();
    expect(a.decisions).toBeUndefined();
    expect(a.references).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(people(a.contacts)).toEqual([
      {
        name: "Katrin Stjernfeldt Jammeh (S)",
        title: "kommunalråd med ansvar för skola, trygghet och välfärd",
        role: "municipal_commissioner",
        partyId: "malmo",
      },
    ]);
    expect(a.provenance?.part).toBe(true);
  });
});

describe("uppsala-2015: Uppsala kommun and LPO Uppsala/Knivsta, one year (2015), from the KS memo", () => {
  const name = "uppsala-2015";
  commonChecks(name, name);
  const a = loadAgreement(name);

  it("is between Uppsala kommun and Lokalpolisområde Uppsala/Knivsta", () => {
    expect(a.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      asWritten: "Lokalpolisområde Uppsala/Knivsta",
      level: "local_police_area",
      localPoliceArea: {
        asWritten: "Lokalpolisområde Uppsala/Knivsta",
        key: "uppsala-knivsta",
        displayName: "Lokalpolisområde Uppsala/Knivsta",
      },
    });
    expect(a.parties.municipalities).toEqual([{ id: "uppsala", code: "0380", name: "Uppsala kommun" }]);
  });

  it("is meant for 2015 only, for the reason written", () => {
    expect(a.validity).toEqual({ start: { type: "year", year: 2015 }, end: { type: "year", year: 2015 }, asWritten: "avses gälla för 2015" });
    expect(texts(a.clauses)).toEqual([
      "Då Polismyndigheten genomgår en stor omorganisation och avtalstecknare är t.f. lokalpolisområdeschef anses det ej möjligt för polisen med ett längre avtal än ett år.",
    ]);
  });

  it("replaces the 2014 agreement (KSN-2013-1258, bilaga 2) with Polismyndigheten i Uppsala län, polisområde Uppsala", () => {
    expect(a.lineage?.replaces).toHaveLength(1);
    const previous = a.lineage!.replaces![0]!;
    expect(previous.period).toEqual({ start: "2014-01-01", end: "2014-12-31" });
    expect(previous.reference).toBe("KSN-2013-1258");
    expect(previous.asWritten).toContain("Polismyndigheten i Uppsala län, polisområde Uppsala");
    expect(previous.asWritten).toContain("bilaga 2");
    expect(a.lineage?.history).toBe("Uppsala kommun har tecknat avtal i form av en överenskommelse med Polismyndigheten i Uppsala län sedan 2010.");
  });

  it("is proposed for approval by Kommunstyrelsen under KSN-2014-1450 (bilaga 1), undated", () => {
    expect(a.decisions).toEqual([
      {
        kind: "adopted",
        body: "Kommunstyrelsen",
        partyId: "uppsala",
        reference: "KSN-2014-1450",
        asWritten: "Kommunstyrelsen föreslås besluta att godkänna överenskommelsen mellan Uppsala kommun och Lokalpolisområde Uppsala/Knivsta enligt bilaga 1",
      },
    ]);
    expect(a.references).toEqual([{ type: "diarienummer", value: "KSN-2014-1450", partyId: "uppsala" }]);
  });

  it("keeps the memo's date, office and handläggare in the note (no field holds them)", () => {
    expect(a.provenance?.note).toContain("2015-01-05");
    expect(a.provenance?.note).toContain("KOMMUNLEDNINGSKONTORET");
    expect(a.provenance?.note).toContain("Börjesdotter Carina");
  });

  it("has a coupled handlingsplan, revised continuously by someone not named", () => {
    expect(a.plans).toHaveLength(1);
    const plan = a.plans![0]!;
    expect(plan.kind).toBe("operational_plan");
    expect(plan.owner).toBeUndefined();
    expect(plan.description).toContain("definitioner av respektive fokusområde, vilka effekter som ska uppnås och hur det ska mätas");
    expect(plan.basis).toContain("gemensam kartläggning av behov och utvecklingsområden");
    expect(plan.title).toBe("handlingsplan");
    expect(plan.revision).toEqual({
      type: "continuous",
      asWritten: "ska kontinuerligt ses över och revideras för att kunna förändras utifrån förändrade förutsättningar i kommunen",
    });
  });

  it("names only the police signer's role: an acting LPO chief", () => {
    expect(a.signatories).toEqual([
      { id: "tf-lpo-chef", partyId: "polisen", role: "local_police_area_chief", acting: true, title: "t.f. lokalpolisområdeschef" },
    ]);
  });

  it("names no focus areas, forums or medborgarlöften, and was seen in part", () => {
    expect(a.focusAreas).toBeUndefined();
    expect(a.forums).toBeUndefined();
    expect(a.citizenPromises).toBeUndefined();
    expect(a.provenance?.part).toBe(true);
  });
});
