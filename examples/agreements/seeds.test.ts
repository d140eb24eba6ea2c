import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  formatPath,
  SCHEMA_VERSION,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
  type Issue,
} from "@samverkan/core";
import { loadSeed, seedNames, type SeedName } from "@samverkan/test-utils";

// The seeds are the five real agreements; the del 2s and the set are illustrative documents beside them.
// Validation rules are being rewritten, so these tests assert that each document validates and what
// it holds, not the exact warnings it gets. Finding-by-finding fidelity is in fidelity.test.ts.
const DEL_1 = "arjeplog-arvidsjaur-2023-2026";
const DEL_2S = ["arjeplog-del-2", "arvidsjaur-del-2"] as const;
const SET = "arjeplog-arvidsjaur-set";

/** Reads any document in this folder as plain JSON. */
function readDocument(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
}

/** Validates a document that must be valid, and returns it with its warnings. */
function expectValid(input: unknown): { value: AgreementDocument; warnings: readonly Issue[] } {
  const result = validateAgreement(input);
  if (!result.ok) {
    const issues = result.issues.map((i) => `${i.code} at ${formatPath(i.path)}`).join("\n");
    throw new Error(`expected a valid document, got:\n${issues}`);
  }
  return result;
}

/** Validates a seed, which must be a valid single agreement. */
function seed(name: SeedName): { agreement: Agreement } {
  const { value } = expectValid(loadSeed(name));
  if (value.type !== "agreement") throw new Error(`${name} is not an agreement`);
  return { agreement: value };
}

const kinds = (list: readonly { kind: string }[] | undefined) => list?.map((item) => item.kind);

describe("every seed", () => {
  it.each(seedNames)("%s validates and records where it came from", (name) => {
    const { agreement } = seed(name);
    expect(agreement.schemaVersion).toBe(SCHEMA_VERSION);
    expect(agreement.id).toBe(name);
    expect(agreement.provenance?.illustrative).not.toBe(true);
    expect(agreement.provenance?.source).toContain(`${name}.txt`);
    expect(agreement.parties.police.name).toBe("Polismyndigheten");
    // No seed text names a polisregion.
    expect(agreement.parties.police.region).toBeUndefined();
  });
});

describe("Östra Göinge 2016–2018", () => {
  const { agreement } = seed("ostra-goinge-2016-2018");

  it("is between Polismyndigheten (no LPO named) and Östra Göinge", () => {
    expect(agreement.structure).toEqual({ type: "single" });
    expect(agreement.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten" });
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["1256"]);
  });

  it("is valid for the years 2016–2018, as written", () => {
    expect(agreement.validity).toEqual({
      start: { type: "year", year: 2016 },
      end: { type: "year", year: 2018 },
      asWritten: "under åren 2016-2018",
    });
  });

  it("names no forums and four focus areas", () => {
    expect(agreement.forums).toBeUndefined();
    expect(kinds(agreement.focusAreas)).toEqual(["safety_measures", "volume_crime", "youth_and_drugs", "societal_development"]);
  });

  it("follows up once a quarter, with analysis and recommendations that revise the aktivitetsplan", () => {
    expect(agreement.followUps?.map((f) => f.kind)).toEqual(["follow_up", "situational_picture"]);
    expect(agreement.followUps?.[0]).toMatchObject({
      kind: "follow_up",
      responsibleRoles: ["community_police_officer", "security_manager"],
      cadence: { type: "quarterly", asWritten: "en gång i kvartalet" },
      requiredContent: ["analysis", "recommendations"],
      feeds: [{ type: "plan_revision", planId: "aktivitetsplan" }],
    });
    expect(agreement.plans).toEqual([
      expect.objectContaining({ id: "aktivitetsplan", kind: "activity_plan", revision: { type: "continuous", asWritten: "uppdateras löpande" } }),
    ]);
  });

  it("has two one-off deliverables: the medborgarlöften of 2016 and a joint kommunikationsplan", () => {
    expect(agreement.deliverables?.map((d) => [d.kind, d.due])).toEqual([
      ["citizen_promise", { type: "during", date: "2016", asWritten: "under 2016" }],
      ["communication_plan", undefined],
    ]);
    expect(agreement.annexes?.map((a) => [a.kind, a.ref, a.documentId])).toEqual([["citizen_promise", undefined, undefined]]);
  });

  it("has no signatories and no decisions", () => {
    expect(agreement.signatories).toBeUndefined();
    expect(agreement.decisions).toBeUndefined();
  });
});

