import {
  CONFIGURATION_KINDS,
  configurations,
  formatFinding,
  profiles,
  type ConfigurationKind,
  type StartInput,
} from "@samverkan/kommuner";

const validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } } as const;

/** A real situation for each configuration. */
const inputs: Record<ConfigurationKind, StartInput> = {
  single: { kommuner: ["Kävlinge"], validity, localPoliceAreas: ["Lokalpolisområde Kävlinge"] },
  lpo_group: { kommuner: ["Östra Göinge", "Osby", "Hässleholm"], validity, localPoliceAreas: ["Lokalpolisområde Hässleholm"] },
  joint: { kommuner: ["Sorsele", "Storuman", "Lycksele"], validity },
  strategic_local: { kommuner: ["Arjeplog", "Arvidsjaur"], validity },
  multi_lpo: { kommuner: ["Göteborg"], validity, localPoliceAreas: ["Lokalpolisområde Centrum", "Lokalpolisområde Hisingen"] },
  framework: { kommuner: ["Kristianstad"], validity, localPoliceAreas: ["Lokalpolisområde Kristianstad"] },
};

/** Starts every configuration and lists, for each, what the kommuner must still fill in. */
export function startEveryKind() {
  return CONFIGURATION_KINDS.map((kind) => {
    const adapter = configurations[kind];
    const started = adapter.start(inputs[kind]);
    if (!started.ok) throw new Error(`${kind}: ${started.issues.map((i) => i.code).join(", ")}`);
    const findings = adapter.check(started.document);
    return {
      kind,
      title: adapter.title.sv,
      document: started.document.type, // "agreement" or "agreement_set", as adapter.document says
      agreements: started.document.type === "agreement_set" ? started.document.agreements.length : 1,
      toFillIn: [...new Set(findings.map((f) => formatFinding(f)))],
      problems: findings.filter((f) => f.kind === "problem"),
    };
  });
}

/**
 * An existing agreement to transcribe, Falun's open-ended one with lokalpolisområde Falun: started
 * empty, with nothing of a template and no polisregion the text does not name, so that only what
 * the text says is added.
 */
export function startEmpty() {
  const started = configurations.single.start({
    kommuner: ["Falu kommun"],
    validity: { start: { type: "date", date: "2020-03-10" }, end: { type: "open_ended" } },
    localPoliceAreas: ["lokalpolisområde Falun"],
    empty: true,
  });
  if (!started.ok || started.document.type !== "agreement") throw new Error("Falun could not be started");
  const agreement = started.document;
  // Its fields: parties, validity and structure, with an id, a title and the format version.
  const fields = Object.keys(agreement).sort();
  // What the text still has to give: signatories, contact persons, goals or focus areas.
  const toFillIn = configurations.single.check(agreement).map((f) => f.code);
  return { agreement, fields, toFillIn };
}

/** A kommun with a shipped profile: its profile names the configuration and is the template. */
export function startFromProfile(kommunkod: string) {
  const profile = profiles.find((p) => p.municipalities.includes(kommunkod));
  if (!profile) return undefined;
  const adapter = configurations[profile.configuration];
  return adapter.start({
    kommuner: profile.municipalities,
    validity,
    ...(profile.localPoliceArea !== undefined && { localPoliceAreas: [profile.localPoliceArea] }),
    profile,
  });
}
