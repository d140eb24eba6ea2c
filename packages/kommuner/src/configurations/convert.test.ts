import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateAgreement, type Agreement, type AgreementSet } from "@samverkan/core";
import { joinStrategic, joint, splitJoint, strategicLocal } from "@samverkan/kommuner";

// An invented joint agreement: Lycksele, Sorsele and Storuman with lokalpolisområde Lycksele, one
// signatory per kommun. In the normal form: the group's items first, then each kommun's, in the
// order of the parties.
const threeKommuner: Agreement = {
  schemaVersion: 2,
  type: "agreement",
  id: "sodra-lappland-2027-2030",
  title: "Samverkansöverenskommelse mellan Lokalpolisområde Lycksele och Lycksele, Sorsele och Storumans kommuner 2027–2030",
  structure: { type: "single" },
  parties: {
    police: {
      id: "polisen",
      name: "Polismyndigheten",
      region: "Nord",
      localPoliceArea: { asWritten: "Lokalpolisområde Lycksele", key: "lycksele", displayName: "Lokalpolisområde Lycksele" },
    },
    municipalities: [
      { id: "lycksele", code: "2481", name: "Lycksele kommun" },
      { id: "sorsele", code: "2422", name: "Sorsele kommun" },
      { id: "storuman", code: "2421", name: "Storumans kommun" },
    ],
  },
  validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" }, asWritten: "1 januari 2027 – 31 december 2030" },
  purpose: "Att minska brottsligheten och öka tryggheten i de tre kommunerna genom gemensamma prioriteringar och lokala handlingsplaner.",
  goals: [
    { id: "mal-gemensamt", text: "Ökad trygghet i glesbygden." },
    { id: "mal-lycksele", text: "Färre skadegörelsebrott i Lycksele centrum.", municipality: "2481" },
    { id: "mal-sorsele", text: "Tryggare sommarsäsong vid Vindelälven.", municipality: "2422" },
    { id: "mal-storuman", text: "Minskad langning till unga under vintersäsongen.", municipality: "2421" },
  ],
  forums: [
    { id: "styrgrupp", kind: "steering_group", name: "Gemensam styrgrupp", level: "strategic", cadence: { type: "half_yearly" } },
    { id: "bra-lycksele", kind: "local_bra", name: "Lokala Brå Lycksele", level: "strategic", municipality: "2481", cadence: { type: "quarterly" } },
    { id: "bra-sorsele", kind: "local_bra", name: "Lokala Brå Sorsele", level: "strategic", municipality: "2422", cadence: { type: "tertial" } },
    { id: "bra-storuman", kind: "local_bra", name: "Lokala Brå Storuman", level: "strategic", municipality: "2421", cadence: { type: "tertial" } },
  ],
  focusAreas: [
    { id: "andts", kind: "andts", title: "ANDT-S" },
    { id: "trygghet", kind: "public_space_safety", title: "Trygghet i offentlig miljö" },
  ],
  plans: [
    { id: "handlingsplan-lycksele", kind: "activity_plan", title: "Handlingsplan Lycksele", owner: "joint", municipality: "2481", revision: { type: "yearly" } },
    { id: "handlingsplan-sorsele", kind: "activity_plan", title: "Handlingsplan Sorsele", owner: "joint", municipality: "2422", revision: { type: "yearly" } },
  ],
  citizenPromises: [
    { id: "ml-sorsele-2027", municipality: "2422", period: { start: "2027-03-01", end: "2028-02-29" }, commitments: [{ id: "sorsele-1", by: "police", text: "Polisen lovar att synas vid marknaden." }] },
  ],
  followUps: [
    { id: "arlig-uppfoljning", kind: "follow_up", subject: "Samverkansöverenskommelsen", responsibleSide: "joint", cadence: { type: "yearly" } },
    { id: "rapport-storuman", kind: "leadership_report", subject: "Återrapportering till kommunstyrelsen", responsibleSide: "municipality", municipality: "2421", cadence: { type: "yearly", anchor: { type: "month", month: 11 } } },
  ],
  municipalDuties: [{ municipality: "2481", situationalPicture: { date: "2026-05-20", sections: ["crime_mapping", "other_information", "analysis", "causes"] } }],
  contacts: [
    { id: "kommunpolis", role: "community_police_officer", partyId: "polisen", municipalities: ["2481", "2422", "2421"] },
    { id: "samordnare-lycksele", role: "coordinator", partyId: "lycksele", title: "Brå-samordnare" },
    { id: "samordnare-sorsele", role: "security_manager", partyId: "sorsele", title: "Säkerhetschef" },
    { id: "samordnare-storuman", role: "coordinator", partyId: "storuman", title: "Folkhälsosamordnare" },
  ],
  signatories: [
    { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief", signature: { date: "2026-12-10", place: "Lycksele" } },
    { id: "kso-lycksele", partyId: "lycksele", role: "municipal_board_chair", municipality: "2481", signature: { date: "2026-12-10", place: "Lycksele" } },
    { id: "kso-sorsele", partyId: "sorsele", role: "municipal_board_chair", municipality: "2422", signature: { date: "2026-12-12", place: "Sorsele" } },
    { id: "kso-storuman", partyId: "storuman", role: "municipal_board_chair", municipality: "2421", signature: { date: "2026-12-14", place: "Storuman" } },
  ],
  provenance: { illustrative: true, note: "Invented to show a joint agreement for three kommuner; not a real document." },
};

const arjeplogSet = JSON.parse(readFileSync(new URL("../../../../examples/agreements/arjeplog-arvidsjaur-set.json", import.meta.url), "utf8")) as AgreementSet;

describe("the invented three-kommun joint agreement", () => {
  it("is valid and a joint agreement with nothing missing", () => {
    expect(validateAgreement(threeKommuner)).toMatchObject({ ok: true, warnings: [] });
    expect(joint.check(threeKommuner)).toEqual([]);
  });

  it("round-trips through the joint adapter", () => {
    const read = joint.read(threeKommuner);
    expect(read.ok && joint.build(read.parts)).toEqual(threeKommuner);
  });

  it("splits into a del 1 and a del 2 per kommun that line up, and joins back with nothing lost", () => {
    const split = splitJoint(threeKommuner);
    if (!split.ok) throw new Error(split.issues.map((i) => i.code).join());
    const set = split.value;
    expect(set.agreements.map((a) => [a.id, a.structure.type])).toEqual([
      ["sodra-lappland-2027-2030", "strategic"],
      ["sodra-lappland-2027-2030-lycksele", "local"],
      ["sodra-lappland-2027-2030-sorsele", "local"],
      ["sodra-lappland-2027-2030-storuman", "local"],
    ]);
    expect(set.agreements[2]).toMatchObject({
      title: `${threeKommuner.title} – del 2: Sorsele kommun`,
      goals: [{ id: "mal-sorsele" }],
      forums: [{ id: "bra-sorsele" }],
      plans: [{ id: "handlingsplan-sorsele" }],
      citizenPromises: [{ id: "ml-sorsele-2027" }],
      contacts: [{ id: "samordnare-sorsele" }],
    });
    // The group keeps its forum, the kommunpolis who serves all three, and every signature.
    expect(set.agreements[0]?.forums?.map((f) => f.id)).toEqual(["styrgrupp"]);
    expect(set.agreements[0]?.contacts?.map((c) => c.id)).toEqual(["kommunpolis"]);
    expect(set.agreements[0]?.signatories).toEqual(threeKommuner.signatories);
    // Each del 2 has its kommun's contact, and the kommunpolis through its del 1: no contact is missing.
    const split_ = validateAgreement(set);
    expect(split_.ok && split_.warnings.filter((w) => w.code === "contact_missing")).toEqual([]);
    expect(validateAgreement(set).ok).toBe(true);
    expect(strategicLocal.check(set).filter((f) => f.kind === "problem")).toEqual([]);
    // What the kommuner must still add to their del 2s: medborgarlöften (Sorsele has one), signatures.
    expect(strategicLocal.check(set).filter((f) => f.code === "local_without_citizen_promise").map((f) => f.path)).toEqual([
      ["agreements", 1, "citizenPromises"],
      ["agreements", 3, "citizenPromises"],
    ]);
    const joined = joinStrategic(set);
    expect(joined).toEqual({ ok: true, value: threeKommuner });
    const read = strategicLocal.read(set);
    expect(read.ok && strategicLocal.build(read.parts)).toEqual(set);
  });

  it("joins an agreement whose items are not in the normal order back in that order, losing nothing", () => {
    const shuffled: Agreement = { ...threeKommuner, goals: [...threeKommuner.goals!].reverse(), forums: [...threeKommuner.forums!].reverse() };
    const split = splitJoint(shuffled);
    const joined = split.ok ? joinStrategic(split.value) : split;
    if (!joined.ok) throw new Error("did not join");
    const byId = <T extends { id: string }>(list: readonly T[] | undefined) => [...(list ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(joined.value.goals)).toEqual(byId(shuffled.goals));
    expect(byId(joined.value.forums)).toEqual(byId(shuffled.forums));
    expect(joined.value.forums?.[0]?.id).toBe("styrgrupp");
  });
});

describe("the Arjeplog/Arvidsjaur set", () => {
  it("round-trips through the strategic_local adapter with nothing lost", () => {
    const read = strategicLocal.read(arjeplogSet);
    if (!read.ok) throw new Error(read.findings.map((f) => f.code).join());
    expect(read.parts.strategic.id).toBe("arjeplog-arvidsjaur-2023-2026");
    expect(read.parts.locals.map((l) => l.id)).toEqual(["arjeplog-del-2", "arvidsjaur-del-2"]);
    expect(strategicLocal.build(read.parts)).toEqual(arjeplogSet);
  });

  it("is not joined into one agreement: its del 2s have their own validity, signatories and provenance", () => {
    expect(joinStrategic(arjeplogSet)).toEqual({
      ok: false,
      issues: [
        { code: "local_not_derived", path: ["agreements", 1] },
        { code: "local_not_derived", path: ["agreements", 2] },
      ],
    });
  });
});

describe("conversions refuse what does not fit", () => {
  it("splits only a single agreement with several kommuner", () => {
    expect(splitJoint({ ...threeKommuner, parties: { ...threeKommuner.parties, municipalities: threeKommuner.parties.municipalities.slice(0, 1) } })).toEqual({
      ok: false,
      issues: [{ code: "not_joint", path: ["structure"] }],
    });
    expect(splitJoint({ ...threeKommuner, structure: { type: "framework" } })).toMatchObject({ ok: false });
  });

  it("joins only a del 1 followed by del 2s, each del 2 with only its own kommun's items", () => {
    const split = splitJoint(threeKommuner);
    if (!split.ok) throw new Error("did not split");
    const [del1, ...locals] = split.value.agreements as [Agreement, ...Agreement[]];
    expect(joinStrategic({ ...split.value, agreements: [...locals, del1] })).toMatchObject({ ok: false, issues: [{ code: "not_strategic_local" }] });
    const foreign = { ...locals[0]!, goals: [{ id: "x", text: "Annan kommuns mål.", municipality: "2422" }] };
    expect(joinStrategic({ ...split.value, agreements: [del1, foreign, ...locals.slice(1)] })).toEqual({
      ok: false,
      issues: [{ code: "item_of_other_municipality", path: ["agreements", 1, "goals", 0, "municipality"] }],
    });
    const renamed = { ...locals[0]!, title: "En egen titel" };
    expect(joinStrategic({ ...split.value, agreements: [del1, renamed, ...locals.slice(1)] })).toMatchObject({ ok: false, issues: [{ code: "local_not_derived", path: ["agreements", 1] }] });
  });

  it("never changes its input", () => {
    const copy = structuredClone(threeKommuner);
    const split = splitJoint(threeKommuner);
    if (split.ok) joinStrategic(split.value);
    expect(threeKommuner).toEqual(copy);
  });
});