describe("Östra Göinge 2023–2026", () => {
  const { agreement } = seed("ostra-goinge-2023-2026");

  it("is between Östra Göinge and LPO Hässleholm", () => {
    expect(agreement.parties.police.localPoliceArea).toEqual({
      asWritten: "lokalpolisområde Hässleholm",
      key: "hassleholm",
      displayName: "Lokalpolisområde Hässleholm",
    });
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["1256"]);
  });

  it("is valid 1 January 2023 – 31 December 2026", () => {
    expect(agreement.validity.start).toEqual({ type: "date", date: "2023-01-01" });
    expect(agreement.validity.end).toEqual({ type: "date", date: "2026-12-31" });
    expect(agreement.validity.asWritten).toContain("1 januari 2023 – 31 december 2026");
  });

  it("names four forums, none with a cadence or a level, each with mutual representation", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name])).toEqual([
      ["local_bra", "Lokala Brottsförebyggande rådet (Brå)"],
      ["spider_group", "Spindelgrupper (skola, socialtjänst, polis, fritid)"],
      ["joint_inspection", "Lagstadgad tillsynsverksamhet i samverkan"],
      ["defector_programme", "Avhopparverksamhet"],
    ]);
    expect(agreement.forums?.every((f) => f.cadence === undefined && f.level === undefined)).toBe(true);
    expect(agreement.forums?.every((f) => f.mutualRepresentation === true)).toBe(true);
  });

  it("has no focus areas of its own: the yearly medborgarlöften say what to prioritise", () => {
    expect(agreement.focusAreas).toBeUndefined();
    expect(agreement.citizenPromiseCycle).toMatchObject({ cadence: { type: "yearly" }, lead: "police" });
  });

  it("follows up yearly with possible revision, and Polisen surveys safety every autumn", () => {
    expect(agreement.followUps?.map((f) => [f.kind, f.cadence])).toEqual([
      ["follow_up", { type: "yearly", asWritten: "årlig uppföljning" }],
      ["safety_survey", { type: "yearly", anchor: { type: "season", season: "autumn" }, asWritten: "Varje höst" }],
    ]);
    expect(agreement.followUps?.[0]).toMatchObject({ forumId: "lokala-bra", feeds: [{ type: "agreement_revision" }] });
  });

  it("is decided by kommunstyrelsen and the lokalpolischef; each party pays its own costs", () => {
    expect(agreement.decisions?.map((d) => [d.kind, d.partyId, d.body, d.date])).toEqual([
      ["adopted", "ostra-goinge", "Kommunstyrelsen i Östra Göinge kommun", undefined],
      ["adopted", "polisen", "Lokalpolischef för lokalpolisområde Hässleholm", undefined],
    ]);
    expect(agreement.budget?.principle).toBe("own_costs");
  });

  it("is signed by KSO, LPO-chef, kommundirektör and kommunpolis, without dates", () => {
    expect(agreement.signatories?.map((s) => [s.partyId, s.role, s.name])).toEqual([
      ["ostra-goinge", "municipal_board_chair", "Patric Åberg"],
      ["polisen", "local_police_area_chief", "Niklas Årcén"],
      ["ostra-goinge", "municipal_director", "Merete Tillman"],
      ["polisen", "community_police_officer", "Veronica Gustafsson"],
    ]);
    expect(agreement.signatories?.every((s) => s.signature === undefined)).toBe(true);
  });

  it("the kommunpolis serves Osby and Östra Göinge", () => {
    expect(agreement.contacts?.find((c) => c.id === "kommunpolis")?.municipalities).toEqual(["1273", "1256"]);
  });
});

