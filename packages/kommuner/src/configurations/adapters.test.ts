import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type AgreementDocument, type AgreementSet, type Validity } from "@samverkan/core";
import {
  CONFIGURATION_FINDING_CODES,
  CONFIGURATION_KINDS,
  configurations,
  formatFinding,
  framework,
  joint,
  lpoGroup,
  multiLpo,
  single,
  strategicLocal,
  toLocalPoliceArea,
  type StartInput,
} from "@samverkan/kommuner";

const validity: Validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } };
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/agreements/${name}.json`, import.meta.url), "utf8")) as AgreementDocument;

const inputs: Record<(typeof CONFIGURATION_KINDS)[number], StartInput> = {
  single: { kommuner: ["Kävlinge"], validity, localPoliceAreas: ["Lokalpolisområde Kävlinge"] },
  lpo_group: { kommuner: ["Östra Göinge", "Osby", "Hässleholm"], validity, localPoliceAreas: ["Lokalpolisområde Hässleholm"] },
  joint: { kommuner: ["Lycksele", "Sorsele", "Storuman"], validity, localPoliceAreas: ["Lokalpolisområde Lycksele"] },
  strategic_local: { kommuner: ["Arjeplog", "Arvidsjaur"], validity },
  multi_lpo: { kommuner: ["Göteborg"], validity, localPoliceAreas: ["Lokalpolisområde Centrum", "Lokalpolisområde Hisingen", "Lokalpolisområde Syd"] },
  framework: { kommuner: ["Kristianstad"], validity, localPoliceAreas: ["Kristianstads lokalpolisområde"] },
};

function started(kind: (typeof CONFIGURATION_KINDS)[number]): AgreementDocument {
  const result = configurations[kind].start(inputs[kind]);
  if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.issues)}`);
  return result.document;
}

const codes = (findings: readonly { code: string; path: readonly (string | number)[] }[]) => findings.map((f) => `${f.code} ${f.path.join(".")}`);

describe.each(CONFIGURATION_KINDS)("%s", (kind) => {
  const adapter = configurations[kind];

  it("starts a document that validates with warnings only, for what the kommuner fill in", () => {
    const document = started(kind);
    expect(document.type).toBe(adapter.document);
    const result = validateAgreement(document);
    expect(result.ok).toBe(true);
    // Signatories, contact persons and focus areas for every kind; a del 2 (or an LPO's local
    // agreement) also lacks its own goals and plan.
    const fillIn = ["party_without_signatory", "contact_missing", "content_missing", ...(kind === "strategic_local" || kind === "multi_lpo" ? ["local_content_missing"] : [])];
    expect(new Set(result.ok ? result.warnings.map((w) => w.code) : [])).toEqual(new Set(fillIn));
    expect(result.ok && result.warnings.filter((w) => w.severity === "error")).toEqual([]);
  });

  it("checks its start with nothing but missing things, and round-trips it", () => {
    const document = started(kind);
    const findings = adapter.check(document);
    expect(findings.filter((f) => f.kind === "problem")).toEqual([]);
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set(["party_without_signatory", "contact_missing", "goals_missing", ...(kind === "strategic_local" ? ["local_without_citizen_promise"] : [])]),
    );
    const read = adapter.read(document);
    expect(read.ok && (adapter.build as (parts: unknown) => AgreementDocument)(read.parts)).toEqual(document);
  });

  it("refuses the wrong kind of document", () => {
    const other = adapter.document === "agreement" ? started("lpo_group") : started("single");
    expect(adapter.check(other)).toEqual([{ code: "wrong_document_type", kind: "problem", path: ["type"] }]);
    expect(adapter.read(other).ok).toBe(false);
  });

  it("says which kommun it could not find, never throws", () => {
    expect(adapter.start({ ...inputs[kind], kommuner: ["Kristiansstad", ...inputs[kind].kommuner.slice(1)] })).toMatchObject({
      ok: false,
      issues: [{ code: "unknown_kommun", path: ["kommuner", 0] }],
    });
    expect(adapter.start({ ...inputs[kind], kommuner: [] })).toMatchObject({ ok: false, issues: [{ code: "wrong_municipality_count" }] });
    expect(adapter.start({ ...inputs[kind], kommuner: 42 as never })).toMatchObject({ ok: false });
  });
});

