import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  rules,
  validateAgreement,
  type AgreementDocument,
  type IssuePath,
  type MunicipalDuties,
  type RuleCode,
  type Severity,
  type ValidateOptions,
} from "@samverkan/core";
import { rules as checks } from "./index.js";
import { agreement, agreementSet, citizenPromiseDocument, del1 as testDel1, del2 as testDel2, signed } from "@samverkan/test-utils";

type AnyRule = (typeof rules)[number];
const key = (rule: Pick<AnyRule, "code" | "scope">) => `${rule.scope}:${rule.code}`;

const police = agreement().parties.police;
const arjeplog = { id: "arjeplog", code: "2506" };
const arvidsjaur = { id: "arvidsjaur", code: "2505" };
const del1 = (...municipalities: (typeof arjeplog)[]) => testDel1(municipalities);
const del2 = (kommun: typeof arjeplog, overrides: Parameters<typeof agreement>[0] = {}) => testDel2(kommun, overrides);
const signedOn = (date: string) => [
  signed("kso", "kavlinge", "municipal_board_chair", date),
  signed("lpo-chef", "polisen", "local_police_area_chief", date),
];

const asOf = { asOf: "2026-06-01" } as const;
const plan = (date: string) => ({ body: "Kommunfullmäktige", date });
const duties = (d: Omit<MunicipalDuties, "municipality">) => agreement({ municipalDuties: [{ municipality: "1261", ...d }] });
const promise = citizenPromiseDocument;

/**
 * For every rule (by scope and code), a document that triggers it and where (with the options it
 * needs); a `document` rule also has one medborgarlöfte document (`<key>@citizen_promise`).
 */
