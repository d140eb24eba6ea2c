/**
 * Starts a new samverkansöverenskommelse for any kommun, in any configuration: the document the
 * configuration's adapter makes, its validation (only warnings for what the kommun must still fill
 * in), the adapter's list of what is missing, and the schedule of its first year. All of that is
 * `startAgreement` of `@samverkan/kommuner` (which `samverkan new` uses too); this file parses the
 * arguments and prints the result in Swedish or English.
 *
 *   tsx examples/new-kommun.ts                                   # Kävlinge, single, from next year
 *   tsx examples/new-kommun.ts "Östra Göinge" --from 2027        # any kommun, by name or kommunkod
 *   tsx examples/new-kommun.ts 1256,1273,1293 --kind lpo_group --lpo "Lokalpolisområde Hässleholm" --from 2027
 *   tsx examples/new-kommun.ts Arjeplog Arvidsjaur --kind strategic_local --from 2027 --out drafts/
 *   tsx examples/new-kommun.ts Göteborg --kind multi_lpo --lpo "LPO Centrum" --lpo "LPO Hisingen" --from 2027
 *   tsx examples/new-kommun.ts Kristianstad --kind framework --from 2027-03-01 --years 3 --en
 *   tsx examples/new-kommun.ts Falun --lpo "Lokalpolisområde Falun" --from 2020-03-10 --empty --out drafts/
 *
 * Arguments:
 *
 *   <kommun> …        kommunkoder or names, in any form findKommun reads ("1256", "Östra Göinge",
 *                     "ostra goinge", "Kristianstads kommun"); several as separate arguments or
 *                     comma-separated. Quote a name with a space. Without one: the kind's example
 *                     (EXAMPLES below).
 *   --kind <kind>     single (default), lpo_group, joint, strategic_local, multi_lpo, framework
 *                     ("lpo-group" works too).
 *   --from <start>    the first day: a year (2027 = 1 January 2027) or a date (2027-03-01). Default:
 *                     1 January of next year, from the machine's clock (tests always pass --from).
 *   --years <n>       how many years the agreement runs, 1–10 (default 4): 2027 and 4 → 2027-01-01 – 2030-12-31.
 *   --lpo <name>      a lokalpolisområde as written; repeat it. lpo_group needs one, multi_lpo two or
 *                     more, the others take at most one. Default: the profile's, where there is one.
 *   --out <path>      write the document: to the file, or to <id>.json in a directory (a path that
 *                     ends with / is made a directory). An existing file is kept unless --force.
 *                     Without --out nothing is written.
 *   --no-profile      start from the library's default template even when a profile covers the kommuner.
 *   --empty           start empty, to transcribe an existing agreement: only the parties, the validity
 *                     and the structure, no forums, follow-ups, focus areas or medborgarlöften from a
 *                     template or profile, and no polisregion the text may not name. Its schedule may
 *                     then be empty, which is no failure.
 *   --en              English.
 *   --help            this text.
 *
 * Exit code 0 when the document is valid, lines up as its configuration, could be scheduled (with
 * at least one item in its first year, unless --empty) and (with --out) was written; 1 otherwise,
 * with the reason. --help prints the usage and exits with 0.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatIssue, formatPath, isCivilDate, type Agreement, type CivilDate, type Issue, type Locale, type Obligation } from "@samverkan/core";
import {
  CONFIGURATION_KINDS,
  MAX_START_YEARS,
  configurations,
  findKommun,
  formatFinding,
  formatKommunLookupError,
  getKommun,
  startAgreement,
  type ConfigurationFinding,
  type ConfigurationKind,
  type KommunProfile,
  type StartIssue,
} from "@samverkan/kommuner";

/** What runs when no kommun is given: one real situation per configuration kind. */
export const EXAMPLES: Record<ConfigurationKind, { readonly kommuner: readonly string[]; readonly lpo: readonly string[] }> = {
  single: { kommuner: ["Kävlinge"], lpo: [] },
  lpo_group: { kommuner: ["Östra Göinge", "Osby", "Hässleholm"], lpo: ["Lokalpolisområde Hässleholm"] },
  joint: { kommuner: ["Sorsele", "Storuman", "Lycksele"], lpo: [] },
  strategic_local: { kommuner: ["Arjeplog", "Arvidsjaur"], lpo: [] },
  multi_lpo: { kommuner: ["Göteborg"], lpo: ["Lokalpolisområde Centrum", "Lokalpolisområde Hisingen", "Lokalpolisområde Syd"] },
  framework: { kommuner: ["Kristianstad"], lpo: [] },
};

