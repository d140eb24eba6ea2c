import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatPath, validateAgreement, type Agreement, type AgreementDocument } from "@samverkan/core";
import { CONFIGURATION_KINDS, configurations, kommuner, type ConfigurationKind } from "@samverkan/kommuner";
import { EXAMPLES, main } from "./new-kommun.js";

// Every file the example writes goes here, never into the repository.
const dir = mkdtempSync(join(tmpdir(), "samverkan-new-kommun-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the example with `args` and returns its exit code and output. */
function run(...args: string[]): { code: number; output: string; lines: string[] } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, output: lines.join("\n"), lines };
}

/** The document a run wrote, validated again as a user's tool would read it. */
function written(file: string): { document: AgreementDocument; warnings: string[] } {
  const result = validateAgreement(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(`${file} is invalid: ${result.issues.map((i) => i.code).join(", ")}`);
  return { document: result.value, warnings: result.warnings.map((w) => `${w.severity} ${w.code} ${formatPath(w.path)}`) };
}

/** The lines of one section of the output: after the line that starts with `heading`, while indented. */
function section(lines: readonly string[], heading: string): string[] {
  const at = lines.findIndex((line) => line.startsWith(heading));
  if (at < 0) return [];
  const end = lines.findIndex((line, i) => i > at && !line.startsWith(" "));
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

const unsigned = (...prefixes: string[]) => prefixes.flatMap((p) => [`warning party_without_signatory ${p}parties.police`, `warning party_without_signatory ${p}parties.municipalities[0]`]);

// The kommuner with a shipped profile: its template names forums whose cadence the seed did not state,
// and those are for the kommun to fill in as well (missing_cadence).
const PROFILED: Record<string, { profile: string; lpo?: string; warnings: string[] }> = {
  "1256": { profile: "ostra-goinge", lpo: "hassleholm", warnings: [0, 1, 2, 3].map((i) => `warning missing_cadence forums[${i}]`) },
  "1261": { profile: "kavlinge", lpo: "kavlinge", warnings: ["warning missing_cadence forums[0]"] },
  "1290": { profile: "kristianstad", lpo: "kristianstad", warnings: ["warning missing_cadence forums[1]"] },
  "2505": { profile: "arjeplog-arvidsjaur", warnings: [] },
  "2506": { profile: "arjeplog-arvidsjaur", warnings: [] },
};

describe("examples/new-kommun.ts for every kommun", () => {
  const out = join(dir, "all") + "/";

  it.each(kommuner.map((k) => [k.code, k.name, k] as const))("starts a single agreement for %s %s", (code, name, kommun) => {
    const { code: exit, output, lines } = run(code, "--from", "2027", "--out", out);
    expect(exit).toBe(0);

    // The written file: valid, with only the warnings for what the kommun must fill in.
    const file = join(out, `${kommun.id}-2027-2030.json`);
    expect(output).toContain(`Sparad: ${file}`);
    const { document, warnings } = written(file);
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(document.parties.municipalities).toEqual([{ id: kommun.id, code, name }]);
    expect(document.validity).toEqual({ start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } });
    const profiled = PROFILED[code];
    expect(warnings).toEqual([...unsigned(""), ...(profiled?.warnings ?? [])]);
    expect(document.parties.police.localPoliceArea?.key).toBe(profiled?.lpo);
    if (profiled) expect(output).toContain(`(${profiled.profile})`);
    else expect(output).not.toContain("Profil");

    // What is still to fill in, from the adapter's check.
    expect(section(lines, "Att fylla i")).toEqual([
      "  party_without_signatory  parties.police: Ingen undertecknar för parten.",
      "  party_without_signatory  parties.municipalities[0]: Ingen undertecknar för parten.",
      "  goals_missing  goals: Överenskommelsen saknar mål.",
    ]);
    expect(output).not.toContain("Stämmer inte");

    // The first year's schedule: a heading with a count and at least one dated line, all in 2027.
    const schedule = section(lines, "Schema för första året, 2027-01-01 – 2027-12-31");
    expect(schedule.length).toBeGreaterThan(0);
    for (const line of schedule) expect(line).toMatch(/^ {2}2027-\d\d-\d\d /);
  });

  it("wrote one file per kommun, named by its id", () => {
    expect(readdirSync(out).sort()).toEqual(kommuner.map((k) => `${k.id}-2027-2030.json`).sort());
  });
});

describe("examples/new-kommun.ts per configuration", () => {
  /** Runs a kind from 2027, writes to the temp dir and returns the output and the written document. */
  function start(kind: ConfigurationKind, args: string[]) {
    // The defaults first: a later --from wins.
    const result = run("--kind", kind, "--from", "2027", "--out", join(dir, kind) + "/", ...args);
    expect(result.code, result.output).toBe(0);
    const file = /^(?:Sparad|Written): (.*)$/m.exec(result.output)?.[1];
    expect(file).toBeDefined();
    const { document, warnings } = written(file!);
    // It lines up as its configuration: nothing but `missing` findings.
    expect(configurations[kind].check(document).filter((f) => f.kind === "problem")).toEqual([]);
    return { ...result, document, warnings };
  }
  const agreementsOf = (document: AgreementDocument): readonly Agreement[] =>
    document.type === "agreement_set" ? document.agreements : document.type === "agreement" ? [document] : [];

  it("lpo_group: Östra Göinge, Osby and Hässleholm in LPO Hässleholm, by name in any form", () => {
    const { output, lines, document, warnings } = start("lpo_group", ["ostra goinge", "OSBY", "Hässleholms kommun", "--lpo", "Hässleholms lokalpolisområde"]);
    expect(document.type).toBe("agreement_set");
    expect(document.id).toBe("lpo-hassleholm-2027-2030");
    const agreements = agreementsOf(document);
    expect(agreements.map((a) => a.parties.municipalities[0]?.code)).toEqual(["1256", "1273", "1293"]);
    expect(new Set(agreements.map((a) => a.parties.police.localPoliceArea?.displayName))).toEqual(new Set(["Lokalpolisområde Hässleholm"]));
    expect(warnings).toEqual(unsigned("agreements[0].", "agreements[1].", "agreements[2]."));
    // Östra Göinge's profile does not cover the other two, so the default template is used for all three.
    expect(output).toContain("Profilen ostra-goinge gäller inte Osby och Hässleholm: standardmallen används.");
    expect(section(lines, "Att fylla i").filter((l) => l.includes("goals_missing"))).toHaveLength(3);
    expect(output).toContain("Schema för första året, 2027-01-01 – 2027-12-31, 27 åtaganden:");
    expect(output).toContain("  Samverkansöverenskommelse mellan Lokalpolisområde Hässleholm och Osby 2027-2030:\n    2027-03-31  Möte: Lokala Brå");
  });

  it("joint: three kommuner in Västerbotten, one signatory each", () => {
    const { output, document, warnings } = start("joint", ["Sorsele,storumans kommun", "2481"]);
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(document.parties.municipalities.map((m) => m.name)).toEqual(["Sorsele", "Storuman", "Lycksele"]);
    expect(warnings).toEqual([
      "warning party_without_signatory parties.police",
      ...[0, 1, 2].map((i) => `warning party_without_signatory parties.municipalities[${i}]`),
    ]);
    expect(output).toContain("  2027-11-30  Trygghetsmätning – Lycksele (2027)");
  });

  it("strategic_local: Arjeplog and Arvidsjaur with their profile, a del 1 and a del 2 each", () => {
    const { output, lines, document } = start("strategic_local", ["arjeplog", "2505"]);
    const agreements = agreementsOf(document);
    expect(agreements.map((a) => a.structure.type)).toEqual(["strategic", "local", "local"]);
    expect(agreements[1]?.forums?.[0]?.name).toBe("Lokal samverkansgrupp");
    expect(output).toContain("Profil: Arjeplog och Arvidsjaur (arjeplog-arvidsjaur)");
    expect(section(lines, "Att fylla i")).toContain("  local_without_citizen_promise  agreements[1].citizenPromises: Del 2 saknar medborgarlöfte. (Arjeplog)");
    expect(output).toMatch(/Schema för första året, 2027-01-01 – 2027-12-31, [1-9]\d* åtaganden:/);
  });

  it("multi_lpo: Göteborg with three lokalpolisområden", () => {
    const lpo = ["Lokalpolisområde Centrum", "LPO Hisingen", "Lokalpolisområde Syd"].flatMap((name) => ["--lpo", name]);
    const { output, document } = start("multi_lpo", ["Göteborgs stad", ...lpo]);
    const agreements = agreementsOf(document);
    expect(agreements.map((a) => a.parties.police.localPoliceArea?.key)).toEqual(["centrum", "hisingen", "syd"]);
    expect(new Set(agreements.map((a) => a.parties.municipalities[0]?.code))).toEqual(new Set(["1480"]));
    expect(output).toContain("  Samverkansöverenskommelse mellan Lokalpolisområde Hisingen och Göteborg 2027-2030:");
  });

  it("framework: Kristianstad with a handlingsplan per year and its weekly Lägesbildsgrupp", () => {
    const { output, document, warnings } = start("framework", ["kristianstad"]);
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(document.structure.type).toBe("framework");
    expect(document.plans?.map((p) => p.id)).toEqual(["handlingsplan-2027", "handlingsplan-2028", "handlingsplan-2029", "handlingsplan-2030"]);
    expect(warnings).toEqual([...unsigned(""), "warning missing_cadence forums[1]"]);
    expect(output).toContain("som själv beskriver konfigurationen single");
    expect(output).toContain("  2027-01-04 … 2027-12-27  52 × Möte: Lägesbildsgruppen [weekly]");
  });

  it("single: a validity from a date, for a number of years, in English", () => {
    const { output, document } = start("single", ["Kristianstad", "--from", "2027-03-01", "--years", "3", "--en", "--no-profile"]);
    expect(document.type === "agreement" && document.validity).toEqual({ start: { type: "date", date: "2027-03-01" }, end: { type: "date", date: "2030-02-28" } });
    expect(output).toContain("Schedule of the first year, 2027-03-01 – 2028-02-29");
    expect(output).toContain("To fill in, 3:\n  party_without_signatory  parties.police: Nobody signs for the party.");
    expect(output).not.toContain("Profile");
  });

  it.each(CONFIGURATION_KINDS)("%s runs its example when no kommun is given, and writes nothing without --out", (kind) => {
    const { code, output } = run("--kind", kind, "--from", "2027");
    expect(code, output).toBe(0);
    expect(output).toContain(`exemplet för ${kind}`);
    for (const name of EXAMPLES[kind].kommuner) expect(output).toContain(name);
    expect(output).toMatch(/Schema för första året, 2027-01-01 – 2027-12-31, [1-9]\d* åtaganden:/);
    expect(output).toContain("Inte sparad: ange --out");
  });

  it("starts from 1 January of next year by the clock when --from is not given", () => {
    const lines: string[] = [];
    expect(main([], (line) => lines.push(line), new Date(2031, 5, 15))).toBe(0);
    expect(lines).toContain("  Giltighet: 2032-01-01 – 2035-12-31");
    expect(lines).toContain("  Kommun: 1261 Kävlinge (Skåne län, polisregion Syd)");
  });
});

describe("examples/new-kommun.ts refuses", () => {
  it("an unknown kommun, with the lookup's suggestion", () => {
    const { code, output } = run("Kristiansstad", "--from", "2027");
    expect(code).toBe(1);
    expect(output).toContain('"Kristiansstad": Ingen kommun har det namnet. Menade du Kristianstad?');
    expect(run("Kristiansstad", "--from", "2027", "--en").output).toContain("No kommun has that name. Did you mean Kristianstad?");
  });

  it("an ambiguous name, naming both kommuner", () => {
    const { code, output } = run("Häbo", "--from", "2027");
    expect(code).toBe(1);
    expect(output).toContain("Håbo (0305) och Habo (0643)");
  });

  it("an unknown configuration kind", () => {
    const { code, output } = run("Osby", "--kind", "regional", "--from", "2027");
    expect(code).toBe(1);
    expect(output).toContain('Okänd konfiguration "regional". Välj en av: single, lpo_group, joint, strategic_local, multi_lpo, framework.');
  });

  it("multi_lpo without two lokalpolisområden, lpo_group without one", () => {
    for (const lpo of [[], ["--lpo", "Lokalpolisområde Centrum"]]) {
      const { code, output } = run("Göteborg", "--kind", "multi_lpo", ...lpo, "--from", "2027");
      expect(code).toBe(1);
      expect(output).toContain("wrong_local_police_area_count: Ange två eller fler lokalpolisområden, med --lpo för vart och ett.");
    }
    const { code, output } = run("Osby,Hässleholm", "--kind", "lpo_group", "--from", "2027");
    expect(code).toBe(1);
    expect(output).toContain("wrong_local_police_area_count: Ange lokalpolisområdet med --lpo (ett).");
    const twice = run("Göteborg", "--kind", "multi_lpo", "--lpo", "LPO Centrum", "--lpo", "Lokalpolisområde Centrum", "--from", "2027");
    expect(twice.code).toBe(1);
    expect(twice.output).toContain("local_police_area_repeated: Lokalpolisområdet anges två gånger.");
  });

  it("the wrong number of kommuner, or one kommun twice", () => {
    expect(run("Osby", "--kind", "joint", "--from", "2027").output).toContain("wrong_municipality_count: Konfigurationen gäller flera kommuner");
    expect(run("Osby,Hässleholm", "--from", "2027").output).toContain("wrong_municipality_count: Konfigurationen gäller en kommun: ange en.");
    const { code, output } = run("Osby", "1273", "--kind", "joint", "--from", "2027");
    expect(code).toBe(1);
    expect(output).toContain('municipality_repeated: "1273": Kommunen anges två gånger.');
  });

  it("a bad --from, --years or option", () => {
    expect(run("Osby", "--from", "2027-02-30").output).toBe("--from ska vara ett år (2027) eller ett datum (2027-03-01).");
    expect(run("Osby", "--from", "2027", "--years", "0").code).toBe(1);
    expect(run("Osby", "--from", "2027", "--years", "2.5").output).toContain("--years ska vara ett heltal");
    const unknown = run("Osby", "--form", "2027");
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("Användning: tsx examples/new-kommun.ts");
  });

  it("to overwrite a file without --force", () => {
    const file = join(dir, "kept.json");
    writeFileSync(file, "{}\n");
    const kept = run("Osby", "--from", "2027", "--out", file);
    expect(kept.code).toBe(1);
    expect(kept.output).toContain(`Filen finns redan (ange --force för att skriva över): ${file}`);
    expect(readFileSync(file, "utf8")).toBe("{}\n");
    expect(run("Osby", "--from", "2027", "--out", file, "--force").code).toBe(0);
    expect(written(file).document.id).toBe("osby-2027-2030");
    expect(existsSync(join(dir, "osby-2027-2030.json"))).toBe(false);
  });
});
