import { configurations } from "@samverkan/kommuner";

const validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } } as const;

/**
 * Göteborg, one kommun with an agreement per lokalpolisområde: started for three of them, checked,
 * and what happens with one lokalpolisområde, or with the same one twice.
 */
export function startGoteborg() {
  const multiLpo = configurations.multi_lpo;
  const started = multiLpo.start({
    kommuner: ["Göteborgs stad"],
    validity,
    localPoliceAreas: ["Lokalpolisområde Centrum", "LPO Hisingen", "Lokalpolisområde Syd"],
  });
  if (!started.ok || started.document.type !== "agreement_set") throw new Error("Göteborg could not be started");
  const set = started.document;
  const agreements = set.agreements.map((a) => `${a.id}: ${a.parties.police.localPoliceArea?.displayName}`);

  // Per agreement: goals, and a signatory for the lokalpolisområde and for the kommun.
  const missing = multiLpo.check(set).map((f) => f.code);

  // One lokalpolisområde is a `single` agreement, not this configuration: start refuses.
  const one = multiLpo.start({ kommuner: ["Göteborg"], validity, localPoliceAreas: ["Lokalpolisområde Centrum"] });
  const refused = one.ok ? [] : one.issues.map((i) => i.code); // ["wrong_local_police_area_count"]

  // A second agreement for Hisingen, copied by hand, is reported.
  const copy = { ...set.agreements[1]!, id: "goteborg-hisingen-kopia" };
  const problems = multiLpo.check({ ...set, agreements: [...set.agreements, copy] }).filter((f) => f.kind === "problem");
  // [{ code: "local_police_area_repeated", path: ["agreements", 3, "parties", "police", "localPoliceArea"] }]

  return { set, agreements, missing, refused, problems };
}
