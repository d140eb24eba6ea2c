// Writes packages/kommuner/snapshots/<profile id>.md for every shipped profile (`pnpm generate`):
// a page a domain expert can review, with the profile's settings, its example's validation findings
// and the example's schedule for the profile's reference year. `--check` fails when a committed page
// is out of date or no longer belongs to a profile. Output is deterministic: no dates of generation,
// nothing of the machine.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatIssue, formatPath, rules as coreRules, type AgreementDocument, type Cadence, type Obligation, type Role, type Validity } from "@samverkan/core";
import {
  configurations,
  DEFAULT_FORUM_NAMES,
  getKommun,
  profiles,
  scheduleWithProfile,
  validateWithProfile,
  type KommunProfile,
} from "@samverkan/kommuner";

/** The folder the snapshots are written to. */
export const SNAPSHOT_DIR = fileURLToPath(new URL("../packages/kommuner/snapshots/", import.meta.url));
const EXAMPLE_DIR = new URL("../examples/agreements/", import.meta.url);

/** A series of more than this many obligations (a weekly meeting) is shown as one row. */
const LONGEST_LISTED_SERIES = 6;

const BASIS = { agreement: "överenskommelsen", default: "standardvärde" } as const;
const SIDE = { police: "Polisen", municipality: "kommunen", joint: "gemensamt" } as const;
const LEAD = { police: "Polisen", municipality: "kommunen", joint: "Polisen och kommunen tillsammans" } as const;
const ROLE: Record<Role, string> = {
  community_police_officer: "kommunpolis",
  local_police_area_chief: "lokalpolisområdeschef",
  deputy_local_police_area_chief: "biträdande lokalpolisområdeschef",
  police_area_chief: "polisområdeschef",
  regional_police_chief: "regionpolischef",
  municipal_board_chair: "kommunstyrelsens ordförande",
  deputy_municipal_board_chair: "kommunstyrelsens vice ordförande",
  municipal_commissioner: "kommunalråd",
  municipal_director: "kommundirektör",
  district_director: "stadsdelsdirektör",
  committee_chair: "nämndens ordförande",
  security_manager: "säkerhetschef",
  coordinator: "samordnare",
  contact_person: "kontaktperson",
  other: "annan roll",
};
const LEVEL = { strategic: "strategisk", operational: "operativ", individual: "individnivå" } as const;
const PLACEMENT: Partial<Record<KommunProfile["configuration"], { shared: string; local: string }>> = {
  strategic_local: { shared: "del 1", local: "varje del 2" },
  multi_lpo: { shared: "den stadsövergripande", local: "varje lokal överenskommelse" },
};
const MODALITY = { shall: "ska", should: "bör", strive: "ska sträva efter", may: "kan", conditional: "om …" } as const;

// A table cell: one line, pipes escaped.
const cell = (text: string | number) => String(text).replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
const code = (text: string) => `\`${text}\``;

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)];
}

const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const SEASONS = { spring: "på våren", summer: "på sommaren", autumn: "på hösten", winter: "på vintern" } as const;
const ORDINALS = ["", "", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"];
/** "var tredje", "var 12:e": every Nth, with the gender of the noun (`vart` for år). */
const everyNth = (n: number, neuter: boolean) => (n === 2 ? (neuter ? "vartannat" : "varannan") : `${neuter ? "vart" : "var"} ${ORDINALS[n] ?? `${n}:e`}`);

/**
 * A cadence in the words a reviewer uses: "varje vecka (tisdag)", "minst en gång per tertial",
 * "vartannat år", "varje år, på hösten", "varje år, med årsredovisningen".
 */
export function describeCadence(cadence: Cadence): string {
  // The "minst en gång …" form of the cadences that have one; the others take "minst" before them.
  const once: Partial<Record<Cadence["type"], string>> = {
    weekly: "en gång i veckan",
    monthly: "en gång i månaden",
    quarterly: "en gång per kvartal",
    tertial: "en gång per tertial",
    half_yearly: "en gång per halvår",
    yearly: "en gång om året",
  };
  const words = ((): string => {
    switch (cadence.type) {
      case "weekly":
        return "varje vecka";
      case "every_n_weeks":
        return `${everyNth(cadence.weeks, false)} vecka`;
      case "monthly":
        return "varje månad";
      case "quarterly":
        return "varje kvartal";
      case "tertial":
        return "varje tertial";
      case "half_yearly":
        return "varje halvår";
      case "yearly":
        return "varje år";
      case "every_n_years":
        return `${everyNth(cadence.years, true)} år`;
      case "per_mandate_period":
        return "en gång per mandatperiod";
      case "before_end":
        return "före giltighetstidens slut";
      case "when_needed":
        return "vid behov";
      case "continuous":
        return "löpande";
    }
  })();
  const base = cadence.atLeast ? `minst ${once[cadence.type] ?? words}` : words;
  const details: string[] = [];
  if ("weekday" in cadence && cadence.weekday !== undefined) details.push(`${WEEKDAYS[cadence.weekday - 1]}ar`);
  const anchor = cadence.anchor;
  if (anchor?.type === "month") details.push(`i ${MONTHS[anchor.month - 1]}`);
  if (anchor?.type === "season") details.push(SEASONS[anchor.season]);
  if (anchor?.type === "annual_report") details.push(anchor.of === "crime_prevention_work" ? "med årsredovisningen av det brottsförebyggande arbetet" : "med årsredovisningen");
  return [base, ...details].join(", ");
}

const kommunName = (municipality: string | undefined) => (municipality === undefined ? "—" : (getKommun(municipality)?.name ?? municipality));
const span = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);