describe("Kävlinge 2019–2022", () => {
  const { agreement } = seed("kavlinge-2019-2022");

  it("is between LPO Kävlinge and Kävlinge kommun", () => {
    expect(agreement.parties.police.localPoliceArea).toMatchObject({ asWritten: "Lokalpolisområde Kävlinge", key: "kavlinge" });
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["1261"]);
  });

  it("is valid for the years 2019–2022, as written", () => {
    expect(agreement.validity).toEqual({
      start: { type: "year", year: 2019 },
      end: { type: "year", year: 2022 },
      asWritten: "2019-2022",
    });
  });

  it("cooperates in RTH and the operational groups the kommun convenes, with no cadence", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name, f.level, f.convenor, f.cadence])).toEqual([
      ["council", "Rådet för trygghet och hälsa (RTH)", "strategic", undefined, undefined],
      ["working_group", "de operativa grupper som kommunen sammankallar", "operational", "municipality", undefined],
    ]);
  });

  it("has five focus areas", () => {
    expect(kinds(agreement.focusAreas)).toEqual([
      "safety_measures",
      "volume_crime",
      "youth_and_drugs",
      "defector_programme",
      "societal_development",
    ]);
  });

  it("follows up at least once per tertial, and produces joint lägesbilder continuously", () => {
    expect(agreement.followUps?.map((f) => [f.kind, f.cadence])).toEqual([
      ["follow_up", { type: "tertial", atLeast: true, asWritten: "minst en gång per tertiäl" }],
      ["situational_picture", { type: "continuous", asWritten: "kontinuerligt" }],
    ]);
    expect(agreement.followUps?.[0]?.feeds).toEqual([{ type: "plan_revision", planId: "aktivitetsplan" }]);
  });

  it("is signed by KSO and LPO-chef on a cut-off line: only the day is known", () => {
    const cutOff = { place: "Kävlinge", partialDate: { day: 11 }, asWritten: "Kävlinge den 11" };
    expect(agreement.signatories?.map((s) => [s.partyId, s.role, s.name, s.title, s.signature])).toEqual([
      ["kavlinge", "municipal_board_chair", "Pia Almström", "Kommunstyrelsens ordförande", cutOff],
      ["polisen", "local_police_area_chief", "Patrik Ahrlin", "Lokalpolisområdeschef Kävlinge", cutOff],
    ]);
  });

  it("has its medborgarlöften as an annex that is not recorded", () => {
    expect(agreement.annexes?.map((a) => [a.kind, a.ref, a.documentId])).toEqual([["citizen_promise", undefined, undefined]]);
    expect(agreement.citizenPromises).toBeUndefined();
  });
});

