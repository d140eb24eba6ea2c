// Obligations as `scheduleObligations` makes them, for the tests of this package.
import type { Obligation } from "@samverkan/core";

/** An obligation as `scheduleObligations` would make it: a quarterly forum meeting, with overrides. */
export function obligation(overrides: Partial<Obligation> = {}): Obligation {
  return {
    id: "ostra-goinge-2023-2026/forum_meeting/lokala-bra/2025-Q1",
    kind: "forum_meeting",
    date: "2025-03-31",
    window: { start: "2025-01-01", end: "2025-03-31" },
    period: "2025-Q1",
    agreementId: "ostra-goinge-2023-2026",
    source: { type: "forum", id: "lokala-bra", path: ["forums", 0] },
    responsible: { side: "joint", partyIds: ["polisen", "ostra-goinge"] },
    municipality: "1256",
    cadence: "quarterly",
    basis: "agreement",
    title: { sv: "Lokala brå: möte", en: "Local crime prevention council: meeting" },
    ...overrides,
  };
}

export const renewal = obligation({
  id: "ostra-goinge-2023-2026/renewal/validity/2023-01-01/2026-12-31",
  kind: "renewal",
  date: "2026-09-30",
  window: { start: "2026-09-30", end: "2026-09-30" },
  period: "2023-01-01/2026-12-31",
  source: { type: "validity", path: ["validity"] },
  responsible: { side: "municipality", partyIds: [] },
  basis: "default",
  title: { sv: "Förnya överenskommelsen", en: "Renew the agreement" },
});

export const lagesbild = obligation({
  id: "ostra-goinge-2023-2026/situational_picture/law/2025",
  kind: "situational_picture",
  date: "2025-12-31",
  window: { start: "2025-01-01", end: "2025-12-31" },
  period: "2025",
  source: { type: "law", path: [] },
  basis: "default",
  law: "2023:196",
  atLeast: true,
  title: { sv: "Lägesbild 2025", en: "Situational picture 2025" },
});

export const obligations = [obligation(), renewal, lagesbild];
