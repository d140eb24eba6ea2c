import { describe, expect, it } from "vitest";
import { type Contact } from "@samverkan/core";
import { agreement, agreementSet, arjeplog, arvidsjaur, contactsFor, del1, del2, issuesOf } from "@samverkan/test-utils";

const CODE = "contact_missing";
const policeIssue = { code: CODE, severity: "warning", path: ["parties", "police"], params: { side: "police" } };
const kommunIssue = (i: number) => ({ code: CODE, severity: "warning", path: ["parties", "municipalities", i], params: { side: "municipality" } });
const kommunpolis: Contact = { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" };
const samordnare: Contact = { id: "samordnare", role: "coordinator", partyId: "kavlinge" };
/** In a set, the issue of agreement `index`. */
const inSet = (index: number, issue: { path: (string | number)[] }) => ({ ...issue, path: ["agreements", index, ...issue.path] });
const police = agreement().parties.police;

describe("contact_missing", () => {
  it("fires on a kommun with no contact person", () => {
    expect(issuesOf(agreement({ contacts: [kommunpolis] }), CODE)).toEqual([kommunIssue(0)]);
  });

  it("fires on Polisen with no contact person", () => {
    expect(issuesOf(agreement({ contacts: [samordnare] }), CODE)).toEqual([policeIssue]);
  });

  it("does not fire when each side has a contact, whatever its role", () => {
    expect(issuesOf(agreement(), CODE)).toEqual([]);
    const others: Contact[] = [
      { id: "polis", role: "contact_person", partyId: "polisen" },
      { id: "sakerhetschef", role: "security_manager", partyId: "kavlinge" },
    ];
    expect(issuesOf(agreement({ contacts: others }), CODE)).toEqual([]);
  });

  it("fires on every party of an agreement without contacts, Polisen first", () => {
    expect(issuesOf(agreement({ contacts: undefined }), CODE)).toEqual([policeIssue, kommunIssue(0)]);
    expect(issuesOf(agreement({ contacts: [] }), CODE)).toEqual([policeIssue, kommunIssue(0)]);
  });

  it("does not count a contact for one kommun as the other's in a joint agreement", () => {
    const doc = agreement({ parties: { police, municipalities: [arvidsjaur, arjeplog] }, contacts: contactsFor([arvidsjaur]), signatories: [] });
    expect(issuesOf(doc, CODE)).toEqual([kommunIssue(1)]);
  });

  it("does not count a kommunpolis who serves the kommun (`municipalities`) as the kommun's own contact", () => {
    const doc = agreement({ contacts: [{ ...kommunpolis, municipalities: ["1261"] }] });
    expect(issuesOf(doc, CODE)).toEqual([kommunIssue(0)]);
  });

  describe("del 1 and del 2", () => {
    const policeOnly = contactsFor([]);

    it("lets a del 1 in a set leave a kommun with its own del 2 to that del 2", () => {
      const doc = agreementSet([del1([arvidsjaur, arjeplog], { contacts: policeOnly }), del2(arvidsjaur), del2(arjeplog)]);
      expect(issuesOf(doc, CODE)).toEqual([]);
    });

    it("still fires on the del 1 for a kommun without a del 2 in the set", () => {
      const doc = agreementSet([del1([arvidsjaur, arjeplog], { contacts: policeOnly }), del2(arjeplog)]);
      expect(issuesOf(doc, CODE)).toEqual([inSet(0, kommunIssue(0))]);
    });

    it("fires on a del 1 validated alone, and on Polisen's side of a del 1 in a set", () => {
      expect(issuesOf(del1([arjeplog], { contacts: policeOnly }), CODE)).toEqual([kommunIssue(0)]);
      const doc = agreementSet([del1([arjeplog], { contacts: contactsFor([arjeplog])!.slice(1) }), del2(arjeplog)]);
      expect(issuesOf(doc, CODE)).toEqual([inSet(0, policeIssue)]);
    });

    it("lets a del 2 share its del 1's police contact", () => {
      const doc = agreementSet([del1([arjeplog]), del2(arjeplog, { contacts: contactsFor([arjeplog])!.slice(1) })]);
      expect(issuesOf(doc, CODE)).toEqual([]);
    });

    it("fires on a del 2 without a police contact when its del 1 has none either, or is not in the set", () => {
      const local = del2(arjeplog, { contacts: contactsFor([arjeplog])!.slice(1) });
      expect(issuesOf(agreementSet([del1([arjeplog], { contacts: contactsFor([arjeplog])!.slice(1) }), local]), CODE)).toEqual([
        inSet(0, policeIssue),
        inSet(1, policeIssue),
      ]);
      expect(issuesOf(local, CODE)).toEqual([policeIssue]);
      expect(issuesOf(agreementSet([del1([arjeplog], { id: "annan-del-1" }), local]), CODE)).toEqual([inSet(1, policeIssue)]);
    });

    it("does not let a del 2 share its del 1's contact for the kommun", () => {
      const doc = agreementSet([del1([arjeplog]), del2(arjeplog, { contacts: policeOnly })]);
      expect(issuesOf(doc, CODE)).toEqual([inSet(1, kommunIssue(0))]);
    });
  });
});
