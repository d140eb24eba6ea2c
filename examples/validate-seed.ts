/**
 * Validates a samverkansöverenskommelse and prints a short summary: the README's main example.
 *
 *   pnpm example                           # examples/agreements/kristianstad-2025-2028.json
 *   pnpm example ostra-goinge-2023-2026    # another seed, by name
 *   pnpm example path/to/agreement.json    # any document, by path
 *   pnpm example kavlinge-2019-2022 --en   # messages in English
 *   pnpm example arjeplog-arvidsjaur-2023-2026 --signed 2023-04-17   # a signing date the text lacks
 *   pnpm example kristianstad-2025-2028 --from 2026-01-01 --to 2026-12-31   # the schedule of one year
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  formatIssue,
  formatPath,
  resolveValidity,
  scheduleObligations,
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type Issue,
  type Locale,
  type Obligation,
} from "@samverkan/core";

// The few words of the summary itself; the issue messages come from the library in either locale.
const labels = {
  sv: {
    parties: "Parter", validity: "Giltighet", contents: "Innehåll", counts: ["forum", "fokusområden", "uppföljningar"],
    period: "Period", commitments: "Åtaganden",
    valid: "Giltig", findings: "anmärkningar", invalid: "Ogiltig", unreadable: "Kan inte läsa",
    schedule: "Årshjul", obligations: "punkter", unscheduled: "Kan inte schemaläggas",
  },
  en: {
    parties: "Parties", validity: "Validity", contents: "Contents", counts: ["forums", "focus areas", "follow-ups"],
    period: "Period", commitments: "Commitments",
    valid: "Valid", findings: "warnings and notes", invalid: "Invalid", unreadable: "Cannot read",
    schedule: "Schedule", obligations: "obligations", unscheduled: "Cannot be scheduled",
  },
} as const;

/**
 * Runs the example; exported so that a test can run it with its own arguments and `log`.
 *
 * @param args - a seed name (default `kristianstad-2025-2028`) or a path to a JSON file, and `--en`
 * @param log - where each output line goes
 * @returns the exit code: 0 when the document is valid (warnings allowed), 1 when it is not
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const words = labels[locale];
  // `--name value` options; the first other argument is the document.
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const values = new Set(["signed", "from", "to"].map(option));
  const target = args.find((arg) => !arg.startsWith("--") && !values.has(arg)) ?? "kristianstad-2025-2028";
  // A bare name is a seed under examples/agreements/; anything with a slash or ending in .json is a path.
  const file = /[\\/]|\.json$/i.test(target) ? target : new URL(`./agreements/${target}.json`, import.meta.url);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    log(`${words.unreadable} ${String(file)}`);
    return 1;
  }

  // validateAgreement takes the JSON text as it is: broken JSON is an issue (invalid_json), never a throw.
  const result = validateAgreement(text);
  const describe = (issue: Issue) =>
    `  ${issue.severity.padEnd(7)} ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`;

  if (!result.ok) {
    log(`${words.invalid}: ${target}`);
    for (const issue of result.issues) log(describe(issue));
    return 1;
  }

  // A document is one agreement, a set of them (a del 1 with its del 2s), or a medborgarlöfte: summarise each.
  const doc = result.value;
  const agreements = agreementsOf(doc);
  if (doc.type === "citizen_promise") {
    const { police, municipalities } = doc.parties;
    log(doc.title ?? doc.id);
    log(`  ${words.parties}: ${police.name}; ${municipalities.map((m) => `${m.code} ${m.name ?? m.unit?.name ?? ""}`.trim()).join(", ")}`);
    log(`  ${words.period}: ${doc.period.asWritten ?? `${doc.period.start} – ${doc.period.end ?? "?"}`}`);
    log(`  ${words.commitments}: ${doc.commitments?.length ?? 0}`);
  }
  for (const agreement of agreements) {
    const { police, municipalities } = agreement.parties;
    const lpo = police.localPoliceArea ? ` (${police.localPoliceArea.displayName})` : "";
    const kommuner = municipalities.map((m) => `${m.code} ${m.name ?? ""}`.trim()).join(", ");
    // The validity in the text's own words; failing that, as civil dates ("?" for an unknown signing date).
    const { start, end } = resolveValidity(agreement);
    log(agreement.title);
    log(`  ${words.parties}: ${police.name}${lpo}; ${kommuner}`);
    log(`  ${words.validity}: ${agreement.validity.asWritten ?? `${start ?? "?"} – ${end ?? "?"}`}`);
    const lists = [agreement.forums, agreement.focusAreas, agreement.followUps];
    log(`  ${words.contents}: ${lists.map((list, i) => `${list?.length ?? 0} ${words.counts[i]}`).join(", ")}`);
  }

  // Valid means no errors; warnings and infos are things a person should look at.
  log(`${words.valid}, ${result.warnings.length} ${words.findings}`);
  for (const warning of result.warnings) log(describe(warning));

  printSchedule(doc, { signed: option("signed"), from: option("from"), to: option("to") }, locale, log, describe);
  return 0;
}

/** The agreements of a document: one, a set's, or none (a medborgarlöfte). */
const agreementsOf = (doc: AgreementDocument): readonly Agreement[] =>
  doc.type === "agreement_set" ? doc.agreements : doc.type === "agreement" ? [doc] : [];

