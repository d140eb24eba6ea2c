/**
 * Validates a seed agreement, schedules its obligations and exports them as an iCalendar file
 * that Outlook, Google Calendar or Apple Calendar can import.
 *
 *   tsx examples/export-calendar.ts                     # Östra Göinge 2023–2026: a summary and the first event
 *   tsx examples/export-calendar.ts out.ics             # writes the whole calendar to out.ics
 *   tsx examples/export-calendar.ts --stdout > out.ics  # the whole calendar on stdout
 *   tsx examples/export-calendar.ts --en --seed kavlinge-2019-2022 out.ics  # another seed, in English
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { toICalendar } from "@samverkan/calendar";
import { formatIssue, formatPath, scheduleObligations, validateAgreement, type Issue, type Locale } from "@samverkan/core";

/** How many obligations to list when the calendar is neither written to a file nor to stdout. */
const PREVIEW = 5;

/**
 * Runs the example; exported so that a test can run it with its own arguments and `log`.
 *
 * @param args - `--en`, `--stdout`, `--seed <name>` (default `ostra-goinge-2023-2026`), and a path to write the .ics to
 * @param log - where each output line goes
 * @returns the exit code: 0 when the calendar was made, 1 when the agreement or its schedule has errors
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? (args[seedAt + 1] ?? "") : "ostra-goinge-2023-2026";
  const out = args.find((arg, i) => !arg.startsWith("--") && (seedAt < 0 || i !== seedAt + 1));
  const describe = (issue: Issue) => `  ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`;

  let text: string;
  try {
    text = readFileSync(new URL(`./agreements/${seed}.json`, import.meta.url), "utf8");
  } catch {
    log(`Cannot read the seed ${JSON.stringify(seed)} (see examples/agreements/)`);
    return 1;
  }

  // Validate first: scheduleObligations takes a parsed, valid document.
  const validation = validateAgreement(text);
  if (!validation.ok) {
    log(`Invalid agreement ${seed}:`);
    for (const issue of validation.issues) log(describe(issue));
    return 1;
  }

  // The whole validity (the default window); an open-ended agreement would need window.to.
  const schedule = scheduleObligations(validation.value);
  if (!schedule.ok) {
    log(`Cannot schedule ${seed}:`);
    for (const issue of schedule.issues) log(describe(issue));
    return 1;
  }

  // A fixed DTSTAMP by default: the same agreement gives the same file, byte for byte.
  const title = validation.value.title;
  const exported = toICalendar(schedule.obligations, { locale, ...(title ? { name: title } : {}) });
  if (!exported.ok) {
    log("Cannot export:");
    for (const issue of exported.issues) log(describe(issue));
    return 1;
  }
  const ics = exported.value;

  if (args.includes("--stdout")) {
    process.stdout.write(ics);
    return 0;
  }

  const { obligations, notes } = schedule;
  log(validation.value.title ?? seed);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  log(`  ${count(obligations.length, "obligation", "obligations")}, ${obligations[0]?.date ?? "-"} – ${obligations.at(-1)?.date ?? "-"}; ${count(notes.length, "note", "notes")}`);
  for (const note of notes) log(describe(note));
  if (out !== undefined) {
    writeFileSync(out, ics);
    log(`  wrote ${out}`);
    return 0;
  }

  // No file given: the first obligations, then the calendar up to the end of its first event
  // (without the VTIMEZONE's daylight-saving rules).
  for (const o of obligations.slice(0, PREVIEW)) log(`  ${o.date}  ${o.kind.padEnd(30)} ${o.title[locale]}`);
  if (obligations.length > PREVIEW) log(`  … ${obligations.length - PREVIEW} more`);
  log("");
  const lines = ics.trimEnd().split("\r\n");
  const firstEventEnd = lines.indexOf("END:VEVENT");
  let inRule = false;
  for (const line of lines.slice(0, firstEventEnd >= 0 ? firstEventEnd + 1 : lines.length)) {
    if (/^BEGIN:(DAYLIGHT|STANDARD)$/.test(line)) inRule = true;
    if (!inRule) log(`  | ${line}`);
    if (/^END:(DAYLIGHT|STANDARD)$/.test(line)) inRule = false;
  }
  log("  | …  (give a path to write the whole file, or --stdout)");
  return 0;
}

// Run only when executed directly (`tsx examples/export-calendar.ts`), not when a test imports main.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
