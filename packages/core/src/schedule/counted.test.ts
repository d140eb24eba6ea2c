import { describe, expect, it } from "vitest";
import { scheduleObligations, type Agreement, type AgreementDocument, type Commitment, type Obligation } from "@samverkan/core";
import { agreement, citizenPromiseDocument, years } from "@samverkan/test-utils";

function scheduled(doc: AgreementDocument): readonly Obligation[] {
  const result = scheduleObligations(doc, { withoutLaw: true, nonWorkingDays: "keep" });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.obligations;
}
const of = (list: readonly Obligation[], kind: Obligation["kind"]) => list.filter((o) => o.kind === kind);

const traffic: Commitment = {
  id: "trafikkontroller",
  by: "police",
  text: "Polisen genomför minst 4 trafikkontroller i månaden vid skolorna.",
  quantity: { count: 4, unit: "trafikkontroller", atLeast: true },
  frequency: { type: "monthly" },
};

describe("commitments with a frequency", () => {
  it("become one counted obligation per period, due at its end, with the target count", () => {
    const list = of(scheduled(agreement({ validity: years(2025, 2025), forums: [], followUps: [], commitments: [traffic] })), "commitment");
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({
      id: "test-agreement/commitment/trafikkontroller/2025-01",
      date: "2025-01-31",
      window: { start: "2025-01-01", end: "2025-01-31" },
      period: "2025-01",
      target: { count: 4, unit: "trafikkontroller", atLeast: true },
      responsible: { side: "police", partyIds: ["polisen"] },
      source: { type: "commitment", id: "trafikkontroller", path: ["commitments", 0] },
      basis: "agreement",
    });
    expect(list[0]?.title.sv).toBe("Åtagande: Polisen genomför minst 4 trafikkontroller i månaden vid skolorna. (januari 2025)");
  });

  it("count once when the text gives a frequency and no quantity, and are due at the week's end for a weekly one", () => {
    const weekly: Commitment = { id: "fot", by: "joint", text: "Gemensam trygghetsvandring varje vecka.", frequency: { type: "weekly" } };
    const list = of(scheduled(agreement({ validity: { start: { type: "date", date: "2025-01-06" }, end: { type: "date", date: "2025-01-26" } }, forums: [], followUps: [], commitments: [weekly] })), "commitment");
    expect(list.map((o) => `${o.period} ${o.date} ${o.target?.count}`)).toEqual(["2025-W02 2025-01-12 1", "2025-W03 2025-01-19 1", "2025-W04 2025-01-26 1"]);
  });

  it("are found in focus areas, forums and medborgarlöften; a medborgarlöfte's only within its period", () => {
    const doc: Agreement = agreement({
      validity: years(2024, 2026),
      forums: [{ id: "epa", kind: "custom", name: "EPA-gruppen", commitments: [{ ...traffic, id: "forum-kontroller" }] }],
      followUps: [],
      focusAreas: [{ id: "trafik", kind: "traffic_safety", title: "Trafiksäkerhet", commitments: [{ ...traffic, id: "fokus-kontroller", frequency: { type: "yearly" }, quantity: { count: 10, unit: "kontroller" } }] }],
      citizenPromises: [{ id: "ml-2025", municipality: "1261", title: "Medborgarlöfte 2025", period: { start: "2025", end: "2025" }, commitments: [{ ...traffic, id: "ml-kontroller", frequency: { type: "quarterly" } }] }],
    });
    const list = of(scheduled(doc), "commitment");
    const count = (id: string) => list.filter((o) => o.source.id === id).length;
    expect([count("forum-kontroller"), count("fokus-kontroller"), count("ml-kontroller")]).toEqual([36, 3, 4]);
    expect(list.find((o) => o.source.id === "ml-kontroller")?.source.path).toEqual(["citizenPromises", 0, "commitments", 0]);
    expect(list.filter((o) => o.source.id === "ml-kontroller").map((o) => o.date)).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]);
  });

  it("are scheduled for a medborgarlöfte that is a document of its own, for its kommun", () => {
    const promise = citizenPromiseDocument({ period: { start: "2025", end: "2025" }, commitments: [traffic] });
    const list = of(scheduled(promise), "commitment");
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({ municipality: "1261", agreementId: "test-medborgarlofte", source: { path: ["commitments", 0] } });
  });

  it("kept at each meeting of their forum, are those meetings", () => {
    const weekly = { type: "weekly" } as const;
    const attend: Commitment = { id: "delta", by: "joint", text: "Parterna deltar varje vecka.", frequency: weekly };
    const inForum = agreement({ forums: [{ id: "est", kind: "est", name: "EST", cadence: weekly, commitments: [attend] }], followUps: [] });
    const byReference = agreement({ forums: [{ id: "est", kind: "est", name: "EST", cadence: weekly }], followUps: [], commitments: [{ ...attend, forumIds: ["est"] }] });
    const monthly = agreement({ forums: [{ id: "est", kind: "est", name: "EST", cadence: weekly, commitments: [{ ...attend, frequency: { type: "monthly" } }] }], followUps: [] });
    expect([inForum, byReference, monthly].map((doc) => of(scheduled(doc), "commitment").length)).toEqual([0, 0, 24]);
  });

  it("give nothing without a frequency, or with one that has no dates", () => {
    const doc = agreement({ forums: [], followUps: [], commitments: [{ id: "a", by: "police", text: "Polisen deltar." }, { ...traffic, id: "b", frequency: { type: "when_needed" } }] });
    expect(of(scheduled(doc), "commitment")).toEqual([]);
  });
});

describe("deliverables", () => {
  it("are due by the end of the year, month or day the text gives, before a date, or before the validity ends", () => {
    const doc = agreement({
      validity: years(2025, 2026),
      forums: [],
      followUps: [],
      deliverables: [
        { id: "plan", kind: "communication_plan", text: "En gemensam kommunikationsplan ska utarbetas", owner: "joint", due: { type: "during", date: "2025" } },
        { id: "baslinje", kind: "situational_picture", text: "En fördjupad lägesbild", due: { type: "during", date: "2025-06" } },
        { id: "mal", kind: "goals", text: "Gemensamma mål tas fram", due: { type: "before", date: "2026-03" } },
        { id: "ny", kind: "agreement", text: "En ny överenskommelse", due: { type: "before_end" } },
        { id: "ingen-tid", kind: "other", text: "Något utan tid" },
        { id: "sent", kind: "other", text: "Efter giltighetstiden", due: { type: "during", date: "2030" } },
      ],
    });
    expect(of(scheduled(doc), "deliverable").map((o) => `${o.source.id} ${o.window.start}..${o.date} ${o.period}`)).toEqual([
      "baslinje 2025-06-01..2025-06-30 2025-06",
      "plan 2025-01-01..2025-12-31 2025",
      "mal 2025-01-01..2026-02-28 before/2026-03",
      "ny 2026-04-01..2026-12-31 before-end",
    ]);
  });
});
