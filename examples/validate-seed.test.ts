import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seedNames, type SeedName } from "@samverkan/test-utils";
import { main } from "./validate-seed.js";

/** Runs the example with `args` and returns its exit code and output. */
function run(...args: string[]): { code: number; output: string } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

// What each seed's text is called, and the warning and info codes the example must report for it.
const expected: Record<SeedName, { title: string; codes: string[] }> = {
  "ostra-goinge-2016-2018": {
    title: "Överenskommelse om samverkan mellan Polismyndigheten och Östra Göinge kommun under åren 2016-2018",
    codes: ["party_without_signatory", "content_missing", "annex_not_recorded", "missing_cadence"],
  },
  "ostra-goinge-2023-2026": { title: "Samverkansöverenskommelse 2023–2026", codes: ["content_missing", "missing_cadence"] },
  "kavlinge-2019-2022": {
    title: "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022",
    codes: ["signature_date_incomplete", "annex_not_recorded", "missing_cadence"],
  },
  "kristianstad-2025-2028": {
    title: "Samverkansöverenskommelse mellan Kristianstads lokalpolisområde och Kristianstads kommun",
    codes: ["contact_missing", "missing_cadence"],
  },
  "arjeplog-arvidsjaur-2023-2026": {
    title: "Samverkansöverenskommelse, del 1",
    codes: ["signing_date_missing", "party_without_signatory", "follow_up_without_responsible"],
  },
};

const ALL_CODES = [
  "party_without_signatory",
  "missing_cadence",
  "signature_date_incomplete",
  "signature_retroactive",
  "signing_date_missing",
  "contact_missing",
  "content_missing",
  "annex_not_recorded",
  "follow_up_without_responsible",
];

describe("examples/validate-seed.ts", () => {
  it.each(seedNames)("summarises %s with its warnings", (name) => {
    const { code, output } = run(name);
    expect(code).toBe(0);
    expect(output).toContain(expected[name].title);
    for (const warning of expected[name].codes) expect(output).toContain(warning);
    for (const other of ALL_CODES.filter((c) => !expected[name].codes.includes(c))) expect(output).not.toContain(other);
    expect(output).toMatch(/^Giltig, \d+ anmärkningar$/m);
  });

  it("validates Kristianstad 2025–2028 by default, with Swedish messages and paths", () => {
    const { code, output } = run();
    expect(code).toBe(0);
    expect(output).toContain(expected["kristianstad-2025-2028"].title);
    expect(output).toContain("Parter: Polismyndigheten (Lokalpolisområde Kristianstad); 1290 Kristianstads kommun");
    expect(output).toContain("Innehåll: 4 forum, 7 fokusområden, 4 uppföljningar");
    expect(output).toContain("contact_missing  parties.municipalities[0]: Kontaktperson saknas för kommunen.");
  });

  it("prints each seed's schedule, long series as one line", () => {
    // Meetings on a Monday holiday move to the next working day (the first and the last both do).
    expect(run().output).toContain("Årshjul, 225 punkter:\n  2025-01-07 … 2028-12-27  208 × Möte: Lägesbildsgruppen [weekly]\n");
    // Each quarter is followed up in the month after it; the election note comes first.
    expect(run("ostra-goinge-2016-2018").output).toContain(
      "  2016-04-29 … 2019-01-30  12 × Uppföljning: Gemensamt planerade åtgärder (kvartal 1 2016) [quarterly]\n  2016-12-30  Ska tas fram: Till överenskommelsen hör också medborgarlöften som tas fram under 2016. (2016)\n  2018-12-28  Förnyelse av samverkansöverenskommelsen",
    );
    expect(run("ostra-goinge-2016-2018").output).toContain("Årshjul, 14 punkter:\n  info    schedule_renewal_election  validity.end: Förnyelsen (senast 2018-12-28) löper över valet 2018-09-09");
    expect(run("kavlinge-2019-2022", "--en").output).toContain("12 × Follow-up: Gemensamt planerade aktiviteter (T1 2019) [tertial]");
    const goinge = run("ostra-goinge-2023-2026").output;
    expect(goinge).toContain("  2023-11-30  Trygghetsmätning (2023)");
    expect(goinge).toContain("  2026-12-30  Förnyelse av samverkansöverenskommelsen");
  });

  it("schedules Arjeplog/Arvidsjaur from --signed, or shows its last year and says why", () => {
    const signed = run("arjeplog-arvidsjaur-2023-2026", "--signed", "2023-04-17").output;
    expect(signed).toContain("  2024-01-30  Återrapportering till polis- och kommunledning – Arjeplog (2023)");
    expect(signed).not.toContain("schedule_start_unknown");
    const unsigned = run("arjeplog-arvidsjaur-2023-2026").output;
    expect(unsigned).toContain(
      "schedule_start_unknown  validity.start: Överenskommelsens startdatum är okänt (den gäller från och med undertecknandet, eller så anger texten inget): schemalagd från 2026-01-01.",
    );
    expect(unsigned).not.toContain("2025-12-31");
  });

  it("prints English with --en", () => {
    const { code, output } = run("kavlinge-2019-2022", "--en");
    expect(code).toBe(0);
    expect(output).toContain("Validity: 2019-2022");
    expect(output).toContain("signature_date_incomplete  signatories[0].signature: The signature's date is incomplete in the text.");
  });

  it("reads a path, including a set of a del 1 and its del 2s", () => {
    const file = fileURLToPath(new URL("./agreements/arjeplog-arvidsjaur-set.json", import.meta.url));
    const { code, output } = run(file);
    expect(code).toBe(0);
    expect(output).toContain("Samverkansöverenskommelse, del 2: Arjeplog 2024–2026 (illustrativt exempel)");
    expect(output).toContain("Samverkansöverenskommelse, del 2: Arvidsjaur 2024–2026 (illustrativt exempel)");
    expect(output).toContain("party_without_signatory  agreements[0].parties.police");
    expect(output).not.toContain("strategic_missing_local");
  });

  it("prints the errors and exits with 1 when the document is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "samverkan-example-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ schemaVersion: 2, type: "agreement", id: "Not An Id" }));
    let result: { code: number; output: string };
    try {
      result = run(broken, "--en");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { code, output } = result;
    expect(code).toBe(1);
    expect(output).toContain("Invalid");
    expect(output).toMatch(/error\s+invalid_format\s+id: /);
    expect(output).toMatch(/error\s+missing_field\s+title: The field is missing\./);
  });

  it("exits with 1 when the file cannot be read", () => {
    const { code, output } = run("no-such-seed");
    expect(code).toBe(1);
    expect(output).toContain("Kan inte läsa");
  });
});