describe("Kristianstad 2025–2028", () => {
  const { agreement } = seed("kristianstad-2025-2028");

  it("is between LPO Kristianstad and Kristianstads kommun, with Polisen's diarienummer", () => {
    expect(agreement.parties.police.localPoliceArea).toMatchObject({ key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" });
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["1290"]);
    expect(agreement.references).toEqual([
      { type: "diarienummer", value: "A084.191/2025", partyId: "polisen" },
      { type: "case", value: "sak 483" },
    ]);
  });

  it("is valid 1 January 2025 – 31 December 2028", () => {
    expect(agreement.validity.start).toEqual({ type: "date", date: "2025-01-01" });
    expect(agreement.validity.end).toEqual({ type: "date", date: "2028-12-31" });
  });

  it("has a steering group when needed fed by a beredningsgrupp, Lokala Brå, and a weekly EST group", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name, f.level, f.cadence?.type])).toEqual([
      ["steering_group", "Strategiska styrgruppen för brottsförebyggande och trygghetsskapande arbete", "strategic", "when_needed"],
      ["working_group", "Beredningsgruppen", undefined, undefined],
      ["local_bra", "Lokalt brottsförebyggande råd (Lokala Brå)", undefined, undefined],
      ["est", "Lägesbildsgruppen", undefined, "weekly"],
    ]);
    expect(agreement.forums?.[3]?.cadence).toEqual({ type: "weekly", asWritten: "en gång i veckan" });
  });

  it("lists seven priority areas, SSPF, SIG, avhopparverksamhet and BOB among them; the EST group carries public space", () => {
    expect(kinds(agreement.focusAreas)).toEqual([
      "crimes_against_vulnerable",
      "sspf",
      "sig",
      "defector_programme",
      "bob",
      "public_space_safety",
      "criminal_economy",
    ]);
    const forumKind = (id: string) => agreement.forums?.find((f) => f.id === id)?.kind;
    const carried = agreement.focusAreas?.filter((a) => a.forumIds).map((a) => a.forumIds?.map(forumKind));
    expect(carried).toEqual([["est"]]);
    expect(agreement.focusAreas?.every((a) => (a.commitments?.length ?? 0) > 0)).toBe(true);
  });

  it("has a lägesbild every second year, a yearly follow-up with the annual report, and one at renewal", () => {
    expect(agreement.followUps?.map((f) => [f.kind, f.cadence])).toEqual([
      ["situational_picture", { type: "every_n_years", years: 2, asWritten: "Vartannat år" }],
      [
        "follow_up",
        {
          type: "yearly",
          anchor: { type: "annual_report", of: "crime_prevention_work" },
          asWritten: "följs årligen upp i samband med årsredovisningen av det brottsförebyggande och trygghetsskapande arbetet",
        },
      ],
      ["follow_up", { type: "before_end", asWritten: "vid förnyelse av avtal" }],
      ["safety_survey", undefined],
    ]);
    expect(agreement.plans?.map((p) => [p.kind, p.owner])).toEqual([["action_plan", "municipality"]]);
    expect(agreement.budget?.principle).toBe("own_costs");
  });

  it("was signed by KSO and LPO-chef on 2025-02-07 in Kristianstad", () => {
    expect(agreement.signatories?.map((s) => [s.partyId, s.role, s.name, s.signature?.date, s.signature?.place])).toEqual([
      ["kristianstad", "municipal_board_chair", "Camilla Palm", "2025-02-07", "Kristianstad"],
      ["polisen", "local_police_area_chief", "Fredrik Liljeroos", "2025-02-07", "Kristianstad"],
    ]);
  });

  it("records the medborgarlöfte as joint, with no cadence, and no kommun contact", () => {
    expect(agreement.citizenPromiseCycle?.lead).toBe("joint");
    expect(agreement.citizenPromiseCycle?.cadence).toBeUndefined();
    expect(agreement.contacts?.map((c) => c.role)).toEqual(["community_police_officer"]);
  });
});

describe("Arjeplog and Arvidsjaur 2023–2026, del 1", () => {
  const { agreement } = seed(DEL_1);

  it("is the strategic del 1 of Polismyndigheten (no LPO named) with Arjeplog and Arvidsjaur", () => {
    expect(agreement.structure).toEqual({ type: "strategic", localContent: ["goals", "plans", "follow_ups", "citizen_promises"] });
    expect(agreement.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten" });
    expect(agreement.parties.municipalities.map((m) => [m.id, m.code])).toEqual([
      ["arjeplog", "2506"],
      ["arvidsjaur", "2505"],
    ]);
  });

  it("is valid from signing to 31 December 2026", () => {
    expect(agreement.validity).toEqual({
      start: { type: "from_signing" },
      end: { type: "date", date: "2026-12-31" },
      asWritten: "från och med datum för underskrift till och med 31 december 2026",
      terms: { revision: { asWritten: "Överenskommelsen ska därefter revideras." } },
    });
  });

  it("prioritises ANDT-S, brottsförebyggande arbete and hälsa", () => {
    expect(kinds(agreement.focusAreas)).toEqual(["andts", "crime_prevention", "health"]);
  });

  it("recommends a local samverkansgrupp in each kommun; the samordnare meet Polisen at least yearly across both", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.modality, f.municipality, f.cadence?.type])).toEqual([
      ["working_group", "should", "2506", undefined],
      ["working_group", "should", "2505", undefined],
      ["working_group", "shall", undefined, "yearly"],
    ]);
  });

  it("has the one-off deliverables of the text", () => {
    expect(agreement.deliverables?.map((d) => [d.kind, d.owner, d.municipality])).toEqual([
      ["organisation", "joint", undefined],
      ["plan", undefined, "2506"],
      ["plan", undefined, "2505"],
      ["situational_picture", "joint", undefined],
      ["goals", "joint", undefined],
      ["communication_plan", "joint", undefined],
      ["agreement", undefined, undefined],
    ]);
  });

  it("follows up continuously, reports yearly to the leadership, and follows up before the new agreement in 2027", () => {
    expect(agreement.followUps?.map((f) => [f.kind, f.cadence])).toEqual([
      ["follow_up", { type: "continuous", asWritten: "löpande" }],
      ["leadership_report", { type: "yearly", asWritten: "årligen" }],
      ["follow_up", { type: "before_end", asWritten: "innan nytt avtal 2027" }],
    ]);
  });

  it("leaves plans, medborgarlöften and signatories to the text that has them", () => {
    expect(agreement.plans).toBeUndefined();
    expect(agreement.citizenPromises).toBeUndefined();
    expect(agreement.signatories).toBeUndefined();
  });
});

