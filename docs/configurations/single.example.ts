import { validateAgreement, type Agreement } from "@samverkan/core";
import { configurations, kavlinge, scheduleWithProfile } from "@samverkan/kommuner";

/**
 * Kävlinge's next agreement, 2027–2030: started from Kävlinge's profile, then filled in with what
 * `check` says is missing, and its first year scheduled.
 */
export function startKavlinge() {
  const single = configurations.single;
  const started = single.start({
    kommuner: ["Kävlinge"],
    validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
    localPoliceAreas: [kavlinge.localPoliceArea],
    profile: kavlinge,
  });
  if (!started.ok || started.document.type !== "agreement") throw new Error("Kävlinge could not be started");
  const draft = started.document;

  // What the kommun must still fill in: who signs for each party, and who is each party's contact.
  // Kävlinge's five focus areas give the agreement its direction, so no separate goals are asked for.
  const missing = single.check(draft).map((f) => f.code);
  // ["party_without_signatory", "party_without_signatory", "contact_missing", "contact_missing"]

  const filled: Agreement = {
    ...draft,
    contacts: [
      { id: "kommunpolis", role: "community_police_officer", partyId: "polisen" },
      { id: "sakerhetschef", role: "security_manager", partyId: "kavlinge" },
    ],
    signatories: [
      { id: "lpo-chef", partyId: "polisen", role: "local_police_area_chief" },
      { id: "kso", partyId: "kavlinge", role: "municipal_board_chair" },
    ],
  };
  const stillMissing = single.check(filled); // []

  // Validation still notes that nothing says how often RTH and the operative groups meet.
  const validation = validateAgreement(filled);
  const warnings = validation.ok ? validation.warnings.map((w) => `${w.severity} ${w.code}`) : [];
  // ["info missing_cadence", "info missing_cadence"]

  // The profile's cadence for the follow-up: at least once per tertial, each due in the month
  // after its tertial (the third one's in January 2028, after this window).
  const schedule = scheduleWithProfile(filled, kavlinge, { window: { from: "2027-01-01", to: "2027-12-31" } });
  const firstYear = schedule.ok ? schedule.obligations.map((o) => `${o.date} ${o.title.sv}`) : [];

  return { draft, missing, stillMissing, warnings, firstYear };
}
