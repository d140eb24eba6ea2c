// `schedule --ics` when the calendar refuses the schedule: a schedule from a valid document always
// exports, so the refusal is stood in for here; the real export is tested on the built binary.
import { describe, expect, it, vi } from "vitest";
import { run, type CliOutput } from "@samverkan/cli";

vi.mock("@samverkan/calendar", () => ({
  toICalendar: () => ({
    ok: false,
    issues: [
      { code: "invalid_date", severity: "error", path: [3, "date"], params: {} },
      { code: "duplicate_id", severity: "error", path: [7, "id"], params: { firstPath: [2, "id"] } },
    ],
  }),
}));

function capture(): CliOutput & { text: () => string } {
  const parts: string[] = [];
  return { isTTY: false, write: (t: string) => parts.push(t), text: () => parts.join("") };
}

describe("samverkan schedule --ics", () => {
  it.each([
    ["sv", "samverkan: calendar_export_failed: invalid_date [3].date: Ogiltigt datum – använd formatet ÅÅÅÅ-MM-DD.\nsamverkan: calendar_export_failed: duplicate_id [7].id: Id:t används redan vid [2].id.\n"],
    ["en", "samverkan: calendar_export_failed: invalid_date [3].date: Not a valid date: use YYYY-MM-DD.\nsamverkan: calendar_export_failed: duplicate_id [7].id: The id is already used at [2].id.\n"],
  ])("writes one coded line per issue the calendar gives (--lang %s), exit 1, nothing on stdout", async (lang, expected) => {
    const stdout = capture();
    const stderr = capture();
    const args = ["schedule", "examples/agreements/kavlinge-2019-2022.json", "--from", "2020-01-01", "--to", "2020-12-31", "--ics", "--lang", lang];
    expect(await run(args, { stdout, stderr, env: {} })).toBe(1);
    expect(stderr.text()).toBe(expected);
    expect(stdout.text()).toBe("");
  });
});