describe("the illustrative del 2s", () => {
  it.each(DEL_2S.map((name, i) => [name, i] as const))("%s is marked illustrative and completes the del 1", (name, i) => {
    const { value } = expectValid(readDocument(name));
    if (value.type !== "agreement") throw new Error(`${name} is not an agreement`);
    const code = ["2506", "2505"][i];
    expect(value.provenance?.illustrative).toBe(true);
    expect(value.provenance?.note).toMatch(/made up to show the model/i);
    expect(value.provenance?.note).toMatch(/not among the seed texts/i);
    expect(value.structure).toEqual({ type: "local", strategicId: DEL_1, municipality: code });
    expect(value.parties.municipalities.map((m) => m.code)).toEqual([code]);
    expect(value.goals?.length).toBeGreaterThan(0);
    expect(value.plans?.map((p) => p.kind)).toEqual(["operational_plan"]);
    expect(value.followUps?.map((f) => [f.kind, f.cadence?.type])).toEqual([["leadership_report", "yearly"]]);
    expect(value.citizenPromises?.map((p) => p.period.start)).toEqual(["2024-01-01", "2025-01-01", "2026-01-01"]);
    for (const promise of value.citizenPromises ?? []) {
      expect(promise.commitments?.map((c) => c.by)).toEqual(["police", "municipality", "joint"]);
      expect(promise.commitments?.every((c) => c.quantity !== undefined)).toBe(true);
    }
  });
});

describe("the Arjeplog and Arvidsjaur set", () => {
  const raw = readDocument(SET) as AgreementSet;

  it("validates, with no del 2 missing", () => {
    const { value, warnings } = expectValid(raw);
    expect(value.type).toBe("agreement_set");
    expect(warnings.some((w) => w.code === "strategic_missing_local")).toBe(false);
  });

  it("holds the del 1 and both del 2s exactly as in their own files", () => {
    expect(raw.agreements).toEqual([DEL_1, ...DEL_2S].map(readDocument));
  });

  it("marks every del 2 in it as illustrative, and the del 1 not", () => {
    for (const agreement of raw.agreements) {
      expect(agreement.provenance?.illustrative === true).toBe(agreement.structure.type === "local");
    }
  });

  it.each([
    ["arjeplog-del-2", 0],
    ["arvidsjaur-del-2", 1],
  ] as const)("without %s warns that kommun %i of the del 1 has no del 2", (missing, municipalityIndex) => {
    const partial = { ...raw, agreements: raw.agreements.filter((a) => a.id !== missing) };
    const { warnings } = expectValid(partial);
    expect(warnings.filter((w) => w.code === "strategic_missing_local").map((w) => formatPath(w.path))).toEqual([
      `agreements[0].parties.municipalities[${municipalityIndex}]`,
    ]);
  });
});