describe("start", () => {
  it("lines up a del 1 and its del 2s: one police party, the kommuner as parties, the same validity", () => {
    const set = started("strategic_local") as AgreementSet;
    const [del1, ...locals] = set.agreements;
    expect(del1).toMatchObject({ id: "arjeplog-arvidsjaur-2027-2030-del-1", structure: { type: "strategic" } });
    expect(locals.map((l) => l.structure)).toEqual([
      { type: "local", strategicId: del1!.id, municipality: "2506" },
      { type: "local", strategicId: del1!.id, municipality: "2505" },
    ]);
    expect(locals.every((l) => l.parties.police === del1!.parties.police && l.validity === del1!.validity)).toBe(true);
    // The group's follow-up in the del 1; each kommun's forums, survey, lägesbild and medborgarlöften in its del 2.
    expect(del1!.followUps?.map((f) => f.kind)).toEqual(["follow_up"]);
    expect(locals[0]!.followUps?.map((f) => f.kind)).toEqual(["safety_survey", "situational_picture"]);
    expect(locals[0]!.forums?.map((f) => f.name)).toEqual(["Lokala Brå"]);
  });

  it("names the police region from the kommun, and normalises the lokalpolisområde", () => {
    const agreement = started("framework") as Agreement;
    expect(agreement.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      region: "Syd",
      localPoliceArea: { asWritten: "Kristianstads lokalpolisområde", key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" },
    });
    expect(agreement.plans?.map((p) => [p.id, p.period?.start, p.period?.end])).toEqual([
      ["handlingsplan-2027", "2027-01-01", "2027-12-31"],
      ["handlingsplan-2028", "2028-01-01", "2028-12-31"],
      ["handlingsplan-2029", "2029-01-01", "2029-12-31"],
      ["handlingsplan-2030", "2030-01-01", "2030-12-31"],
    ]);
  });

  it("makes a city-wide agreement and a local one per LPO for a large kommun, and one per kommun in an LPO", () => {
    const set = started("multi_lpo") as AgreementSet;
    expect(set.agreements.map((a) => [a.id, a.structure.type, a.parties.police.localPoliceArea?.key])).toEqual([
      ["goteborg-2027-2030-stadsovergripande", "strategic", undefined],
      ["goteborg-2027-2030-centrum", "local", "centrum"],
      ["goteborg-2027-2030-hisingen", "local", "hisingen"],
      ["goteborg-2027-2030-syd", "local", "syd"],
    ]);
    const [city, ...locals] = set.agreements as [Agreement, ...Agreement[]];
    expect(locals.map((l) => l.structure)).toEqual(locals.map(() => ({ type: "local", strategicId: city.id, municipality: "1480" })));
    // The city's follow-ups, trygghetsmätning and lägesbild in the city-wide agreement; each LPO's
    // forums, follow-up and medborgarlöften in its own.
    expect(city.followUps?.map((f) => f.kind)).toEqual(["follow_up", "safety_survey", "situational_picture"]);
    expect(city.forums).toBeUndefined();
    expect(locals[0]!.followUps?.map((f) => f.kind)).toEqual(["follow_up"]);
    expect(locals[0]!.forums?.map((f) => f.name)).toEqual(["Lokala Brå"]);
    expect(locals[0]!.citizenPromiseCycle).toEqual({ cadence: { type: "yearly" }, lead: "police" });
    expect(locals[1]!.title).toBe("Lokal samverkansöverenskommelse mellan Lokalpolisområde Hisingen och Göteborg 2027–2030");
    expect((started("lpo_group") as AgreementSet).agreements.map((a) => a.parties.municipalities[0]?.code)).toEqual(["1256", "1273", "1293"]);
  });

  it("asks for the right number of kommuner and lokalpolisområden", () => {
    expect(single.start({ ...inputs.single, kommuner: ["Kävlinge", "Lomma"] })).toMatchObject({ ok: false, issues: [{ code: "wrong_municipality_count", expected: "one" }] });
    expect(joint.start({ ...inputs.joint, kommuner: ["Lycksele"] })).toMatchObject({ ok: false, issues: [{ code: "wrong_municipality_count", expected: "several" }] });
    expect(multiLpo.start({ ...inputs.multi_lpo, localPoliceAreas: ["Lokalpolisområde Centrum"] })).toMatchObject({ ok: false, issues: [{ code: "wrong_local_police_area_count", expected: "several" }] });
    expect(lpoGroup.start({ ...inputs.lpo_group, localPoliceAreas: [] })).toMatchObject({ ok: false, issues: [{ code: "wrong_local_police_area_count", expected: "one" }] });
    expect(lpoGroup.start({ ...inputs.lpo_group, kommuner: ["Osby", "1273"] })).toMatchObject({ ok: false, issues: [{ code: "municipality_repeated", path: ["kommuner", 1] }] });
    expect(lpoGroup.start({ ...inputs.lpo_group, kommuner: ["Osby"] })).toMatchObject({ ok: false, issues: [{ code: "wrong_municipality_count", expected: "several" }] });
    expect(multiLpo.start({ ...inputs.multi_lpo, localPoliceAreas: ["LPO Centrum", "Lokalpolisområde Centrum"] })).toEqual({
      ok: false,
      issues: [{ code: "local_police_area_repeated", path: ["localPoliceAreas", 1] }],
    });
  });

  it("reports a document the input makes invalid", () => {
    const result = single.start({ ...inputs.single, validity: { start: { type: "date", date: "2030-01-01" }, end: { type: "date", date: "2027-12-31" } } });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: "document_invalid", issues: expect.arrayContaining([expect.objectContaining({ code: "validity_end_before_start" })]) }],
    });
  });
});

