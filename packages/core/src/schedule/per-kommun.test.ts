import { describe, expect, it } from "vitest";
import { scheduleObligations, type Agreement, type AgreementDocument, type MunicipalityParty, type Obligation, type ScheduleOptions } from "@samverkan/core";
import { agreement, agreementSet, arjeplog, arvidsjaur, del1, del2, years } from "@samverkan/test-utils";

// What a kommun's own duties look like across agreements scheduled together: kind, kommun, date.
function scheduled(document: AgreementDocument, options: ScheduleOptions = {}): Obligation[] {
  const result = scheduleObligations(document, { nonWorkingDays: "keep", ...options });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return [...result.obligations];
}
const line = (o: Obligation) => `${o.date} ${o.kind} ${o.municipality ?? "-"} ${o.agreementId}`;
const ofKinds = (list: readonly Obligation[], ...kinds: Obligation["kind"][]) => list.filter((o) => kinds.includes(o.kind)).map(line);

const stockholm: MunicipalityParty = { id: "stockholm", code: "0180", name: "Stockholms stad" };
const LPOS = ["Järva", "Rinkeby", "Norrmalm", "Södermalm", "Skärholmen", "Farsta"];

// Stockholm with one agreement per lokalpolisområde, each with its own trygghetsmätning and återrapportering.
const lpoAgreement = (name: string, i: number): Agreement =>
  agreement({
    id: `stockholm-${i}`,
    parties: {
      police: { id: "polisen", name: "Polismyndigheten", localPoliceArea: { asWritten: `Lokalpolisområde ${name}`, key: name.toLowerCase(), displayName: `Lokalpolisområde ${name}` } },
      municipalities: [stockholm],
    },
    validity: years(2024, 2027),
    forums: [],
    followUps: [
      { id: "matning", kind: "safety_survey", subject: "Trygghetsmätning" },
      { id: "rapport", kind: "leadership_report", subject: "Återrapportering", cadence: { type: "yearly" } },
    ],
  });

