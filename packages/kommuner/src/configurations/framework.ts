import { guarded } from "./guard.js";
import { isCivilDate, resolveValidity, type Agreement, type AgreementDocument, type Plan } from "@samverkan/core";
import type { ConfigurationAdapter } from "./adapter.js";
import { readWith } from "./common.js";
import { finding, type ConfigurationFinding } from "./finding.js";
import { checkAgreement, startAgreement, type AgreementParts } from "./single.js";

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The calendar years of a validity with a known start and end, or none. */
function yearsOf(agreement: Agreement): number[] {
  const { start, end } = resolveValidity(agreement);
  // `start` reads the caller's validity before it is validated: "1e99-01-01" is no year to count to.
  if (!isCivilDate(start) || !isCivilDate(end)) return [];
  const years: number[] = [];
  for (let y = yearOf(start); y <= yearOf(end); y++) years.push(y);
  return years;
}

const isYearlyPlan = (plan: Plan) => plan.kind === "operational_plan";

function checkFramework(document: AgreementDocument): ConfigurationFinding[] {
  const findings = checkAgreement(document, "framework", "one");
  if (document.type !== "agreement") return findings;
  const { start, end } = resolveValidity(document);
  const covered = new Set<number>();
  document.plans?.forEach((plan, i) => {
    if (!isYearlyPlan(plan) || !plan.period) return;
    if ((start !== undefined && plan.period.start < start) || (typeof end === "string" && end !== "open" && plan.period.end > end)) {
      findings.push(finding("period_not_nested", ["plans", i, "period"]));
    }
    for (let y = yearOf(plan.period.start); y <= yearOf(plan.period.end); y++) covered.add(y);
  });
  for (const year of yearsOf(document)) if (!covered.has(year)) findings.push(finding("year_without_operational_plan", ["plans"], { year }));
  return findings;
}

/** A handlingsplan for each year of the validity, cut to it. */
function yearlyPlans(agreement: Agreement): Plan[] {
  const { start, end } = resolveValidity(agreement);
  return yearsOf(agreement).map((year) => ({
    id: `handlingsplan-${year}`,
    kind: "operational_plan",
    title: `Handlingsplan ${year}`,
    owner: "joint",
    period: { start: `${year}-01-01` < start! ? start! : `${year}-01-01`, end: `${year}-12-31` > (end as string) ? (end as string) : `${year}-12-31` },
  }));
}

/**
 * **Flerårig överenskommelse med årlig handlingsplan**: one strategic agreement (structure
 * `framework`) for several years, with an operational plan (handlingsplan) per year. `check`
 * lists each year without one (`year_without_operational_plan`); `start` makes an empty plan for
 * every year of a validity with known dates (none for an `empty` start, which transcribes the plans
 * the text has).
 *
 * @example
 * const started = framework.start({ kommuner: ["Kristianstad"], validity, localPoliceAreas: ["Lokalpolisområde Kristianstad"] });
 */
export const framework: ConfigurationAdapter<AgreementParts> = guarded({
  kind: "framework",
  title: { sv: "Flerårig överenskommelse med årlig handlingsplan", en: "Multi-year agreement with a yearly operational plan" },
  document: "agreement",
  start: (input) => startAgreement(input, "framework", "one", (a) => ({ ...a, plans: [...(a.plans ?? []), ...yearlyPlans(a)] })),
  check: checkFramework,
  read: (document) => readWith(checkFramework(document), () => ({ agreement: document as Agreement })),
  build: ({ agreement }) => ({ ...agreement, structure: { type: "framework" } }),
});