function profileSection(profile: KommunProfile): string[] {
  const adapter = configurations[profile.configuration];
  const out = [
    ...table(["Uppgift", "Värde"], [
      ["Upplägg", `${adapter.title.sv} (${code(profile.configuration)}; ${adapter.title.en})`],
      ["Lokalpolisområde", profile.localPoliceArea ?? "—"],
      ["Referensår", profile.referenceYear],
      ["Exempel", profile.example === undefined ? "—" : code(`examples/agreements/${profile.example}.json`)],
    ]),
    "",
    "## Kommuner",
    "",
    ...table(["Kommunkod", "Kommun", "Län"], profile.municipalities.map((c) => {
      const kommun = getKommun(c);
      return [c, kommun?.name ?? "(okänd)", kommun?.county ?? "—"];
    })),
    "",
    "## Samverkansforum (forum names and required forums)",
    "",
  ];
  const named = Object.entries(profile.forumNames ?? {});
  const required = profile.requiredForums ?? [];
  const kinds = [...new Set([...named.map(([kind]) => kind), ...required])];
  out.push(...(kinds.length ? table(["Typ", "Kommunens namn", "Krävs"], kinds.map((kind) => [code(kind), profile.forumNames?.[kind as keyof typeof DEFAULT_FORUM_NAMES] ?? "—", required.includes(kind as never) ? "ja" : "nej"])) : ["Inga egna namn och inga krav."]));

  const cadences = [
    ...Object.entries(profile.cadences?.forums ?? {}).map(([kind, c]) => ["forum", code(kind), describeCadence(c)]),
    ...Object.entries(profile.cadences?.followUps ?? {}).map(([kind, c]) => ["uppföljning", code(kind), describeCadence(c)]),
  ];
  out.push("", "## Standardintervall (default cadences)", "", ...(cadences.length ? table(["Gäller", "Typ", "Hur ofta"], cadences) : ["Inga."]));

  const settings = Object.entries(profile.schedule ?? {}).map(([key, value]) => [code(key), code(JSON.stringify(value))]);
  out.push("", "## Schemainställningar (schedule settings)", "", ...(settings.length ? table(["Inställning", "Värde"], settings) : ["Bibliotekets standardvärden."]));

  const overrides = Object.entries(profile.severity ?? {}).map(([rule, severity]) => [code(rule), coreRules.find((r) => r.code === rule)?.severity ?? "—", severity ?? "—"]);
  out.push("", "## Ändrad allvarlighetsgrad (severity overrides)", "", ...(overrides.length ? table(["Regel", "Bibliotekets", "Profilens"], overrides) : ["Inga."]));

  const rules = (profile.rules ?? []).map((rule) => [code(rule.code), rule.severity, rule.message.sv]);
  out.push("", "## Egna regler (extra rules)", "", ...(rules.length ? table(["Kod", "Allvarlighetsgrad", "Meddelande"], rules) : ["Inga."]));
  return [...out, "", ...templateSection(profile)];
}