const DEFAULT_YEARS = 4;
/** A run of the same duty from the same source: listed one by one when short, as one line when long. */
const LONGEST_LISTED_SERIES = 4;

// The words of the example itself; issue and finding messages come from the libraries in either locale.
const labels = {
  sv: {
    heading: "Ny samverkansöverenskommelse",
    noKommun: (kind: string, names: string) => `Ingen kommun angiven: exemplet för ${kind}, ${names}.`,
    kommun: "Kommun",
    kommuner: "Kommuner",
    police: (region: string) => `polisregion ${region}`,
    profile: (p: KommunProfile, kind: ConfigurationKind) =>
      `Profil: ${p.name} (${p.id}): mall, forumnamn, intervall och regler kommer från profilen` +
      (p.configuration === kind ? "." : `, som själv beskriver upplägget ${p.configuration}.`),
    empty: "Tom start för att föra över en befintlig överenskommelse: ingen mall, inga forum, uppföljningar, fokusområden eller medborgarlöften, ingen polisregion.",
    emptyProfile: (p: KommunProfile) => `Profil: ${p.name} (${p.id}): dess kontroller används, men inte dess mall.`,
    profileNotAll: (p: KommunProfile, others: string) => `Profilen ${p.id} gäller inte ${others}: standardmallen används.`,
    profileLpo: (lpo: string) => `Lokalpolisområde från profilen: ${lpo}`,
    validity: "Giltighet",
    document: { agreement: "en överenskommelse", agreement_set: "flera överenskommelser som hör ihop" } as const,
    cannotStart: "Kan inte börja",
    valid: "Giltig",
    warnings: "anmärkningar",
    invalid: "Ogiltig",
    profileFindings: "Profilens kontroller",
    toFill: "Att fylla i",
    problems: "Stämmer inte med upplägget",
    schedule: (from: string, to: string, n: number) => `Schema för första året, ${from} – ${to}, ${n} ${n === 1 ? "punkt" : "punkter"}:`,
    unscheduled: "Kan inte schemaläggas",
    written: "Sparad",
    notWritten: "Inte sparad: ange --out <fil eller mapp> för att spara dokumentet.",
    exists: "Filen finns redan (ange --force för att skriva över)",
    cannotWrite: "Kan inte skriva",
    usage:
      "Användning: tsx examples/new-kommun.ts <kommun>[,<kommun>…] [--kind <upplägg>] [--from <år|datum>] [--years <n>] [--lpo <namn>]… [--out <sökväg>] [--force] [--no-profile] [--empty] [--en] [--help]",
    help: [
      "Börjar en ny samverkansöverenskommelse för en eller flera kommuner och skriver ut vad som återstår att fylla i och schemat för första året.",
      "",
      "  <kommun> …        kommunkoder eller namn, flera med komma emellan eller som egna argument",
      `  --kind <upplägg>  ${CONFIGURATION_KINDS.join(", ")} (standard: single)`,
      "  --from <start>    första dagen: ett år (2027) eller ett datum (2027-03-01); standard: 1 januari nästa år",
      `  --years <n>       hur många år överenskommelsen gäller, 1–${MAX_START_YEARS} (standard: ${DEFAULT_YEARS})`,
      "  --lpo <namn>      ett lokalpolisområde som det skrivs; upprepa för multi_lpo",
      "  --out <sökväg>    spara dokumentet i filen, eller som <id>.json i mappen",
      "  --force           skriv över en fil som finns",
      "  --no-profile      använd standardmallen även när en profil gäller kommunerna",
      "  --empty           börja tomt, för att föra över en befintlig överenskommelse: bara parter, giltighet och uppbyggnad",
      "  --en              engelska",
      "  --help            den här texten",
    ],
    badKind: (kind: string) => `Okänt upplägg ${JSON.stringify(kind)}. Välj ett av: ${CONFIGURATION_KINDS.join(", ")}.`,
    badFrom: "--from ska vara ett år (2027) eller ett datum (2027-03-01).",
    badYears: `--years ska vara ett heltal från 1 till ${MAX_START_YEARS}.`,
    start: {
      municipalityOne: "Upplägget gäller en kommun: ange en.",
      municipalitySeveral: "Upplägget gäller flera kommuner: ange två eller fler (med komma emellan eller som egna argument).",
      lpoExactlyOne: "Ange lokalpolisområdet med --lpo (ett).",
      lpoAtMostOne: "Upplägget har högst ett lokalpolisområde: ange --lpo en gång.",
      lpoSeveral: "Ange två eller fler lokalpolisområden, med --lpo för vart och ett.",
      repeated: "Kommunen anges två gånger.",
      lpoRepeated: "Lokalpolisområdet anges två gånger.",
      invalid: "Dokumentet skulle bli ogiltigt:",
    },
  },
  en: {
    heading: "New samverkansöverenskommelse",
    noKommun: (kind: string, names: string) => `No kommun given: the example for ${kind}, ${names}.`,
    kommun: "Kommun",
    kommuner: "Kommuner",
    police: (region: string) => `polisregion ${region}`,
    profile: (p: KommunProfile, kind: ConfigurationKind) =>
      `Profile: ${p.name} (${p.id}): template, forum names, intervals and rules come from the profile` +
      (p.configuration === kind ? "." : `, which itself describes the configuration ${p.configuration}.`),
    empty: "Empty start, to transcribe an existing agreement: no template, no forums, follow-ups, focus areas or medborgarlöften, no polisregion.",
    emptyProfile: (p: KommunProfile) => `Profile: ${p.name} (${p.id}): its checks are used, but not its template.`,
    profileNotAll: (p: KommunProfile, others: string) => `The profile ${p.id} does not cover ${others}: the default template is used.`,
    profileLpo: (lpo: string) => `Lokalpolisområde from the profile: ${lpo}`,
    validity: "Validity",
    document: { agreement: "one agreement", agreement_set: "a set of agreements" } as const,
    cannotStart: "Cannot start",
    valid: "Valid",
    warnings: "warnings and notes",
    invalid: "Invalid",
    profileFindings: "The profile's checks",
    toFill: "To fill in",
    problems: "Does not line up with the configuration",
    schedule: (from: string, to: string, n: number) => `Schedule of the first year, ${from} – ${to}, ${n} ${n === 1 ? "item" : "items"}:`,
    unscheduled: "Cannot be scheduled",
    written: "Written",
    notWritten: "Not written: give --out <file or directory> to write the document.",
    exists: "The file exists (give --force to overwrite it)",
    cannotWrite: "Cannot write",
    usage:
      "Usage: tsx examples/new-kommun.ts <kommun>[,<kommun>…] [--kind <kind>] [--from <year|date>] [--years <n>] [--lpo <name>]… [--out <path>] [--force] [--no-profile] [--empty] [--en] [--help]",
    help: [
      "Starts a new samverkansöverenskommelse for one or more kommuner and prints what is left to fill in and the schedule of its first year.",
      "",
      "  <kommun> …        kommunkoder or names, several comma-separated or as separate arguments",
      `  --kind <kind>     ${CONFIGURATION_KINDS.join(", ")} (default: single)`,
      "  --from <start>    the first day: a year (2027) or a date (2027-03-01); default: 1 January next year",
      `  --years <n>       how many years the agreement runs, 1–${MAX_START_YEARS} (default: ${DEFAULT_YEARS})`,
      "  --lpo <name>      a lokalpolisområde as written; repeat it for multi_lpo",
      "  --out <path>      write the document to the file, or as <id>.json in the directory",
      "  --force           overwrite a file that exists",
      "  --no-profile      use the default template even when a profile covers the kommuner",
      "  --empty           start empty, to transcribe an existing agreement: only parties, validity and structure",
      "  --en              English",
      "  --help            this text",
    ],
    badKind: (kind: string) => `Unknown configuration ${JSON.stringify(kind)}. Choose one of: ${CONFIGURATION_KINDS.join(", ")}.`,
    badFrom: "--from must be a year (2027) or a date (2027-03-01).",
    badYears: `--years must be a whole number from 1 to ${MAX_START_YEARS}.`,
    start: {
      municipalityOne: "The configuration is for one kommun: give one.",
      municipalitySeveral: "The configuration is for several kommuner: give two or more (comma-separated or as separate arguments).",
      lpoExactlyOne: "Give the lokalpolisområde with --lpo (one).",
      lpoAtMostOne: "The configuration has one lokalpolisområde at most: give --lpo once.",
      lpoSeveral: "Give two or more lokalpolisområden, with --lpo for each.",
      repeated: "The kommun is given twice.",
      lpoRepeated: "The lokalpolisområde is given twice.",
      invalid: "The document would be invalid:",
    },
  },
} as const;

