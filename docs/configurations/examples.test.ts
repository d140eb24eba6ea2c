import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { configurations } from "@samverkan/kommuner";
import { startJoint } from "./joint.example.js";
import { startHassleholm } from "./lpo-group.example.js";
import { startStockholm } from "./multi-lpo.example.js";
import { startKristianstadFramework } from "./framework.example.js";
import { startEmpty, startEveryKind, startFromProfile } from "./overview.example.js";
import { startKavlinge } from "./single.example.js";
import { startArjeplogArvidsjaur, startOneKommun } from "./strategic-local.example.js";

// Each guide page's code, run: what the page says it does, it does.

describe("docs/configurations.md", () => {
  it("starts every configuration with nothing but things to fill in", () => {
    const kinds = startEveryKind();
    expect(kinds.map((k) => [k.kind, k.document, k.agreements])).toEqual([
      ["single", "agreement", 1],
      ["lpo_group", "agreement_set", 3],
      ["joint", "agreement", 1],
      ["strategic_local", "agreement_set", 3],
      ["multi_lpo", "agreement_set", 3],
      ["framework", "agreement", 1],
    ]);
    for (const kind of kinds) {
      expect(kind.problems).toEqual([]);
      expect(kind.document).toBe(configurations[kind.kind].document);
      expect(kind.toFillIn).toContain("Undertecknare saknas för parten.");
      expect(kind.toFillIn).toContain("Kontaktperson saknas för parten.");
      expect(kind.toFillIn).toContain("Mål saknas för överenskommelsen.");
    }
    expect(kinds.find((k) => k.kind === "strategic_local")?.toFillIn).toContain("Medborgarlöfte saknas för del 2.");
  });

  it("starts an agreement to transcribe empty", () => {
    const { agreement, fields, toFillIn } = startEmpty();
    expect(fields).toEqual(["id", "parties", "schemaVersion", "structure", "title", "type", "validity"]);
    expect(agreement).toMatchObject({ id: "falun-2020", title: "Samverkansöverenskommelse mellan Lokalpolisområde Falun och Falun från 2020" });
    expect(agreement.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      localPoliceArea: { asWritten: "lokalpolisområde Falun", key: "falun", displayName: "Lokalpolisområde Falun" },
    });
    expect(toFillIn).toEqual(["party_without_signatory", "party_without_signatory", "contact_missing", "contact_missing", "goals_missing"]);
    expect(validateAgreement(agreement).ok).toBe(true);
  });

  it("starts a kommun from its profile, and nothing for a kommun without one", () => {
    for (const code of ["1256", "1261", "1290", "2505"]) {
      const started = startFromProfile(code);
      expect(started?.ok, code).toBe(true);
    }
    const arjeplog = startFromProfile("2506");
    expect(arjeplog?.ok && arjeplog.document.type === "agreement_set" && arjeplog.document.agreements.map((a) => a.structure.type)).toEqual(["strategic", "local", "local"]);
    expect(startFromProfile("0180")).toBeUndefined();
  });
});

describe("docs/configurations/single.md", () => {
  it("starts Kävlinge from its profile and fills in what check asks for", () => {
    const { draft, missing, stillMissing, warnings, firstYear } = startKavlinge();
    expect(draft.id).toBe("kavlinge-2027-2030");
    expect(draft.parties.police.localPoliceArea?.displayName).toBe("Lokalpolisområde Kävlinge");
    expect(draft.forums?.map((f) => [f.name, f.level, f.convenor])).toEqual([
      ["Rådet för trygghet och hälsa (RTH)", "strategic", undefined],
      ["Operativa grupper", "operational", "municipality"],
    ]);
    expect(missing).toEqual(["party_without_signatory", "party_without_signatory", "contact_missing", "contact_missing"]);
    expect(stillMissing).toEqual([]);
    expect(warnings).toEqual(["info missing_cadence", "info missing_cadence"]);
    expect(firstYear).toEqual([
      "2027-05-28 Uppföljning: Gemensamt planerade aktiviteter (tertial 1 2027)",
      "2027-09-30 Uppföljning: Gemensamt planerade aktiviteter (tertial 2 2027)",
    ]);
  });
});