const triggers: Record<string, { doc: AgreementDocument; path: IssuePath; options?: ValidateOptions }> = {
  "document:duplicate_id": {
    doc: agreement({ focusAreas: [{ id: "lokala-bra", kind: "crime_prevention", title: "Brottsförebyggande arbete" }] }),
    path: ["focusAreas", 0, "id"],
  },
  "set:duplicate_id": { doc: agreementSet([agreement(), agreement()]), path: ["agreements", 1, "id"] },
  "document:duplicate_id@citizen_promise": {
    doc: promise({ commitments: [{ id: "kavlinge", by: "police", text: "Polisen fotpatrullerar." }] }),
    path: ["commitments", 0, "id"],
  },
  "document:party_missing": {
    doc: agreement({ parties: { police, municipalities: [] }, signatories: signedOn("2024-12-15").slice(1), contacts: [{ id: "kp", role: "community_police_officer", partyId: "polisen" }] }),
    path: ["parties", "municipalities"],
  },
  "document:party_missing@citizen_promise": {
    doc: promise({ parties: { police, municipalities: [] }, signatories: [signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01")] }),
    path: ["parties", "municipalities"],
  },
  "document:unknown_municipality_code": {
    doc: agreement({ parties: { police, municipalities: [{ id: "kavlinge", code: "1299" }] } }),
    path: ["parties", "municipalities", 0, "code"],
  },
  "document:unknown_municipality_code@citizen_promise": {
    doc: promise({ parties: { police, municipalities: [{ id: "kavlinge", code: "1299" }] } }),
    path: ["parties", "municipalities", 0, "code"],
  },
  "document:municipality_not_party": {
    doc: agreement({ goals: [{ id: "mal", text: "Ökad trygghet.", municipality: "1290" }] }),
    path: ["goals", 0, "municipality"],
  },
  "document:municipality_not_party@citizen_promise": {
    doc: promise({ commitments: [{ id: "c", by: "municipality", municipality: "1290", text: "Kommunen nattvandrar." }] }),
    path: ["commitments", 0, "municipality"],
  },
  "document:unknown_reference": {
    doc: agreement({ decisions: [{ kind: "adopted", partyId: "kommunstyrelsen", body: "Kommunstyrelsen" }] }),
    path: ["decisions", 0, "partyId"],
  },
  "document:unknown_reference@citizen_promise": {
    doc: promise({ results: [{ commitmentId: "inget-sadant", outcome: "fulfilled" }] }),
    path: ["results", 0, "commitmentId"],
  },
  "document:validity_end_before_start": {
    doc: agreement({ validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2017 } }, signatories: signedOn("2016-12-01") }),
    path: ["validity", "end"],
  },
  "document:validity_end_before_start@citizen_promise": { doc: promise({ period: { start: "2025-06", end: "2025-03" } }), path: ["period", "end"] },
  "agreement:signing_date_missing": {
    doc: agreement({ validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } }, signatories: signedOn("2024-12-15").map(({ signature: _, ...s }) => s) }),
    path: ["validity", "start"],
  },
  "document:party_without_signatory": { doc: agreement({ signatories: signedOn("2024-12-15").slice(1) }), path: ["parties", "municipalities", 0] },
  "document:party_without_signatory@citizen_promise": {
    doc: promise({ signatories: [signed("lpo-chef", "polisen", "local_police_area_chief", "2025-02-01")] }),
    path: ["parties", "municipalities", 0],
  },
  "document:signatory_role_mismatch": {
    doc: agreement({ signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"), signed("lpo", "polisen", "local_police_area_chief", "2024-12-15"), signed("kp", "kavlinge", "community_police_officer", "2024-12-15")] }),
    path: ["signatories", 2, "role"],
  },
  "document:signatory_role_mismatch@citizen_promise": {
    doc: promise({ signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2025-02-01"), signed("lpo", "polisen", "local_police_area_chief", "2025-02-01"), signed("sc", "polisen", "security_manager", "2025-02-01")] }),
    path: ["signatories", 2, "role"],
  },
  "document:signatory_leader_missing": {
    doc: agreement({ signatories: [signed("kso", "kavlinge", "municipal_board_chair", "2024-12-15"), signed("kp", "polisen", "community_police_officer", "2024-12-15")] }),
    path: ["parties", "police"],
  },
  "document:follow_up_without_responsible@citizen_promise": {
    doc: promise({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Löftena", cadence: { type: "yearly" } }] }),
    path: ["followUps", 0],
  },
  "document:signatory_leader_missing@citizen_promise": {
    doc: promise({ signatories: [signed("sc", "kavlinge", "security_manager", "2025-02-01"), signed("lpo", "polisen", "local_police_area_chief", "2025-02-01")] }),
    path: ["parties", "municipalities", 0],
  },
  "agreement:signature_after_validity": { doc: agreement({ signatories: signedOn("2027-02-01") }), path: ["signatories", 0, "signature", "date"] },
  "agreement:signature_retroactive": { doc: agreement({ signatories: signedOn("2025-08-07") }), path: ["signatories", 0, "signature", "date"] },
  "agreement:signature_date_incomplete": {
    doc: agreement({ signatories: [{ id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 } } }, ...signedOn("2024-12-15").slice(1)] }),
    path: ["signatories", 0, "signature"],
  },
  "agreement:contact_missing": { doc: agreement({ contacts: [{ id: "kp", role: "community_police_officer", partyId: "polisen" }] }), path: ["parties", "municipalities", 0] },
  "agreement:content_missing": { doc: agreement({ focusAreas: [] }), path: ["focusAreas"] },
  "document:follow_up_without_responsible": {
    doc: agreement({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", cadence: { type: "yearly" } }] }),
    path: ["followUps", 0],
  },
  "agreement:citizen_promise_outside_validity": {
    doc: agreement({
      citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2026-03-01", end: "2027-02-28" }, commitments: [] }],
    }),
    path: ["citizenPromises", 0, "period"],
  },
  "document:extension_ends_early": {
    doc: agreement({ citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2025", end: "2025" }, extensions: [{ end: "2025-06-30" }] }] }),
    path: ["citizenPromises", 0, "extensions", 0, "end"],
  },
  "document:extension_ends_early@citizen_promise": { doc: promise({ extensions: [{ end: "2025" }] }), path: ["extensions", 0, "end"] },
  "agreement:annex_not_recorded": { doc: agreement({ annexes: [{ id: "bilaga-1", kind: "citizen_promise", title: "Medborgarlöften" }] }), path: ["annexes", 0] },
  "agreement:missing_cadence": {
    doc: agreement({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder", responsibleSide: "joint" }] }),
    path: ["followUps", 0],
  },
  "agreement:cadence_cannot_occur": {
    doc: agreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } }, citizenPromiseCycle: { cadence: { type: "before_end" } } }),
    path: ["citizenPromiseCycle", "cadence"],
  },
  "set:local_municipality_not_in_strategic": {
    doc: agreementSet([del1(arjeplog), del2(arjeplog), del2(arvidsjaur)]),
    path: ["agreements", 2, "structure", "municipality"],
  },
  "set:local_period_outside_strategic": {
    doc: agreementSet([del1(arjeplog), del2(arjeplog, { validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } })]),
    path: ["agreements", 1, "validity"],
  },
  "set:local_strategic_missing": { doc: agreementSet([del2(arjeplog)]), path: ["agreements", 0, "structure", "strategicId"] },
  "set:strategic_missing_local": {
    doc: agreementSet([del1(arjeplog, arvidsjaur), del2(arvidsjaur)]),
    path: ["agreements", 0, "parties", "municipalities", 0],
  },
  "agreement:local_content_missing": { doc: agreementSet([del1(arjeplog), del2(arjeplog, { plans: [] })]), path: ["agreements", 1, "structure"] },
  "agreement:situational_picture_missing": {
    doc: agreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "date", date: "2028-12-31" } }, municipalDuties: [{ municipality: "1261", actionPlan: plan("2026-01-15") }] }),
    path: ["municipalDuties", 0, "situationalPicture"],
    options: { asOf: "2027-01-15" },
  },
  "agreement:situational_picture_outdated": {
    doc: duties({ situationalPicture: { date: "2024-03-01" }, actionPlan: plan("2025-01-10") }),
    path: ["municipalDuties", 0, "situationalPicture", "date"],
    options: asOf,
  },
  "agreement:action_plan_missing": {
    doc: duties({ situationalPicture: { date: "2025-06-01" } }),
    path: ["municipalDuties", 0, "actionPlan"],
    options: { asOf: "2026-01-15" },
  },
  "agreement:action_plan_outdated": {
    doc: duties({ situationalPicture: { date: "2025-06-01" }, actionPlan: plan("2025-02-01") }),
    path: ["municipalDuties", 0, "actionPlan", "date"],
    options: { asOf: "2026-01-15" },
  },
  "agreement:citizen_promise_year_missing": {
    doc: agreement({ citizenPromiseCycle: { cadence: { type: "yearly" } }, citizenPromises: [{ id: "ml-2025", municipality: "1261", period: { start: "2025", end: "2025" } }] }),
    path: ["parties", "municipalities", 0],
    options: asOf,
  },
};

