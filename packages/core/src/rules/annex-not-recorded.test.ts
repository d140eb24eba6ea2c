import { describe, expect, it } from "vitest";
import { type Annex } from "@samverkan/core";
import { agreement, issuesOf } from "@samverkan/test-utils";

const CODE = "annex_not_recorded";
const at = (i: number) => ({ code: CODE, severity: "info", path: ["annexes", i], params: {} });
/** The default agreement with a medborgarlöfte `ml-2025`, an åtgärdsplan `atgardsplan` and the given annexes. */
const withAnnexes = (...annexes: Annex[]) =>
  agreement({
    citizenPromises: [{ id: "ml-2025", municipality: "1261", period: { start: "2025", end: "2025" } }],
    plans: [{ id: "atgardsplan", kind: "action_plan", owner: "municipality" }],
    annexes,
  });

describe("annex_not_recorded", () => {
  it("fires on a bilaga with its medborgarlöften that is recorded nowhere", () => {
    expect(issuesOf(withAnnexes({ id: "bilaga-1", kind: "citizen_promise", title: "Medborgarlöften" }), CODE)).toEqual([at(0)]);
  });

  it("does not fire on a bilaga recorded in the document (`ref`)", () => {
    expect(issuesOf(withAnnexes({ id: "bilaga-1", kind: "citizen_promise", ref: "ml-2025" }), CODE)).toEqual([]);
    expect(issuesOf(withAnnexes({ id: "bilaga-2", kind: "action_plan", ref: "atgardsplan" }), CODE)).toEqual([]);
  });

  it("does not fire on a bilaga recorded as another document (`documentId`)", () => {
    expect(issuesOf(withAnnexes({ id: "bilaga-1", kind: "citizen_promise", documentId: "kavlinge-medborgarlofte-2025" }), CODE)).toEqual([]);
  });

  it("fires on an unrecorded bilaga of any kind, at its own index", () => {
    const doc = withAnnexes(
      { id: "bilaga-1", kind: "citizen_promise", ref: "ml-2025" },
      { id: "bilaga-2", kind: "action_plan", asWritten: "Bilaga 2: Åtgärdsplan" },
      { id: "bilaga-3", kind: "situational_picture", documentId: "lagesbild-2024" },
      { id: "bilaga-4", kind: "other", title: "Karta" },
    );
    expect(issuesOf(doc, CODE)).toEqual([at(1), at(3)]);
  });

  it("does not judge whether a ref names something (that is unknown_reference)", () => {
    const doc = withAnnexes({ id: "bilaga-1", kind: "citizen_promise", ref: "ml-2024" });
    expect(issuesOf(doc, CODE)).toEqual([]);
    expect(issuesOf(doc, "unknown_reference")).toHaveLength(1);
  });
});