describe("docs/configurations/lpo-group.md", () => {
  it("starts LPO Hässleholm's agreements, lets Osby join and reports a hand-edited lokalpolisområde", () => {
    const { set, lpo, missing, joined, joinedProblems, problems, refused } = startHassleholm();
    expect(set.agreements.map((a) => a.parties.municipalities[0]?.name)).toEqual(["Östra Göinge", "Hässleholm"]);
    expect(lpo).toEqual({ asWritten: "Hässleholms lokalpolisområde", key: "hassleholm", displayName: "Lokalpolisområde Hässleholm" });
    expect(missing).toEqual([
      "goals_missing agreements.0",
      "goals_missing agreements.1",
      "party_without_signatory agreements.0",
      "party_without_signatory agreements.0",
      "party_without_signatory agreements.1",
      "party_without_signatory agreements.1",
      "contact_missing agreements.0",
      "contact_missing agreements.0",
      "contact_missing agreements.1",
      "contact_missing agreements.1",
    ]);
    expect(joined.type === "agreement_set" && joined.agreements.map((a) => [a.parties.municipalities[0]?.code, a.parties.police.localPoliceArea?.asWritten])).toEqual([
      ["1256", "Hässleholms lokalpolisområde"],
      ["1293", "Hässleholms lokalpolisområde"],
      ["1273", "Hässleholms lokalpolisområde"],
    ]);
    expect(joinedProblems).toEqual([]);
    expect(validateAgreement(joined).ok).toBe(true);
    expect(problems).toEqual(["local_police_area_differs"]);
    expect(refused).toBe(true);
  });
});

describe("docs/configurations/joint.md", () => {
  it("starts a joint agreement, splits it into del 1 and del 2s and joins it back", () => {
    const { agreement, missing, split, parts, problems, joined, refused } = startJoint();
    expect(agreement.parties.municipalities.map((m) => m.code)).toEqual(["2422", "2421", "2481"]);
    expect(missing).toEqual([
      "party_without_signatory parties.police",
      "party_without_signatory parties.municipalities.0",
      "party_without_signatory parties.municipalities.1",
      "party_without_signatory parties.municipalities.2",
      "contact_missing parties.police",
      "contact_missing parties.municipalities.0",
      "contact_missing parties.municipalities.1",
      "contact_missing parties.municipalities.2",
      "goals_missing goals",
    ]);
    expect(parts).toEqual([
      "sorsele-storuman-lycksele-2027-2030: strategic, 1 mål",
      "sorsele-storuman-lycksele-2027-2030-sorsele: local, 0 mål",
      "sorsele-storuman-lycksele-2027-2030-storuman: local, 0 mål",
      "sorsele-storuman-lycksele-2027-2030-lycksele: local, 1 mål",
    ]);
    expect(validateAgreement(split).ok).toBe(true);
    expect(problems).toEqual([]);
    expect(joined).toEqual({ ok: true, value: agreement });
    expect(refused).toEqual({ ok: false, issues: [{ code: "not_joint", path: ["structure"] }] });
  });
});