describe("once per kommun", () => {
  const six = agreementSet(LPOS.map(lpoAgreement));

  it("gives a kommun with six LPO agreements one lägesbild and one åtgärdsplan per due date", () => {
    const list = scheduled(six);
    expect(ofKinds(list, "situational_picture", "action_plan")).toEqual([
      "2025-12-31 situational_picture 0180 stockholm-0",
      "2026-06-30 action_plan 0180 stockholm-0",
      "2027-12-31 situational_picture 0180 stockholm-0",
    ]);
    // Each date once: no two obligations of the same kind for one kommun on one day.
    const keys = list.filter((o) => o.kind !== "renewal").map((o) => `${o.kind} ${o.municipality} ${o.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives it one trygghetsmätning and one återrapportering a year, as one agreement would", () => {
    const list = scheduled(six);
    const alone = scheduled(lpoAgreement("Järva", 0));
    expect(ofKinds(list, "safety_survey", "leadership_report")).toEqual(ofKinds(alone, "safety_survey", "leadership_report"));
    expect(ofKinds(list, "safety_survey")).toHaveLength(4);
  });

  it("renews each of the six, each title naming its kommun and lokalpolisområde", () => {
    const renewals = scheduled(six).filter((o) => o.kind === "renewal");
    expect(renewals.map((o) => o.title.sv)).toEqual(LPOS.map((name) => `Förnyelse av samverkansöverenskommelsen – Stockholms stad (Lokalpolisområde ${name})`));
  });

  it("hands a kommun's duties to the agreement that replaced an older one where their validities overlap", () => {
    const older = agreement({ id: "aldre", validity: years(2022, 2024), forums: [], followUps: [] });
    const newer = agreement({ id: "nyare", validity: years(2024, 2027), forums: [], followUps: [] });
    const list = scheduled(agreementSet([older, newer]), { lawIntervalMonths: 6 }).filter((o) => o.law !== undefined);
    // The older agreement's timetable until the newer one starts; then only the newer one's.
    expect(list.filter((o) => o.agreementId === "aldre").map(line)).toEqual(["2023-12-31 situational_picture 1261 aldre"]);
    expect(list.filter((o) => o.date >= "2024-01-01").every((o) => o.agreementId === "nyare")).toBe(true);
    expect(list.filter((o) => o.agreementId === "nyare")[0]).toMatchObject({ date: "2024-06-30", kind: "situational_picture" });
  });

  it("lists the kommun's återrapportering once for a del 1 and a del 2 that both have it", () => {
    const report = { id: "rapport", kind: "leadership_report", subject: "Återrapportering", cadence: { type: "yearly" } } as const;
    const set = agreementSet([del1([arvidsjaur, arjeplog], { followUps: [report] }), del2(arjeplog, { followUps: [report] })]);
    const reports = ofKinds(scheduled(set, { window: { from: "2025-01-01", to: "2025-12-31" } }), "leadership_report");
    // Arjeplog's from its del 2, Arvidsjaur's (no del 2 here) from the del 1; each for 2024, due 30 days after the year.
    expect(reports).toEqual(["2025-01-30 leadership_report 2505 del-1", "2025-01-30 leadership_report 2506 del-2-arjeplog"]);
  });

  it("keeps a kommun's återrapportering in the del 1 when its del 2 has none", () => {
    const report = { id: "rapport", kind: "leadership_report", subject: "Återrapportering", cadence: { type: "yearly" } } as const;
    const set = agreementSet([del1([arvidsjaur, arjeplog], { followUps: [report] }), del2(arjeplog, { followUps: [] })]);
    expect(ofKinds(scheduled(set, { window: { from: "2025-01-01", to: "2025-12-31" } }), "leadership_report")).toEqual([
      "2025-01-30 leadership_report 2505 del-1",
      "2025-01-30 leadership_report 2506 del-1",
    ]);
  });
});

describe("once per set", () => {
  const set = agreementSet([del1([arvidsjaur, arjeplog]), del2(arvidsjaur), del2(arjeplog)]);

  it("renews a del 1 and its del 2s once, naming the kommuner", () => {
    const renewals = scheduled(set).filter((o) => o.kind === "renewal");
    expect(renewals.map((o) => [o.agreementId, o.date, o.title.sv, o.title.en])).toEqual([
      ["del-1", "2026-12-31", "Förnyelse av samverkansöverenskommelsen – Arvidsjaurs kommun och Arjeplogs kommun", "Renewal of the cooperation agreement – Arvidsjaurs kommun and Arjeplogs kommun"],
    ]);
  });

  it("renews a del 2 that ends on a day of its own", () => {
    const longer = agreementSet([del1([arvidsjaur, arjeplog]), del2(arjeplog, { validity: years(2023, 2027) })]);
    expect(scheduled(longer).filter((o) => o.kind === "renewal").map((o) => [o.agreementId, o.date])).toEqual([
      ["del-1", "2026-12-31"],
      ["del-2-arjeplog", "2027-12-31"],
    ]);
  });

  it("renews the del 2s when the del 1 cannot be scheduled (its start unknown)", () => {
    const unsigned = agreementSet([del1([arvidsjaur, arjeplog], { validity: { start: { type: "from_signing" }, end: { type: "year", year: 2026 } }, signatories: [] }), del2(arjeplog)]);
    expect(scheduled(unsigned).filter((o) => o.kind === "renewal").map((o) => o.agreementId)).toEqual(["del-2-arjeplog"]);
  });

  it("names the kommun in every title of a set's kommun-specific obligations", () => {
    const titles = scheduled(set, { window: { from: "2025-01-01", to: "2025-12-31" } })
      .filter((o) => o.municipality !== undefined)
      .map((o) => o.title.sv);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/Arvidsjaurs kommun|Arjeplogs kommun/);
  });

  it("leaves the kommun out of a lone one-kommun agreement's titles", () => {
    const titles = scheduled(agreement()).map((o) => o.title.sv);
    for (const title of titles) expect(title).not.toContain("Kävlinge");
  });
});
