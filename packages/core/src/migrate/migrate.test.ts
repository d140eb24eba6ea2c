import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, isPoliceDiarienummer, migrate, validateAgreement, type IssuePath } from "@samverkan/core";
import { sparseList } from "@samverkan/test-utils";

const folder = new URL("../../../test-utils/fixtures/v1/", import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith(".json"));
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, folder), "utf8"));

type Leaf = { path: IssuePath; value: unknown };

/** Every leaf (string, number, boolean, null) of a JSON value, with its path. */
function leaves(value: unknown, path: IssuePath = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

// Where a version 1 fact lives in version 2: the documented moves, everything else in place.
function moved(path: IssuePath): IssuePath {
  const at = path.findIndex((p) => p === "decisionBodies");
  if (at >= 0) return [...path.slice(0, at), "decisions", ...path.slice(at + 1)];
  const end = path.findIndex((p, i) => p === "end" && path[i - 1] === "validity");
  if (end >= 0) {
    const field = path[end + 1];
    const head = path.slice(0, end);
    if (field === "noticeMonths") return [...head, "terms", "termination", "noticeMonths"];
    if (field === "terminationTerms") return [...head, "terms", "termination", "asWritten"];
    if (field === "revisionEveryYears") return [...head, "terms", "revision", "everyYears"];
  }
  return path;
}

function at(value: unknown, path: IssuePath): unknown {
  let here = value;
  for (const key of path) here = here !== null && typeof here === "object" ? (here as Record<string | number, unknown>)[key] : undefined;
  return here;
}

describe("migrate: every version 1 document in the repository", () => {
  it("has documents to migrate", () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  it.each(files)("%s migrates to a valid version 2 document that holds every fact of the original", (file) => {
    const original = read(file);
    const before = structuredClone(original);
    const result = migrate(original);
    expect(original, "the input is not changed").toEqual(before);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.from).toBe(1);
    expect(result.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(validateAgreement(result.value).ok).toBe(true);
    const lost = leaves(original)
      .filter((leaf) => leaf.path[leaf.path.length - 1] !== "schemaVersion")
      .filter((leaf) => at(result.value, moved(leaf.path)) !== leaf.value)
      .map((leaf) => leaf.path.join("."));
    expect(lost).toEqual([]);
  });

  it.each(files)("%s: validateAgreement reads it through migrate, and says so", (file) => {
    const result = validateAgreement(read(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings[0]).toEqual({ code: "schema_version_migrated", severity: "info", path: ["schemaVersion"], params: { from: 1, to: 2 } });
    expect(result.value).toEqual((migrate(read(file)) as { value: unknown }).value);
  });
});

describe("migrate", () => {
  it("moves an open-ended validity's terms and the decision bodies, and gives Polisen its diarienummer", () => {
    const v1 = read("started-joint.json") as Record<string, unknown>;
    const result = migrate({
      ...v1,
      decisionBodies: [{ partyId: "lycksele", body: "Kommunstyrelsen" }],
      references: [{ type: "diarienummer", value: "A084.191/2025" }, { type: "diarienummer", value: "KS 2025/12" }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.type === "agreement" && result.value.validity).toEqual({
      start: { type: "from_signing" },
      end: { type: "open_ended" },
      terms: { termination: { noticeMonths: 6, asWritten: "Kan sägas upp av båda parter." }, revision: { everyYears: 3 } },
    });
    expect(result.value.type === "agreement" && result.value.decisions).toEqual([{ kind: "adopted", partyId: "lycksele", body: "Kommunstyrelsen" }]);
    expect(result.value.type === "agreement" && result.value.references).toEqual([
      { type: "diarienummer", value: "A084.191/2025", partyId: "polisen" },
      { type: "diarienummer", value: "KS 2025/12" },
    ]);
  });

  it("returns a version 2 document as a checked copy", () => {
    const v2 = migrate(read("kavlinge-2019-2022.json"));
    if (!v2.ok) throw new Error("not ok");
    const again = migrate(v2.value);
    expect(again).toEqual({ ok: true, value: v2.value, from: 2 });
    expect(again.ok && again.value).not.toBe(v2.value);
  });

  it("reads JSON text", () => {
    expect(migrate(readFileSync(new URL("ostra-goinge-2016-2018.json", folder), "utf8"))).toMatchObject({ ok: true, from: 1 });
  });

  it.each([
    ["a version it does not read", { schemaVersion: 3, type: "agreement" }, { code: "unsupported_schema_version", path: ["schemaVersion"], params: { supported: 2 } }],
    ["a string version", { schemaVersion: "1", type: "agreement" }, { code: "unsupported_schema_version", path: ["schemaVersion"] }],
    ["no version", { type: "agreement" }, { code: "missing_field", path: ["schemaVersion"] }],
    ["not an object", 42, { code: "invalid_type", path: [], params: { expected: "object", received: "number" } }],
    ["an array", [], { code: "invalid_type", path: [], params: { expected: "object", received: "array" } }],
    ["null", null, { code: "invalid_type", path: [], params: { expected: "object", received: "null" } }],
    ["broken JSON", "{", { code: "invalid_json" }],
  ])("gives a coded issue, never a throw, for %s", (_name, input, issue) => {
    const result = migrate(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject(issue);
  });

  it("reports the shape issues of a version 1 document at their version 2 paths", () => {
    const broken = { ...(read("kavlinge-2019-2022.json") as object), title: "" };
    const result = migrate(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path])).toEqual([["too_small", ["title"]]]);
  });

  it("reports a hostile input as unreadable, never a throw", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(migrate(hostile)).toMatchObject({ ok: false, issues: [{ code: "unreadable_input" }] });
  });

  // Found by the fuzz suite: a version 1 set whose list of agreements claims 2^32 − 1 items. The
  // upgrade mapped the list before the schema said it was too long: 80 seconds for one call.
  it("leaves a list too long to upgrade for the schema to report, without looking at its items", () => {
    const v1 = read("kavlinge-2019-2022.json") as Record<string, unknown>;
    const cases: [string, (list: unknown[]) => unknown, IssuePath][] = [
      ["a set's agreements", (list) => ({ schemaVersion: 1, type: "agreement_set", id: "set", agreements: list }), ["agreements"]],
      ["an agreement's references", (list) => ({ ...v1, references: list }), ["references"]],
      ["an agreement's decision bodies", (list) => ({ ...v1, decisionBodies: list }), ["decisions"]],
    ];
    for (const [, make, path] of cases) {
      const sparse = sparseList(v1);
      const input = make(sparse.list);
      for (const result of [migrate(input), validateAgreement(input)]) {
        expect(result.ok).toBe(false);
        expect(!result.ok && result.issues.filter((i) => i.code === "too_big").map((i) => i.path)).toEqual([path]);
      }
      expect(sparse.reads()).toBeLessThanOrEqual(10);
    }
  });
});

describe("isPoliceDiarienummer", () => {
  it.each([
    ["A084.191/2025", true],
    [" A579.501/2017 ", true],
    ["KSN-2014-1450", false],
    ["A84.191/2025", false],
    ["sak 483", false],
  ])("%s → %s", (value, expected) => {
    expect(isPoliceDiarienummer(value)).toBe(expected);
  });
});
