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

/** What every started agreement lacks, per agreement (by its path prefix): who signs for each party, then who is its contact. */
const unsigned = (...prefixes: string[]) => prefixes.flatMap((p) => [`warning party_without_signatory ${p}parties.police`, `warning party_without_signatory ${p}parties.municipalities[0]`]);
const uncontacted = (...prefixes: string[]) => prefixes.flatMap((p) => [`warning contact_missing ${p}parties.police`, `warning contact_missing ${p}parties.municipalities[0]`]);
const toFillIn = (...prefixes: string[]) => [...unsigned(...prefixes), ...uncontacted(...prefixes)];

// The default template names no focus areas: a note that the kommun chooses them (content_missing).
const DEFAULT_NOTES = ["info content_missing focusAreas"];

// The kommuner with a shipped profile: its template names forums whose cadence the seed did not
// state (missing_cadence), and all but Östra Göinge's name the focus areas, so goals are not missing.
const PROFILED: Record<string, { profile: string; lpo?: string; notes: string[]; focusAreas: boolean }> = {
  "1256": { profile: "ostra-goinge", lpo: "hassleholm", notes: ["info content_missing focusAreas", "info missing_cadence forums[0]"], focusAreas: false },
  "1261": { profile: "kavlinge", lpo: "kavlinge", notes: ["info missing_cadence forums[0]", "info missing_cadence forums[1]"], focusAreas: true },
  "1290": { profile: "kristianstad", lpo: "kristianstad", notes: ["info missing_cadence forums[1]", "info missing_cadence forums[2]"], focusAreas: true },
  "2505": { profile: "arjeplog-arvidsjaur", notes: [], focusAreas: true },
  "2506": { profile: "arjeplog-arvidsjaur", notes: [], focusAreas: true },
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
    expect(warnings).toEqual([...toFillIn(""), ...(profiled?.notes ?? DEFAULT_NOTES)]);
    expect(document.parties.police.localPoliceArea?.key).toBe(profiled?.lpo);
    if (profiled) expect(output).toContain(`(${profiled.profile})`);
    else expect(output).not.toContain("Profil");

    // What is still to fill in, from the adapter's check.
    expect(section(lines, "Att fylla i")).toEqual([
      "  party_without_signatory  parties.police: Undertecknare saknas för parten.",
      "  party_without_signatory  parties.municipalities[0]: Undertecknare saknas för parten.",
      "  contact_missing  parties.police: Kontaktperson saknas för parten.",
      "  contact_missing  parties.municipalities[0]: Kontaktperson saknas för parten.",
      // An agreement whose focus areas give its direction needs no separate goals.
      ...(profiled?.focusAreas ? [] : ["  goals_missing  goals: Mål saknas för överenskommelsen."]),
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
    const each = ["agreements[0].", "agreements[1].", "agreements[2]."];
    expect(warnings).toEqual([...toFillIn(...each), ...each.map((p) => `info content_missing ${p}focusAreas`)]);
    // Östra Göinge's profile does not cover the other two, so the default template is used for all three.
    expect(output).toContain("Profilen ostra-goinge gäller inte Osby och Hässleholm: standardmallen används.");
    expect(section(lines, "Att fylla i").filter((l) => l.includes("goals_missing"))).toHaveLength(3);
    expect(output).toContain("Schema för första året, 2027-01-01 – 2027-12-31, 30 punkter:");
    // Three agreements in one set: each title names its kommun.
    expect(output).toContain("  Samverkansöverenskommelse mellan Lokalpolisområde Hässleholm och Osby 2027–2030:\n    2027-03-31  Möte: Lokala Brå – Osby");
  });

  it("joint: three kommuner in Västerbotten, one signatory each", () => {
    const { output, document, warnings } = start("joint", ["Sorsele,storumans kommun", "2481"]);
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(document.parties.municipalities.map((m) => m.name)).toEqual(["Sorsele", "Storuman", "Lycksele"]);
    expect(warnings).toEqual([
      "warning party_without_signatory parties.police",
      ...[0, 1, 2].map((i) => `warning party_without_signatory parties.municipalities[${i}]`),
      "warning contact_missing parties.police",
      ...[0, 1, 2].map((i) => `warning contact_missing parties.municipalities[${i}]`),
      ...DEFAULT_NOTES,
    ]);
    expect(output).toContain("  2027-11-30  Trygghetsmätning – Lycksele (2027)");
  });

  it("strategic_local: Arjeplog and Arvidsjaur with their profile, a del 1 and a del 2 each", () => {
    const { output, lines, document } = start("strategic_local", ["arjeplog", "2505"]);
    const agreements = agreementsOf(document);
    expect(agreements.map((a) => a.structure.type)).toEqual(["strategic", "local", "local"]);
    // The group's working group in the del 1, each kommun's local samverkansgrupp in its del 2.
    expect(agreements[0]?.forums?.map((f) => f.name)).toEqual(["Partsammansatta grupper"]);
    expect(agreements[1]?.forums?.map((f) => [f.name, f.modality])).toEqual([["Lokal samverkansgrupp", "should"]]);
    expect(output).toContain("Profil: Arjeplog och Arvidsjaur (arjeplog-arvidsjaur)");
    expect(section(lines, "Att fylla i")).toContain("  local_without_citizen_promise  agreements[1].citizenPromises: Medborgarlöfte saknas för del 2. (Arjeplog)");
    expect(output).toMatch(/Schema för första året, 2027-01-01 – 2027-12-31, (?:1 punkt|[1-9]\d* punkter):/);
  });

  it("multi_lpo: Göteborg with three lokalpolisområden", () => {
    const lpo = ["Lokalpolisområde Centrum", "LPO Hisingen", "Lokalpolisområde Syd"].flatMap((name) => ["--lpo", name]);
    const { output, document } = start("multi_lpo", ["Göteborgs stad", ...lpo]);
    const agreements = agreementsOf(document);
    // The city-wide agreement, then one per lokalpolisområde.
    expect(agreements.map((a) => [a.structure.type, a.parties.police.localPoliceArea?.key])).toEqual([
      ["strategic", undefined],
      ["local", "centrum"],
      ["local", "hisingen"],
      ["local", "syd"],
    ]);
    expect(new Set(agreements.map((a) => a.parties.municipalities[0]?.code))).toEqual(new Set(["1480"]));
    expect(output).toContain("  Lokal samverkansöverenskommelse mellan Lokalpolisområde Hisingen och Göteborg 2027–2030:");
  });

  it("framework: Kristianstad with a handlingsplan per year and its weekly Lägesbildsgrupp", () => {
    const { output, document, warnings } = start("framework", ["kristianstad"]);
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(document.structure.type).toBe("framework");
    expect(document.plans?.map((p) => p.id)).toEqual(["handlingsplan-2027", "handlingsplan-2028", "handlingsplan-2029", "handlingsplan-2030"]);
    expect(warnings).toEqual([...toFillIn(""), "info missing_cadence forums[1]", "info missing_cadence forums[2]"]);
    expect(output).toContain("som själv beskriver upplägget single");
    expect(output).toContain("  2027-01-04 … 2027-12-27  52 × Möte: Lägesbildsgruppen\n");
  });

  it("single: a validity from a date, for a number of years, in English", () => {
    const { output, document } = start("single", ["Kristianstad", "--from", "2027-03-01", "--years", "3", "--en", "--no-profile"]);
    expect(document.type === "agreement" && document.validity).toEqual({ start: { type: "date", date: "2027-03-01" }, end: { type: "date", date: "2030-02-28" } });
    expect(output).toContain("Schedule of the first year, 2027-03-01 – 2028-02-29");
    expect(output).toContain("To fill in, 5:\n  party_without_signatory  parties.police: Nobody signs for the party.");
    expect(output).toContain("  contact_missing  parties.municipalities[0]: The party has no contact person.");
    expect(output).not.toContain("Profile");
  });

  it("--empty: a transcription's start, with nothing of the template or the profile", () => {
    const { code, output, lines } = run("Kävlinge", "--from", "2020-03-10", "--empty", "--out", join(dir, "empty") + "/");
    expect(code, output).toBe(0);
    expect(output).toContain("Tom start för att föra över en befintlig överenskommelse");
    // The profile's checks still run; its template does not.
    expect(output).toContain("Profil: Kävlinge (kavlinge): dess kontroller används, men inte dess mall.");
    expect(section(lines, "Profilens kontroller")).toContain(
      "  warning required_forum_missing  forums: Samverkansforum som kommunens profil kräver saknas: Rådet för trygghet och hälsa (RTH).",
    );
    const { document, warnings } = written(join(dir, "empty", "kavlinge-2020-2024.json"));
    if (document.type !== "agreement") throw new Error("expected one agreement");
    expect(Object.keys(document).sort()).toEqual(["id", "parties", "schemaVersion", "structure", "title", "type", "validity"]);
    expect(document.parties.police).toEqual({
      id: "polisen",
      name: "Polismyndigheten",
      localPoliceArea: { asWritten: "Lokalpolisområde Kävlinge", key: "kavlinge", displayName: "Lokalpolisområde Kävlinge" },
    });
    expect(warnings).toEqual([...toFillIn(""), "info content_missing forums", "info content_missing followUps", "info content_missing focusAreas"]);
    // Nothing to schedule in the first year is no failure for an empty start.
    expect(output).toContain("Schema för första året, 2020-03-10 – 2021-03-09, 0 punkter:");
  });

  it("--empty works for every configuration", () => {
    for (const kind of CONFIGURATION_KINDS) {
      const { code, output } = run("--kind", kind, "--from", "2027", "--empty", "--out", join(dir, `empty-${kind}`) + "/");
      expect(code, output).toBe(0);
      const file = /^Sparad: (.*)$/m.exec(output)?.[1];
      const agreements = agreementsOf(written(file!).document);
      expect(agreements.flatMap((a) => [a.forums, a.followUps, a.focusAreas, a.citizenPromiseCycle, a.plans, a.parties.police.region]).filter((x) => x !== undefined)).toEqual([]);
    }
  });

  it("--help prints how to use it, in Swedish or English, and starts nothing", () => {
    const sv = run("--help");
    expect(sv.code).toBe(0);
    expect(sv.lines[0]).toMatch(/^Användning: tsx examples\/new-kommun.ts .*\[--empty\]/);
    expect(sv.output).toContain("  --empty           börja tomt, för att föra över en befintlig överenskommelse");
    expect(sv.output).not.toContain("Ny samverkansöverenskommelse:");
    const en = run("--help", "--en");
    expect(en.code).toBe(0);
    expect(en.output).toContain("  --empty           start empty, to transcribe an existing agreement");
    expect(en.output).not.toContain("New samverkansöverenskommelse:");
  });

  it.each(CONFIGURATION_KINDS)("%s runs its example when no kommun is given, and writes nothing without --out", (kind) => {
    const { code, output } = run("--kind", kind, "--from", "2027");
    expect(code, output).toBe(0);
    expect(output).toContain(`exemplet för ${kind}`);
    for (const name of EXAMPLES[kind].kommuner) expect(output).toContain(name);
    expect(output).toMatch(/Schema för första året, 2027-01-01 – 2027-12-31, (?:1 punkt|[1-9]\d* punkter):/);
    expect(output).not.toContain("åtaganden");
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
    expect(output).toContain('Okänt upplägg "regional". Välj ett av: single, lpo_group, joint, strategic_local, multi_lpo, framework.');
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
    expect(run("Osby", "--kind", "joint", "--from", "2027").output).toContain("wrong_municipality_count: Upplägget gäller flera kommuner");
    expect(run("Osby,Hässleholm", "--from", "2027").output).toContain("wrong_municipality_count: Upplägget gäller en kommun: ange en.");
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
