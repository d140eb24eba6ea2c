import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  formatPath,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
  type Issue,
} from "@samverkan/core";
import { loadSeed, seedNames, type SeedName } from "@samverkan/test-utils";

// The seeds are the five real agreements; the del 2s and the set are illustrative documents beside them.
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
function seed(name: SeedName): { agreement: Agreement; warnings: readonly Issue[] } {
  const { value, warnings } = expectValid(loadSeed(name));
  if (value.type !== "agreement") throw new Error(`${name} is not an agreement`);
  return { agreement: value, warnings };
}

/** Every warning and info as "severity code path", sorted, so lists compare independently of rule order. */
function findings(warnings: readonly Issue[]): string[] {
  return warnings.map((w) => `${w.severity} ${w.code} ${formatPath(w.path)}`).sort();
}

const kinds = (list: readonly { kind: string }[] | undefined) => list?.map((item) => item.kind);

describe("every seed", () => {
  it.each(seedNames)("%s validates and records where it came from", (name) => {
    const { agreement } = seed(name);
    expect(agreement.id).toBe(name);
    expect(agreement.provenance?.illustrative).not.toBe(true);
    expect(agreement.provenance?.source).toContain(`${name}.txt`);
    expect(agreement.parties.police.name).toBe("Polismyndigheten");
  });
});

