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
import { agreement, agreementSet, signed } from "@samverkan/test-utils";

type AnyRule = (typeof rules)[number];
const key = (rule: Pick<AnyRule, "code" | "scope">) => `${rule.scope}:${rule.code}`;

const police = agreement().parties.police;
const arjeplog = { id: "arjeplog", code: "2506" };
const arvidsjaur = { id: "arvidsjaur", code: "2505" };
const lpo = signed("lpo-chef", "polisen", "local_police_area_chief", "2024-12-15");
const kso = (kommun: typeof arjeplog) => signed(`kso-${kommun.id}`, kommun.id, "municipal_board_chair", "2024-12-15");
const del1 = (...municipalities: (typeof arjeplog)[]) =>
  agreement({ id: "del-1", structure: { type: "strategic" }, parties: { police, municipalities }, signatories: [lpo, ...municipalities.map(kso)] });
const del2 = (kommun: typeof arjeplog, overrides: Parameters<typeof agreement>[0] = {}) =>
  agreement({
    id: `del-2-${kommun.id}`,
    structure: { type: "local", strategicId: "del-1", municipality: kommun.code },
    parties: { police, municipalities: [kommun] },
    signatories: [lpo, kso(kommun)],
    ...overrides,
  });
const signedOn = (date: string) => [
  signed("kso", "kavlinge", "municipal_board_chair", date),
  signed("lpo-chef", "polisen", "local_police_area_chief", date),
];

const asOf = { asOf: "2026-06-01" } as const;
const plan = (date: string) => ({ body: "Kommunfullmäktige", date });
const duties = (d: Omit<MunicipalDuties, "municipality">) => agreement({ municipalDuties: [{ municipality: "1261", ...d }] });

/** For every rule (by scope and code), a document that triggers it and where (with the options it needs). */
const triggers: Record<string, { doc: AgreementDocument; path: IssuePath; options?: ValidateOptions }> = {
  "agreement:duplicate_id": {
    doc: agreement({ focusAreas: [{ id: "lokala-bra", kind: "crime_prevention", title: "Brottsförebyggande arbete" }] }),
    path: ["focusAreas", 0, "id"],
  },
  "set:duplicate_id": { doc: agreementSet([agreement(), agreement()]), path: ["agreements", 1, "id"] },
  "agreement:unknown_municipality_code": {
    doc: agreement({ parties: { police, municipalities: [{ id: "kavlinge", code: "1299" }] } }),
    path: ["parties", "municipalities", 0, "code"],
  },
  "agreement:municipality_not_party": {
    doc: agreement({ goals: [{ id: "mal", text: "Ökad trygghet.", municipality: "1290" }] }),
    path: ["goals", 0, "municipality"],
  },
  "agreement:unknown_reference": {
    doc: agreement({ decisionBodies: [{ partyId: "kommunstyrelsen", body: "Kommunstyrelsen" }] }),
    path: ["decisionBodies", 0, "partyId"],
  },
  "agreement:validity_end_before_start": {
    doc: agreement({ validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2017 } }, signatories: signedOn("2016-12-01") }),
    path: ["validity", "end"],
  },
  "agreement:party_without_signatory": { doc: agreement({ signatories: signedOn("2024-12-15").slice(1) }), path: ["parties", "municipalities", 0] },
  "agreement:signature_after_validity": { doc: agreement({ signatories: signedOn("2027-02-01") }), path: ["signatories", 0, "signature", "date"] },
  "agreement:signature_retroactive": { doc: agreement({ signatories: signedOn("2025-02-07") }), path: ["signatories", 0, "signature", "date"] },
  "agreement:signature_date_incomplete": {
    doc: agreement({ signatories: [{ id: "kso", partyId: "kavlinge", role: "municipal_board_chair", signature: { partialDate: { day: 11 } } }, ...signedOn("2024-12-15").slice(1)] }),
    path: ["signatories", 0, "signature"],
  },
  "agreement:citizen_promise_outside_validity": {
    doc: agreement({
      citizenPromises: [{ id: "ml", municipality: "1261", period: { start: "2026-03-01", end: "2027-02-28" }, commitments: [] }],
    }),
    path: ["citizenPromises", 0, "period"],
  },
  "agreement:missing_cadence": {
    doc: agreement({ followUps: [{ id: "uppfoljning", kind: "follow_up", subject: "Åtgärder" }] }),
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
  "agreement:situational_picture_missing": {
    doc: duties({ actionPlan: plan("2026-01-15") }),
    path: ["municipalDuties", 0, "situationalPicture"],
    options: asOf,
  },
  "agreement:situational_picture_outdated": {
    doc: duties({ situationalPicture: { date: "2024-03-01" }, actionPlan: plan("2025-01-10") }),
    path: ["municipalDuties", 0, "situationalPicture", "date"],
    options: asOf,
  },
  "agreement:action_plan_missing": {
    doc: duties({ situationalPicture: { date: "2025-06-01" } }),
    path: ["municipalDuties", 0, "actionPlan"],
    options: asOf,
  },
  "agreement:action_plan_outdated": {
    doc: duties({ situationalPicture: { date: "2025-06-01" }, actionPlan: plan("2025-02-01") }),
    path: ["municipalDuties", 0, "actionPlan", "date"],
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
    const helpers = new Set(["index.ts", "rule.ts", "dates.ts", "walk.ts", "ids.ts", "set.ts", "law-duties.ts"]);
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
        expect(rules, `${file}: ${key(rule)} is in rules`).toContain(rule);
        declared.add(rule);
      }
    }
    expect(rules.filter((r) => !declared.has(r)).map(key)).toEqual([]);
  });

  it("has a triggering document for every rule, and no other", () => {
    expect(Object.keys(triggers).sort()).toEqual(rules.map(key).sort());
  });

  describe.each(rules.map((rule) => [key(rule), rule] as const))("%s", (name, rule) => {
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
