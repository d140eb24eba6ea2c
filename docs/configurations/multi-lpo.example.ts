import { type Agreement } from "@samverkan/core";
import { configurations } from "@samverkan/kommuner";

const validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } } as const;

/**
 * Stockholm, one kommun with a city-wide agreement and a local agreement per lokalpolisområde:
 * started for three of them, then written as the texts have it (Polisregion Stockholm signs the
 * city-wide agreement; in Järva two stadsdelsförvaltningar are the kommun's side), checked, and what
 * happens with one lokalpolisområde, or with the same one twice.
 */
export function startStockholm() {
  const multiLpo = configurations.multi_lpo;
  const started = multiLpo.start({
    kommuner: ["Stockholms stad"],
    validity,
    localPoliceAreas: ["Lokalpolisområde Järva", "LPO Västerort", "Södermalms lokalpolisområde"],
  });
  if (!started.ok || started.document.type !== "agreement_set") throw new Error("Stockholm could not be started");
  const set = started.document;
  const agreements = set.agreements.map((a) => `${a.id}: ${a.structure.type}, ${a.parties.police.localPoliceArea?.displayName ?? "hela staden"}`);

  // The parties as the texts name them: the region for the city, two stadsdelsförvaltningar in Järva.
  const read = multiLpo.read(set);
  if (!read.ok || !read.parts.framework) throw new Error("the started set should read");
  const { framework } = read.parts;
  const city: Agreement = {
    ...framework,
    parties: { ...framework.parties, police: { id: "polisen", name: "Polismyndigheten", asWritten: "Polisregion Stockholm", level: "region", region: "Stockholm" } },
  };
  const [jarva, ...others] = read.parts.agreements;
  const stadsdelar: Agreement = {
    ...jarva!,
    parties: {
      ...jarva!.parties,
      municipalities: [
        { id: "rinkeby-kista", code: "0180", unit: { kind: "district_administration", name: "Rinkeby-Kista stadsdelsförvaltning" } },
        { id: "spanga-tensta", code: "0180", unit: { kind: "district_administration", name: "Spånga-Tensta stadsdelsförvaltning" } },
      ],
    },
  };
  const written = multiLpo.build({ ...read.parts, framework: city, agreements: [stadsdelar, ...others] });

  // Lined up as it is: a police region beside the lokalpolisområden, the kommun in every agreement.
  const problems = multiLpo.check(written).filter((f) => f.kind === "problem"); // []
  // Per agreement: who signs and who is the contact for each party, and each local agreement's goals.
  const missing = [...new Set(multiLpo.check(written).map((f) => f.code))]; // ["goals_missing", "party_without_signatory", "contact_missing"]

  // One lokalpolisområde is a `single` agreement, not this configuration: start refuses.
  const one = multiLpo.start({ kommuner: ["Stockholm"], validity, localPoliceAreas: ["Lokalpolisområde Järva"] });
  const refused = one.ok ? [] : one.issues.map((i) => i.code); // ["wrong_local_police_area_count"]

  // A second agreement for Västerort, copied by hand, is reported.
  const agreementsWritten = written.type === "agreement_set" ? written.agreements : [];
  const copy = { ...agreementsWritten[2]!, id: "stockholm-vasterort-kopia" };
  const repeated = multiLpo.check({ ...set, agreements: [...agreementsWritten, copy] }).filter((f) => f.kind === "problem");
  // [{ code: "local_police_area_repeated", path: ["agreements", 4, "parties", "police", "localPoliceArea"] }]

  return { set, agreements, written, problems, missing, refused, repeated };
}
