import type { KommunProfile } from "./profile.js";

/**
 * **Arjeplog and Arvidsjaur** (2506, 2505): a joint strategic del 1 with a local del 2 per kommun
 * (`strategic_local`), as in the 2023–2026 agreement, the template six kommuner of Södra Lappland
 * use. Each kommun's samordnare and Polisen meet regularly in partsammansatta grupper, at least
 * every year (the del 1's own working group); in each kommun there should be ("bör finnas") a local
 * samverkansgrupp, which the kommun's del 2 sets up. The work is followed up continuously, reported
 * yearly to police and kommun leadership, and followed up before the next agreement. Focus areas:
 * ANDT-S, brottsförebyggande arbete (BRÅ), psykisk och fysisk hälsa. Each del 2 holds local goals,
 * plans, follow-ups and medborgarlöften, as the del 1 asks.
 *
 * @example
 * const started = configurations.strategic_local.start({ kommuner: arjeplogArvidsjaur.municipalities, validity, profile: arjeplogArvidsjaur });
 */
export const arjeplogArvidsjaur = {
  id: "arjeplog-arvidsjaur",
  name: "Arjeplog och Arvidsjaur",
  municipalities: ["2506", "2505"],
  configuration: "strategic_local",
  forumNames: { working_group: "Lokal samverkansgrupp" },
  requiredForums: ["working_group"],
  template: {
    forums: [
      { kind: "working_group", name: "Partsammansatta grupper", shared: true, modality: "shall", cadence: { type: "yearly", atLeast: true } },
      { kind: "working_group", modality: "should" },
    ],
    followUps: [
      { kind: "follow_up", subject: "Arbetet i de lokala samverkansgrupperna", cadence: { type: "continuous" }, responsibleSide: "joint" },
      { kind: "leadership_report", subject: "Återrapportering till polis- och kommunledning", cadence: { type: "yearly" }, responsibleSide: "joint" },
      { kind: "follow_up", subject: "Samverkansavtalet", cadence: { type: "before_end" }, responsibleSide: "joint" },
    ],
    focusAreas: [
      { kind: "andts", title: "Alkohol, narkotika, doping, tobak och spel (ANDT-S)" },
      { kind: "crime_prevention", title: "Brottsförebyggande arbete (BRÅ)" },
      { kind: "health", title: "Psykisk och fysisk hälsa" },
    ],
    citizenPromiseCycle: { cadence: { type: "continuous" } },
    localContent: ["goals", "plans", "follow_ups", "citizen_promises"],
  },
  referenceYear: 2025,
  example: "arjeplog-arvidsjaur-set",
} as const satisfies KommunProfile;
