import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ConfigurationKind, StartAgreementIssue } from "@samverkan/kommuner";
import { CliError, EXIT, codedLine } from "../errors.js";
import { issueFindings, listOf } from "../documents.js";
import { findingLine, type Lang } from "../findings.js";
import { checkOutput, writeAtomically, type IO } from "../io.js";
import { painter } from "../terminal.js";

/** The options of `samverkan new`. */
export interface NewCommandOptions {
  readonly kind: ConfigurationKind;
  readonly lpo?: readonly string[];
  readonly from?: string;
  readonly years: string;
  readonly empty?: boolean;
  readonly profile: boolean;
  readonly out?: string;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly lang: Lang;
}

const SAID: Record<Lang, {
  kommuner: string;
  profile: string;
  partial: string;
  validity: string;
  warnings: (n: number) => string;
  toFill: (n: number) => string;
  problems: string;
  schedule: (from: string, to: string, n: number) => string;
  written: string;
  notWritten: string;
}> = {
  sv: {
    kommuner: "Kommuner",
    profile: "Profil",
    partial: "Profilen täcker inte alla kommunerna: standardmallen används",
    validity: "Giltighet",
    warnings: (n) => `Giltig, ${n} ${n === 1 ? "anmärkning" : "anmärkningar"}`,
    toFill: (n) => `Att fylla i (${n}):`,
    problems: "Stämmer inte med upplägget:",
    schedule: (from, to, n) => `Första året, ${from} – ${to}: ${n} ${n === 1 ? "punkt" : "punkter"}`,
    written: "Sparad:",
    notWritten: "Inte sparad: ange --out <fil eller mapp/> för att spara dokumentet.",
  },
  en: {
    kommuner: "Kommuner",
    profile: "Profile",
    partial: "The profile does not cover every kommun: the default template is used",
    validity: "Validity",
    warnings: (n) => `Valid, ${n} ${n === 1 ? "warning or note" : "warnings and notes"}`,
    toFill: (n) => `To fill in (${n}):`,
    problems: "Does not line up with the configuration:",
    schedule: (from, to, n) => `The first year, ${from} – ${to}: ${n} ${n === 1 ? "item" : "items"}`,
    written: "Written:",
    notWritten: "Not written: give --out <file or folder/> to write the document.",
  },
};