type Words = (typeof labels)[Locale];

/** "A", "A och B", "A, B och C". */
const list = (items: readonly string[], and: string) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

/** `--from`: a year is its 1 January; a date is itself. */
function parseFrom(text: string): CivilDate | undefined {
  if (/^\d{4}$/.test(text)) return `${text}-01-01`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isCivilDate(text) ? text : undefined;
}

/** Why a start failed, in words a person at the command line can act on. */
function describeStartIssue(issue: StartIssue, kind: ConfigurationKind, queries: readonly string[], words: Words, locale: Locale): string[] {
  switch (issue.code) {
    case "unknown_kommun":
    case "ambiguous_kommun":
    case "invalid_query": {
      const query = queries[issue.path[1]] ?? "";
      const found = findKommun(query);
      return [`  ${JSON.stringify(query)}: ${found.ok ? issue.code : formatKommunLookupError(found.error, { locale })}`];
    }
    case "wrong_municipality_count":
      return [`  ${issue.code}: ${issue.expected === "one" ? words.start.municipalityOne : words.start.municipalitySeveral}`];
    case "wrong_local_police_area_count":
      return [`  ${issue.code}: ${issue.expected === "several" ? words.start.lpoSeveral : kind === "lpo_group" ? words.start.lpoExactlyOne : words.start.lpoAtMostOne}`];
    case "municipality_repeated":
      return [`  ${issue.code}: ${JSON.stringify(queries[issue.path[1]] ?? "")}: ${words.start.repeated}`];
    case "local_police_area_repeated":
      return [`  ${issue.code}: ${words.start.lpoRepeated}`];
    case "document_invalid":
      return [`  ${issue.code}: ${words.start.invalid}`, ...issue.issues.map((i) => `    ${i.severity.padEnd(7)} ${i.code}  ${formatPath(i.path)}: ${formatIssue(i, { locale })}`)];
    case "invalid_input":
      return [`  ${issue.code}: ${words.start.invalid}`];
  }
}

