import { describe, expect, it } from "vitest";
import { byId, commonChecks, loadAgreement, loadPromise, loadSet, quotes, unquoted } from "./corpus.js";

// Real medborgarlöften and large-city structures from shared/corpus, encoded as v2 documents.
// Each describe pins the ground truth of its corpus file item by item; every document must also
// validate, carry its source address, and quote nothing that is not in the file's visible text.

describe("the verbatim helper", () => {
  it("finds quotes at every depth and reports the ones the text does not have", () => {
    const doc = {
      parties: { police: { name: "Polismyndigheten", asWritten: "polisen" } },
      commitments: [{ text: "Det här står inte i texten.", units: ["socialtjänst"], quantity: { count: 6, unit: "tillfällen" } }],
      provenance: { source: "inte ett citat" },
    };
    expect(quotes(doc).map((q) => q.path)).toEqual([
      "parties.police.asWritten",
      "commitments[0].text",
      "commitments[0].units[0]",
      "commitments[0].quantity.unit",
    ]);
    expect(unquoted(doc, "mala-medborgarlofte-2024").map((q) => q.path)).toEqual(["commitments[0].text", "commitments[0].units[0]"]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("goteborg-angered-medborgarlofte-2017-2018: medborgarlöfte of SDF Angered and polisen, with follow-up", () => {
  const file = "goteborg-angered-medborgarlofte-2017-2018";
  commonChecks(file, file, "Source 1");
  const doc = () => loadPromise(file);

  it("is a citizen_promise of polisen and the stadsdelsförvaltning in Angered (Göteborg, 1480), not the whole kommun", () => {
    const { parties } = doc();
    expect(parties.police.asWritten).toBe("polisen");
    expect(parties.police.localPoliceArea).toBeUndefined();
    expect(parties.municipalities).toHaveLength(1);
    const sdf = parties.municipalities[0]!;
    expect(sdf.code).toBe("1480");
    expect(sdf.name).toBeUndefined();
    expect(sdf.unit).toEqual({ kind: "district_administration", name: "stadsdelsförvaltningen i Angered" });
    expect(sdf.alternativeNames).toEqual(["SDF Angered", "Angereds stadsdelsförvaltning"]);
  });

  it("runs juni 2017 – juni 2018 at month precision", () => {
    expect(doc().period).toEqual({ start: "2017-06", end: "2018-06", asWritten: "juni 2017 – juni 2018" });
  });

  it("focuses on ökad trygghet i offentliga miljöer in Angered centrum", () => {
    expect(doc().themes).toEqual(["ökad trygghet i offentliga miljöer"]);
    for (const c of doc().commitments ?? []) expect(c.scope).toMatch(/Angered centrum$/);
  });

  it("has four commitments: two of Polis, one of the stadsdelsförvaltning, one of two third parties", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.map((c) => [c.id, c.by])).toEqual([
      ["fotpatrullering", "police"],
      ["narkotikainsatser", "police"],
      ["motiverande-samtal", "municipality"],
      ["stadning-och-klotter", "actor"],
    ]);
    expect(byId(commitments, "fotpatrullering").quantity).toEqual({ count: 100, unit: "tillfällen", atLeast: true });
    expect(byId(commitments, "narkotikainsatser").text).toBe(
      "Riktade insatser i och omkring Angered centrum i syfte att förebygga och utreda narkotikabrott.",
    );
    expect(byId(commitments, "motiverande-samtal").text).toMatch(/^Att aktivt ta kontakt med personer som missbrukar/);
    const cleaning = byId(commitments, "stadning-och-klotter");
    expect(cleaning.actorIds).toEqual(["fastighetsforvaltare", "park-och-naturforvaltningen"]);
    expect(cleaning.quantity).toEqual({ count: 5, unit: "dagar" });
    expect(cleaning.frequency).toEqual({ type: "weekly", asWritten: "fem dagar i veckan" });
  });

  it("names Fastighetsförvaltare and Park- och naturförvaltningen as actors", () => {
    expect(doc().actors).toEqual([
      { id: "fastighetsforvaltare", kind: "property_owner", name: "Fastighetsförvaltare" },
      { id: "park-och-naturforvaltningen", kind: "municipal_administration", name: "Park- och naturförvaltningen" },
    ]);
  });

  it("follows up through trygghetsmätningar och medborgardialoger", () => {
    const [followUp, ...rest] = doc().followUps ?? [];
    expect(rest).toEqual([]);
    expect(followUp?.method).toBe("genom trygghetsmätningar och medborgardialoger");
  });

  it("has the results: 300 patrols against at least 100, 18 drug operations, the SDF's part fulfilled", () => {
    const results = doc().results ?? [];
    expect(results).toHaveLength(3);
    const patrols = results.find((r) => r.commitmentId === "fotpatrullering");
    expect(patrols?.achieved).toEqual({ count: 300, unit: "tillfällen" });
    // The outcome is the transcriber's reading of 300 ≥ 100; the text states none for this item.
    expect(patrols?.outcome).toBe("fulfilled");
    const target = byId(doc().commitments, "fotpatrullering").quantity!;
    expect(patrols!.achieved!.count).toBeGreaterThanOrEqual(target.count);
    const drugs = results.find((r) => r.commitmentId === "narkotikainsatser");
    expect(drugs?.achieved).toEqual({ count: 18, unit: "tillfällen" });
    expect(drugs?.outcome).toBeUndefined();
    const sdf = results.find((r) => r.commitmentId === "motiverande-samtal");
    expect(sdf?.outcome).toBe("fulfilled");
    expect(sdf?.text).toBe("SDF Angered har uppfyllt sin del av medborgarlöftet");
    expect(results.some((r) => r.commitmentId === "stadning-och-klotter")).toBe(false);
  });

  it("replaces the two-year löfte on störande mopedåkning", () => {
    expect(doc().lineage?.replaces?.[0]?.asWritten).toContain("medborgarlöfte om störande mopedåkning");
  });

  it("names Fredrik Lennartsson and Lisa Pedersen as contacts, not signatories", () => {
    expect(doc().signatories).toBeUndefined();
    expect(doc().contacts?.map((c) => [c.name, c.partyId, c.role, c.title])).toEqual([
      ["Fredrik Lennartsson", "polisen", "community_police_officer", "kommunpolis"],
      ["Lisa Pedersen", "sdf-angered", "other", "chef för trygghetssamordningen i Angereds stadsdelsförvaltning"],
    ]);
  });

  it("keeps the follow-up's typo \"kommer haft\", and leaves out what only other stored versions say", () => {
    expect(doc().clauses?.[0]?.text).toContain("i Angered kommer haft ett särskilt fokus");
    expect(doc().agreementId).toBeUndefined();
    expect(JSON.stringify({ ...doc(), provenance: undefined })).not.toContain("nordost");
    expect(doc().provenance?.part).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

const HARNOSAND = "harnosand-medborgarloften-2020-2023";

describe("harnosand-medborgarloften-2020-2023 (2020–2021): rolling end until new löften", () => {
  const file = `${HARNOSAND}-2020-2021`;
  commonChecks(file, HARNOSAND, "Source 1");
  const doc = () => loadPromise(file);

  it("is between lokalpolisområde södra Ångermanland and Härnösands kommun (2280)", () => {
    const { parties } = doc();
    expect(parties.police.level).toBe("local_police_area");
    expect(parties.police.localPoliceArea).toEqual({
      asWritten: "lokalpolisområde södra Ångermanland",
      key: "sodra-angermanland",
      displayName: "Lokalpolisområde Södra Ångermanland",
    });
    expect(parties.municipalities).toEqual([{ id: "harnosand", code: "2280", name: "Härnösands kommun" }]);
  });

  it("runs 2020–2021 and until new löften are presented", () => {
    expect(doc().period).toEqual({
      start: "2020",
      end: "2021",
      untilReplaced: true,
      asWritten: "löper under 2020-2021 och till dess att nya medborgarlöften presenteras",
    });
  });

  it("has five commitments by party, with Räddningstjänsten and Hemab as co-actors", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.map((c) => c.by)).toEqual(["police", "joint", "joint", "joint", "joint"]);
    expect(commitments[0]?.text).toContain("prioritera arbetet mot narkotika");
    expect(commitments[1]?.actorIds).toEqual(["raddningstjansten", "hemab"]);
    expect(doc().actors?.map((a) => [a.name, a.kind])).toEqual([
      ["Räddningstjänsten", "rescue_service"],
      ["Hemab", "municipal_company"],
    ]);
    expect(commitments[2]?.units).toEqual(["socialtjänst"]);
    expect(commitments[2]?.text).toContain("barn och unga i riskzon");
    expect(commitments[3]?.text).toContain("genomföra medborgardialog");
    expect(commitments[4]?.text).toContain("trafiksäkerhetsarbetet");
  });

  it("is followed up continuously in Rådet för trygghet och hälsa, effects via statistics and staff experience", () => {
    expect(doc().forums).toEqual([{ id: "radet-for-trygghet-och-halsa", kind: "council", name: "Rådet för trygghet och hälsa" }]);
    const [council, effects] = doc().followUps ?? [];
    expect(council?.forumId).toBe("radet-for-trygghet-och-halsa");
    expect(council?.cadence).toEqual({ type: "continuous", asWritten: "kontinuerligt" });
    expect(effects?.method).toBe("med hjälp av tillgänglig statistik samt erfarenheter från berörd personal");
    expect(doc().communication?.summary).toContain("via lokalmedia, kommunen hemsida och sociala media");
  });

  it("was signed by 2020-03-10 without a visible day, and lists no formal signatories", () => {
    expect(doc().signatories).toBeUndefined();
    expect(doc().decisions).toEqual([{ kind: "signed", asWritten: "Medborgarlöftena inför 2020-2021 är nu påskrivna." }]);
    expect(doc().contacts?.map((c) => [c.name, c.role])).toEqual([
      ["Anna-Karin Hasselborg", "contact_person"],
      ["Hans Björner", "local_police_area_chief"],
      ["Andreas Sjölander", "municipal_commissioner"],
    ]);
    expect(byId(doc().contacts, "bjorner").title).toBe("chef polisområde södra Ångermanland");
  });

  it("keeps the typos stäorka, tillsaimnans and \"ska kontinuerligt att följas upp\"", () => {
    const text = JSON.stringify(doc());
    for (const typo of ["stäorka", "tillsaimnans", "ska kontinuerligt att följas upp"]) expect(text).toContain(typo);
  });
});

describe("harnosand-medborgarloften-2020-2023 (2022–2023): with Räddningstjänsten Höga Kusten – Ådalen", () => {
  const file = `${HARNOSAND}-2022-2023`;
  commonChecks(file, HARNOSAND, "Source 3");
  const doc = () => loadPromise(file);

  it("runs 2022 up to and including 2023 at year precision", () => {
    expect(doc().period).toEqual({ start: "2022", end: "2023", asWritten: "ska gälla fram till och med 2023" });
    expect(doc().period.untilReplaced).toBeUndefined();
  });

  it("is between lokalpolisen Södra Ångermanland (the same LPO key) and Härnösands kommun", () => {
    expect(doc().parties.police.localPoliceArea?.key).toBe("sodra-angermanland");
    expect(doc().parties.police.asWritten).toBe("lokalpolisen Södra Ångermanland");
    expect(doc().parties.municipalities.map((m) => m.code)).toEqual(["2280"]);
  });

  it("has four commitments: weekly foot patrols, joint traffic checks, three-way samverkan, narcotics with Socialtjänsten", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.map((c) => c.by)).toEqual(["police", "joint", "joint", "police"]);
    expect(commitments[0]?.frequency).toEqual({ type: "weekly", asWritten: "varje vecka" });
    expect(commitments[1]?.text).toContain("trafikkontroller utifrån en gemensam lägesbild");
    expect(commitments[2]?.actorIds).toEqual(["raddningstjansten"]);
    expect(commitments[2]?.frequency?.type).toBe("continuous");
    expect(commitments[3]?.units).toEqual(["Socialtjänsten"]);
  });

  it("names the räddningstjänst in both spellings and as \"en del i årets medborgarlöfte\"", () => {
    expect(doc().actors).toEqual([
      {
        id: "raddningstjansten",
        kind: "rescue_service",
        name: "Räddningstjänsten Höga Kusten – Ådalen",
        alternativeNames: ["Räddningstjänsten Höga Kusten - Ådalen"],
      },
    ]);
    expect(doc().clauses?.[0]?.text).toContain("en del i årets medborgarlöfte");
  });

  it("is signed by the KSO and Andreas Dahlbom (role not written) on Monday 2022-02-14, derived from \"I måndags\"", () => {
    const [kso, police] = doc().signatories ?? [];
    expect([kso?.name, kso?.role, kso?.title, kso?.partyId]).toEqual([
      "Andreas Sjölander (S)",
      "municipal_board_chair",
      "kommunstyrelsens ordförande",
      "harnosand",
    ]);
    expect([police?.name, police?.role, police?.title, police?.partyId]).toEqual(["Andreas Dahlbom", "other", undefined, "polisen"]);
    // Derived: published Wednesday 2022-02-16, "I måndags" is Monday 2022-02-14.
    for (const s of [kso, police]) expect(s?.signature).toEqual({ date: "2022-02-14", asWritten: "I måndags", derived: true });
  });

  it("follows the 2020–2021 löfte", () => {
    expect(doc().lineage?.replaces?.map((r) => r.id)).toEqual(["harnosand-2020-2021"]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("haparanda-medborgarloften-2020-2022: three-year löfte with numeric targets", () => {
  const file = "haparanda-medborgarloften-2020-2022";
  commonChecks(file, file, "Source 1");
  const doc = () => loadPromise(file);

  it("is between Lokalpolisområde Östra Norrbotten and Haparanda kommun / Haparanda stad (2583)", () => {
    expect(doc().parties.police.localPoliceArea).toEqual({
      asWritten: "Lokalpolisområde Östra Norrbotten",
      key: "ostra-norrbotten",
      displayName: "Lokalpolisområde Östra Norrbotten",
    });
    expect(doc().parties.municipalities).toEqual([
      { id: "haparanda", code: "2583", name: "Haparanda kommun", alternativeNames: ["Haparanda stad"] },
    ]);
  });

  it("runs 2020–2022 at year precision", () => {
    expect(doc().period).toEqual({ start: "2020", end: "2022", asWritten: "för åren 2020-2022" });
  });

  it("builds on medborgarenkäter, medarbetardialoger, samtal med kommunen and Polisens underrättelseverksamhet", () => {
    expect(doc().basis).toContain("medborgarenkäter och medarbetardialoger, dels genom samtal med kommunen och underlag från Polisens underrättelseverksamhet");
  });

  it("has the four focus areas as themes", () => {
    expect(doc().themes).toEqual(["Polisiär närvaro/trygghet och grannsamverkan", "Droger/folkhälsa", "Trafiksäkerhet", "Våld i nära relationer"]);
  });

  it("has the visible commitments by party with their minimum quantities", () => {
    const c = (id: string) => byId(doc().commitments, id);
    expect(doc().commitments?.map((x) => [x.id, x.by])).toEqual([
      ["fotpatrullering", "police"],
      ["riskkvallar", "joint"],
      ["trygghetsvandring", "joint"],
      ["grannsamverkan", "joint"],
      ["riktade-insatser-narkotika", "joint"],
      ["sok-med-hund", "joint"],
      ["pss-samverkan", "joint"],
      ["utbildning-narkotika", "municipality"],
    ]);
    expect([c("fotpatrullering").quantity, c("fotpatrullering").frequency?.type]).toEqual([{ count: 1, unit: "gång", atLeast: true }, "weekly"]);
    expect([c("riskkvallar").quantity, c("riskkvallar").frequency?.type]).toEqual([{ count: 2, unit: "riskkvällar", atLeast: true }, "yearly"]);
    expect([c("trygghetsvandring").quantity, c("trygghetsvandring").frequency?.type]).toEqual([
      { count: 1, unit: "trygghetsvandring", atLeast: true },
      "yearly",
    ]);
    expect(c("grannsamverkan").modality).toBe("strive");
    expect([c("riktade-insatser-narkotika").quantity, c("riktade-insatser-narkotika").frequency?.type]).toEqual([
      { count: 4, unit: "riktade insatser", atLeast: true },
      "yearly",
    ]);
    expect([c("sok-med-hund").quantity, c("sok-med-hund").frequency?.type]).toEqual([{ count: 2, unit: "tillfällen", atLeast: true }, "yearly"]);
    expect(c("utbildning-narkotika").text).toContain("utbilda lärare, elever och vårdnadshavare");
  });

  it("cooperates via PSS-gruppen (polis, skola och socialtjänst), with no visible cadence", () => {
    const [forum, ...rest] = doc().forums ?? [];
    expect(rest).toEqual([]);
    expect([forum?.name, forum?.kind, forum?.members?.map((m) => m.name), forum?.cadence]).toEqual([
      "PSS-gruppen",
      "sspf",
      ["polis", "skola", "socialtjänst"],
      undefined,
    ]);
    expect(byId(doc().commitments, "pss-samverkan").forumIds).toEqual(["pss-gruppen"]);
  });

  it("is signed (\"Avtalet\") by the kommunalråd and the LPO chief, with no visible date or place", () => {
    expect(doc().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Sven Tornberg", "haparanda", "municipal_commissioner", "kommunalråd", undefined],
      ["Lars Öberg", "polisen", "local_police_area_chief", "chef lokalpolisområde Östra Norrbotten", undefined],
    ]);
    expect(doc().decisions?.[0]?.asWritten).toMatch(/^Avtalet skrevs under av/);
  });

  it("has no visible follow-up, and notes the headline typo \"Tillsamman\"", () => {
    expect(doc().followUps).toBeUndefined();
    expect(doc().results).toBeUndefined();
    expect(doc().provenance?.note).toContain("Tillsamman blir vi starka");
  });
});

// ---------------------------------------------------------------------------------------------

describe("jokkmokk-uppfoljning-2020-2022: follow-up of a löfte that was not fulfilled", () => {
  const file = "jokkmokk-uppfoljning-2020-2022";
  commonChecks(file, file, "Source");
  const doc = () => loadPromise(file);

  it("is between Jokkmokks kommun (2510) and Polisen, with no LPO named", () => {
    expect(doc().parties.municipalities).toEqual([{ id: "jokkmokk", code: "2510", name: "Jokkmokks kommun" }]);
    expect(doc().parties.police.asWritten).toBe("Polisen");
    expect(doc().parties.police.localPoliceArea).toBeUndefined();
    expect(doc().parties.police.region).toBeUndefined();
  });

  it("ran 2020–2022 at year precision", () => {
    expect(doc().period).toEqual({ start: "2020", end: "2022", asWritten: "2020–2022" });
  });

  it("was not fulfilled because of the pandemic", () => {
    const overall = (doc().results ?? []).filter((r) => r.period === undefined);
    expect(overall).toHaveLength(1);
    expect(overall[0]?.outcome).toBe("not_fulfilled");
    expect(overall[0]?.text).toContain("kunde inte utföras till fullo");
    expect(overall[0]?.text).toContain("en pandemi");
  });

  it("reports Polisen's work per year, with the approximate counts", () => {
    const results = doc().results ?? [];
    const perYear = results.filter((r) => r.period !== undefined);
    expect(perYear.every((r) => r.reportedBy === "police" && r.commitmentId === undefined && r.outcome === undefined)).toBe(true);
    const counts = (year: string) => perYear.filter((r) => r.period === year && r.achieved).map((r) => r.achieved);
    expect(counts("2020")).toEqual([]);
    expect(perYear.find((r) => r.period === "2020")?.text).toContain("ett mindre antal fotpatruller och trafikkontroller");
    expect(counts("2021")).toEqual([
      { count: 20, unit: "fotpatruller", approximate: true },
      { count: 20, unit: "trafikkontroller", approximate: true },
    ]);
    expect(perYear.filter((r) => r.period === "2021").map((r) => r.text).join(" ")).toContain("några besök i skolorna");
    expect(perYear.filter((r) => r.period === "2021").map((r) => r.text).join(" ")).toContain("En inbrottsvåg");
    expect(counts("2022")).toEqual([
      { count: 80, unit: "trafikkontroller", approximate: true },
      { count: 10, unit: "skolbesök", approximate: true },
      { count: 20, unit: "tillfällen", approximate: true },
      { count: 20, unit: "krogbesök", approximate: true },
    ]);
  });

  it("shows none of the löfte's own commitments, signatories or forums", () => {
    expect(doc().commitments).toBeUndefined();
    expect(doc().signatories).toBeUndefined();
    expect(doc().forums).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

const KALMAR = "kalmar-medborgarloften-2016-2022";

describe("kalmar-medborgarloften-2016-2022 (2016–2017): joint löften with Kalmar City", () => {
  const file = `${KALMAR}-2016-2017`;
  commonChecks(file, KALMAR, "Source 2");
  const doc = () => loadPromise(file);

  it("is between Kalmar kommun (0880) and Polisen for 2016–2017", () => {
    expect(doc().parties.municipalities.map((m) => [m.code, m.name])).toEqual([["0880", "Kalmar kommun"]]);
    expect(doc().period).toEqual({ start: "2016", end: "2017", asWritten: "för 2016-2017" });
  });

  it("has the two löften as themes", () => {
    expect(doc().themes).toEqual(["Skapa en tryggare stadskärna", "Minska antalet bostadsinbrott"]);
  });

  it("has joint commitments, including at least one trygghetsvandring and samverkan with Kalmar City", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments).toHaveLength(6);
    expect(commitments.every((c) => c.by === "joint")).toBe(true);
    expect(byId(commitments, "trygghetsvandring-stadskarnan").quantity).toEqual({ count: 1, unit: "trygghetsvandring", atLeast: true });
    expect(byId(commitments, "samverkan-kalmar-city").actorIds).toEqual(["kalmar-city"]);
    expect(byId(commitments, "samverkan-kalmar-city").text).toMatch(/^Kontinuerlig samverkan mellan polisen, kommunen och Kalmar City/);
    expect(byId(commitments, "grannsamverkan").actorIds).toEqual(["raddningstjanst"]);
    expect(doc().actors?.map((a) => [a.name, a.kind])).toEqual([
      ["Kalmar City", "business"],
      ["räddningstjänst", "rescue_service"],
    ]);
  });

  it("shows no follow-up, signatories or forums", () => {
    expect([doc().followUps, doc().signatories, doc().forums]).toEqual([undefined, undefined, undefined]);
  });
});

describe("kalmar-medborgarloften-2016-2022 (from 2022): per-party commitments and an åtgärdsplan vid behov", () => {
  const file = `${KALMAR}-2022`;
  commonChecks(file, KALMAR, "Source 1");
  const doc = () => loadPromise(file);

  it("is between Lokalpolisområde Kalmar and Kalmar kommun", () => {
    expect(doc().parties.police.localPoliceArea).toEqual({ asWritten: "Lokalpolisområde Kalmar", key: "kalmar", displayName: "Lokalpolisområde Kalmar" });
    expect(doc().parties.municipalities.map((m) => m.code)).toEqual(["0880"]);
  });

  it("starts 2022 with no visible end", () => {
    expect(doc().period).toEqual({ start: "2022", asWritten: "från 2022" });
  });

  it("builds on the joint lägesbild and its sources, keeping the typo \"medborgalöften\"", () => {
    const basis = doc().basis ?? "";
    for (const part of ["polisens trygghetsundersökning", "CAN:s undersökning om drogvanor", "lokal brottstatistik", "medborgalöften"]) {
      expect(basis).toContain(part);
    }
  });

  it("has the two löften as themes", () => {
    expect(doc().themes).toEqual(["Ökad närvaro och trygghet i Oxhagen, Berga/Funkabo och Norrliden", "Förstärkt arbete mot narkotika"]);
  });

  it("has six joint commitments, one of Polisen and one of the kommun (cut off)", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.filter((c) => c.by === "joint")).toHaveLength(6);
    expect(commitments.filter((c) => c.by === "police").map((c) => c.text)).toEqual([
      "Polisen ska genomföra särskilt riktade insatser mot droger och ungdomar i riskzon.",
    ]);
    expect(commitments.filter((c) => c.by === "municipality").map((c) => c.text)).toEqual([
      "Kommunen ska skapa förutsättningar för en trygg och drogfri miljö tillsammans med föräldrar för barn och unga genom att förstärka det förebyggande arbetet",
    ]);
    expect(byId(commitments, "trygghetsvandring-per-stadsdel").scope).toBe("i respektive stadsdel");
  });

  it("has an åtgärdsplan per stadsdel only when needed", () => {
    const plan = byId(doc().commitments, "atgardsplan-vid-behov");
    expect([plan.modality, plan.condition]).toEqual(["conditional", "Vid behov"]);
    expect(plan.text).toContain("utarbetas en åtgärdsplan");
  });

  it("shows no follow-up or signatories, and does not quote the unread docplayer title", () => {
    expect([doc().followUps, doc().signatories]).toEqual([undefined, undefined]);
    expect(JSON.stringify(doc())).not.toContain("Samverkansavtal med gemensamma medborgarlöften");
  });
});

// ---------------------------------------------------------------------------------------------

const LUDVIKA = "ludvika-medborgarloften-2018-2022";

describe("ludvika-medborgarloften-2018-2022 (2018/19): April–March validity", () => {
  const file = `${LUDVIKA}-2018-2019`;
  commonChecks(file, LUDVIKA, "Source 1");
  const doc = () => loadPromise(file);

  it("runs from 1 April 2018 up to and including 31 March 2019 at day precision", () => {
    expect(doc().period).toEqual({ start: "2018-04-01", end: "2019-03-31", asWritten: "från 1 april 2018 till och med 31 mars 2019" });
  });

  it("is between polisen and Ludvika kommun (2085), with no LPO named", () => {
    expect(doc().parties.municipalities.map((m) => [m.code, m.name])).toEqual([["2085", "Ludvika kommun"]]);
    expect(doc().parties.police.localPoliceArea).toBeUndefined();
  });

  it("has the commitments by party", () => {
    expect(doc().commitments?.map((c) => [c.id, c.by])).toEqual([
      ["trygghetsvandringar", "joint"],
      ["synlighet-krogstangning", "police"],
      ["fotpatrullering", "police"],
      ["fritidsgardar", "police"],
      ["grannsamverkan", "police"],
      ["nattvandring", "municipality"],
      ["samverkansgrupp-traffas", "joint"],
    ]);
    expect(byId(doc().commitments, "fotpatrullering").text).toContain("i mån av tid fotpatrullera i centrala Ludvika under butikernas öppettider");
    expect(byId(doc().commitments, "nattvandring").units).toEqual(["Ludvika kommuns citygrupp"]);
  });

  it("has a samverkansgrupp of kommun and Polis that meets kontinuerligt", () => {
    const [forum] = doc().forums ?? [];
    expect(forum?.members?.map((m) => [m.name, m.side])).toEqual([
      ["kommun", "municipality"],
      ["Polis", "police"],
    ]);
    expect(forum?.cadence).toEqual({ type: "continuous", asWritten: "kontinuerligt" });
    expect(byId(doc().commitments, "samverkansgrupp-traffas").forumIds).toEqual([forum?.id]);
  });

  it("records no follow-up, its text being cut off", () => {
    expect(doc().followUps).toBeUndefined();
    expect(doc().provenance?.part).toBe(true);
  });
});

describe("ludvika-medborgarloften-2018-2022 (2022): fewer points, the county model fas", () => {
  const file = `${LUDVIKA}-2022`;
  commonChecks(file, LUDVIKA, "Source 2");
  const doc = () => loadPromise(file);

  it("is signed by the kommunalråd and the lokalpolisområdeschef on Monday 2022-06-20, derived from \"Under måndagen\"", () => {
    // Derived: "Under måndagen" in news published 20 jun 2022, a Monday.
    expect(doc().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Leif Pettersson", "ludvika", "municipal_commissioner", "kommunalråd", { date: "2022-06-20", asWritten: "Under måndagen", derived: true }],
      ["Thomas Hellgren", "polisen", "local_police_area_chief", "lokalpolisområdeschef", { date: "2022-06-20", asWritten: "Under måndagen", derived: true }],
    ]);
  });

  it("has no visible period: only the required start, the year of signing, with no end", () => {
    expect(doc().period).toEqual({ start: "2022" });
  });

  it("has a joint forum of continuous meetings for a samlad lägesbild after Länsstyrelsen Dalarna's model (fas)", () => {
    const [forum] = doc().forums ?? [];
    expect(forum?.cadence).toEqual({ type: "continuous", asWritten: "kontinuerliga" });
    expect(forum?.description).toContain("Länsstyrelsen Dalarnas gemensamma modell för förebyggande arbete i samverkan (fas)");
    const joint = byId(doc().commitments, "samlad-lagesbild");
    expect([joint.by, joint.forumIds]).toEqual(["joint", [forum?.id]]);
  });

  it("has the commitments by party", () => {
    expect(doc().commitments?.map((c) => [c.id, c.by])).toEqual([
      ["samlad-lagesbild", "joint"],
      ["synlighet", "police"],
      ["fritidsgardar", "police"],
      ["nattvandring", "municipality"],
    ]);
    expect(byId(doc().commitments, "synlighet").text).toContain("Polisens övriga underrättelser, relevant statistik och resursläge");
    expect(byId(doc().commitments, "nattvandring").units).toEqual(["socialtjänsten", "Citygruppen"]);
  });

  it("keeps the design change: fewer, less detailed points", () => {
    expect(doc().clauses?.[0]?.text).toMatch(/^Tidigare har punkterna varit fler och mer detaljerade\./);
    expect(doc().clauses?.[0]?.text).toContain("korta beslutsvägar");
  });
});

// ---------------------------------------------------------------------------------------------

describe("mala-medborgarlofte-2024: four signatories and conditional commitments", () => {
  const file = "mala-medborgarlofte-2024";
  commonChecks(file, file, "Source");
  const doc = () => loadPromise(file);

  it("is for Malå kommun (2418) during 2024, with no LPO or region named", () => {
    expect(doc().parties.municipalities.map((m) => [m.code, m.name])).toEqual([["2418", "Malå kommun"]]);
    expect(doc().parties.police).toEqual({ id: "polisen", name: "Polismyndigheten" });
    expect(doc().period).toEqual({ start: "2024", end: "2024", asWritten: "gäller under 2024" });
  });

  it("has its focus and basis as written", () => {
    expect(doc().themes).toEqual(["bedrägerier", "bostadsinbrott", "alkohol och narkotika", "motorburen problematik"]);
    expect(doc().basis).toContain("dialoger med medborgare och medarbetare samt polisens underrättelseinformation");
  });

  it("has seven commitments: joint or unattributed, with yearly minimums", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.map((c) => c.by)).toEqual(["joint", "joint", "joint", undefined, undefined, "joint", "joint"]);
    const yearly = commitments.filter((c) => c.frequency?.type === "yearly").map((c) => [c.id, c.quantity?.count, c.quantity?.atLeast]);
    expect(yearly).toEqual([
      ["tillsyn-tobak-alkohol", 1, true],
      ["antilangningskampanj", 1, true],
      ["foraldramote", 1, true],
      ["ungdomsinsats", 6, true],
    ]);
    expect(commitments[0]?.frequency).toBeUndefined();
  });

  it("has two conditional commitments (\"Om det uppkommer önskemål …\")", () => {
    const conditional = (doc().commitments ?? []).filter((c) => c.modality === "conditional");
    expect(conditional.map((c) => c.condition)).toEqual([
      "Om det uppkommer önskemål om trygghetsvandringar",
      "Om det uppkommer önskemål om grannsamverkan",
    ]);
  });

  it("is signed by two per side: LPO chief and kommunpolis, kommunalråd and kommunchef; no date or place", () => {
    expect(doc().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Lars Vestermark", "polisen", "local_police_area_chief", "lokalpolisområdeschef", undefined],
      ["Ewa Öberg Öström", "polisen", "community_police_officer", "kommunpolis", undefined],
      ["Lennart Gustavsson", "mala", "municipal_commissioner", "kommunalråd", undefined],
      ["Douglas Almqvist", "mala", "municipal_director", "kommunchef", undefined],
    ]);
  });

  it("calls the löften a development of the samverkansöverenskommelser; no forums or follow-up visible", () => {
    expect(doc().clauses?.[0]?.text).toContain("en utveckling och förstärkning av de samverkansöverenskommelser");
    expect([doc().forums, doc().followUps]).toEqual([undefined, undefined]);
  });
});

// ---------------------------------------------------------------------------------------------

const TOMELILLA = "tomelilla-2020-2024";

describe("tomelilla-2020-2024 (löfte 2020): signed Den 3 juni", () => {
  const file = `${TOMELILLA}-ml-2020`;
  commonChecks(file, TOMELILLA, "Source 1");
  const doc = () => loadPromise(file);

  it("is between Tomelilla kommun (1270) and lokalpolisområde Ystad during 2020", () => {
    expect(doc().parties.municipalities.map((m) => [m.code, m.name])).toEqual([["1270", "Tomelilla kommun"]]);
    expect(doc().parties.police.localPoliceArea).toEqual({ asWritten: "lokalpolisområde Ystad", key: "ystad", displayName: "Lokalpolisområde Ystad" });
    expect(doc().period).toEqual({ start: "2020", end: "2020", asWritten: "under 2020" });
  });

  it("builds on trygghetsmätning 2019, medborgardialoger och trygghetsvandringar", () => {
    expect(doc().basis).toContain("trygghetsmätning 2019, medborgardialoger och trygghetsvandringar");
  });

  it("has two joint commitments: two activities per trygghetsvandring, and unannounced home visits with socialtjänst", () => {
    const [walks, visits] = doc().commitments ?? [];
    expect([walks?.by, walks?.quantity]).toEqual(["joint", { count: 2, unit: "föreslagna aktiviteter" }]);
    expect(walks?.text).toContain("vid varje genomförd trygghetsvandring välja två föreslagna aktiviteter");
    expect([visits?.by, visits?.units]).toEqual(["joint", ["socialtjänst"]]);
    expect(visits?.text).toContain("oanmälda hembesök för barn upp till 18 år");
  });

  it("is signed by the KSO and the LPO chief; the date 2020-06-03 is derived (the year is not printed beside \"Den 3 juni\")", () => {
    expect(doc().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Leif Sandberg", "tomelilla", "municipal_board_chair", "kommunstyrelsens ordförande", { date: "2020-06-03", asWritten: "Den 3 juni", derived: true }],
      ["Mats Cronhag", "polisen", "local_police_area_chief", "chefen för lokalpolisområde Ystad", { date: "2020-06-03", asWritten: "Den 3 juni", derived: true }],
    ]);
  });

  it("keeps the formal promise \"avger härmed löfte om\"", () => {
    expect(doc().clauses).toEqual([{ topic: "commitment", text: "Tomelilla kommun och lokalpolisområde Ystad avger härmed löfte om" }]);
  });
});

describe("tomelilla-2020-2024 (agreement 2023–2024): combined SÖK with medborgarlöften, and its forums", () => {
  const file = `${TOMELILLA}-agreement-2023-2024`;
  commonChecks(file, TOMELILLA, "Source 2");
  const doc = () => loadAgreement(file);

  it("has the combined document's title, parties and period 2023 - 2024 at year precision", () => {
    expect(doc().title).toBe("Samverkansöverenskommelse med medborgarlöften för Tomelilla kommun och Polismyndigheten 2023 - 2024");
    expect(doc().parties.police.asWritten).toBe("Polismyndigheten");
    expect(doc().parties.police.localPoliceArea?.key).toBe("ystad");
    expect(doc().parties.municipalities.map((m) => m.code)).toEqual(["1270"]);
    expect(doc().validity).toEqual({ start: { type: "year", year: 2023 }, end: { type: "year", year: 2024 }, asWritten: "2023 - 2024" });
  });

  it("has lokala Brå, steered by KSAU, with its members and no cadence type for \"regelbundet\"", () => {
    const bra = byId(doc().forums, "lokala-bra");
    expect(bra.kind).toBe("local_bra");
    expect(bra.description).toContain("styrs av kommunstyrelsens arbetsutskott");
    expect(bra.members?.map((m) => m.name)).toEqual(["säkerhetssamordnare", "skola", "kultur och fritid", "socialtjänst", "gata/park", "räddningsstjänst", "polis"]);
    expect(bra.members?.find((m) => m.name === "räddningsstjänst")?.actorId).toBe("raddningstjanst");
    expect(bra.cadence).toBeUndefined();
    expect(bra.responsibilities?.[0]).toContain("Gruppen träffas regelbundet");
  });

  it("has a weekly avstämning between kommunpolis and the kommun's säkerhetsamordnare", () => {
    const check = byId(doc().forums, "avstamning");
    expect(check.cadence).toEqual({ type: "weekly", asWritten: "varje vecka" });
    expect(check.members?.map((m) => [m.name, m.side, m.role])).toEqual([
      ["kommunpolis", "police", "community_police_officer"],
      ["kommunens säkerhetsamordnare", "municipality", "coordinator"],
    ]);
  });

  it("invites the kommunpolis to every KSAU meeting, where the trygghetssamordnare and kommunpolis report the lägesbild", () => {
    const ksau = byId(doc().forums, "ksau");
    expect(ksau.description).toBe("Till varje sammanträde med kommunstyrelsens arbetsutskott, bjuds kommunpolis in.");
    const report = byId(doc().followUps, "lagesbild-till-ksau");
    expect([report.kind, report.forumId, report.responsibleRoles]).toEqual(["leadership_report", "ksau", ["coordinator", "community_police_officer"]]);
  });

  it("adopts the medborgarlöfte yearly, together", () => {
    expect(doc().citizenPromiseCycle).toEqual({ cadence: { type: "yearly", asWritten: "årligen" } });
    expect(doc().clauses?.[0]?.text).toBe("Medborgarlöftet antas årligen av kommunen och lokalpolisområdet tillsammans.");
    expect(doc().citizenPromises).toBeUndefined();
  });

  it("feeds back the activities chosen after each trygghetsvandring to the participants", () => {
    const feedback = byId(doc().followUps, "aterkoppling-trygghetsvandringar");
    expect(feedback.asWritten).toContain("återkopplas till deltagarna");
    expect(feedback.forumId).toBe("lokala-bra");
  });
});

// ---------------------------------------------------------------------------------------------

describe("stockholm-2024: two agreements signed together (Region Stockholm; Stockholms stad's city-wide framework)", () => {
  const file = "stockholm-2024";
  commonChecks(file, file, "Source");
  const set = () => loadSet(file);
  const regionAgreement = () => byId(set().agreements, "region-stockholm-polisregion-stockholm-2024");
  const cityAgreement = () => byId(set().agreements, "stockholms-stad-polisregion-stockholm-2024");

  it("is a set of exactly the two agreements", () => {
    expect(set().agreements.map((a) => a.id)).toEqual(["region-stockholm-polisregion-stockholm-2024", "stockholms-stad-polisregion-stockholm-2024"]);
  });

  it("has Polisregion Stockholm, at region level, as the police party of both", () => {
    for (const a of set().agreements) {
      expect(a.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", asWritten: "Polisregion Stockholm", level: "region", region: "Stockholm" });
    }
  });

  it("A: Polisregion Stockholm and Region Stockholm, a party that is not a kommun", () => {
    const { parties, structure } = regionAgreement();
    expect(parties.municipalities).toEqual([]);
    expect(parties.others).toEqual([{ id: "region-stockholm", kind: "region", name: "Region Stockholm" }]);
    expect(structure).toEqual({ type: "single" });
  });

  it("B: Stockholms stad (0180) and Polisregion Stockholm, the revised city-wide framework over the local agreements", () => {
    const b = cityAgreement();
    expect(b.parties.municipalities).toEqual([{ id: "stockholm", code: "0180", name: "Stockholms stad" }]);
    expect(b.structure).toEqual({ type: "strategic" });
    expect(b.decisions?.map((d) => d.kind)).toEqual(["revised"]);
    expect(b.clauses?.[0]?.text).toBe(
      "Den stadsövergripande samverkansöverenskommelsen utgör ramen för de lokala samverkansöverenskommelserna som ska tecknas mellan stadsdelsnämnderna och lokalpolisområden.",
    );
  });

  it("has no visible validity, forums, follow-up or medborgarlöften", () => {
    for (const a of set().agreements) {
      expect(a.validity).toEqual({ start: { type: "unknown" }, end: { type: "unknown" } });
      expect([a.forums, a.followUps, a.citizenPromises]).toEqual([undefined, undefined, undefined]);
    }
  });

  it("has the areas of cooperation as written, the two from marsta.nu included, in both agreements", () => {
    const titles = [
      "unga i riskzonen",
      "kriminella miljöer",
      "otrygga platser",
      "psykisk ohälsa",
      "särskilt utsatta individer",
      "systemhotande brottslighet",
      "brott mot välfärdssystemen",
      "särskilt utsatta och sårbara brottsoffer",
    ];
    for (const a of set().agreements) expect(a.focusAreas?.map((f) => f.title)).toEqual(titles);
  });

  it("is signed by the finansregionråd (A), the finansborgarråd (B) and the regionpolischef (both), in January 2024 derived from the address", () => {
    const january = { partialDate: { year: 2024, month: 1 }, asWritten: "idag", derived: true };
    expect(regionAgreement().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Aida Hadzialic", "region-stockholm", "other", "finansregionråd", january],
      ["Mattias Andersson", "polisen", "regional_police_chief", "regionpolischef", january],
    ]);
    expect(cityAgreement().signatories?.map((s) => [s.name, s.partyId, s.role, s.title, s.signature])).toEqual([
      ["Karin Wanngård", "stockholm", "municipal_commissioner", "finansborgarråd", january],
      ["Mattias Andersson", "polisen", "regional_police_chief", "regionpolischef", january],
    ]);
  });

  it("notes the supporting marsta.nu source", () => {
    for (const a of set().agreements) expect(a.provenance?.note).toContain("https://marsta.nu/startsidan/nytt-samverkansavtal-ska-oka-tryggheten");
  });
});

// ---------------------------------------------------------------------------------------------

describe("stockholm-jarva: local agreement of LPO Järva and two stadsdelsförvaltningar", () => {
  const file = "stockholm-jarva";
  commonChecks(file, file, "Source");
  const doc = () => loadAgreement(file);

  it("is a local agreement of Stockholm (0180) under the city-wide framework of stockholm-2024", () => {
    const framework = byId(loadSet("stockholm-2024").agreements, "stockholms-stad-polisregion-stockholm-2024");
    expect(doc().structure).toEqual({ type: "local", strategicId: framework.id, municipality: "0180" });
    expect(framework.structure.type).toBe("strategic");
  });

  it("has three parties: LPO Järva and two stadsdelsförvaltningar with the same kommunkod", () => {
    const { parties } = doc();
    expect(parties.police.localPoliceArea).toEqual({ asWritten: "lokalpolisområde Järva", key: "jarva", displayName: "Lokalpolisområde Järva" });
    expect(parties.municipalities).toEqual([
      { id: "rinkeby-kista", code: "0180", unit: { kind: "district_administration", name: "Rinkeby-Kista stadsdelsförvaltning" } },
      { id: "spanga-tensta", code: "0180", unit: { kind: "district_administration", name: "Spånga-Tensta stadsdelsförvaltning" } },
    ]);
    expect(doc().title).toBe(
      "Samverkansöverenskommelse mellan lokalpolisområde Järva, Rinkeby-Kista stadsdelsförvaltning och Spånga-Tensta stadsdelsförvaltning",
    );
  });

  it("has no visible years, signatories or medborgarlöften", () => {
    expect(doc().validity).toEqual({ start: { type: "unknown" }, end: { type: "unknown" } });
    expect([doc().signatories, doc().citizenPromises, doc().decisions]).toEqual([undefined, undefined, undefined]);
  });

  it("has its purpose as written", () => {
    expect(doc().purpose).toContain("skapa en gemensam inriktning för det brottsförebyggande och trygghetsskapande arbetet inom Järva");
  });

  it("has the four local focus areas, each with its own samverkansgrupp", () => {
    const areas = doc().focusAreas ?? [];
    expect(areas.map((a) => a.title)).toEqual(["Nyrekrytering", "Otillåten påverkan", "Otrygga brottsutsatta platser", "Kriminella konflikter"]);
    const forums = doc().forums ?? [];
    expect(forums).toHaveLength(4);
    expect(forums.every((f) => f.kind === "working_group" && f.cadence === undefined)).toBe(true);
    for (const area of areas) {
      expect(area.forumIds).toHaveLength(1);
      expect(byId(forums, area.forumIds![0]!).focusAreaIds).toEqual([area.id]);
    }
    expect(doc().provenance?.note).toContain("Otrygga och brottsutsatta platser");
  });

  it("names the members of samverkansgruppen Nyrekrytering; the city-wide departments are actors, not parties", () => {
    const group = byId(doc().forums, "samverkansgrupp-nyrekrytering");
    expect(group.name).toBe("samverkansgruppen Nyrekrytering");
    expect(group.members?.map((m) => [m.name, m.side])).toEqual([
      ["stadsdelsförvaltningarna", "municipality"],
      ["polisen", "police"],
      ["utbildningsförvaltningen", "actor"],
    ]);
    expect(doc().actors?.map((a) => [a.name, a.kind])).toEqual([
      ["utbildningsförvaltningen", "municipal_administration"],
      ["trafikkontoret", "municipal_administration"],
    ]);
    expect(doc().clauses?.[0]?.text).toContain("utbildningsförvaltningen och trafikkontoret");
  });

  it("names the methods and the follow-up by resultatmål, aktiviteter och indikatorer", () => {
    const description = byId(doc().focusAreas, "nyrekrytering").description ?? "";
    for (const method of ["samverkansnav", "MVP och Agera tillsammans", "utsättningsmöten"]) expect(description).toContain(method);
    const [followUp] = doc().followUps ?? [];
    expect(followUp?.asWritten).toContain("resultatmål");
    expect(followUp?.asWritten).toContain("kommer uppföljningen att förenklas");
    expect([followUp?.cadence, followUp?.responsibleSide]).toEqual([undefined, undefined]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("goteborg-samverkansstruktur: central agreement of Göteborgs Stad and polisområde Storgöteborg", () => {
  const file = "goteborg-samverkansstruktur";
  commonChecks(file, file, "Source 1");
  const doc = () => loadAgreement(file);

  it("is between Göteborgs Stad (1480) and the police at polisområde level", () => {
    expect(doc().parties.municipalities).toEqual([{ id: "goteborg", code: "1480", name: "Göteborgs Stad" }]);
    expect(doc().parties.police).toMatchObject({ asWritten: "polisområde Storgöteborg", level: "police_area", policeArea: "Polisområde Storgöteborg" });
    expect(doc().parties.police.localPoliceArea).toBeUndefined();
    expect(doc().parties.police.region).toBeUndefined();
  });

  it("is the central agreement over local ones (Trygg i Göteborg) and ad-hoc verksamhetsavtal, with no visible validity", () => {
    expect(doc().structure).toEqual({ type: "strategic" });
    expect(doc().validity).toEqual({ start: { type: "unknown" }, end: { type: "unknown" } });
    const texts = (doc().clauses ?? []).map((c) => c.text).join(" ");
    expect(texts).toContain("lokala överenskommelser inom respektive lokalpolisområde och stadsdel");
    expect(texts).toContain("särskilda verksamhetsavtal vid behov");
  });

  it("has the Central strategisk samverkansgrupp: strategic, its members from both sides, cirka fyra gånger per år", () => {
    const group = byId(doc().forums, "central-strategisk-samverkansgrupp");
    expect([group.name, group.kind, group.level]).toEqual(["Central strategisk samverkansgrupp", "steering_group", "strategic"]);
    expect(group.members?.filter((m) => m.side === "municipality").map((m) => m.name)).toEqual([
      "stadsdirektören",
      "planeringsledare från stadsledningskontoret",
      "förvaltningsdirektör för social resursförvaltning",
      "direktören för välfärd och utbildning",
      "en stadsdelsdirektör",
      "samordnaren för Göteborgs Stads trygghetsfrämjande och brottsförebyggande arbete",
    ]);
    expect(group.members?.filter((m) => m.side === "police").map((m) => m.name)).toEqual([
      "polisområdeschef",
      "biträdande polisområdeschef",
      "polisområde Storgöteborgs samordnare för det trygghetsfrämjande och brottsförebyggande arbetet",
    ]);
    // "cirka fyra gånger per år": quarterly, the approximation kept in asWritten only.
    expect(group.cadence).toEqual({ type: "quarterly", asWritten: "cirka fyra gånger per år" });
  });

  it("has the Kunskaps- och analysteam of both sides' samordnare, with no cadence", () => {
    const team = byId(doc().forums, "kunskaps-och-analysteam");
    expect(team.members?.map((m) => m.side)).toEqual(["municipality", "police"]);
    expect(team.cadence).toBeUndefined();
    expect(team.responsibilities).toEqual(["bistår staden och polisen med stöd, kunskap och analyser i arbetet"]);
  });

  it("has LÖK – nätverket at the tactical level (no level field for it), coordinated jointly, cirka fyra gånger per år", () => {
    const network = byId(doc().forums, "lok-natverket");
    expect([network.name, network.level, network.convenor]).toEqual(["LÖK – nätverket", undefined, "joint"]);
    expect(network.members?.map((m) => m.name)).toEqual(["stadsdelsförvaltningarna", "stadsledningskontoret", "lokalpolisområdena", "polisområde Storgöteborg"]);
    expect(network.responsibilities?.[0]).toContain("de lokala överenskommelserna (Trygg i Göteborg) diskuteras och processas");
    expect(network.description).toContain("samordnas gemensamt av social resursförvaltning och polisområde Storgöteborg");
    expect(network.cadence).toEqual({ type: "quarterly", asWritten: "cirka fyra gånger per år" });
  });

  it("has two processledare for SSPF and sociala insatsgrupper, reporting löpande to the central group", () => {
    expect(doc().focusAreas?.map((f) => [f.kind, f.title])).toEqual([
      ["sspf", "SSPF – arbetet (skola, socialtjänst, polis och fritidsverksamhet)"],
      ["sig", "sociala insatsgrupper i stadsdelarna"],
    ]);
    const [report] = doc().followUps ?? [];
    expect([report?.forumId, report?.cadence]).toEqual(["central-strategisk-samverkansgrupp", { type: "continuous", asWritten: "löpande" }]);
    expect(doc().clauses?.[0]?.text).toContain("har utsett två processledare");
  });

  it("has the six steps of the Trygg i Göteborg process model, in order", () => {
    const steps = (doc().clauses ?? []).filter((c) => c.topic === "method").map((c) => c.text.split(".")[0]);
    expect(steps).toEqual(["Lägesbild", "Problembild", "Syfte och mål", "Metod, resurs och organisation", "Aktivitet och åtgärd", "Uppföljning"]);
  });

  it("is signed by the stadsdirektör and the polisområdeschef, by role only", () => {
    expect(doc().signatories).toEqual([
      { id: "stadsdirektoren", partyId: "goteborg", role: "municipal_director", title: "stadsdirektören" },
      { id: "polisomradeschefen", partyId: "polisen", role: "police_area_chief", title: "polisområdeschefen" },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const UPPSALA = "uppsala-2020-2023";

describe("uppsala-2020-2023 (agreement): Uppsala kommun and LPO Uppsala/Knivsta 2020–2023", () => {
  const file = `${UPPSALA}-agreement`;
  commonChecks(file, UPPSALA, "Source 1");
  const doc = () => loadAgreement(file);

  it("is between Uppsala kommun (0380) and lokalpolisområde Uppsala/Knivsta", () => {
    expect(doc().parties.municipalities).toEqual([{ id: "uppsala", code: "0380", name: "Uppsala kommun" }]);
    expect(doc().parties.police.localPoliceArea).toEqual({
      asWritten: "lokalpolisområde Uppsala/Knivsta",
      key: "uppsala-knivsta",
      displayName: "Lokalpolisområde Uppsala/Knivsta",
    });
  });

  it("runs 2020–2023 at year precision, not open-ended", () => {
    expect(doc().validity).toEqual({ start: { type: "year", year: 2020 }, end: { type: "year", year: 2023 }, asWritten: "under perioden 2020 – 2023" });
  });

  it("has the four priorities as written", () => {
    expect(doc().focusAreas?.map((f) => f.title)).toEqual([
      "nolltolerans mot brott",
      "en trygg och säker skolmiljö som är fri från narkotika, hot och våld",
      "särskilt utsatta brottsoffer",
      "samverkan kring nya uppkomna problembilder och prioriterade insatser",
    ]);
  });

  it("shows no forums, signatories or references", () => {
    expect([doc().forums, doc().signatories, doc().references]).toEqual([undefined, undefined, undefined]);
  });
});

describe("uppsala-2020-2023 (medborgarlöfte Resecentrum 2020–2023)", () => {
  const file = `${UPPSALA}-resecentrum-2020-2023`;
  commonChecks(file, UPPSALA, "Source 2");
  const doc = () => loadPromise(file);

  it("runs 2020–2023, the agreement's period, and belongs to it", () => {
    expect(doc().period).toEqual({ start: "2020", end: "2023", asWritten: "för perioden 2020–2023" });
    expect(doc().agreementId).toBe(loadAgreement(`${UPPSALA}-agreement`).id);
  });

  it("builds on the dialogue at resecentrum in September 2019", () => {
    expect(doc().basis).toContain("dialogen vid resecentrum i september 2019");
  });

  it("has four commitments of Lokalpolisområde Uppsala/Knivsta and one joint, and no kommun-only one", () => {
    const commitments = doc().commitments ?? [];
    expect(commitments.filter((c) => c.by === "police").map((c) => c.text)).toEqual([
      "Polisen arbetar aktivt med hög närvaro vid Uppsala resecentrum",
      "Polis ska samverka för att stödja och utveckla nattvandringar",
      "Riktade insatser mot narkotika med fokus på narkotikahandel och narkotikabruk av unga",
      "Trafikinsatser med fokus på trafiksäkerhet",
    ]);
    const joint = commitments.filter((c) => c.by === "joint");
    expect(joint).toHaveLength(1);
    expect(joint[0]?.frequency).toEqual({ type: "continuous", asWritten: "kontinuerligt" });
    expect(commitments.some((c) => c.by === "municipality")).toBe(false);
    expect(doc().parties.police.asWritten).toBe("Lokalpolisområde Uppsala/Knivsta");
  });

  it("is followed up in 2023 by medborgardialog, crime statistics and results", () => {
    const [followUp] = doc().followUps ?? [];
    expect(followUp?.due).toEqual({ type: "during", date: "2023", asWritten: "under 2023" });
    expect(followUp?.method).toBe(
      "med en medborgardialog under 2023, brottsstatistik från lokalpolisområdet samt resultat av genomförda aktiviteter",
    );
  });
});

describe("uppsala-2020-2023 (medborgarlöfte Gottsunda/Valsätra 2019–2020): with the fastighetsägarförening as a party", () => {
  const file = `${UPPSALA}-gottsunda-valsatra-2019-2020`;
  commonChecks(file, UPPSALA, "Source 2", 4);
  const doc = () => loadPromise(file);

  it("has three parties: Polisen, Uppsala kommun and fastighetsägarföreningen", () => {
    expect(doc().parties.municipalities.map((m) => m.code)).toEqual(["0380"]);
    expect(doc().parties.others).toEqual([{ id: "fastighetsagarforeningen", kind: "property_owner", name: "fastighetsägarföreningen" }]);
    expect(doc().decisions?.[0]?.asWritten).toContain("har skrivit under ett gemensamt medborgalöfte");
  });

  it("runs 2019–2020 (version B; version A's period is not visible)", () => {
    expect(doc().period).toEqual({ start: "2019", end: "2020", asWritten: "gällande 2019-2020" });
    expect(doc().agreementId).toBeUndefined();
  });

  it("keeps the typo \"medborgalöfte\", and shows no commitments", () => {
    expect(JSON.stringify(doc())).toContain("medborgalöfte ");
    expect(doc().commitments).toBeUndefined();
  });
});

describe("uppsala-2020-2023 (older medborgarlöfte Resecentrum 2018–2019)", () => {
  const file = `${UPPSALA}-resecentrum-2018-2019`;
  commonChecks(file, UPPSALA, "Source 2", 4);
  const doc = () => loadPromise(file);

  it("runs 2018–2019", () => {
    expect(doc().period).toEqual({ start: "2018", end: "2019", asWritten: "för 2018-2019" });
  });

  it("has the proposed measures by party, including the kommun's own", () => {
    expect(doc().commitments?.map((c) => [c.by, c.text])).toEqual([
      ["joint", "Polisen ska arbeta aktivt tillsammans med kommunen med åtgärder avseende trygghet och säkerhetshöjning av platser inom Uppsala resecentrumområde"],
      ["police", "Polisen ska arbeta aktivt med närvaro i området"],
      ["municipality", "Uppsala kommun ska genomföra åtgärder med målet att öka tryggheten inom resecentrumområdet"],
    ]);
  });
});
