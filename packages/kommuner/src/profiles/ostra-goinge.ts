import type { KommunProfile } from "./profile.js";

/**
 * **Östra Göinge** (1256), in lokalpolisområde Hässleholm with Osby and Hässleholm, each kommun with
 * its own agreement. The profile is Östra Göinge's own agreement with the lokalpolisområde (`single`,
 * like its example); a set holding all three kommuners' agreements is an `lpo_group` (see
 * `configurations.lpo_group`). From the 2023–2026 agreement: four forums where each party can
 * expect representation from the other (Lokala Brå, spindelgrupper, lagstadgad tillsyn,
 * avhopparverksamhet), a yearly follow-up in Lokala Brå with possible revision, Polisen's
 * trygghetsmätning every autumn and yearly medborgarlöften led by Polisen. The text gives the
 * forums no level, and the profile gives none either.
 *
 * @example
 * const { result, findings } = validateWithProfile(json, ostraGoinge);
 */
export const ostraGoinge = {
  id: "ostra-goinge",
  name: "Östra Göinge",
  municipalities: ["1256"],
  configuration: "single",
  localPoliceArea: "Lokalpolisområde Hässleholm",
  forumNames: {
    local_bra: "Lokala Brottsförebyggande rådet (Brå)",
    spider_group: "Spindelgrupper (skola, socialtjänst, polis, fritid)",
    joint_inspection: "Lagstadgad tillsynsverksamhet i samverkan",
    defector_programme: "Avhopparverksamhet",
  },
  requiredForums: ["local_bra", "spider_group", "joint_inspection", "defector_programme"],
  cadences: {
    followUps: { follow_up: { type: "yearly" }, safety_survey: { type: "yearly", anchor: { type: "season", season: "autumn" } } },
  },
  template: {
    forums: [
      { kind: "local_bra", mutualRepresentation: true },
      { kind: "spider_group", mutualRepresentation: true },
      { kind: "joint_inspection", mutualRepresentation: true },
      { kind: "defector_programme", mutualRepresentation: true },
    ],
    followUps: [
      { kind: "follow_up", subject: "Samverkansöverenskommelsen", forum: "local_bra" },
      { kind: "safety_survey", subject: "Trygghetsmätning", responsibleSide: "police" },
    ],
    citizenPromiseCycle: { cadence: { type: "yearly" }, lead: "police" },
  },
  referenceYear: 2025,
  example: "ostra-goinge-2023-2026",
} as const satisfies KommunProfile;