/** A run of the same duty from the same source: listed one by one when short, as one line when long. */
const LONGEST_LISTED_SERIES = 4;

function printSchedule(
  doc: AgreementDocument,
  args: { signed: string | undefined; from: string | undefined; to: string | undefined },
  locale: Locale,
  log: (line: string) => void,
  describe: (issue: Issue) => string,
): void {
  const words = labels[locale];
  const agreements = agreementsOf(doc);
  // The text may lack the signing date ("från och med datum för underskrift"): then `--signed` gives it,
  // or the schedule is shown from the first day of the last year.
  const unsigned = agreements.filter((a) => resolveValidity(a).start === undefined);
  const signingDates = Object.fromEntries(args.signed ? unsigned.map((a) => [a.id, args.signed!]) : []);
  const lastYear = (a: Agreement) => (resolveValidity(a).end === "open" ? undefined : `${String(resolveValidity(a).end).slice(0, 4)}-01-01`);
  const from = args.from ?? (unsigned.length && !args.signed ? lastYear(unsigned[0]!) : undefined);
  const window = { ...(from && { from }), ...(args.to && { to: args.to }) };
  const result = scheduleObligations(doc, { window, signingDates });
  if (!result.ok) {
    log(`${words.unscheduled}:`);
    for (const issue of result.issues) log(describe(issue));
    return;
  }
  log(`${words.schedule}, ${result.obligations.length} ${words.obligations}:`);
  for (const note of result.notes) log(describe(note));
  // Series: the same kind from the same source for the same kommun, in the order they first fall due.
  const series = new Map<string, Obligation[]>();
  for (const o of result.obligations) {
    const key = `${o.agreementId} ${o.kind} ${o.source.path.join(".")} ${o.municipality ?? ""}`;
    series.set(key, [...(series.get(key) ?? []), o]);
  }
  const lines: [string, string][] = [];
  for (const list of series.values()) {
    if (list.length > LONGEST_LISTED_SERIES) {
      const first = list[0]!;
      lines.push([first.date, `  ${first.date} … ${list.at(-1)!.date}  ${list.length} × ${first.title[locale]}${first.cadence ? ` [${first.cadence}]` : ""}`]);
    } else {
      for (const o of list) lines.push([o.date, `  ${o.date}  ${o.title[locale]}`]);
    }
  }
  for (const [, line] of lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) log(line);
}

// Run only when executed directly (`tsx examples/validate-seed.ts`), not when a test imports main.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
