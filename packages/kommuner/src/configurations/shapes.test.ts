import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type AgreementDocument, type AgreementSet } from "@samverkan/core";
import { joinStrategic, joint, lpoGroup, multiLpo, single, splitJoint, strategicLocal, type ConfigurationAdapter } from "@samverkan/kommuner";

// The five shapes of real agreements that model v2 had to hold (issue 8), each as a v2 document
// under fixtures/: every one validates without a single finding, its adapter's check accepts it,
// read and build give it back unchanged, and the check still finds a real problem in it.

const fixture = <T extends AgreementDocument>(name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as T;
const codes = (findings: readonly { code: string; path: readonly (string | number)[] }[]) => findings.map((f) => `${f.code} ${f.path.join(".")}`);
const problems = (adapter: ConfigurationAdapter, document: AgreementDocument) => codes(adapter.check(document).filter((f) => f.kind === "problem"));

/** The document validates with no warning or note at all. */
function expectClean(document: AgreementDocument): void {
  const result = validateAgreement(document);
  expect(result.ok ? result.warnings.map((w) => `${w.code} ${w.path.join(".")}`) : result.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([]);
  expect(result.ok).toBe(true);
}

/** `build(read(document).parts)` is the document. */
function expectRoundTrip<P>(adapter: ConfigurationAdapter<P>, document: AgreementDocument): void {
  const read = adapter.read(document);
  if (!read.ok) throw new Error(codes(read.findings).join(", "));
  expect(adapter.build(read.parts)).toEqual(document);
}

describe("1. an open-ended agreement with each side's commitments, item by item, and forums per area", () => {
  const agreement = fixture<Agreement>("open-ended");

  it("is a single agreement with nothing missing, and round-trips", () => {
    expect(agreement.validity.end).toEqual({ type: "open_ended" });
    expect(agreement.validity.terms?.termination).toMatchObject({ mutual: true, noticeMonths: 6 });
    expect(agreement.focusAreas?.map((a) => [a.id, a.commitments?.map((c) => c.by ?? "unknown"), a.forumIds])).toEqual([
      ["knutpunkten", ["police", "municipality", "municipality"], ["lagesbildsgruppen"]],
      ["trafik", ["police", "municipality"], ["trafikgruppen"]],
      ["unga", ["joint", "unknown"], ["bra-falun"]],
    ]);
    expectClean(agreement);
    expect(single.check(agreement)).toEqual([]);
    expectRoundTrip(single, agreement);
  });

  it("needs no goals beside its focus areas, but does without them", () => {
    expect(agreement.goals).toBeUndefined();
    const { focusAreas: _, ...withoutAreas } = agreement;
    expect(codes(single.check(withoutAreas))).toEqual(["goals_missing goals"]);
  });

  it("is still checked: a second kommun does not fit `single`", () => {
    const two = { ...agreement, parties: { ...agreement.parties, municipalities: [...agreement.parties.municipalities, { id: "borlange", code: "2081" }] } };
    expect(problems(single, two)).toEqual(["wrong_municipality_count parties.municipalities"]);
  });
});

describe("2. one kommun's agreement in two parts: del 1 the lägesbild and focus areas, del 2 the åtgärdsplan", () => {
  const set = fixture<AgreementSet>("one-kommun-del-1-del-2");
  const [del1, del2] = set.agreements as [Agreement, Agreement];

  it("is a del 1 with a del 2 for its one kommun, with nothing missing, and round-trips", () => {
    expect(del1.parties.municipalities.map((m) => m.code)).toEqual(["1292"]);
    expect(del1.lineage?.replaces?.[0]?.id).toBe("angelholm-2021-2024");
    expect(del1.citizenPromiseCycle?.cadence).toMatchObject({ type: "every_n_years", years: 2 });
    expect(del1.annexes).toMatchObject([{ kind: "citizen_promise", ref: "medborgarlofte-2025-2026" }]);
    expect(del2.plans?.map((p) => p.kind)).toEqual(["action_plan"]);
    expectClean(set);
    expect(strategicLocal.check(set)).toEqual([]);
    // build keeps what the del 1 says the del 2 must hold.
    expectRoundTrip(strategicLocal, set);
  });

  it("counts the medborgarlöfte the del 1 records for the kommun, and misses it when it is gone", () => {
    const { citizenPromises: _, annexes: __, ...withoutPromise } = del1;
    expect(codes(strategicLocal.check({ ...set, agreements: [withoutPromise, del2] }))).toEqual(["local_without_citizen_promise agreements.1.citizenPromises"]);
  });

  it("is still checked: a del 2 for a kommun outside the del 1, or a second del 2 for the kommun", () => {
    const other = { ...del2, id: "hoganas-del-2", structure: { ...del2.structure, municipality: "1284" }, parties: { ...del2.parties, municipalities: [{ id: "hoganas", code: "1284" }] } };
    expect(problems(strategicLocal, { ...set, agreements: [del1, del2, other] })).toEqual(["local_not_in_strategic agreements.2.structure.municipality"]);
    expect(problems(strategicLocal, { ...set, agreements: [del1, del2, { ...del2, id: "kopia" }] })).toEqual(["municipality_repeated agreements.2.structure.municipality"]);
  });
});

describe("3. a joint agreement of three kommuner and one LPO, adopted by each kommunstyrelse, one kommunalråd per kommun signing", () => {
  const agreement = fixture<Agreement>("joint-three-kommuner");

  it("is a joint agreement with nothing missing, and round-trips", () => {
    // Each kommunstyrelse adopted it before that kommun's kommunalråd signed.
    for (const decision of agreement.decisions ?? []) {
      const signature = agreement.signatories?.find((s) => s.partyId === decision.partyId)?.signature?.date;
      expect(decision).toMatchObject({ kind: "adopted", body: "Kommunstyrelsen" });
      expect(decision.date! < signature!, decision.partyId).toBe(true);
    }
    expect(agreement.signatories?.filter((s) => s.role === "municipal_commissioner").map((s) => s.municipality)).toEqual(["1489", "1466", "1442"]);
    expectClean(agreement);
    expect(joint.check(agreement)).toEqual([]);
    expectRoundTrip(joint, agreement);
  });

  it("splits into a del 1 with a del 2 per kommun and joins back with nothing lost", () => {
    const split = splitJoint(agreement);
    if (!split.ok) throw new Error(split.issues.map((i) => i.code).join());
    const [del1, ...locals] = split.value.agreements as [Agreement, ...Agreement[]];
    // The group's decisions, signatures, steering group and kommunpolis stay in the del 1.
    expect(del1.decisions).toEqual(agreement.decisions);
    expect(del1.signatories).toEqual(agreement.signatories);
    expect(del1.forums?.map((f) => f.id)).toEqual(["styrgrupp"]);
    expect(locals.map((l) => [l.id, l.forums?.map((f) => f.id), l.goals?.map((g) => g.id), l.contacts?.map((c) => c.id)])).toEqual([
      ["lpo-alingsas-2026-2029-alingsas", ["bra-alingsas"], ["mal-alingsas"], ["samordnare-alingsas"]],
      ["lpo-alingsas-2026-2029-herrljunga", ["bra-herrljunga"], ["mal-herrljunga"], ["samordnare-herrljunga"]],
      ["lpo-alingsas-2026-2029-vargarda", ["bra-vargarda"], ["mal-vargarda"], ["samordnare-vargarda"]],
    ]);
    expect(problems(strategicLocal, split.value)).toEqual([]);
    expect(joinStrategic(split.value)).toEqual({ ok: true, value: agreement });
  });

  it("is still checked: one kommun is not a joint agreement", () => {
    const one = { ...agreement, parties: { ...agreement.parties, municipalities: agreement.parties.municipalities.slice(0, 1) } };
    expect(problems(joint, one)).toEqual(["wrong_municipality_count parties.municipalities"]);
  });
});

describe("4. six kommuner: a del 1 where länsstyrelsen and a förening commit without being parties, a del 2 each", () => {
  const set = fixture<AgreementSet>("six-kommuner-del-1-del-2");
  const [del1, ...locals] = set.agreements as [Agreement, ...Agreement[]];

  it("holds the third parties' commitments as actors', not as parties", () => {
    expect(del1.parties.municipalities).toHaveLength(6);
    expect(del1.parties.others).toBeUndefined();
    expect(del1.actors?.map((a) => [a.id, a.kind])).toEqual([
      ["lansstyrelsen", "county_board"],
      ["nattvandrarna", "association"],
    ]);
    const byActors = del1.focusAreas?.flatMap((a) => a.commitments ?? []).filter((c) => c.by === "actor");
    expect(byActors?.map((c) => c.actorIds)).toEqual([["lansstyrelsen"], ["nattvandrarna"]]);
    // The actors' ids are checked like any other reference.
    const { actors: _, ...withoutActors } = del1;
    const result = validateAgreement({ ...set, agreements: [withoutActors, ...locals] });
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "unknown_reference agreements.0.forums.0.members.0.actorId",
      "unknown_reference agreements.0.focusAreas.0.actorIds.0",
      "unknown_reference agreements.0.focusAreas.0.commitments.2.actorIds.0",
      "unknown_reference agreements.0.focusAreas.1.actorIds.0",
      "unknown_reference agreements.0.focusAreas.1.commitments.0.actorIds.0",
    ]);
  });

  it("is a del 1 with a del 2 per kommun, with nothing missing, and round-trips", () => {
    expect(locals.map((l) => l.structure.type === "local" && l.structure.municipality)).toEqual(["2481", "2418", "2417", "2422", "2421", "2462"]);
    expectClean(set);
    expect(strategicLocal.check(set)).toEqual([]);
    expectRoundTrip(strategicLocal, set);
  });

  it("is still checked: a kommun without its del 2 (whose contact person it held)", () => {
    expect(codes(strategicLocal.check({ ...set, agreements: [del1, ...locals.slice(0, 5)] }))).toEqual([
      "contact_missing agreements.0.parties.municipalities.5",
      "municipality_without_local agreements.0.parties.municipalities.5",
    ]);
  });
});