function templateSection(profile: KommunProfile): string[] {
  const { template } = profile;
  const cadenceOf = (given: Cadence | undefined, fallback: Cadence | undefined) => {
    const c = given ?? fallback;
    return c ? describeCadence(c) : "—";
  };
  const out = ["## Mall för en ny överenskommelse (template)", ""];
  // Where a forum goes, for the configurations that split a template between agreements.
  const placement = PLACEMENT[profile.configuration];
  const forums = (template.forums ?? []).map((f) => [
    code(f.kind),
    f.name ?? profile.forumNames?.[f.kind] ?? DEFAULT_FORUM_NAMES[f.kind],
    f.level ? LEVEL[f.level] : "—",
    [f.modality ? MODALITY[f.modality] : "", f.mutualRepresentation ? "parterna företrädda hos varandra" : "", f.convenor ? `${SIDE[f.convenor]} sammankallar` : ""].filter(Boolean).join("; ") || "—",
    ...(placement ? [f.shared ? placement.shared : placement.local] : []),
    cadenceOf(f.cadence, profile.cadences?.forums?.[f.kind]),
  ]);
  const forumHead = ["Forum", "Namn", "Nivå", "Enligt texten", ...(placement ? ["I"] : []), "Hur ofta"];
  out.push(...(forums.length ? table(forumHead, forums) : ["Inga forum."]), "");
  const followUps = (template.followUps ?? []).map((f) => [
    code(f.kind),
    f.subject,
    [f.responsibleSide ? SIDE[f.responsibleSide] : "", ...(f.responsibleRoles ?? []).map((r) => ROLE[r]), f.forum ? `forumet ${code(f.forum)}` : ""].filter(Boolean).join(", ") || "—",
    cadenceOf(f.cadence, profile.cadences?.followUps?.[f.kind]),
  ]);
  out.push(...(followUps.length ? table(["Uppföljning", "Ämne", "Ansvar", "Hur ofta"], followUps) : ["Inga uppföljningar."]), "");
  const areas = (template.focusAreas ?? []).map((a) => [code(a.kind), a.title]);
  out.push(...(areas.length ? table(["Fokusområde", "Rubrik"], areas) : ["Inga fokusområden."]), "");
  const cycle = template.citizenPromiseCycle;
  const parts = cycle ? [cycle.cadence ? describeCadence(cycle.cadence) : "utan angivet intervall", ...(cycle.lead ? [`leds av ${LEAD[cycle.lead]}`] : [])] : [];
  out.push(cycle ? `Medborgarlöften: ${parts.join(", ")}.` : "Inga medborgarlöften i mallen.");
  if (template.localContent?.length) out.push("", `Varje del 2 ska innehålla: ${template.localContent.map(code).join(", ")}.`);
  return out;
}

/** The document the snapshot is about: the example, or without one an agreement started from the profile. */
function subject(profile: KommunProfile): { label: string; input: unknown } {
  if (profile.example !== undefined) {
    return { label: `exemplet ${code(profile.example)}`, input: readFileSync(new URL(`${profile.example}.json`, EXAMPLE_DIR), "utf8") };
  }
  const year = profile.referenceYear;
  const validity: Validity = { start: { type: "date", date: `${year}-01-01` }, end: { type: "date", date: `${year + 3}-12-31` } };
  const areas = profile.localPoliceArea === undefined ? {} : { localPoliceAreas: [profile.localPoliceArea] };
  const started = configurations[profile.configuration].start({ kommuner: profile.municipalities, validity, ...areas, profile });
  return { label: `en överenskommelse startad från profilen (${year}–${year + 3})`, input: started.ok ? started.document : null };
}

function findingsSection(profile: KommunProfile, label: string, input: unknown): { lines: string[]; document?: AgreementDocument } {
  const { result, findings } = validateWithProfile(input, profile);
  const issues = result.ok ? result.warnings : result.issues;
  const rows = [
    ...issues.map((i) => [i.severity, code(i.code), code(formatPath(i.path)), formatIssue(i), "bibliotek"]),
    ...findings.map((f) => [f.severity, code(f.code), code(formatPath(f.path)), f.message.sv, "profil"]),
  ];
  const lines = [
    `## Anmärkningar för ${label} (validation findings)`,
    "",
    result.ok ? "Giltig med profilen." : "**Ogiltig** med profilen.",
    "",
    ...(rows.length ? table(["Allvarlighetsgrad", "Kod", "Sökväg", "Meddelande", "Källa"], rows) : ["Inga anmärkningar."]),
  ];
  return result.ok ? { lines, document: result.value } : { lines };
}

interface Row {
  readonly date: string;
  readonly cells: readonly string[];
}

