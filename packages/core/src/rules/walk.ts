import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";

/**
 * Calls `visit` for every kommunkod an agreement names outside its parties: the del 2's kommun,
 * and the kommun of forums, goals, plans, medborgarlöften, follow-ups, law duties, contacts and signatories.
 */
export function eachMunicipalityReference(agreement: Agreement, visit: (code: string, path: IssuePath) => void): void {
  if (agreement.structure.type === "local") visit(agreement.structure.municipality, ["structure", "municipality"]);
  const lists = [
    ["forums", agreement.forums],
    ["goals", agreement.goals],
    ["plans", agreement.plans],
    ["citizenPromises", agreement.citizenPromises],
    ["followUps", agreement.followUps],
    ["municipalDuties", agreement.municipalDuties],
    ["signatories", agreement.signatories],
  ] as const;
  for (const [key, list] of lists) {
    list?.forEach((item, i) => {
      if (item.municipality !== undefined) visit(item.municipality, [key, i, "municipality"]);
    });
  }
  agreement.contacts?.forEach((contact, i) =>
    contact.municipalities?.forEach((code, j) => visit(code, ["contacts", i, "municipalities", j])),
  );
}

/** Calls `visit` for every cadence in an agreement, with a function that gives its path. */
export function eachCadence(agreement: Agreement, visit: (cadence: Cadence, path: () => IssuePath) => void): void {
  agreement.forums?.forEach((f, i) => f.cadence && visit(f.cadence, () => ["forums", i, "cadence"]));
  agreement.followUps?.forEach((f, i) => f.cadence && visit(f.cadence, () => ["followUps", i, "cadence"]));
  agreement.plans?.forEach((plan, i) => {
    if (plan.revision) visit(plan.revision, () => ["plans", i, "revision"]);
    plan.activities?.forEach((a, j) => a.cadence && visit(a.cadence, () => ["plans", i, "activities", j, "cadence"]));
  });
  agreement.citizenPromises?.forEach((promise, i) =>
    promise.commitments.forEach(
      (c, j) => c.frequency && visit(c.frequency, () => ["citizenPromises", i, "commitments", j, "frequency"]),
    ),
  );
  const cycle = agreement.citizenPromiseCycle?.cadence;
  if (cycle) visit(cycle, () => ["citizenPromiseCycle", "cadence"]);
}
