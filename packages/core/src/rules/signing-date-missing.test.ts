import { describe, expect, it } from "vitest";
import { type Agreement, type Signatory } from "@samverkan/core";
import { agreement, agreementSet, issuesOf } from "@samverkan/test-utils";

const CODE = "signing_date_missing";
const issue = { code: CODE, severity: "warning", path: ["validity", "start"], params: {} };
const fromSigning: Agreement["validity"] = { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } };
const kso = (signature?: Signatory["signature"]): Signatory => ({ id: "kso", partyId: "kavlinge", role: "municipal_board_chair", ...(signature && { signature }) });
const lpo = (signature?: Signatory["signature"]): Signatory => ({ id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief", ...(signature && { signature }) });
/** An agreement valid from signing, with the given signatories. */
const signedBy = (...signatories: Signatory[]) => agreement({ validity: fromSigning, signatories });

describe("signing_date_missing", () => {
  it("fires on an agreement from signing whose signatories have no signature dates", () => {
    expect(issuesOf(signedBy(kso(), lpo()), CODE)).toEqual([issue]);
  });

  it("fires on an agreement from signing that names no signatory", () => {
    expect(issuesOf(agreement({ validity: fromSigning, signatories: [] }), CODE)).toEqual([issue]);
    expect(issuesOf(agreement({ validity: fromSigning, signatories: undefined }), CODE)).toEqual([issue]);
  });

  it("does not fire once every signature has a whole date", () => {
    expect(issuesOf(signedBy(kso({ date: "2025-01-10" }), lpo({ date: "2025-01-14" })), CODE)).toEqual([]);
  });

  it("fires when one signature line is dated only in part (Kävlinge den 11: that party may have signed last)", () => {
    const partial = { place: "Kävlinge", partialDate: { day: 11 }, asWritten: "Kävlinge den 11" };
    expect(issuesOf(signedBy(kso(partial), lpo({ date: "2025-01-10" })), CODE)).toEqual([issue]);
    expect(issuesOf(signedBy(kso({ asWritten: "Kävlinge i januari" }), lpo({ date: "2025-01-10" })), CODE)).toEqual([issue]);
  });

  it("never fires on a validity that does not run from signing, however it is signed", () => {
    expect(issuesOf(agreement({ signatories: [kso(), lpo()] }), CODE)).toEqual([]);
    const yearsOnly = { start: { type: "year", year: 2025 }, end: { type: "year", year: 2026 } } as const;
    expect(issuesOf(agreement({ validity: yearsOnly, signatories: [] }), CODE)).toEqual([]);
    const unknown = { start: { type: "unknown" }, end: { type: "date", date: "2026-12-31" } } as const;
    expect(issuesOf(agreement({ validity: unknown, signatories: [] }), CODE)).toEqual([]);
  });

  it("reports inside a set with the agreement's index", () => {
    const doc = agreementSet([agreement({ id: "a" }), agreement({ id: "b", validity: fromSigning, signatories: [kso(), lpo()] })]);
    expect(issuesOf(doc, CODE)).toEqual([{ ...issue, path: ["agreements", 1, "validity", "start"] }]);
  });
});
