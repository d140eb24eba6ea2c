import { type Agreement } from "@samverkan/core";
import { configurations, joinStrategic, splitJoint } from "@samverkan/kommuner";

/**
 * One joint agreement for Sorsele, Storuman and Lycksele: started, given a goal for the group and
 * one for Lycksele, and split into a del 1 with a del 2 per kommun and joined back.
 */
export function startJoint() {
  const joint = configurations.joint;
  const started = joint.start({
    kommuner: ["Sorsele", "Storuman", "2481"],
    validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
  });
  if (!started.ok || started.document.type !== "agreement") throw new Error("the joint agreement could not be started");

  // One signatory for Polisen and one per kommun (a KSO or a kommunalråd), a contact person for each,
  // and goals.
  const missing = joint.check(started.document).map((f) => `${f.code} ${f.path.join(".")}`);

  // A goal of the group has no `municipality`; a goal of one kommun names it.
  const agreement: Agreement = {
    ...started.document,
    goals: [
      { id: "trygghet", text: "Öka tryggheten i kommunernas centralorter." },
      { id: "lycksele-andts", text: "Minska langningen av alkohol till unga i Lycksele.", municipality: "2481" },
    ],
  };

  // Split: the del 1 keeps the group's goal, Lycksele's del 2 gets its own.
  const split = splitJoint(agreement);
  if (!split.ok) throw new Error(split.issues.map((i) => i.code).join(", "));
  const parts = split.value.agreements.map((a) => `${a.id}: ${a.structure.type}, ${a.goals?.length ?? 0} mål`);
  const problems = configurations.strategic_local.check(split.value).filter((f) => f.kind === "problem"); // []

  // Join: the inverse of the split. A single agreement for one kommun cannot be split.
  const joined = joinStrategic(split.value);
  const notJoint = configurations.single.start({ kommuner: ["Lycksele"], validity: agreement.validity });
  const refused = notJoint.ok && notJoint.document.type === "agreement" ? splitJoint(notJoint.document) : undefined;

  return { agreement, missing, split: split.value, parts, problems, joined, refused };
}
