import { describe, expect, it } from "vitest";
import { resolveValidity, scheduleObligations, validateAgreement, type Agreement, type AgreementDocument, type IssueCode, type Obligation } from "@samverkan/core";
import { agreement, agreementSet, arjeplog, arvidsjaur, contactsFor, del1, del2, kristianstadAgreement, lawDuties, situationalPictureFollowUp } from "@samverkan/test-utils";

// The four rules of lag (2023:196) judge the kommun's lägesbild and åtgärdsplan on the same
// timetable the schedule lists (schedule/law.ts, lawDues): these tests hold them to it.

const LAW_CODES = ["situational_picture_missing", "situational_picture_outdated", "action_plan_missing", "action_plan_outdated"] as const;
const police = agreement().parties.police;

/** The law's findings for a document as of a date, as "code path dueOn". */
function lawFindings(doc: AgreementDocument, asOf: string, lawIntervalMonths?: number): string[] {
  const result = validateAgreement(doc, { asOf, ...(lawIntervalMonths !== undefined && { lawIntervalMonths }) });
  const issues = result.ok ? result.warnings : result.issues;
  return issues
    .filter((i) => (LAW_CODES as readonly IssueCode[]).includes(i.code))
    .map((i) => `${i.code} ${i.path.join(".")} ${"dueOn" in i.params ? i.params.dueOn : ""}`.trim());
}

