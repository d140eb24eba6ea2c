import { configurations, toLocalPoliceArea } from "@samverkan/kommuner";

const validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } } as const;

/**
 * Östra Göinge and Hässleholm, each with its own agreement with lokalpolisområde Hässleholm,
 * started as one set and checked; then Osby joins the lokalpolisområde, as it did in 2018.
 */
export function startHassleholm() {
  const lpoGroup = configurations.lpo_group;
  const started = lpoGroup.start({ kommuner: ["Östra Göinge", "Hässleholms kommun"], validity, localPoliceAreas: ["Hässleholms lokalpolisområde"] });
  if (!started.ok || started.document.type !== "agreement_set") throw new Error("LPO Hässleholm could not be started");
  const set = started.document;
  const lpo = set.agreements[0]?.parties.police.localPoliceArea; // key "hassleholm", "Lokalpolisområde Hässleholm"

  // Per agreement: goals, and a signatory and a contact person for Polisen and for the kommun.
  const missing = lpoGroup.check(set).map((f) => `${f.code} ${f.path.slice(0, 2).join(".")}`);

  // Osby joins. Its agreement, started on its own, writes the lokalpolisområde differently; `build`
  // gives every agreement of the set the group's police party, so the set lines up again.
  const osby = configurations.single.start({ kommuner: ["Osby"], validity, localPoliceAreas: ["LPO Hässleholm"] });
  const read = lpoGroup.read(set);
  if (!osby.ok || osby.document.type !== "agreement" || !read.ok) throw new Error("Osby could not join");
  const joined = lpoGroup.build({ ...read.parts, agreements: [...read.parts.agreements, osby.document] });
  const joinedProblems = lpoGroup.check(joined).filter((f) => f.kind === "problem"); // []

  // An agreement edited by hand to name another lokalpolisområde no longer lines up, and `read` refuses it.
  const [first, ...rest] = set.agreements;
  const police = { ...first!.parties.police, localPoliceArea: toLocalPoliceArea("Lokalpolisområde Kristianstad") };
  const edited = { ...set, agreements: [{ ...first!, parties: { ...first!.parties, police } }, ...rest] };
  const problems = lpoGroup.check(edited).filter((f) => f.kind === "problem").map((f) => f.code);
  // ["local_police_area_differs"]
  const refused = !lpoGroup.read(edited).ok;

  return { set, lpo, missing, joined, joinedProblems, problems, refused };
}
