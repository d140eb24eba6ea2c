import { it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { agreement, agreementSet, citizenPromiseDocument, del1, del2, arjeplog, arvidsjaur, signed } from "@samverkan/test-utils";
const show = (name: string, d: unknown, o?: any) => { const r = validateAgreement(d, o); console.log(name, JSON.stringify(r.ok ? r.warnings : r.issues)); };
const cycle = { cadence: { type: "yearly" } } as const;
it("probe", () => {
show("ml before validity start", agreement({ validity: { start: { type: "date", date: "2025-06-01" }, end: { type: "date", date: "2026-12-31" } }, citizenPromiseCycle: cycle, signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-05-15"), signed("lpo-chef", "polisen", "local_police_area_chief", "2025-05-15")] }), { asOf: "2025-05-01" });
show("ml late start", agreement({ validity: { start: { type: "date", date: "2025-10-01" }, end: { type: "date", date: "2026-12-31" } }, citizenPromiseCycle: cycle, signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-09-15"), signed("lpo-chef", "polisen", "local_police_area_chief", "2025-09-15")] }), { asOf: "2025-11-01" });
show("signing mixed", agreement({ validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } }, signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-01-10"), { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief" }] }));
show("chained changes", agreement({ changes: [{ type: "extension", id: "f1", end: { type: "year", year: 2028 } }, { type: "extension", id: "f2", end: { type: "year", year: 2027 } }] }));
show("committee chair kommun", agreement({ signatories: [signed("ordf", "kavlinge", "committee_chair", "2024-12-15"), signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15")] }));
show("del1 other del2", agreementSet([del1([arjeplog], { contacts: [{ id: "kp", role: "community_police_officer", partyId: "polisen" }] }), del2(arjeplog, {}, "annan-del-1")]));
show("two kommuner year", agreement({ parties: { police: agreement().parties.police, municipalities: [arjeplog, arvidsjaur] }, contacts: [], signatories: [], citizenPromiseCycle: cycle }), { asOf: "2025-06-01" });
show("del2 under del1 cycle", agreementSet([del1([arjeplog], { citizenPromiseCycle: cycle }), del2(arjeplog, { citizenPromises: [{ id: "ml-2024", municipality: "2506", period: { start: "2024", end: "2024" } }] })]), { asOf: "2026-06-01" });
show("after end", agreement({ citizenPromiseCycle: cycle, citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2025", end: "2025" } }] }), { asOf: "2030-06-01" });
});
