import { describe, expect, it } from "vitest";
import { compileAgreement, scheduleObligations, validateAgreement, type Agreement, type AgreementDocument, type CitizenPromiseDocument } from "@samverkan/core";
import { citizenPromiseDocument, loadSeed } from "@samverkan/test-utils";

// An obligation's id is what a recorded completion points at: these tests change a document the
// ways real ones change, and check that every obligation still there keeps its id.

function ids(document: AgreementDocument, to = "2026-12-31"): Map<string, string> {
  const result = scheduleObligations(document, { window: { from: "2023-01-01", to } });
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  // id → what it is, by kind and period (not the date, which may move)
  return new Map(result.obligations.map((o) => [o.id, `${o.kind} ${o.period}`]));
}

function seed(name: "kristianstad-2025-2028" | "ostra-goinge-2023-2026"): Agreement {
  const result = validateAgreement(loadSeed(name));
  if (!result.ok || result.value.type !== "agreement") throw new Error(`${name} does not validate`);
  return result.value;
}

/** Every obligation of `before` that is still listed `after` (same kind and period) has the same id. */
function expectKept(before: Map<string, string>, after: Map<string, string>): void {
  const afterByMeaning = new Map([...after].map(([id, meaning]) => [meaning, id]));
  const lost = [...before].filter(([id, meaning]) => afterByMeaning.has(meaning) && !after.has(id));
  expect(lost).toEqual([]);
  expect(before.size).toBeGreaterThan(10);
}

describe("an obligation's id", () => {
  it("survives the agreement being extended, its renewal included", () => {
    const agreement = seed("ostra-goinge-2023-2026");
    const before = ids(agreement);
    const extended = compileAgreement({
      ...agreement,
      changes: [{ id: "forlangning", type: "extension", date: "2026-11-01", end: { type: "date", date: "2027-12-31" } }],
    } as Agreement);
    if (!extended.ok) throw new Error(extended.issues.map((i) => i.code).join());
    const after = ids(extended.value, "2027-12-31");
    for (const id of before.keys()) expect(after.has(id), id).toBe(true);
    const renewal = [...before].find(([, meaning]) => meaning.startsWith("renewal"))![0];
    expect(after.get(renewal)).toBe("renewal before-end");
  });

  it("survives its parts being reordered, renamed and reworded (a re-encoding of the same text)", () => {
    const agreement = seed("ostra-goinge-2023-2026");
    const reencoded: Agreement = {
      ...agreement,
      title: `${agreement.title} (ny kodning)`,
      forums: [...(agreement.forums ?? [])].reverse().map((f) => ({ ...f, name: `${f.name}, omskriven` })),
      followUps: [...(agreement.followUps ?? [])].reverse().map((f) => ({ ...f, subject: `${f.subject} (omskriven)` })),
    };
    const before = ids(agreement);
    const after = ids(reencoded);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it("survives a medborgarlöfte being extended", () => {
    const promise = citizenPromiseDocument({ period: { start: "2024", end: "2024" } });
    const extended: CitizenPromiseDocument = { ...promise, extensions: [{ end: "2025-06", decidedOn: "2024-11-20" }] };
    const before = ids(promise);
    const after = ids(extended);
    expectKept(before, after);
    const followUp = [...before].find(([, meaning]) => meaning.startsWith("citizen_promise_follow_up"))![0];
    expect(after.get(followUp)).toBe("citizen_promise_follow_up 2024");
  });

  it("is the same across runs and for a copy of the document", () => {
    const agreement = seed("kristianstad-2025-2028");
    expect([...ids(structuredClone(agreement))]).toEqual([...ids(agreement)]);
  });
});
