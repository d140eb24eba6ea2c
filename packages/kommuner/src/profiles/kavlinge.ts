import { InvalidArgumentError } from "@samverkan/core";
import type { KommunProfile } from "./profile.js";

// A follow-up cadence that meets "minst en gång per tertiäl": a tertial or anything more often.
const AT_LEAST_TERTIAL = new Set(["weekly", "every_n_weeks", "monthly", "quarterly", "tertial"]);

/**
 * **Kävlinge** (1261), one kommun and one lokalpolisområde (`single`). From the 2019–2022
 * agreement: Rådet för trygghet och hälsa (RTH) as the strategic forum and the operative groups
 * the kommun convenes; a quality follow-up of the joint activities at least once per tertial, with
 * analysis and recommendations, by the kommunpolis and the säkerhetschef; joint lägesbilder made
 * continuously; and five focus areas. Its own rule: the follow-up must be at least once per tertial.
 *
 * @example
 * const started = configurations.single.start({ kommuner: kavlinge.municipalities, validity, profile: kavlinge });
 */
export const kavlinge = {
  id: "kavlinge",
  name: "Kävlinge",
  municipalities: ["1261"],
  configuration: "single",
  localPoliceArea: "Lokalpolisområde Kävlinge",
  forumNames: { council: "Rådet för trygghet och hälsa (RTH)", working_group: "Operativa grupper" },
  requiredForums: ["council"],
  cadences: { followUps: { follow_up: { type: "tertial", atLeast: true } } },
  rules: [
    {
      code: "kavlinge_follow_up_per_tertial",
      severity: "warning",
      message: {
        sv: "Uppföljning av gemensamt planerade aktiviteter minst en gång per tertial saknas.",
        en: "No follow-up of jointly planned activities at least once per tertial.",
      },
      /** Fires at `followUps` when no follow-up of the activities is at least once per tertial. */
      check: (agreement) => {
        // Any input: a list of billions is not read, and a value that cannot be read is InvalidArgumentError.
        try {
          const list = agreement.followUps;
          if (list !== undefined && (!Array.isArray(list) || list.length > 10_000)) throw new TypeError("not a list");
          return list?.some((f) => f.kind === "follow_up" && f.cadence !== undefined && AT_LEAST_TERTIAL.has(f.cadence.type)) ? [] : [["followUps"]];
        } catch {
          throw new InvalidArgumentError("kavlinge.rules[kavlinge_follow_up_per_tertial].check", "agreement");
        }
      },
    },
  ],
  template: {
    forums: [
      { kind: "council", level: "strategic" },
      { kind: "working_group", level: "operational", convenor: "municipality" },
    ],
    followUps: [
      {
        kind: "follow_up",
        subject: "Gemensamt planerade aktiviteter",
        responsibleSide: "joint",
        responsibleRoles: ["community_police_officer", "security_manager"],
      },
      { kind: "situational_picture", subject: "Gemensamma lägesbilder", cadence: { type: "continuous" }, responsibleSide: "joint" },
    ],
    focusAreas: [
      { kind: "safety_measures", title: "Trygghetsskapande åtgärder" },
      { kind: "volume_crime", title: "Mängdbrott" },
      { kind: "youth_and_drugs", title: "Ungdomar och droger" },
      { kind: "defector_programme", title: "Avhopparverksamhet" },
      { kind: "societal_development", title: "Samhällsutvecklingen i övrigt" },
    ],
  },
  referenceYear: 2020,
  example: "kavlinge-2019-2022",
} as const satisfies KommunProfile;
