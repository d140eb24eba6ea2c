import type { Agreement, AgreementSet, CitizenPromiseDocument, Signatory } from "@samverkan/core";

/**
 * A small valid agreement that raises no finding at all (one kommun, one LPO, 2025–2026, a forum, a
 * focus area, a follow-up with a responsible side, a contact and a leading signatory per party,
 * both signed before the start), with any top-level field replaced. Each call returns a fresh object.
 */
export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    schemaVersion: 2,
    type: "agreement",
    id: "test-agreement",
    title: "Samverkansöverenskommelse för test",
    structure: { type: "single" },
    parties: {
      police: {
        id: "polisen",
        name: "Polismyndigheten",
        region: "Syd",
        localPoliceArea: { asWritten: "Lokalpolisområde Kävlinge", key: "kavlinge", displayName: "Lokalpolisområde Kävlinge" },
      },
      municipalities: [{ id: "kavlinge", code: "1261", name: "Kävlinge kommun" }],
    },
    validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2026-12-31" } },
    forums: [
      { id: "lokala-bra", kind: "local_bra", name: "Lokala Brå", level: "strategic", cadence: { type: "quarterly" } },
    ],
    focusAreas: [{ id: "offentlig-miljo", kind: "public_space_safety", title: "Trygghet i offentlig miljö" }],
    followUps: [
      { id: "uppfoljning", kind: "follow_up", subject: "Gemensamma åtgärder", responsibleSide: "joint", cadence: { type: "yearly" } },
    ],
    contacts: [
      { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" },
      { id: "samordnare", role: "coordinator", partyId: "kavlinge" },
    ],
    signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"), signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15")],
    ...overrides,
  };
}

/** A signatory of `partyId` in `role`, signed on `date`. */
export function signed(id: string, partyId: string, role: Signatory["role"], date: string): Signatory {
  return { id, partyId, role, signature: { date } };
}

/** A set holding the given agreements. */
export function agreementSet(agreements: Agreement[], id = "test-set"): AgreementSet {
  return { schemaVersion: 2, type: "agreement_set", id, agreements };
}

/**
 * A small valid medborgarlöfte document that raises no finding (Kävlinge and its LPO, 2025, one
 * commitment each, signed by both), with any top-level field replaced. Each call returns a fresh object.
 */
export function citizenPromiseDocument(overrides: Partial<CitizenPromiseDocument> = {}): CitizenPromiseDocument {
  const { parties } = agreement();
  return {
    schemaVersion: 2,
    type: "citizen_promise",
    id: "test-medborgarlofte",
    parties,
    period: { start: "2025", end: "2025" },
    commitments: [
      { id: "fotpatrullering", by: "police", text: "Polisen fotpatrullerar i centrum varje vecka.", frequency: { type: "weekly" } },
      { id: "trygghetsvandring", by: "municipality", text: "Kommunen bjuder in till trygghetsvandring.", quantity: { count: 2, unit: "vandringar", atLeast: true } },
    ],
    signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01"), signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01")],
    ...overrides,
  };
}
