import type { Agreement, Cadence, FollowUp, MunicipalDuties, MunicipalityParty } from "@samverkan/core";
import { agreement, signed } from "./build.js";

/** Kristianstad (1290) as a party. */
export const kristianstad: MunicipalityParty = { id: "kristianstad", code: "1290", name: "Kristianstads kommun" };

/**
 * A Kristianstad agreement shaped like the seed (2025-01-01 – 2028-12-31, LPO Kristianstad, signed
 * by both parties on 2024-12-15), with no follow-up of the lägesbild unless `overrides` add one.
 */
export function kristianstadAgreement(overrides: Partial<Agreement> = {}): Agreement {
  const base = agreement();
  return agreement({
    id: "kristianstad-2025-2028",
    parties: {
      police: {
        ...base.parties.police,
        localPoliceArea: { asWritten: "Lokalpolisområde Kristianstad", key: "kristianstad", displayName: "Lokalpolisområde Kristianstad" },
      },
      municipalities: [kristianstad],
    },
    validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2028-12-31" } },
    contacts: [
      { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" },
      { id: "samordnare", role: "coordinator", partyId: "kristianstad" },
    ],
    signatories: [
      signed("kso", "kristianstad", "municipal_board_chair", "2024-12-15"),
      signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15"),
    ],
    ...overrides,
  });
}

/** The agreement's follow-up of the lägesbild (and åtgärdsplan), for every kommun or for one. */
export function situationalPictureFollowUp(cadence: Cadence, municipality?: string): FollowUp {
  return {
    id: municipality === undefined ? "lagesbild-och-atgardsplan" : `lagesbild-${municipality}`,
    kind: "situational_picture",
    subject: "Lägesbild och åtgärdsplan",
    responsibleSide: "municipality",
    cadence,
    ...(municipality !== undefined && { municipality }),
  };
}

/** A kommun's record under Lag (2023:196): its lägesbild and its åtgärdsplan decision, by date. */
export function lawDuties(municipality: string, dates: { situationalPicture?: string; actionPlan?: string } = {}): MunicipalDuties {
  return {
    municipality,
    ...(dates.situationalPicture !== undefined && { situationalPicture: { date: dates.situationalPicture } }),
    ...(dates.actionPlan !== undefined && { actionPlan: { body: "Kommunfullmäktige", date: dates.actionPlan } }),
  };
}