describe("when the law's rules run", () => {
  it("never without asOf", () => {
    expect(validateAgreement(kristianstadAgreement())).toMatchObject({ ok: true, warnings: [] });
  });

  it("only while the agreement is valid, and only once something fell due", () => {
    const doc = kristianstadAgreement(); // 2025-01-01 – 2028-12-31, no record: the first lägesbild is due 2026-12-31
    expect(lawFindings(doc, "2024-12-31")).toEqual([]);
    expect(lawFindings(doc, "2026-12-31")).toEqual([]);
    expect(lawFindings(doc, "2027-01-01")).toEqual(["situational_picture_missing parties.municipalities.0 2026-12-31"]);
    // The åtgärdsplan from that lägesbild is due six months later.
    expect(lawFindings(doc, "2027-06-30")).toEqual(["situational_picture_missing parties.municipalities.0 2026-12-31"]);
    expect(lawFindings(doc, "2027-07-01")).toEqual([
      "situational_picture_missing parties.municipalities.0 2026-12-31",
      "action_plan_missing parties.municipalities.0 2027-06-30",
    ]);
    expect(lawFindings(doc, "2029-01-01")).toEqual([]);
  });

  it("from 1 July 2023 at the earliest, when the agreement gives the lägesbild no timetable of its own", () => {
    // Arjeplog and Arvidsjaur's del 1, 2023–2026: the law's first lägesbild is due 2025-06-30, not 2024-12-31.
    const doc = del1();
    expect(lawFindings(doc, "2025-06-30")).toEqual([]);
    expect(lawFindings(doc, "2025-07-01")).toEqual([
      "situational_picture_missing parties.municipalities.0 2025-06-30",
      "situational_picture_missing parties.municipalities.1 2025-06-30",
    ]);
  });

  it("from the validity's start when the agreement has its own lägesbild interval, whether or not the law is in force", () => {
    const doc = kristianstadAgreement({
      validity: { start: { type: "date", date: "2019-01-01" }, end: { type: "date", date: "2022-12-31" } },
      signatories: agreement().signatories!.map((s) => ({ ...s, partyId: s.partyId === "kavlinge" ? "kristianstad" : s.partyId, signature: { date: "2018-12-15" } })),
      followUps: [situationalPictureFollowUp({ type: "every_n_years", years: 2 })],
    });
    expect(lawFindings(doc, "2020-12-31")).toEqual([]);
    expect(lawFindings(doc, "2021-01-01")).toEqual(["situational_picture_missing parties.municipalities.0 2020-12-31"]);
  });

  it("dates the next lägesbild from a recorded one, with the agreement's interval, a profile's, or 24 months", () => {
    const recorded = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2025-03-15", actionPlan: "2025-06-10" })] });
    expect(lawFindings(recorded, "2027-03-15")).toEqual([]);
    expect(lawFindings(recorded, "2027-03-16")).toEqual(["situational_picture_outdated municipalDuties.0.situationalPicture.date 2027-03-15"]);
    expect(lawFindings(recorded, "2026-03-16", 12)).toEqual(["situational_picture_outdated municipalDuties.0.situationalPicture.date 2026-03-15"]);
    const yearly = { ...recorded, followUps: [situationalPictureFollowUp({ type: "yearly" })] };
    expect(lawFindings(yearly, "2026-03-16")).toEqual(["situational_picture_outdated municipalDuties.0.situationalPicture.date 2026-03-15"]);
  });

  it("gives the kommun six months from a lägesbild to decide its åtgärdsplan (no noise on the day a lägesbild is recorded)", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2026-03-01", actionPlan: "2025-02-01" })] });
    expect(lawFindings(doc, "2026-03-15")).toEqual([]);
    expect(lawFindings(doc, "2026-09-01")).toEqual([]);
    expect(lawFindings(doc, "2026-09-02")).toEqual(["action_plan_outdated municipalDuties.0.actionPlan.date 2026-09-01"]);
    const issue = validateAgreement(doc, { asOf: "2026-09-02" });
    expect(issue.ok && issue.warnings.find((w) => w.code === "action_plan_outdated")?.params).toEqual({ asOf: "2026-09-02", dueOn: "2026-09-01", reason: "older_than_situational_picture" });
  });

  it("counts a lägesbild or decision dated after asOf as not there yet", () => {
    const doc = kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2027-02-01", actionPlan: "2027-04-01" })] });
    expect(lawFindings(doc, "2027-01-15")).toEqual(["situational_picture_missing municipalDuties.0.situationalPicture 2026-12-31"]);
  });

  it("judges each kommun of a joint agreement by its own record, where it is", () => {
    const joint = agreement({
      parties: { police, municipalities: [arjeplog, arvidsjaur] },
      contacts: contactsFor([arjeplog, arvidsjaur]),
      municipalDuties: [lawDuties("2505", { situationalPicture: "2025-06-01", actionPlan: "2025-09-01" })],
    });
    expect(lawFindings(joint, "2026-12-31")).toEqual([]);
    expect(lawFindings(joint, "2027-01-01")).toEqual([]); // 2025-01-01 – 2026-12-31: valid no more
    const longer = { ...joint, validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2028-12-31" } } } as Agreement;
    expect(lawFindings(longer, "2027-01-02")).toEqual(["situational_picture_missing parties.municipalities.0 2026-12-31"]);
  });

  it("leaves a kommun to its only del 2 in a set, and keeps a kommun with several del 2s in the del 1", () => {
    const asOf = "2025-07-01";
    const set = agreementSet([del1([arjeplog, arvidsjaur]), del2(arjeplog), del2(arvidsjaur)]);
    expect(lawFindings(set, asOf)).toEqual([
      "situational_picture_missing agreements.1.parties.municipalities.0 2025-06-30",
      "situational_picture_missing agreements.2.parties.municipalities.0 2025-06-30",
    ]);
    // Two local agreements of one kommun (one per lokalpolisområde): the kommun's duty is the del 1's, once.
    const second = del2(arjeplog, { id: "del-2-arjeplog-2" });
    const multi = agreementSet([del1([arjeplog]), del2(arjeplog), second]);
    expect(lawFindings(multi, asOf)).toEqual(["situational_picture_missing agreements.0.parties.municipalities.0 2025-06-30"]);
  });

  it("judges a kommun with several agreements of its own (one per lokalpolisområde, no del 1) once, by the first", () => {
    const lpo = (i: number) => agreement({ id: `lpo-${i}`, validity: { start: { type: "date", date: "2023-01-01" }, end: { type: "date", date: "2026-12-31" } } });
    expect(lawFindings(agreementSet([lpo(0), lpo(1), lpo(2)]), "2025-07-01")).toEqual(["situational_picture_missing agreements.0.parties.municipalities.0 2025-06-30"]);
  });

  it("judges a kommun by the newer of two agreements once it has started", () => {
    const validity = (from: number, to: number): Agreement["validity"] => ({ start: { type: "year", year: from }, end: { type: "year", year: to } });
    const set = agreementSet([agreement({ id: "aldre", validity: validity(2022, 2025) }), agreement({ id: "nyare", validity: validity(2025, 2028) })]);
    // On 2024-12-31 only the older one is in force; from 2025 the newer one answers, on its own timetable.
    expect(lawFindings(set, "2024-12-31", 12)).toEqual(["situational_picture_missing agreements.0.parties.municipalities.0 2024-06-30"]);
    expect(lawFindings(set, "2025-07-01", 12)).toEqual([]);
    expect(lawFindings(set, "2026-01-01", 12)).toEqual(["situational_picture_missing agreements.1.parties.municipalities.0 2025-12-31"]);
  });
});

