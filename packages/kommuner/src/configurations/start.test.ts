import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type AgreementDocument, type Validity } from "@samverkan/core";
import {
  CONFIGURATION_KINDS,
  arjeplogArvidsjaur,
  configurations,
  findKommun,
  kristianstad,
  strategicLocal,
  type ConfigurationKind,
  type KommunProfile,
  type StartInput,
} from "@samverkan/kommuner";

const validity: Validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } };
const agreementsOf = (document: AgreementDocument): readonly Agreement[] =>
  document.type === "agreement_set" ? document.agreements : document.type === "agreement" ? [document] : [];

// Each kind's input, with a profile where one fits, so that `empty` has a profile's template to leave out.
const inputs: Record<ConfigurationKind, StartInput> = {
  single: { kommuner: ["Kristianstad"], validity, localPoliceAreas: ["Kristianstads lokalpolisområde"], profile: kristianstad },
  lpo_group: { kommuner: ["Östra Göinge", "Osby", "Hässleholm"], validity, localPoliceAreas: ["Lokalpolisområde Hässleholm"] },
  joint: { kommuner: ["Alingsås", "Herrljunga", "Vårgårda"], validity, localPoliceAreas: ["Lokalpolisområde Alingsås"] },
  strategic_local: { kommuner: ["Arjeplog", "Arvidsjaur"], validity, profile: arjeplogArvidsjaur as KommunProfile },
  multi_lpo: { kommuner: ["Stockholm"], validity, localPoliceAreas: ["Lokalpolisområde Järva", "Lokalpolisområde Västerort"] },
  framework: { kommuner: ["Kristianstad"], validity, localPoliceAreas: ["Lokalpolisområde Kristianstad"], profile: kristianstad },
};

function start(kind: ConfigurationKind, input: StartInput): AgreementDocument {
  const started = configurations[kind].start(input);
  if (!started.ok) throw new Error(`${kind}: ${JSON.stringify(started.issues)}`);
  return started.document;
}

describe.each(CONFIGURATION_KINDS)("%s started empty, for transcribing an agreement", (kind) => {
  it("has nothing of the template or the profile, and no police region the text may not name", () => {
    const full = agreementsOf(start(kind, inputs[kind]));
    const empty = agreementsOf(start(kind, { ...inputs[kind], empty: true }));
    // The same agreements, parties and validity as a full start…
    expect(empty.map((a) => [a.id, a.structure.type, a.parties.municipalities, a.validity])).toEqual(full.map((a) => [a.id, a.structure.type, a.parties.municipalities, a.validity]));
    // …which does hold a template's contents, so leaving them out is the option's doing.
    expect(full.some((a) => a.forums?.length || a.followUps?.length)).toBe(true);
    for (const agreement of empty) {
      expect(Object.keys(agreement).sort()).toEqual(["id", "parties", "schemaVersion", "structure", "title", "type", "validity"]);
      expect(agreement.parties.police.region).toBeUndefined();
      if (agreement.structure.type === "strategic") expect(agreement.structure.localContent).toBeUndefined();
    }
  });

  it("still validates, with warnings and notes only", () => {
    const result = validateAgreement(start(kind, { ...inputs[kind], empty: true }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.every((w) => w.severity !== "error")).toBe(true);
    // What the text will fill in: who signs, who the contacts are, what it holds.
    expect(new Set(result.ok ? result.warnings.map((w) => w.code) : [])).toEqual(
      new Set(["party_without_signatory", "contact_missing", "content_missing", ...(kind === "strategic_local" || kind === "multi_lpo" ? ["local_content_missing"] : [])]),
    );
    expect(configurations[kind].check(start(kind, { ...inputs[kind], empty: true })).filter((f) => f.kind === "problem")).toEqual([]);
  });

  it("keeps a police region the input gives", () => {
    const document = start(kind, { ...inputs[kind], empty: true, policeRegion: "Mitt" });
    expect(agreementsOf(document).map((a) => a.parties.police.region)).toEqual(agreementsOf(document).map(() => "Mitt"));
  });
});

describe("strategic_local.start", () => {
  const kommunIds = (names: readonly string[]) => names.map((name) => {
    const found = findKommun(name);
    if (!found.ok) throw new Error(name);
    return found.kommun.id;
  });

  it.each([
    ["the six kommuner of Södra Lappland", ["Lycksele", "Malå", "Norsjö", "Sorsele", "Storuman", "Vilhelmina"]],
    ["six kommuner with long names", ["Upplands Väsby", "Upplands-Bro", "Östra Göinge", "Örnsköldsvik", "Malung-Sälen", "Överkalix"]],
  ])("gives %s six distinct del 2 ids, each ending with its kommun", (_, names) => {
    const document = start("strategic_local", { kommuner: names, validity });
    const [del1, ...del2s] = agreementsOf(document) as [Agreement, ...Agreement[]];
    const ids = kommunIds(names);
    expect(del2s.map((a) => a.id)).toHaveLength(6);
    del2s.forEach((a, i) => {
      expect(a.id.endsWith(`-del-2-${ids[i]}`), a.id).toBe(true);
      expect(a.id.length).toBeLessThanOrEqual(64);
    });
    expect(del1.id.endsWith("-del-1")).toBe(true);
    expect(new Set([document.id, del1.id, ...del2s.map((a) => a.id)]).size).toBe(8);
    const result = validateAgreement(document);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.filter((w) => w.code === "duplicate_id")).toEqual([]);
    expect(strategicLocal.check(document).filter((f) => f.kind === "problem")).toEqual([]);
  });

  it("starts a del 1 and a del 2 for one kommun", () => {
    const document = start("strategic_local", { kommuner: ["Ängelholm"], validity, localPoliceAreas: ["Lokalpolisområde Ängelholm"] });
    expect(agreementsOf(document).map((a) => [a.id, a.title, a.structure])).toEqual([
      ["angelholm-2027-2030-del-1", "Samverkansöverenskommelse, del 1: Polismyndigheten och Ängelholm 2027–2030", { type: "strategic" }],
      ["angelholm-2027-2030-del-2-angelholm", "Samverkansöverenskommelse, del 2: Ängelholm 2027–2030", { type: "local", strategicId: "angelholm-2027-2030-del-1", municipality: "1292" }],
    ]);
    expect(validateAgreement(document).ok).toBe(true);
    expect(strategicLocal.check(document).filter((f) => f.kind === "problem")).toEqual([]);
    const read = strategicLocal.read(document);
    expect(read.ok && strategicLocal.build(read.parts)).toEqual(document);
  });

  it("puts the profile's shared forum in the del 1 and its local forum, as the text recommends it, in each del 2", () => {
    const [del1, arjeplog] = agreementsOf(start("strategic_local", inputs.strategic_local)) as [Agreement, Agreement];
    expect(del1.structure).toEqual({ type: "strategic", localContent: ["goals", "plans", "follow_ups", "citizen_promises"] });
    expect(del1.forums).toEqual([
      { id: "working-group", kind: "working_group", name: "Partsammansatta grupper", modality: "shall", cadence: { type: "yearly", atLeast: true } },
    ]);
    expect(arjeplog.forums).toEqual([{ id: "working-group", kind: "working_group", name: "Lokal samverkansgrupp", modality: "should" }]);
  });
});