describe("5. a large kommun: a city-wide agreement with the police region, and six LPOs' agreements with stadsdelsnämnder and -förvaltningar", () => {
  const set = fixture<AgreementSet>("stockholm-framework");
  const [city, ...locals] = set.agreements as [Agreement, ...Agreement[]];

  it("has the police at region level city-wide and an LPO with one or two stadsdelar locally", () => {
    expect(city.parties.police).toMatchObject({ level: "region", region: "Stockholm" });
    expect(locals.map((l) => [l.parties.police.localPoliceArea?.key, l.parties.municipalities.map((m) => `${m.code} ${m.unit?.kind}`)])).toEqual([
      ["jarva", ["0180 district_administration", "0180 district_administration"]],
      ["vasterort", ["0180 district_committee", "0180 district_committee"]],
      ["norrmalm", ["0180 district_administration", "0180 district_administration"]],
      ["sodermalm", ["0180 district_administration"]],
      ["skarholmen", ["0180 district_administration"]],
      ["farsta", ["0180 district_committee", "0180 district_committee"]],
    ]);
  });

  it("is accepted as it is: no police_party_differs, no municipality_repeated, nothing missing, and round-trips", () => {
    expectClean(set);
    const found = multiLpo.check(set).map((f) => f.code);
    expect(found).not.toContain("police_party_differs");
    expect(found).not.toContain("municipality_repeated");
    expect(found).toEqual([]);
    expectRoundTrip(multiLpo, set);
  });

  it("is read without its city-wide agreement too, as single agreements", () => {
    const alone: AgreementSet = { ...set, agreements: locals.map(({ structure: _, ...a }) => ({ ...a, structure: { type: "single" } })) };
    expect(problems(multiLpo, alone)).toEqual([]);
    expectRoundTrip(multiLpo, alone);
  });

  it("still finds an LPO twice, another kommun, and a police party of another region", () => {
    const [jarva, vasterort] = locals as [Agreement, Agreement];
    expect(problems(multiLpo, { ...set, agreements: [city, jarva, { ...vasterort, parties: { ...vasterort.parties, police: jarva.parties.police } }] })).toEqual([
      "local_police_area_repeated agreements.2.parties.police.localPoliceArea",
    ]);
    const solna = { ...vasterort, parties: { ...vasterort.parties, municipalities: [{ id: "solna", code: "0184", name: "Solna stad" }] } };
    expect(problems(multiLpo, { ...set, agreements: [city, jarva, solna] })).toEqual(["municipality_differs agreements.2.parties.municipalities"]);
    const syd = { ...jarva, parties: { ...jarva.parties, police: { ...jarva.parties.police, region: "Syd" as const } } };
    expect(problems(multiLpo, { ...set, agreements: [city, syd] })).toEqual(["police_party_differs agreements.1.parties.police"]);
  });

  it("is not another configuration's shape", () => {
    expect(problems(lpoGroup, set)).not.toEqual([]);
    expect(problems(strategicLocal, set)).not.toEqual([]);
  });
});
