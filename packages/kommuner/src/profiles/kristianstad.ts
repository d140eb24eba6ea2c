import type { KommunProfile } from "./profile.js";

/**
 * **Kristianstad** (1290), one kommun and one lokalpolisområde (`single`). From the 2025–2028
 * agreement: the strategic steering group when needed, the beredningsgrupp that prepares its
 * matters, Lokala Brå and the weekly Lägesbildsgrupp (EST); the kommun's lägesbild and åtgärdsplan
 * every second year; a yearly follow-up with the annual report of the crime-prevention work; a full
 * follow-up at renewal; Polisen's trygghetsmätning; medborgarlöften made together. SSPF, SIG,
 * avhopparverksamhet and BOB are areas of cooperation (focus areas), not forums.
 *
 * @example
 * const schedule = scheduleWithProfile(agreement, kristianstad, { window: { from: "2026-01-01", to: "2026-12-31" } });
 */
export const kristianstad = {
  id: "kristianstad",
  name: "Kristianstad",
  municipalities: ["1290"],
  configuration: "single",
  localPoliceArea: "Lokalpolisområde Kristianstad",
  forumNames: {
    steering_group: "Strategiska styrgruppen för brottsförebyggande och trygghetsskapande arbete",
    working_group: "Beredningsgruppen",
    local_bra: "Lokalt brottsförebyggande råd (Lokala Brå)",
    est: "Lägesbildsgruppen",
  },
  requiredForums: ["steering_group", "local_bra", "est"],
  cadences: { forums: { est: { type: "weekly" }, steering_group: { type: "when_needed" } } },
  schedule: { lawIntervalMonths: 24 },
  template: {
    forums: [{ kind: "steering_group", level: "strategic" }, { kind: "working_group" }, { kind: "local_bra" }, { kind: "est" }],
    followUps: [
      { kind: "situational_picture", subject: "Lägesbild och åtgärdsplan", cadence: { type: "every_n_years", years: 2 }, responsibleSide: "municipality" },
      {
        kind: "follow_up",
        subject: "Arbete som är kopplat till samverkansöverenskommelsen",
        cadence: { type: "yearly", anchor: { type: "annual_report", of: "crime_prevention_work" } },
        responsibleSide: "municipality",
      },
      { kind: "follow_up", subject: "Samverkansöverenskommelsen i sin helhet", cadence: { type: "before_end" }, responsibleSide: "municipality" },
      { kind: "safety_survey", subject: "Trygghetsmätningen", responsibleSide: "police" },
    ],
    focusAreas: [
      { kind: "crimes_against_vulnerable", title: "Brott mot särskilt utsatta" },
      { kind: "sspf", title: "SSPF (skola, socialtjänst, polis och fritid)" },
      { kind: "sig", title: "SIG (social insatsgrupp)" },
      { kind: "defector_programme", title: "Avhopparverksamhet" },
      { kind: "bob", title: "BOB (barn och unga i organiserad brottslighet)" },
      { kind: "public_space_safety", title: "Öka tillgänglighet och trygghet i den offentliga miljön" },
      { kind: "criminal_economy", title: "Kriminell ekonomi och välfärdsbrott" },
    ],
    citizenPromiseCycle: { lead: "joint" },
  },
  referenceYear: 2026,
  example: "kristianstad-2025-2028",
} as const satisfies KommunProfile;