/** Whether the schedule has an obligation of one kind for one kommun due before `asOf` (by its due date before any shift). */
function dueBefore(obligations: readonly Obligation[], kind: "situational_picture" | "action_plan", municipality: string, asOf: string): boolean {
  return obligations.some((o) => o.kind === kind && o.municipality === municipality && (o.shiftedFrom ?? o.date) < asOf);
}

const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);

const SCENARIOS: [string, AgreementDocument, string][] = [
  ["nothing recorded", kristianstadAgreement(), "1290"],
  ["a lägesbild and a plan recorded before the start", kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2024-05-02", actionPlan: "2024-08-30" })] }), "1290"],
  ["a plan older than the lägesbild", kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2024-11-30", actionPlan: "2023-02-01" })] }), "1290"],
  ["a lägesbild, no plan", kristianstadAgreement({ municipalDuties: [lawDuties("1290", { situationalPicture: "2024-12-31" })] }), "1290"],
  ["the agreement's own yearly lägesbild", kristianstadAgreement({ followUps: [situationalPictureFollowUp({ type: "yearly" })] }), "1290"],
  ["the agreement's own interval and a record", kristianstadAgreement({ followUps: [situationalPictureFollowUp({ type: "every_n_years", years: 2 })], municipalDuties: [lawDuties("1290", { situationalPicture: "2024-03-15" })] }), "1290"],
  ["a del 1 from 2023", del1(), "2505"],
  ["three agreements of one kommun, one per lokalpolisområde", agreementSet([0, 1, 2].map((i) => kristianstadAgreement({ id: `lpo-${i}` }))), "1290"],
];

describe("the rules and the schedule agree on every date", () => {
  it.each(SCENARIOS)("%s", (_name, doc, municipality) => {
    const disagreements: string[] = [];
    // Every day the agreement is valid (the days the rules judge), from 2023 to 2029.
    const agreements = doc.type === "agreement_set" ? doc.agreements : doc.type === "agreement" ? [doc] : [];
    const { start, end } = resolveValidity(agreements[0]!);
    const schedule = scheduleObligations(doc);
    if (!schedule.ok) throw new Error(schedule.issues.map((i) => i.code).join());
    let checked = 0;
    for (let n = 0; n < 7 * 366; n += 1) {
      const asOf = day(n);
      if (asOf < start! || asOf > (end as string)) continue;
      checked += 1;
      const found = lawFindings(doc, asOf);
      const picture = found.some((f) => f.startsWith("situational_picture"));
      const plan = found.some((f) => f.startsWith("action_plan"));
      if (picture !== dueBefore(schedule.obligations, "situational_picture", municipality, asOf)) disagreements.push(`${asOf} lägesbild`);
      if (plan !== dueBefore(schedule.obligations, "action_plan", municipality, asOf)) disagreements.push(`${asOf} åtgärdsplan`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
