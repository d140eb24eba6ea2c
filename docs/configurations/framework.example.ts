import { type Agreement } from "@samverkan/core";
import { configurations, kristianstad } from "@samverkan/kommuner";

/**
 * Kristianstad as a four-year agreement with a handlingsplan per year: started from Kristianstad's
 * profile, with what `check` says when a year's plan is missing or a plan runs past the agreement.
 */
export function startKristianstadFramework() {
  const framework = configurations.framework;
  const started = framework.start({
    kommuner: ["Kristianstad"],
    validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
    localPoliceAreas: [kristianstad.localPoliceArea],
    profile: kristianstad,
  });
  if (!started.ok || started.document.type !== "agreement") throw new Error("Kristianstad could not be started");
  const agreement = started.document;
  const plans = agreement.plans?.map((p) => `${p.id} ${p.period?.start}–${p.period?.end}`) ?? [];
  // ["handlingsplan-2027 2027-01-01–2027-12-31", …, "handlingsplan-2030 2030-01-01–2030-12-31"]

  // Without the plan for 2029, that year is to fill in.
  const without2029: Agreement = { ...agreement, plans: agreement.plans?.filter((p) => p.id !== "handlingsplan-2029") };
  const missingYear = framework.check(without2029).filter((f) => f.code === "year_without_operational_plan").map((f) => f.year);
  // [2029]

  // A plan that runs into 2031, after the agreement ends, does not line up.
  const late: Agreement = {
    ...agreement,
    plans: [...(agreement.plans ?? []), { id: "handlingsplan-2031", kind: "operational_plan", owner: "joint", period: { start: "2030-07-01", end: "2031-06-30" } }],
  };
  const problems = framework.check(late).filter((f) => f.kind === "problem").map((f) => f.code); // ["period_not_nested"]

  return { agreement, plans, missing: framework.check(agreement).map((f) => f.code), missingYear, problems };
}
