import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as calendarPackage from "@samverkan/calendar";
import * as cliPackage from "@samverkan/cli";
import * as core from "@samverkan/core";
import * as documentPackage from "@samverkan/document";
import * as documentPdf from "@samverkan/document/pdf";
import * as kommunerPackage from "@samverkan/kommuner";

// The schemas whose values are domain vocabulary: each value needs a row in the glossary.
const vocabularies = [
  "AgreementStructure",
  "ForumKind",
  "ForumLevel",
  "FocusAreaKind",
  "PlanKind",
  "FollowUpKind",
  "Role",
  "Side",
  "Cadence",
  "ObligationKind",
  "SituationalPictureSection",
  "ActorKind",
  "ActorSide",
  "Modality",
  "DeliverableKind",
  "DecisionKind",
  "AnnexKind",
  "ClauseTopic",
  "PoliceLevel",
  "MunicipalUnitKind",
  "LocalContent",
  "Outcome",
  "Due",
  "Change",
] as const;

type Literal = { value?: string; def?: { values?: string[] } };
type Member = { shape: { type: Literal } };
type Schema = { options?: readonly (string | Member)[]; def?: { options?: Member[] }; shape?: Record<string, Schema> };

const optionsOf = (schema: Schema | undefined) => schema?.options ?? schema?.def?.options ?? [];

// Terms name exports of @samverkan/core, @samverkan/kommuner, @samverkan/calendar, @samverkan/document, @samverkan/document/pdf or @samverkan/cli.
const exports = { ...cliPackage, ...calendarPackage, ...documentPdf, ...documentPackage, ...kommunerPackage, ...core } as unknown as Record<string, unknown>;
const schemaOf = (name: string) => (exports[`${name}Schema`] ?? exports[name]) as Schema | undefined;

// Enum values, the `type` of each member of a discriminated union, or the values of an object's `type`.
function valuesOf(schema: Schema | undefined): string[] {
  if (schema?.shape?.type) return valuesOf(schema.shape.type);
  return optionsOf(schema).map((o) => (typeof o === "string" ? o : (o.shape.type.value ?? o.shape.type.def?.values?.[0] ?? "")));
}

// Fields of an object schema, or of any member of a discriminated union.
function fieldsOf(schema: Schema | undefined): string[] {
  if (schema?.shape) return Object.keys(schema.shape);
  return optionsOf(schema).flatMap((o) => (typeof o === "string" ? [] : Object.keys(o.shape)));
}

// Type-only exports leave no trace at run time; the indexes (nothing but export lists) name them.
const index = ["core/src", "kommuner/src", "calendar/src", "document/src", "document/src/pdf", "cli/src"]
  .map((p) => readFileSync(new URL(`../packages/${p}/index.ts`, import.meta.url), "utf8"))
  .join("\n");
const exportedTypes = new Set(index.match(/\b\w+\b/g));

// Issue codes are a type, not a schema: the Swedish catalogue has a message for every one of them.
const issueCodes = Object.keys(core.sv);
// The codes of the semantic rules: each is a finding a user meets, so each needs a row.
const ruleCodes = [...new Set(core.rules.map((r) => r.code as string))];
// The kinds of fact extraction reads are a type too; FACT_KINDS lists them.
const factKinds: readonly string[] = documentPackage.FACT_KINDS;

const glossary = readFileSync(new URL("./glossary.md", import.meta.url), "utf8");
const identifiers = [...glossary.matchAll(/^\|[^|]+\| `([^`]+)` \|/gm)].map((m) => m[1] as string);

describe("docs/glossary.md", () => {
  it("has rows", () => {
    expect(identifiers.length).toBeGreaterThan(80);
  });

  it.each(identifiers)("%s is exported by @samverkan/core, @samverkan/kommuner, @samverkan/calendar, @samverkan/document (or its pdf entry) or @samverkan/cli", (identifier) => {
    const [, name = "", sep, rest = ""] = /^([A-Za-z_]+)([.:]?)(.*)$/.exec(identifier) ?? [];
    if (sep === ":" && name === "IssueCode") expect(issueCodes).toContain(rest);
    else if (sep === ":" && name === "FactKind") expect(factKinds).toContain(rest);
    else if (sep === ":") expect(valuesOf(schemaOf(name))).toContain(rest);
    else if (sep === ".") expect(fieldsOf(schemaOf(name))).toContain(rest);
    else expect(name in exports || `${name}Schema` in exports || exportedTypes.has(name)).toBe(true);
  });

  it.each(vocabularies)("every value of %s has a row", (name) => {
    const values = valuesOf(schemaOf(name));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(identifiers).toContain(`${name}:${value}`);
  });

  it("has a row for every rule's code", () => {
    expect(ruleCodes.length).toBeGreaterThan(0);
    for (const code of ruleCodes) expect(identifiers).toContain(`IssueCode:${code}`);
  });

  it("has a row for every kind of fact", () => {
    for (const kind of factKinds) expect(identifiers).toContain(`FactKind:${kind}`);
  });

  it("has a row for every export of @samverkan/calendar, @samverkan/document, @samverkan/document/pdf and @samverkan/cli", () => {
    const names = ["calendar/src", "document/src", "document/src/pdf", "cli/src"].flatMap((p) =>
      [...readFileSync(new URL(`../packages/${p}/index.ts`, import.meta.url), "utf8").matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
        m[1]!.split(",").map((n) => n.trim().replace(/^type /, "").split(" as ").pop()!.trim()).filter(Boolean),
      ),
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(identifiers).toContain(name);
  });

  it("maps each identifier once", () => {
    expect(new Set(identifiers).size).toBe(identifiers.length);
  });
});
