import { readFileSync } from "node:fs";
import { scheduleObligations, validateAgreement, type AgreementDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { calendar, check, start, statuses, toCurrentVersion } from "./library.js";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const documentOf = (text: string): AgreementDocument => {
  const result = validateAgreement(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.value;
};

describe("statuses", () => {
  it("schedules a validity with a fixed end whole, as scheduleObligations does without a window", () => {
    const doc = documentOf(read("examples/agreements/kavlinge-2019-2022.json"));
    const whole = scheduleObligations(doc);
    const result = statuses(doc, "2021-06-15", []);
    expect(result.ok && whole.ok).toBe(true);
    if (!result.ok || !whole.ok) return;
    expect(result.statuses.map((s) => s.obligation.id)).toEqual(whole.obligations.map((o) => o.id));
    expect(result.window.from).toBe("2019-01-01");
    expect(result.window.to).toBe(whole.obligations[whole.obligations.length - 1]!.date);
    expect(result.statuses.some((s) => s.state === "overdue") && result.statuses.some((s) => s.state === "upcoming")).toBe(true);
  });

  it("counts a completion", () => {
    const doc = documentOf(read("examples/agreements/kavlinge-2019-2022.json"));
    const first = statuses(doc, "2021-06-15", []);
    if (!first.ok) throw new Error("not scheduled");
    const id = first.statuses[0]!.obligation.id;
    const done = statuses(doc, "2021-06-15", [{ obligationId: id, completedOn: "2021-06-01" }]);
    expect(done.ok && done.statuses[0]!.state).toBe("done");
  });

  it("schedules an open-ended agreement from a year before the day to two years after", () => {
    const doc = documentOf(read("examples/corpus/falun-2020-lopande.json"));
    expect(scheduleObligations(doc).ok).toBe(false); // "löpande": the schedule needs a window
    const result = statuses(doc, "2026-03-01", []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.window).toEqual({ from: "2025-01-01", to: "2028-12-31" });
    const windowed = scheduleObligations(doc, { window: result.window });
    expect(result.statuses.map((s) => s.obligation.id)).toEqual(windowed.ok ? windowed.obligations.map((o) => o.id) : []);
    expect(result.statuses.length).toBeGreaterThan(0);
    // Without a known first day too (Herrljunga, "tills vidare" from a day the text does not give).
    const herrljunga = statuses(documentOf(read("examples/corpus/herrljunga-2017-tillsvidare.json")), "2026-03-01", []);
    expect(herrljunga.ok && herrljunga.window).toEqual({ from: "2025-01-01", to: "2028-12-31" });
  });
});

describe("statuses of a medborgarlöfte", () => {
  it("schedules it whole", () => {
    const doc = documentOf(read("examples/corpus/mala-medborgarlofte-2024.json"));
    const whole = scheduleObligations(doc);
    const result = statuses(doc, "2024-06-01", []);
    expect(result.ok && result.statuses.length).toBe(whole.ok ? whole.obligations.length : -1);
  });
});

describe("check and toCurrentVersion", () => {
  it("reads a format 1 document into format 2", () => {
    const v1 = read("packages/test-utils/fixtures/v1/kavlinge-2019-2022.json");
    const current = toCurrentVersion(v1);
    expect(current.ok && current.from).toBe(1);
    expect(current.ok && current.document.schemaVersion).toBe(2);
  });

  it("gives the findings of invalid JSON", () => {
    const checked = check("{");
    expect(checked.ok).toBe(false);
    expect(checked.findings.map((f) => f.code)).toEqual(["invalid_json"]);
  });
});

describe("calendar", () => {
  it("writes the obligations as iCalendar text", () => {
    const doc = documentOf(read("examples/agreements/kavlinge-2019-2022.json"));
    const whole = scheduleObligations(doc);
    if (!whole.ok) throw new Error("not scheduled");
    const made = calendar(whole.obligations, "sv", "Kävlinge");
    expect(made.ok && made.text.match(/BEGIN:VEVENT/g)?.length).toBe(whole.obligations.length);
  });

  it("reports a calendar it cannot make, never throws", () => {
    const made = calendar([{ id: "x", date: "not a date" } as never], "sv", "x");
    expect(made.ok).toBe(false);
  });
});

describe("start", () => {
  it("starts an agreement, or says in the language asked for why not", () => {
    const started = start({ kommuner: ["Kävlinge"], kind: "single", localPoliceAreas: [], from: "2027-01-01", years: 4, empty: false, profile: true }, "sv");
    expect(started.ok && started.document.type).toBe("agreement");
    const failed = start({ kommuner: ["Kävlinga"], kind: "single", localPoliceAreas: [], from: "2027-01-01", years: 4, empty: false, profile: true }, "en");
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.messages[0]).toMatch(/^Kävlinga: .*Kävlinge/);
    const wrong = start({ kommuner: ["Kävlinge"], kind: "joint", localPoliceAreas: [], from: "2027-01-01", years: 4, empty: false, profile: true }, "sv");
    expect(!wrong.ok && wrong.messages).toEqual(["Den här formen gäller två eller fler kommuner."]);
  });
});
