import { describe, expect, it } from "vitest";
import { type Actor, type Agreement, type CitizenPromiseDocument } from "@samverkan/core";
import { agreement, citizenPromiseDocument, issuesOf, signed } from "@samverkan/test-utils";

const CODE = "party_missing";
const issue = { code: CODE, severity: "error", path: ["parties", "municipalities"], params: {} };
const police = agreement().parties.police;
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15");
const policeContact = { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" } as const;
const region: Actor = { id: "region-stockholm", kind: "region", name: "Region Stockholm" };

/** An agreement with the given parties beside Polisen, signed and contacted by Polisen only. */
const withParties = (parties: Agreement["parties"]) =>
  agreement({ parties, signatories: [lpo], contacts: [policeContact] });

describe("party_missing", () => {
  describe("in an agreement", () => {
    it("fires on an agreement with Polisen as its only party", () => {
      expect(issuesOf(withParties({ police, municipalities: [] }), CODE)).toEqual([issue]);
    });

    it("fires whether `others` is left out or empty", () => {
      expect(issuesOf(withParties({ police, municipalities: [], others: [] }), CODE)).toEqual([issue]);
    });

    it("does not fire on an agreement with a kommun", () => {
      expect(issuesOf(agreement(), CODE)).toEqual([]);
    });

    it("does not fire on a body within a kommun as the party (a stadsdelsnämnd)", () => {
      const doc = agreement({
        parties: { police, municipalities: [{ id: "kavlinge", code: "1261", unit: { kind: "district_committee", name: "Stadsdelsnämnden" } }] },
      });
      expect(issuesOf(doc, CODE)).toEqual([]);
    });

    it("does not fire when the other party is not a kommun (Region Stockholm)", () => {
      expect(issuesOf(withParties({ police, municipalities: [], others: [region] }), CODE)).toEqual([]);
    });
  });

  describe("in a medborgarlöfte document", () => {
    /** A löfte with the given parties beside Polisen, signed by Polisen only. */
    const promise = (parties: CitizenPromiseDocument["parties"]) =>
      citizenPromiseDocument({ parties, signatories: [signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01")] });

    it("fires on a löfte given by Polisen alone", () => {
      expect(issuesOf(promise({ police, municipalities: [] }), CODE)).toEqual([issue]);
    });

    it("does not fire on a löfte with a kommun, or with another party", () => {
      expect(issuesOf(citizenPromiseDocument(), CODE)).toEqual([]);
      expect(issuesOf(promise({ police, municipalities: [], others: [region] }), CODE)).toEqual([]);
    });
  });
});
