import { describe, expect, it } from "vitest";
import { main, readFolders } from "./portfolio.js";

/** Runs the example with `args` and returns its exit code and output lines. */
function run(...args: string[]): { code: number; output: string; lines: string[] } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, output: lines.join("\n"), lines };
}

describe("examples/portfolio.ts", () => {
  it("answers for polisregion Nord in Q1 2027 from examples/corpus without arguments", () => {
    const { code, lines } = run();
    expect(code).toBe(0);
    expect(lines[0]).toBe("Att göra: polisregion Nord, 2027-01-01 – 2027-03-31");
    expect(lines[1]).toBe("Underlag: 32 dokument i examples/corpus; 6 överenskommelser och medborgarlöften i urvalet.");
    // Only Luleå's agreement runs into 2027; what it holds falls due outside the quarter.
    expect(lines).toContain("  Luleå: Samverkansöverenskommelse 2024-2027 (examples/corpus/lulea-2024-2027.json)");
    expect(lines).toContain("Inget förfaller under perioden.");
    expect(lines).toContain("Ingen överenskommelse löper ut eller ska förnyas under perioden.");
  });

  it("prints a table of what falls due, and the agreements to renew, for another quarter and both folders", () => {
    const { code, lines, output } = run("--quarter", "2026-Q4", "--folder", "examples/agreements", "--folder", "examples/corpus");
    expect(code).toBe(0);
    expect(lines[0]).toBe("Att göra: polisregion Nord, 2026-10-01 – 2026-12-31");
    // The set holds the del 1 and the del 2s that are also files of their own.
    expect(lines.filter((l) => l.startsWith("Utelämnad: "))).toEqual([
      "Utelämnad: examples/agreements/arjeplog-arvidsjaur-2023-2026.json (överenskommelsen finns redan i examples/agreements/arjeplog-arvidsjaur-set.json).",
      "Utelämnad: examples/agreements/arjeplog-del-2.json (överenskommelsen finns redan i examples/agreements/arjeplog-arvidsjaur-set.json).",
      "Utelämnad: examples/agreements/arvidsjaur-del-2.json (överenskommelsen finns redan i examples/agreements/arjeplog-arvidsjaur-set.json).",
    ]);
    expect(lines).toContain("Datum       Kommun                Ansvar      Vad");
    expect(output).toMatch(/^2026-12-3\d {2}Arjeplog, Arvidsjaur {2}gemensamt {3}Förnyelse av samverkansöverenskommelsen/m);
    expect(output).toContain("Överenskommelser som löper ut eller ska förnyas under perioden:");
    expect(output).toMatch(/^ {2}Arjeplog, Arvidsjaur: Samverkansöverenskommelse, del 1, gäller till och med 2026-12-31; förnyelse \d{4}-\d\d-\d\d – 2026-12-31$/m);
    expect(output).toContain("Anmärkningar:");
  });

  it("speaks English with --en, and filters by län, kind and side", () => {
    const { code, lines } = run("--en", "--all", "--lan", "Skåne", "--kind", "situational_picture", "--side", "municipality", "--from", "2025-01-01", "--to", "2026-12-31");
    expect(code).toBe(0);
    expect(lines[0]).toBe("Due: Skåne, 2025-01-01 – 2026-12-31");
    const rows = lines.filter((l) => /^\d{4}-\d\d-\d\d /.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\S+ {2}(Trelleborg|Höör|Tomelilla) +kommun +Local crime assessment/);
  });

  it("says what it cannot read, and exits with 1", () => {
    const bad = run("--region", "Norr", "--kommun", "Kristiansstad");
    expect(bad.code).toBe(1);
    expect(bad.lines).toEqual([
      "Portföljen kunde inte tas fram:",
      "  filter.kommuner[0]: Ingen kommun har det namnet. Menade du Kristianstad?",
      "  filter.policeRegions[0]: Ogiltigt värde. Tillåtna värden: ”Nord”, ”Mitt”, ”Bergslagen”, ”Stockholm”, ”Öst”, ”Väst”, ”Syd”.",
    ]);
    expect(run("--quarter", "2027-5").code).toBe(1);
    expect(run("--wat").code).toBe(1);
    expect(run("--folder", "examples/nowhere").code).toBe(1);
  });

  it("reads folders in name order and leaves out the files a set holds", () => {
    const { files, skipped } = readFolders(["examples/agreements"]);
    expect(files.map((f) => f.file)).toEqual([
      "examples/agreements/arjeplog-arvidsjaur-set.json",
      "examples/agreements/kavlinge-2019-2022.json",
      "examples/agreements/kristianstad-2025-2028.json",
      "examples/agreements/ostra-goinge-2016-2018.json",
      "examples/agreements/ostra-goinge-2023-2026.json",
    ]);
    expect(skipped.map((s) => s.file)).toEqual([
      "examples/agreements/arjeplog-arvidsjaur-2023-2026.json",
      "examples/agreements/arjeplog-del-2.json",
      "examples/agreements/arvidsjaur-del-2.json",
    ]);
  });
});