function issuesOf(doc: AgreementDocument, code: RuleCode, level?: Severity | "off", options: ValidateOptions = {}) {
  const severity: NonNullable<ValidateOptions["severity"]> = {};
  if (level) severity[code] = level;
  const result = validateAgreement(doc, { ...options, severity });
  return (result.ok ? result.warnings : result.issues).filter((i) => i.code === code);
}

describe("rules", () => {
  it("has one rule per code in each scope", () => {
    const keys = rules.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("holds every rule that the files of this folder declare, and nothing else", async () => {
    const helpers = new Set(["index.ts", "rule.ts", "dates.ts", "walk.ts", "ids.ts", "set.ts", "law-duties.ts", "signers.ts", "public.ts", "public-dates.ts"]);
    const folder = fileURLToPath(new URL(".", import.meta.url));
    const ruleFiles = readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !helpers.has(f));
    expect(ruleFiles).toContain("validity-end-before-start.ts");
    expect(ruleFiles.length).toBeGreaterThan(0);
    const declared = new Set<unknown>();
    for (const file of ruleFiles) {
      const module = (await import(pathToFileURL(join(folder, file)).href)) as Record<string, unknown>;
      const exported = Object.values(module).filter((v): v is AnyRule => typeof v === "object" && v !== null && "code" in v && "check" in v);
      expect(exported, `${file} declares a rule`).not.toEqual([]);
      for (const rule of exported) {
        expect(checks, `${file}: ${key(rule)} is in rules`).toContain(rule);
        declared.add(rule);
      }
    }
    expect(checks.filter((r) => !declared.has(r)).map(key)).toEqual([]);
    // The public list is the same rules, each guarded at its boundary (InvalidArgumentError for what is not an agreement).
    expect(rules.map(key)).toEqual(checks.map(key));
  });

  it("has a triggering document for every rule, and no other", () => {
    const expected = rules.flatMap((rule) => (rule.scope === "document" ? [key(rule), `${key(rule)}@citizen_promise`] : [key(rule)]));
    expect(Object.keys(triggers).sort()).toEqual(expected.sort());
  });

  const cases = Object.keys(triggers).map((name) => [name, rules.find((rule) => key(rule) === name.replace(/@.*/, ""))!] as const);
  describe.each(cases)("%s", (name, rule) => {
    const trigger = triggers[name]!;

    it("is the only issue its triggering document raises", () => {
      const result = validateAgreement(trigger.doc, trigger.options);
      expect((result.ok ? result.warnings : result.issues).every((i) => i.code === rule.code)).toBe(true);
    });

    it(`fires at its default severity (${rule.severity})`, () => {
      const found = issuesOf(trigger.doc, rule.code, undefined, trigger.options);
      expect(found.map((i) => i.path)).toContainEqual(trigger.path);
      expect(found.every((i) => i.severity === rule.severity)).toBe(true);
    });

    it("can be turned off", () => {
      expect(issuesOf(trigger.doc, rule.code, "off", trigger.options)).toEqual([]);
      expect(validateAgreement(trigger.doc, { ...trigger.options, severity: { [rule.code]: "off" } })).toMatchObject({ ok: true, warnings: [] });
    });

    it.each(["error", "warning", "info"] as const)("can be set to %s", (level) => {
      const found = issuesOf(trigger.doc, rule.code, level, trigger.options);
      expect(found.map((i) => i.path)).toContainEqual(trigger.path);
      expect(found.every((i) => i.severity === level)).toBe(true);
      expect(validateAgreement(trigger.doc, { ...trigger.options, severity: { [rule.code]: level } }).ok).toBe(level !== "error");
    });
  });
});