/** The schedule's rows: one per obligation, or one per series of more than {@link LONGEST_LISTED_SERIES}. */
function scheduleRows(obligations: readonly Obligation[], withAgreement: boolean): Row[] {
  const series = new Map<string, Obligation[]>();
  for (const o of obligations) {
    const key = [o.agreementId, o.kind, o.source.path.join("."), o.municipality ?? "", o.cadence ?? ""].join(" ");
    series.set(key, [...(series.get(key) ?? []), o]);
  }
  const rows: Row[] = [];
  const row = (o: Obligation, date: string, title: string, window: string) => ({
    date: o.date,
    cells: [date, code(o.kind), title, kommunName(o.municipality), window, o.law ? `${BASIS[o.basis]}; krävs enligt lag (${o.law})` : BASIS[o.basis], ...(withAgreement ? [code(o.agreementId)] : [])],
  });
  for (const list of series.values()) {
    if (list.length <= LONGEST_LISTED_SERIES) {
      for (const o of list) rows.push(row(o, o.shiftedFrom ? `${o.date} (flyttad från ${o.shiftedFrom})` : o.date, o.title.sv, span(o.window.start, o.window.end)));
      continue;
    }
    const first = list[0]!;
    const last = list.at(-1)!;
    // The titles of a series differ only in their period, "(vecka 3 2025)": leave it out.
    const titles = new Set(list.map((o) => o.title.sv.replace(/ \([^()]*\)$/, "")));
    const title = titles.size === 1 ? [...titles][0]! : first.title.sv;
    rows.push(row(first, span(first.date, last.date), `${list.length} × ${title}`, span(first.window.start, last.window.end)));
  }
  // Stable: rows of the same date keep the schedule's own order.
  return rows.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j)).map(([r]) => r);
}

function scheduleSection(profile: KommunProfile, label: string, document: AgreementDocument | undefined): string[] {
  const year = profile.referenceYear;
  const head = [`## Schema ${year} för ${label} (schedule)`, ""];
  if (!document) return [...head, "Kan inte schemaläggas: dokumentet är inte giltigt med profilen."];
  const window = { from: `${year}-01-01`, to: `${year}-12-31` };
  const result = scheduleWithProfile(document, profile, { window });
  if (!result.ok) return [...head, "Kan inte schemaläggas:", "", ...result.issues.map((i) => `- ${code(i.code)} vid ${code(formatPath(i.path))}: ${formatIssue(i)}`)];
  const count = result.obligations.length;
  const out = [...head, `Med profilens schemainställningar, ${window.from} – ${window.to}: ${count} ${count === 1 ? "punkt" : "punkter"}.`, ""];
  if (result.notes.length) out.push("Noteringar:", "", ...result.notes.map((n) => `- ${n.severity} ${code(n.code)} vid ${code(formatPath(n.path))}: ${formatIssue(n)}`), "");
  const withAgreement = document.type === "agreement_set";
  const rows = scheduleRows(result.obligations, withAgreement);
  const head2 = ["Datum", "Typ", "Titel", "Kommun", "Fönster", "Grund", ...(withAgreement ? ["Överenskommelse"] : [])];
  return [...out, ...(rows.length ? table(head2, rows.map((r) => r.cells)) : ["Inga punkter."])];
}

/**
 * The snapshot page of one profile, as Markdown.
 *
 * @param profile - a shipped profile
 * @returns the page's text, ending in a newline
 */
export function renderSnapshot(profile: KommunProfile): string {
  const { label, input } = subject(profile);
  const findings = findingsSection(profile, label, input);
  const lines = [
    `<!-- Generated by scripts/generate-profile-snapshots.ts from the profile "${profile.id}". Do not edit: run \`pnpm generate\`. -->`,
    "",
    `# ${profile.name} (${code(profile.id)})`,
    "",
    ...profileSection(profile),
    "",
    ...findings.lines,
    "",
    ...scheduleSection(profile, label, findings.document),
  ];
  return `${lines.join("\n")}\n`;
}

/** The snapshot file of a profile. */
export const snapshotFile = (profile: KommunProfile) => `${SNAPSHOT_DIR}${profile.id}.md`;

/** Markdown files in the snapshot folder that belong to no profile. */
export function orphanSnapshots(): string[] {
  if (!existsSync(SNAPSHOT_DIR)) return [];
  const ids = new Set(profiles.map((p) => `${p.id}.md`));
  return readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith(".md") && f !== "README.md" && !ids.has(f)).sort();
}

function main(check: boolean): number {
  const relative = (file: string) => `packages/kommuner/snapshots/${file}`;
  let stale = 0;
  for (const profile of profiles) {
    const file = snapshotFile(profile);
    const text = renderSnapshot(profile);
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`generate: ${relative(`${profile.id}.md`)} is ${current === undefined ? "missing" : "out of date"}; run pnpm generate`);
      stale++;
    } else {
      mkdirSync(SNAPSHOT_DIR, { recursive: true });
      writeFileSync(file, text);
      console.log(`generate: wrote ${relative(`${profile.id}.md`)}`);
    }
  }
  for (const orphan of orphanSnapshots()) {
    if (check) {
      console.error(`generate: ${relative(orphan)} belongs to no profile; run pnpm generate`);
      stale++;
    } else {
      rmSync(`${SNAPSHOT_DIR}${orphan}`);
      console.log(`generate: removed ${relative(orphan)}`);
    }
  }
  return stale ? 1 : 0;
}

// Run only when executed directly (`tsx scripts/generate-profile-snapshots.ts`), not when a test imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.includes("--check"));
}