describe("Östra Göinge 2016–2018", () => {
  const { agreement, warnings } = seed("ostra-goinge-2016-2018");

  it("is between Polismyndigheten (no LPO named) and Östra Göinge", () => {
    expect(agreement.structure).toEqual({ type: "single" });
    expect(agreement.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", region: "Syd" });
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
    expect(agreement.followUps).toHaveLength(1);
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

  it("has no signatories, so nobody signs for either party", () => {
    expect(agreement.signatories).toBeUndefined();
    expect(findings(warnings)).toEqual([
      "warning party_without_signatory parties.municipalities[0]",
      "warning party_without_signatory parties.police",
    ]);
  });
});

describe("Östra Göinge 2023–2026", () => {
  const { agreement, warnings } = seed("ostra-goinge-2023-2026");

  it("is between Östra Göinge and LPO Hässleholm", () => {
    expect(agreement.parties.police.region).toBe("Syd");
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

  it("names four forums, none with a cadence", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name])).toEqual([
      ["local_bra", "Lokala Brottsförebyggande rådet (Brå)"],
      ["spider_group", "Spindelgrupper (skola, socialtjänst, polis, fritid)"],
      ["joint_inspection", "Lagstadgad tillsynsverksamhet i samverkan"],
      ["defector_programme", "Avhopparverksamhet"],
    ]);
    expect(agreement.forums?.every((f) => f.cadence === undefined)).toBe(true);
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
    expect(agreement.decisionBodies?.map((d) => d.partyId)).toEqual(["ostra-goinge", "polisen"]);
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

  it("warns only that the forums have no cadence", () => {
    expect(findings(warnings)).toEqual([0, 1, 2, 3].map((i) => `warning missing_cadence forums[${i}]`));
  });
});

describe("Kävlinge 2019–2022", () => {
  const { agreement, warnings } = seed("kavlinge-2019-2022");

  it("is between LPO Kävlinge and Kävlinge kommun", () => {
    expect(agreement.parties.police.region).toBe("Syd");
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

  it("cooperates in RTH and the kommun's operational groups, with no cadence", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name, f.level])).toEqual([
      ["council", "Rådet för trygghet och hälsa (RTH)", "strategic"],
      ["custom", "Operativa grupper", "operational"],
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

  it("follows up at least once per tertial", () => {
    expect(agreement.followUps?.map((f) => f.cadence)).toEqual([
      { type: "tertial", atLeast: true, asWritten: "minst en gång per tertiäl" },
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

  it("warns about the incomplete signature dates and the forums without cadence", () => {
    expect(findings(warnings)).toEqual([
      "warning missing_cadence forums[0]",
      "warning missing_cadence forums[1]",
      "warning signature_date_incomplete signatories[0].signature",
      "warning signature_date_incomplete signatories[1].signature",
    ]);
  });
});

describe("Kristianstad 2025–2028", () => {
  const { agreement, warnings } = seed("kristianstad-2025-2028");

  it("is between LPO Kristianstad and Kristianstads kommun, with its diarienummer", () => {
    expect(agreement.parties.police.region).toBe("Syd");
    expect(agreement.parties.police.localPoliceArea).toMatchObject({ key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" });
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["1290"]);
    expect(agreement.references).toEqual([
      { type: "diarienummer", value: "A084.191/2025" },
      { type: "case", value: "sak 483" },
    ]);
  });

  it("is valid 1 January 2025 – 31 December 2028", () => {
    expect(agreement.validity.start).toEqual({ type: "date", date: "2025-01-01" });
    expect(agreement.validity.end).toEqual({ type: "date", date: "2028-12-31" });
  });

  it("has a steering group when needed, Lokala Brå, a weekly EST group, and SSPF, SIG, avhopparverksamhet and BOB", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.name, f.level, f.cadence?.type])).toEqual([
      ["steering_group", "Strategiska styrgruppen för brottsförebyggande och trygghetsskapande arbete", "strategic", "when_needed"],
      ["local_bra", "Lokalt brottsförebyggande råd (Lokala Brå)", "strategic", undefined],
      ["est", "Lägesbildsgruppen", "operational", "weekly"],
      ["sspf", "SSPF (skola, socialtjänst, polis och fritid)", "individual", undefined],
      ["sig", "SIG (social insatsgrupp)", "individual", undefined],
      ["defector_programme", "Avhopparverksamhet", "individual", undefined],
      ["bob", "BOB (barn och unga i organiserad brottslighet)", "individual", undefined],
    ]);
    expect(agreement.forums?.[2]?.cadence).toEqual({ type: "weekly", asWritten: "en gång i veckan" });
  });

  it("lists seven priority areas; SSPF, SIG, avhopparverksamhet and BOB are carried by their forums", () => {
    expect(kinds(agreement.focusAreas)).toEqual([
      "crimes_against_vulnerable",
      "custom",
      "custom",
      "defector_programme",
      "custom",
      "public_space_safety",
      "criminal_economy",
    ]);
    const forumKind = (id: string) => agreement.forums?.find((f) => f.id === id)?.kind;
    const carried = agreement.focusAreas?.filter((a) => a.forumIds).map((a) => a.forumIds?.map(forumKind));
    expect(carried).toEqual([["sspf"], ["sig"], ["defector_programme"], ["bob"], ["est"]]);
  });

  it("has a lägesbild every second year, a yearly follow-up with the annual report, and one at renewal", () => {
    expect(agreement.followUps?.map((f) => [f.kind, f.cadence])).toEqual([
      ["situational_picture", { type: "every_n_years", years: 2, asWritten: "Vartannat år" }],
      ["follow_up", { type: "yearly", anchor: { type: "annual_report" }, asWritten: "följs årligen upp i samband med årsredovisningen" }],
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

  it("notes the retroactive signatures and warns about what has no cadence", () => {
    expect(findings(warnings)).toEqual([
      "info signature_retroactive signatories[0].signature.date",
      "info signature_retroactive signatories[1].signature.date",
      "warning missing_cadence followUps[3]",
      "warning missing_cadence forums[1]",
      "warning missing_cadence forums[3]",
      "warning missing_cadence forums[4]",
      "warning missing_cadence forums[5]",
      "warning missing_cadence forums[6]",
    ]);
  });
});

describe("Arjeplog and Arvidsjaur 2023–2026, del 1", () => {
  const { agreement, warnings } = seed(DEL_1);

  it("is the strategic del 1 of Polismyndigheten (no LPO named) with Arjeplog and Arvidsjaur", () => {
    expect(agreement.structure).toEqual({ type: "strategic" });
    expect(agreement.parties.police).toEqual({ id: "polisen", name: "Polismyndigheten", region: "Nord" });
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
    });
  });

  it("prioritises ANDT-S, brottsförebyggande arbete and hälsa", () => {
    expect(kinds(agreement.focusAreas)).toEqual(["andts", "crime_prevention", "health"]);
  });

  it("has a local samverkansgrupp in each kommun meeting every year", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.municipality, f.cadence?.type])).toEqual([
      ["custom", "2506", "yearly"],
      ["custom", "2505", "yearly"],
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
    expect(findings(warnings)).toEqual([
      "warning party_without_signatory parties.municipalities[0]",
      "warning party_without_signatory parties.municipalities[1]",
      "warning party_without_signatory parties.police",
    ]);
  });
});

describe("the illustrative del 2s", () => {
  it.each(DEL_2S.map((name, i) => [name, i] as const))("%s is marked illustrative and completes the del 1", (name, i) => {
    const { value, warnings } = expectValid(readDocument(name));
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
    const commitments = value.citizenPromises?.flatMap((p) => p.commitments) ?? [];
    expect(commitments.map((c) => c.by)).toEqual(["police", "municipality", "joint"]);
    expect(commitments.every((c) => c.quantity !== undefined)).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe("the Arjeplog and Arvidsjaur set", () => {
  const raw = readDocument(SET) as AgreementSet;

  it("validates with only the del 1's unsigned parties to warn about, and no del 2 missing", () => {
    const { value, warnings } = expectValid(raw);
    expect(value.type).toBe("agreement_set");
    expect(warnings.some((w) => w.code === "strategic_missing_local")).toBe(false);
    expect(findings(warnings)).toEqual([
      "warning party_without_signatory agreements[0].parties.municipalities[0]",
      "warning party_without_signatory agreements[0].parties.municipalities[1]",
      "warning party_without_signatory agreements[0].parties.police",
    ]);
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
    expect(warnings.filter((w) => w.code === "strategic_missing_local")).toEqual([
      {
        code: "strategic_missing_local",
        severity: "warning",
        path: ["agreements", 0, "parties", "municipalities", municipalityIndex],
        params: { municipalityIndex },
      },
    ]);
  });
});
