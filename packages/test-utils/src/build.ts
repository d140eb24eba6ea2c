import type { Agreement, AgreementSet, Signatory } from "@samverkan/core";

/**
 * A small valid agreement (one kommun, one LPO, 2025–2026, both parties signed before the start),
 * with any top-level field replaced. Each call returns a fresh object.
 */
export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    schemaVersion: 1,
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
    followUps: [
      { id: "uppfoljning", kind: "follow_up", subject: "Gemensamma åtgärder", cadence: { type: "yearly" } },
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
  return { schemaVersion: 1, type: "agreement_set", id, agreements };
}
