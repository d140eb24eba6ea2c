// Writes packages/kommuner/snapshots/<profile id>.md for every shipped profile (`pnpm generate`):
// a page a domain expert can review, with the profile's settings, its example's validation findings
// and the example's schedule for the profile's reference year. `--check` fails when a committed page
// is out of date or no longer belongs to a profile. Output is deterministic: no dates of generation,
// nothing of the machine.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatIssue, formatPath, rules as coreRules, type AgreementDocument, type Cadence, type Obligation, type Validity } from "@samverkan/core";
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

const BASIS = { agreement: "avtal", law: "lag", default: "standard" } as const;
const SIDE = { police: "Polisen", municipality: "kommunen", joint: "gemensamt" } as const;

// A table cell: one line, pipes escaped.
const cell = (text: string | number) => String(text).replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
const code = (text: string) => `\`${text}\``;

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)];
}

/** A cadence as a reviewer reads it: `tertial, minst`, `every_n_years (years: 2)`, `yearly (anchor: autumn)`. */
export function describeCadence(cadence: Cadence): string {
  const details: string[] = [];
  if ("weeks" in cadence) details.push(`weeks: ${cadence.weeks}`);
  if ("years" in cadence) details.push(`years: ${cadence.years}`);
  if ("weekday" in cadence && cadence.weekday !== undefined) details.push(`weekday: ${cadence.weekday}`);
  const anchor = cadence.anchor;
  if (anchor) details.push(`anchor: ${anchor.type === "month" ? `month ${anchor.month}` : anchor.type === "season" ? anchor.season : anchor.type}`);
  return `${cadence.type}${details.length ? ` (${details.join(", ")})` : ""}${cadence.atLeast ? ", minst" : ""}`;
}

const kommunName = (municipality: string | undefined) => (municipality === undefined ? "—" : (getKommun(municipality)?.name ?? municipality));
const span = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);

function profileSection(profile: KommunProfile): string[] {
  const adapter = configurations[profile.configuration];
  const out = [
    ...table(["Uppgift", "Värde"], [
      ["Konfiguration", `${adapter.title.sv} (${code(profile.configuration)}; ${adapter.title.en})`],
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
  out.push("", "## Standardkadenser (default cadences)", "", ...(cadences.length ? table(["Gäller", "Typ", "Kadens"], cadences) : ["Inga."]));

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
  const forums = (template.forums ?? []).map((f) => [
    code(f.kind),
    f.level,
    f.name ?? profile.forumNames?.[f.kind] ?? DEFAULT_FORUM_NAMES[f.kind],
    cadenceOf(f.cadence, profile.cadences?.forums?.[f.kind]),
  ]);
  out.push(...(forums.length ? table(["Forum", "Nivå", "Namn", "Kadens"], forums) : ["Inga forum."]), "");
  const followUps = (template.followUps ?? []).map((f) => [code(f.kind), f.subject, f.responsibleSide ? SIDE[f.responsibleSide] : "—", cadenceOf(f.cadence, profile.cadences?.followUps?.[f.kind])]);
  out.push(...(followUps.length ? table(["Uppföljning", "Ämne", "Ansvar", "Kadens"], followUps) : ["Inga uppföljningar."]), "");
  const areas = (template.focusAreas ?? []).map((a) => [code(a.kind), a.title]);
  out.push(...(areas.length ? table(["Fokusområde", "Rubrik"], areas) : ["Inga fokusområden."]), "");
  const cycle = template.citizenPromiseCycle;
  const parts = cycle ? [cycle.cadence ? describeCadence(cycle.cadence) : "utan kadens", ...(cycle.lead ? [`leds av ${SIDE[cycle.lead]}`] : [])] : [];
  out.push(cycle ? `Medborgarlöften: ${parts.join(", ")}.` : "Ingen medborgarlöftescykel.");
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
    cells: [date, code(o.kind), title, kommunName(o.municipality), window, BASIS[o.basis], ...(withAgreement ? [code(o.agreementId)] : [])],
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
    rows.push(row(first, span(first.date, last.date), `${list.length} × ${title}${first.cadence ? ` (${first.cadence})` : ""}`, span(first.window.start, last.window.end)));
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
  const out = [...head, `Med profilens schemainställningar, ${window.from} – ${window.to}: ${result.obligations.length} åtaganden.`, ""];
  if (result.notes.length) out.push("Noteringar:", "", ...result.notes.map((n) => `- ${n.severity} ${code(n.code)} vid ${code(formatPath(n.path))}: ${formatIssue(n)}`), "");
  const withAgreement = document.type === "agreement_set";
  const rows = scheduleRows(result.obligations, withAgreement);
  const head2 = ["Datum", "Typ", "Titel", "Kommun", "Fönster", "Grund", ...(withAgreement ? ["Överenskommelse"] : [])];
  return [...out, ...(rows.length ? table(head2, rows.map((r) => r.cells)) : ["Inga åtaganden."])];
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
