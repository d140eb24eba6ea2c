import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "./export-calendar.js";

/** Runs the example with `args` and returns its exit code and output. */
function run(...args: string[]): { code: number; output: string } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

describe("examples/export-calendar.ts", () => {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-calendar-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("summarises the calendar and shows its first event", () => {
    const { code, output } = run();
    expect(code).toBe(0);
    expect(output).toContain("Samverkansöverenskommelse 2023–2026");
    // The last year's follow-up falls due in January after the agreement ends; the renewal spans the 2026 election.
    expect(output).toContain("31 obligations, 2023-03-31 – 2027-01-29; 1 note\n  schedule_renewal_election");
    expect(output).toContain("| BEGIN:VTIMEZONE");
    expect(output).toContain("| END:VEVENT");
  });

  it("writes a calendar that parses, in English on request", () => {
    const file = join(dir, "kavlinge.ics");
    expect(run("--en", "--seed", "kavlinge-2019-2022", file).code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => /^[\x20-\x7e]+$/.test(String(e.getFirstPropertyValue("uid"))))).toBe(true);
    expect(String(events[0]?.getFirstPropertyValue("description"))).toContain("Source: ");
  });

  it("writes the whole calendar to the path given, the same bytes every time", () => {
    const file = join(dir, "ostra-goinge.ics");
    expect(run(file).code).toBe(0);
    const first = readFileSync(file, "utf8");
    expect(run(file).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(first.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(first.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("fails politely for an unknown seed", () => {
    const { code, output } = run("--seed", "nowhere");
    expect(code).toBe(1);
    expect(output).toContain("Cannot read the seed");
  });
});