describe("check", () => {
  it("finds the seeds in their configurations, lined up", () => {
    expect(codes(single.check(seed("kavlinge-2019-2022")))).toEqual([]);
    expect(codes(single.check(seed("ostra-goinge-2023-2026")))).toEqual([]);
    // The Kristianstad text names the kommunpolis, but no contact person for the kommun.
    expect(codes(single.check(seed("kristianstad-2025-2028")))).toEqual(["contact_missing parties.municipalities.0"]);
    expect(codes(single.check(seed("ostra-goinge-2016-2018")))).toEqual([
      "party_without_signatory parties.police",
      "party_without_signatory parties.municipalities.0",
    ]);
    expect(codes(strategicLocal.check(seed("arjeplog-arvidsjaur-set")))).toEqual([
      "party_without_signatory agreements.0.parties.police",
      "party_without_signatory agreements.0.parties.municipalities.0",
      "party_without_signatory agreements.0.parties.municipalities.1",
    ]);
  });

  it("finds a del 1 without a del 2 for each kommun, a del 2 without a medborgarlöfte, a police party that differs", () => {
    const set = seed("arjeplog-arvidsjaur-set") as AgreementSet;
    const [del1, arjeplog, arvidsjaur] = set.agreements as [Agreement, Agreement, Agreement];
    const otherPolice = { ...arvidsjaur, parties: { ...arvidsjaur.parties, police: { ...arvidsjaur.parties.police, region: "Mitt" as const } } };
    const { citizenPromises: _, ...withoutPromise } = arjeplog;
    expect(codes(strategicLocal.check({ ...set, agreements: [del1, withoutPromise] })).filter((c) => !c.startsWith("party_"))).toEqual([
      "local_without_citizen_promise agreements.1.citizenPromises",
      "municipality_without_local agreements.0.parties.municipalities.1",
    ]);
    expect(codes(strategicLocal.check({ ...set, agreements: [del1, arjeplog, otherPolice] })).filter((c) => !c.startsWith("party_"))).toEqual([
      "police_party_differs agreements.2.parties.police",
    ]);
    expect(codes(strategicLocal.check({ ...set, agreements: [arjeplog, arvidsjaur] })).filter((c) => !c.startsWith("party_"))).toEqual([
      "strategic_missing agreements",
      "local_not_in_strategic agreements.0.structure.strategicId",
      "local_not_in_strategic agreements.1.structure.strategicId",
    ]);
    expect(strategicLocal.read({ ...set, agreements: [del1, arjeplog, arjeplog] })).toMatchObject({ ok: false, findings: [{ code: "municipality_repeated" }] });
  });

  it("finds the LPO's agreements naming different lokalpolisområden, or the same kommun twice", () => {
    const set = started("lpo_group") as AgreementSet;
    const [a, b] = set.agreements as [Agreement, Agreement];
    const elsewhere = { ...b, parties: { ...b.parties, police: { ...b.parties.police, localPoliceArea: toLocalPoliceArea("Lokalpolisområde Kristianstad") } } };
    const problems = (document: AgreementSet) => codes(lpoGroup.check(document).filter((f) => f.kind === "problem"));
    expect(problems({ ...set, agreements: [a, elsewhere] })).toEqual([
      "local_police_area_differs agreements.1.parties.police.localPoliceArea",
    ]);
    expect(codes(lpoGroup.check({ ...set, agreements: [a, a] })).filter((c) => c.startsWith("municipality"))).toEqual(["municipality_repeated agreements.1.parties.municipalities.0"]);
    expect(codes(lpoGroup.check({ ...set, agreements: [] }))).toEqual(["wrong_municipality_count agreements"]);
    expect(codes(lpoGroup.check({ ...set, agreements: [a] }))).toEqual(["wrong_municipality_count agreements"]);
  });

  it("finds a large kommun's agreements with another kommun or the same LPO twice", () => {
    const set = started("multi_lpo") as AgreementSet;
    const [city, a, b] = set.agreements as [Agreement, Agreement, Agreement];
    const problems = (agreements: Agreement[]) => codes(multiLpo.check({ ...set, agreements }).filter((f) => f.kind === "problem"));
    expect(problems([city, a, b])).toEqual([]);
    const mölndal = { ...b, parties: { ...b.parties, municipalities: [{ id: "molndal", code: "1481", name: "Mölndal" }] } };
    expect(problems([city, a, mölndal])).toEqual(["municipality_differs agreements.2.parties.municipalities"]);
    expect(problems([city, a, { ...a, id: "goteborg-centrum-kopia" }])).toEqual(["local_police_area_repeated agreements.2.parties.police.localPoliceArea"]);
    // A local agreement under another framework, and a second framework.
    expect(problems([city, a, { ...b, structure: { type: "local", strategicId: "annan", municipality: "1480" } }])).toEqual([
      "wrong_structure agreements.2.structure",
      "local_not_in_strategic agreements.2.structure.strategicId",
    ]);
    expect(problems([city, { ...city, id: "goteborg-stad-2" }, a])).toEqual(["wrong_structure agreements.1.structure"]);
    expect(problems([city])).toEqual(["wrong_municipality_count agreements"]);
  });

  it("finds a year of a multi-year agreement without its handlingsplan, and a plan outside the validity", () => {
    const agreement = started("framework") as Agreement;
    const plans = agreement.plans!.filter((p) => p.id !== "handlingsplan-2029");
    const late = { ...plans[0]!, id: "handlingsplan-2031", period: { start: "2031-01-01", end: "2031-12-31" } };
    expect(codes(framework.check({ ...agreement, plans: [...plans, late] }).filter((f) => f.code === "period_not_nested" || f.code === "year_without_operational_plan"))).toEqual([
      "period_not_nested plans.3.period",
      "year_without_operational_plan plans",
    ]);
    expect(framework.check({ ...agreement, plans }).find((f) => f.code === "year_without_operational_plan")?.year).toBe(2029);
    expect(codes(framework.check(seed("kristianstad-2025-2028"))).filter((c) => c.startsWith("wrong"))).toEqual(["wrong_structure structure"]);
  });
});

describe("formatFinding", () => {
  it.each(CONFIGURATION_FINDING_CODES)("%s has a sentence in Swedish and English", (code) => {
    const f = { code, kind: "missing", path: [] } as const;
    const sv = formatFinding(f);
    const en = formatFinding(f, { locale: "en" });
    expect(sv).not.toBe(en);
    expect(sv.length).toBeGreaterThan(10);
    expect(formatFinding({ ...f, year: 2029 }, { locale: "en" })).toBe(`${en} (2029)`);
  });
});