/**
 * Runs the example; exported so that a test can run it with its own arguments, `log` and clock.
 *
 * @param args - kommuner and options, see the top of the file
 * @param log - where each output line goes
 * @param now - the clock, only for the default of `--from` (1 January of the year after `now`'s)
 * @returns the exit code: 0 when the document is valid, lines up, could be scheduled and was written where asked; 1 otherwise
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log, now: Date = new Date()): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const words = labels[locale];

  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        kind: { type: "string", default: "single" },
        from: { type: "string" },
        years: { type: "string", default: String(DEFAULT_YEARS) },
        lpo: { type: "string", multiple: true, default: [] },
        out: { type: "string" },
        force: { type: "boolean", default: false },
        "no-profile": { type: "boolean", default: false },
        empty: { type: "boolean", default: false },
        en: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    log(words.usage);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(words.usage);
    for (const line of words.help) log(line);
    return 0;
  }

  const kindText = values.kind.replaceAll("-", "_");
  if (!(CONFIGURATION_KINDS as readonly string[]).includes(kindText)) {
    log(words.badKind(values.kind));
    return 1;
  }
  const kind = kindText as ConfigurationKind;
  const from = values.from === undefined ? `${now.getFullYear() + 1}-01-01` : parseFrom(values.from);
  if (from === undefined) {
    log(words.badFrom);
    return 1;
  }
  const years = /^\d+$/.test(values.years) ? Number(values.years) : NaN;
  if (!(years >= 1 && years <= MAX_START_YEARS)) {
    log(words.badYears);
    return 1;
  }

  // The kommuner: each argument may hold several, comma-separated; none given → the kind's example.
  let queries = positionals.flatMap((arg) => arg.split(",")).map((q) => q.trim()).filter((q) => q !== "");
  let lpo: readonly string[] = values.lpo;
  log(`${words.heading}: ${configurations[kind].title[locale]} (${kind})`);
  if (queries.length === 0) {
    queries = [...EXAMPLES[kind].kommuner];
    if (lpo.length === 0) lpo = EXAMPLES[kind].lpo;
    log(`  ${words.noKommun(kind, list(queries, locale === "sv" ? "och" : "and"))}`);
  }

  // Everything but the words is @samverkan/kommuner's startAgreement.
  const started = startAgreement({ kommuner: queries, kind, localPoliceAreas: lpo, from, years, empty: values.empty, profile: !values["no-profile"] });
  if (!started.ok) {
    const unknown = started.issues.filter((i) => i.code === "unknown_kommun" || i.code === "ambiguous_kommun" || i.code === "invalid_query");
    if (unknown.length === 0) log(`${words.cannotStart}:`);
    for (const issue of started.issues) if (issue.code !== "invalid_value") for (const line of describeStartIssue(issue, kind, queries, words, locale)) log(line);
    return 1;
  }
  const { kommuner, profile, partialProfile: partial, document } = started;
  log(`  ${kommuner.length > 1 ? words.kommuner : words.kommun}: ${kommuner.map((k) => `${k.code} ${k.name}`).join(", ")} (${[...new Set(kommuner.map((k) => `${k.county}, ${words.police(k.policeRegion)}`))].join("; ")})`);
  if (profile) {
    log(`  ${values.empty ? words.emptyProfile(profile) : words.profile(profile, kind)}`);
    if (started.localPoliceAreaFromProfile) log(`  ${words.profileLpo(started.localPoliceAreas[0]!)}`);
  } else if (partial) {
    const others = kommuner.filter((k) => !partial.municipalities.includes(k.code)).map((k) => k.name);
    log(`  ${words.profileNotAll(partial, list(others, locale === "sv" ? "och" : "and"))}`);
  }
  log(`  ${words.validity}: ${started.validity.start} – ${started.validity.end}`);
  if (values.empty) log(`  ${words.empty}`);

  const agreements: readonly Agreement[] = document.type === "agreement_set" ? document.agreements : document.type === "agreement" ? [document] : [];
  log(`${document.id} (${words.document[document.type === "agreement_set" ? "agreement_set" : "agreement"]}):`);
  for (const agreement of agreements) log(`  ${agreement.title}`);
  const describe = (issue: Issue) => `  ${issue.severity.padEnd(7)} ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`;
  log(`${words.valid}, ${started.warnings.length} ${words.warnings}`);
  for (const warning of started.warnings) log(describe(warning));
  if (started.profileFindings.length) {
    log(`${words.profileFindings}:`);
    for (const f of started.profileFindings) log(`  ${f.severity.padEnd(7)} ${f.code}  ${formatPath(f.path)}: ${f.message[locale]}`);
  }

  // `missing` is what the kommuner must still fill in; a `problem` would mean the start is wrong.
  const about = (f: ConfigurationFinding) => (f.municipality ? ` (${getKommun(f.municipality)?.name ?? f.municipality})` : "");
  const describeFinding = (f: ConfigurationFinding) => `  ${f.code}  ${formatPath(f.path)}: ${formatFinding(f, { locale })}${about(f)}`;
  log(`${words.toFill}, ${started.missing.length}:`);
  for (const f of started.missing) log(describeFinding(f));
  if (started.problems.length) {
    log(`${words.problems}:`);
    for (const f of started.problems) log(describeFinding(f));
  }

  const { schedule, window } = started;
  if (!schedule.ok) {
    log(`${words.unscheduled}:`);
    for (const issue of schedule.issues) log(describe(issue));
    return 1;
  }
  log(words.schedule(window.from, window.to, schedule.obligations.length));
  for (const note of schedule.notes) log(describe(note));
  for (const agreement of agreements) {
    const own = schedule.obligations.filter((o) => o.agreementId === agreement.id);
    // In a set, each agreement's obligations under its title; they would read the same otherwise.
    if (agreements.length > 1) log(`  ${agreement.title}:`);
    for (const line of scheduleLines(own, locale)) log(`${agreements.length > 1 ? "    " : "  "}${line}`);
  }

  const written = write(values.out, document.id, `${JSON.stringify(document, null, 2)}\n`, values.force, words, log);
  // An empty start may have nothing to schedule yet: the text it transcribes will say.
  return written && !started.problems.length && (values.empty || schedule.obligations.length > 0) ? 0 : 1;
}

/** One line per obligation, in date order; a long series (weekly meetings) as one line. */
function scheduleLines(obligations: readonly Obligation[], locale: Locale): string[] {
  const series = new Map<string, Obligation[]>();
  for (const o of obligations) {
    const key = `${o.kind} ${o.source.path.join(".")} ${o.municipality ?? ""}`;
    series.set(key, [...(series.get(key) ?? []), o]);
  }
  const lines: [string, string][] = [];
  for (const run of series.values()) {
    const first = run[0]!;
    if (run.length > LONGEST_LISTED_SERIES) {
      // The titles of a series differ only in their period, "(vecka 3 2027)": leave it out.
      const title = first.title[locale].replace(/ \([^()]*\)$/, "");
      lines.push([first.date, `${first.date} … ${run.at(-1)!.date}  ${run.length} × ${title}`]);
    } else for (const o of run) lines.push([o.date, `${o.date}  ${o.title[locale]}`]);
  }
  // A stable sort: the same day keeps the library's order.
  return lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, line]) => line);
}

/** Writes the document where `--out` says, or says that it did not; false when writing failed. */
function write(out: string | undefined, id: string, json: string, force: boolean, words: Words, log: (line: string) => void): boolean {
  if (out === undefined) {
    log(words.notWritten);
    return true;
  }
  try {
    const directory = /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
    if (directory) mkdirSync(out, { recursive: true });
    const file = directory ? join(out, `${id}.json`) : out;
    if (!force && existsSync(file)) {
      log(`${words.exists}: ${file}`);
      return false;
    }
    writeFileSync(file, json);
    log(`${words.written}: ${file}`);
    return true;
  } catch (error) {
    log(`${words.cannotWrite} ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

// Run only when executed directly (`tsx examples/new-kommun.ts`), not when a test imports main.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