/** `--from`: a year is its 1 January, a date is itself; by default 1 January of next year. */
async function firstDay(from: string | undefined): Promise<string> {
  if (from === undefined) return `${new Date().getFullYear() + 1}-01-01`;
  const { isCivilDate } = await import("@samverkan/core");
  if (/^\d{4}$/.test(from)) return `${from}-01-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && isCivilDate(from)) return from;
  throw new CliError("invalid_date", `--from ${from} (write a year, 2027, or a date, 2027-03-01)`);
}

/** Why the start failed, as the coded line of its first issue (an unknown kommun with the lookup's advice). */
async function startProblem(issue: StartAgreementIssue, queries: readonly string[], lang: Lang): Promise<CliError> {
  const { findKommun, formatKommunLookupError } = await import("@samverkan/kommuner");
  switch (issue.code) {
    case "unknown_kommun":
    case "ambiguous_kommun":
    case "invalid_query": {
      const query = queries[issue.path[1]] ?? "";
      const found = findKommun(query);
      return new CliError(issue.code, `${query} (${found.ok ? issue.code : formatKommunLookupError(found.error, { locale: lang })})`);
    }
    case "wrong_municipality_count":
      return new CliError(issue.code, `the configuration takes ${issue.expected === "one" ? "one kommun" : "two or more kommuner"}`);
    case "wrong_local_police_area_count":
      return new CliError(issue.code, `give ${issue.expected === "several" ? "two or more lokalpolisområden" : "one lokalpolisområde"} with --lpo`);
    case "municipality_repeated":
      return new CliError(issue.code, queries[issue.path[1]] ?? "");
    case "local_police_area_repeated":
      return new CliError(issue.code, `--lpo ${String(issue.path[1])}`);
    case "invalid_value":
      return new CliError("invalid_value", `--${issue.path[0]}`);
    case "document_invalid":
      return new CliError(issue.code, `${issue.issues.map((i) => i.code).join(", ")}`, EXIT.invalid);
    case "invalid_input":
      return new CliError("invalid_value", "--kommun", EXIT.invalid);
  }
}

/**
 * `samverkan new <kommun…> --kind`: starts a new agreement with `startAgreement` of
 * `@samverkan/kommuner` (the adapter of the configuration, the profile that covers the kommuner),
 * prints what is left to fill in and the first year's schedule, and with `--out` writes the
 * document (to the file, or as `<id>.json` in a folder). Exit 2 for an unknown kommun or a
 * configuration the kommuner and lokalpolisområden do not fit.
 */
export async function newCommand(kommunArgs: readonly string[], options: NewCommandOptions, io: IO): Promise<number> {
  const from = await firstDay(options.from);
  const years = /^\d+$/.test(options.years) ? Number(options.years) : NaN;
  const { startAgreement, MAX_START_YEARS, formatFinding, getKommun } = await import("@samverkan/kommuner");
  const { formatPath } = await import("@samverkan/core");
  if (!(years >= 1 && years <= MAX_START_YEARS)) throw new CliError("invalid_years", `--years ${options.years} (a whole number from 1 to ${MAX_START_YEARS})`);
  const queries = listOf(kommunArgs);
  const started = startAgreement({ kommuner: queries, kind: options.kind, localPoliceAreas: options.lpo ?? [], from, years, empty: options.empty === true, profile: options.profile });
  if (!started.ok) throw await startProblem(started.issues[0]!, queries, options.lang);
  const { document } = started;

  let file: string | undefined;
  let makeFolder: string | undefined;
  if (options.out !== undefined) {
    const named = /[\\/]$/.test(options.out);
    const folder = named || (await stat(options.out).then((s) => s.isDirectory(), () => false));
    if (named && !(await stat(options.out).then(() => true, () => false))) makeFolder = options.out;
    file = folder ? join(options.out, `${document.id}.json`) : options.out;
    await checkOutput(file, options.force === true);
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const said = SAID[options.lang];
  const warnings = await issueFindings(started.warnings, options.lang);
  const missing = started.missing.map((f) => ({ code: f.code, path: f.path, message: formatFinding(f, { locale: options.lang }), ...(f.municipality && { kommun: getKommun(f.municipality)?.name ?? f.municipality }) }));
  const obligations = started.schedule.ok ? started.schedule.obligations : [];
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ document, warnings, missing, problems: started.problems, window: started.window, obligations }, null, 2)}\n`);
  } else {
    const paint = painter(io.stdout, io.env);
    io.stdout.write(`${paint("bold", document.id)}: ${started.adapter.title[options.lang]} (${started.kind})\n`);
    io.stdout.write(`  ${said.kommuner}: ${started.kommuner.map((k) => `${k.code} ${k.name}`).join(", ")}\n`);
    if (started.profile) io.stdout.write(`  ${said.profile}: ${started.profile.id}\n`);
    else if (started.partialProfile) io.stdout.write(`  ${said.partial} (${started.partialProfile.id})\n`);
    io.stdout.write(`  ${said.validity}: ${started.validity.start} – ${started.validity.end}\n`);
    io.stdout.write(`${paint("green", said.warnings(warnings.length))}\n`);
    for (const w of warnings) io.stdout.write(`  ${findingLine(document.id, w, paint)}`);
    io.stdout.write(`${said.toFill(missing.length)}\n`);
    for (const f of missing) io.stdout.write(`  ${f.code}  ${formatPath(f.path)}: ${f.message}${f.kommun ? ` (${f.kommun})` : ""}\n`);
    if (started.problems.length) {
      io.stdout.write(`${paint("red", said.problems)}\n`);
      for (const f of started.problems) io.stdout.write(`  ${f.code}  ${formatFinding(f, { locale: options.lang })}\n`);
    }
    io.stdout.write(`${said.schedule(started.window.from, started.window.to, obligations.length)}\n`);
    for (const o of obligations) io.stdout.write(`  ${o.date}  ${o.title[options.lang]}\n`);
  }
  if (file !== undefined) {
    // A folder named with a trailing slash is made, as `mkdir -p` would.
    if (makeFolder !== undefined) await mkdir(makeFolder, { recursive: true }).catch(() => undefined);
    await writeAtomically(file, json, { force: options.force === true });
    io.stderr.write(`${said.written} ${file}\n`);
  } else if (!options.json) {
    io.stderr.write(`${said.notWritten}\n`);
  }
  if (!started.schedule.ok) {
    io.stderr.write(codedLine("not_scheduled", document.id));
    return EXIT.invalid;
  }
  return started.problems.length ? EXIT.invalid : EXIT.ok;
}