describe("docs/configurations/strategic-local.md", () => {
  it("starts Arjeplog and Arvidsjaur, fills in Arjeplog's del 2, and joinStrategic refuses the set", () => {
    const { set, structure, missing, filled, stillMissing, joined } = startArjeplogArvidsjaur();
    expect(structure).toEqual([
      "strategic: Samverkansöverenskommelse, del 1: Polismyndigheten och kommunerna Arjeplog och Arvidsjaur 2027–2030",
      "local: Samverkansöverenskommelse, del 2: Arjeplog 2027–2030",
      "local: Samverkansöverenskommelse, del 2: Arvidsjaur 2027–2030",
    ]);
    // The del 1 holds the group's focus areas and its partsammansatta grupper; each del 2 its kommun's samverkansgrupp.
    expect(set.agreements[0]?.focusAreas?.map((a) => a.kind)).toEqual(["andts", "crime_prevention", "health"]);
    expect(set.agreements[0]?.forums?.map((f) => f.name)).toEqual(["Partsammansatta grupper"]);
    expect(set.agreements[1]?.forums?.map((f) => f.name)).toEqual(["Lokal samverkansgrupp"]);
    expect(missing).toEqual(["local_without_citizen_promise 2506", "goals_missing", "local_without_citizen_promise 2505", "goals_missing"]);
    expect(stillMissing).toEqual(["local_without_citizen_promise 2505", "goals_missing"]);
    expect(validateAgreement(filled).ok).toBe(true);
    expect(joined).toEqual({
      ok: false,
      issues: [
        { code: "local_not_derived", path: ["agreements", 1] },
        { code: "local_not_derived", path: ["agreements", 2] },
      ],
    });
  });
});

describe("docs/configurations/strategic-local.md, one kommun", () => {
  it("starts Ängelholm's del 1 and del 2 and lines up its åtgärdsplan", () => {
    const { parts, set, problems } = startOneKommun();
    expect(parts).toEqual(["angelholm-2027-2030-del-1: strategic", "angelholm-2027-2030-del-2-angelholm: local"]);
    expect(set.type === "agreement_set" && set.agreements[1]?.plans?.map((p) => p.kind)).toEqual(["action_plan"]);
    expect(problems).toEqual([]);
    expect(validateAgreement(set).ok).toBe(true);
  });
});

describe("docs/configurations/multi-lpo.md", () => {
  it("starts Stockholm with a city-wide agreement and three LPOs' agreements, accepts the parties as written, and refuses one LPO, or one twice", () => {
    const { agreements, written, problems, missing, refused, repeated } = startStockholm();
    expect(agreements).toEqual([
      "stockholm-2027-2030-stadsovergripande: strategic, hela staden",
      "stockholm-2027-2030-jarva: local, Lokalpolisområde Järva",
      "stockholm-2027-2030-vasterort: local, Lokalpolisområde Västerort",
      "stockholm-2027-2030-sodermalm: local, Lokalpolisområde Södermalm",
    ]);
    const [city, jarva] = written.type === "agreement_set" ? written.agreements : [];
    expect(city?.parties.police).toMatchObject({ level: "region", region: "Stockholm" });
    expect(jarva?.parties.municipalities.map((m) => `${m.code} ${m.unit?.name}`)).toEqual(["0180 Rinkeby-Kista stadsdelsförvaltning", "0180 Spånga-Tensta stadsdelsförvaltning"]);
    expect(problems).toEqual([]);
    expect(validateAgreement(written).ok).toBe(true);
    expect(missing).toEqual(["goals_missing", "party_without_signatory", "contact_missing"]);
    expect(refused).toEqual(["wrong_local_police_area_count"]);
    expect(repeated).toEqual([{ code: "local_police_area_repeated", kind: "problem", path: ["agreements", 4, "parties", "police", "localPoliceArea"] }]);
  });
});

describe("docs/configurations/framework.md", () => {
  it("starts Kristianstad with a handlingsplan per year and reports a missing year and a late plan", () => {
    const { agreement, plans, missing, missingYear, problems } = startKristianstadFramework();
    expect(agreement.structure).toEqual({ type: "framework" });
    expect(plans).toEqual([
      "handlingsplan-2027 2027-01-01–2027-12-31",
      "handlingsplan-2028 2028-01-01–2028-12-31",
      "handlingsplan-2029 2029-01-01–2029-12-31",
      "handlingsplan-2030 2030-01-01–2030-12-31",
    ]);
    // Kristianstad's focus areas give the agreement its direction: no goals are asked for.
    expect(missing).toEqual(["party_without_signatory", "party_without_signatory", "contact_missing", "contact_missing"]);
    expect(missingYear).toEqual([2029]);
    expect(problems).toEqual(["period_not_nested"]);
  });
});
