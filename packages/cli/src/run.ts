import { Command, CommanderError, Option } from "commander";
import { CliError, EXIT, codedLine } from "./errors.js";
import type { NewCommandOptions as NewOptions } from "./commands/new.js";
import type { ScheduleCommandOptions as ScheduleOptions } from "./commands/schedule.js";
import type { Lang } from "./findings.js";
import type { IO, RunOptions } from "./io.js";
import { VERSION } from "./version.js";

/** The kommun profiles `--profile` takes (a test checks that this is every profile of `@samverkan/kommuner`). */
export const PROFILE_IDS = ["ostra-goinge", "kavlinge", "kristianstad", "arjeplog-arvidsjaur"] as const;

const HELP_WIDTH = 100;

const langOption = () => new Option("--lang <lang>", "language of the output").choices(["sv", "en"]).default("sv");
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The configuration kinds `new --kind` takes (a test checks that these are `CONFIGURATION_KINDS` of `@samverkan/kommuner`). */
export const CONFIGURATION_KIND_IDS = ["single", "lpo_group", "joint", "strategic_local", "multi_lpo", "framework"] as const;

/** The program: its commands, their options and help texts. The handlers load the packages when they run. */
function program(io: IO, done: (code: number) => void): Command {
  // Help, version and parser errors go to the streams run() was given, never in colour.
  const output = {
    writeOut: (text: string) => void io.stdout.write(text),
    writeErr: (text: string) => void io.stderr.write(text),
    outputError: () => undefined,
    getOutHelpWidth: () => HELP_WIDTH,
    getErrHelpWidth: () => HELP_WIDTH,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
  const cli = new Command("samverkan")
    .description("Samverkansöverenskommelser and medborgarlöften as data: validate, schedule, migrate, render and extract them.")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "print this help")
    .helpCommand(false)
    .exitOverride()
    .configureOutput(output)
    .addHelpText(
      "after",
      `
Exit codes: 0 all is well, 1 a document has errors, 2 a usage or I/O problem.
Run "samverkan <command> --help" for a command's options and an example.

Example:
  $ samverkan validate examples/agreements/`,
    );

  const command = (name: string, description: string) =>
    cli
      .command(name)
      .description(description)
      .helpOption("-h, --help", "print this help")
      .exitOverride()
      .configureOutput(output);

  command("validate", "Validate documents: every .json file in the folders, recursively, and the files named.")
    .argument("<paths...>", "files or folders; - reads standard input")
    .addOption(langOption())
    .option("--severity <code=level>", "raise, lower or turn off a rule: error, warning, info or off (repeatable)", collect, [] as string[])
    .option("--profile <name>", `validate as a kommun has configured it: ${PROFILE_IDS.join(", ")}`)
    .option("--as-of <date>", "judge as of this date (YYYY-MM-DD): duties that fall due with time")
    .option("--json", "print an array of {file, ok, issues or warnings} for machines")
    .addHelpText(
      "after",
      `
Prints one line per finding ("file:path: code severity message") and a summary.

Example:
  $ samverkan validate examples/agreements/ --lang en --severity party_without_signatory=error`,
    )
    .action(async (paths: string[], options: { lang: Lang; severity: string[]; profile?: string; asOf?: string; json?: boolean }) => {
      const { validateCommand } = await import("./commands/validate.js");
      done(await validateCommand(paths, options, io));
    });

  command("schedule", "List the obligations of a document, or of a folder's documents as one portfolio, in a window.")
    .argument("<path>", "a document or a folder; - reads standard input")
    .requiredOption("--from <date>", "the window's first day (YYYY-MM-DD)")
    .requiredOption("--to <date>", "the window's last day (YYYY-MM-DD)")
    .addOption(new Option("--json", "print the obligations as JSON").conflicts(["csv", "ics"]))
    .addOption(new Option("--csv", "print CSV (RFC 4180) with a header row").conflicts(["ics"]))
    .option("--ics", "print an iCalendar file (RFC 5545) to import into a calendar")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .option("--kommun <kommun>", "only these kommuner, by name or kommunkod (repeatable, or comma-separated)", collect)
    .option("--lpo <name>", "only the agreements of these lokalpolisområden (repeatable)", collect)
    .option("--lan <län>", "only the kommuner of these län, by name or länskod (repeatable)", collect)
    .option("--region <region>", "only these polisregioner (repeatable)", collect)
    .option("--kind <kind>", "only these kinds of obligation, such as forum_meeting (repeatable, or comma-separated)", collect)
    .addOption(langOption())
    .addHelpText(
      "after",
      `
A folder's documents, or any filter, make one portfolio: merged, in date order, each kommun's own
duties once. The table's columns are date, kind, title and kommun.

Example:
  $ samverkan schedule examples/corpus --from 2024-01-01 --to 2024-12-31 --region Nord --csv`,
    )
    .action(async (path: string, options: ScheduleOptions) => {
      const { scheduleCommand } = await import("./commands/schedule.js");
      done(await scheduleCommand(path, options, io));
    });

  command("status", "Show what is overdue, due and coming on a day, and completions that match nothing.")
    .argument("<path>", "a document or a folder; - reads standard input")
    .requiredOption("--today <date>", "the day to judge as of (YYYY-MM-DD)")
    .option("--completions <file>", "a JSON array of completions: {obligationId, completedOn?, outcome?, count?}")
    .option("--json", "print each obligation's state, and the unmatched completions, as JSON")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Example:
  $ samverkan status examples/agreements/kristianstad-2025-2028.json --today 2026-03-01 --completions klart.json`,
    )
    .action(async (path: string, options: { today: string; completions?: string; json?: boolean; lang: Lang }) => {
      const { statusCommand } = await import("./commands/status.js");
      done(await statusCommand(path, options, io));
    });

  command("new", "Start a new agreement for kommuner in a configuration: what is left to fill in and its first year.")
    .argument("<kommuner...>", "kommunkoder or names (several, or comma-separated)")
    .addOption(new Option("--kind <kind>", "the configuration").choices(CONFIGURATION_KIND_IDS).default("single"))
    .option("--lpo <name>", "a lokalpolisområde as written (repeatable; multi_lpo takes two or more)", collect)
    .option("--from <start>", "the first day: a year (2027) or a date (2027-03-01); default 1 January next year")
    .option("--years <n>", "how many years it runs, 1 to 10", "4")
    .option("--empty", "start empty, to transcribe an existing agreement: parties, validity and structure only")
    .option("--no-profile", "use the default template even when a kommun profile covers the kommuner")
    .option("--out <path>", "write the document to this file, or as <id>.json in this folder")
    .option("--force", "replace the --out file if it exists")
    .option("--json", "print the document, its warnings, what is missing and the first year as JSON")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Example:
  $ samverkan new Arjeplog Arvidsjaur --kind strategic_local --from 2027 --out utkast/`,
    )
    .action(async (kommuner: string[], options: NewOptions) => {
      const { newCommand } = await import("./commands/new.js");
      done(await newCommand(kommuner, options, io));
    });

  command("migrate", "Migrate documents of format version 1 to version 2.")
    .argument("<files...>", "files; - reads standard input")
    .option("--write", "replace each file of version 1 in place (atomically) instead of printing it")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Without --write, prints the one migrated document to standard output.

Example:
  $ samverkan migrate avtal-v1.json > avtal.json`,
    )
    .action(async (files: string[], options: { lang: Lang; write?: boolean }) => {
      const { migrateCommand } = await import("./commands/migrate.js");
      done(await migrateCommand(files, options, io));
    });

  command("render", "Render an agreement, a set or a medborgarlöfte to Markdown or HTML to adopt and sign.")
    .argument("<file>", "a document; - reads standard input")
    .addOption(new Option("--format <format>", "md or html").choices(["md", "html"]).default("md"))
    .addOption(langOption())
    .option("--out <file>", "write to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .addHelpText(
      "after",
      `
Example:
  $ samverkan render examples/agreements/kristianstad-2025-2028.json --format html --out avtal.html`,
    )
    .action(async (file: string, options: { format: "md" | "html"; lang: Lang; out?: string; force?: boolean }) => {
      const { renderCommand } = await import("./commands/render.js");
      done(await renderCommand(file, options, io));
    });

  command("extract", "Read an agreement's text into a draft: each fact with its quote, and what is missing.")
    .argument("<file>", "a .txt, .md, .html or .pdf file; - reads text from standard input")
    .option("--out <file>", "write the draft document (JSON) to this file")
    .option("--force", "replace the --out file if it exists")
    .option("--json", "print the facts, what is missing, the findings and the draft as JSON")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Example:
  $ samverkan extract avtal.pdf --out utkast.json`,
    )
    .action(async (file: string, options: { lang: Lang; out?: string; force?: boolean; json?: boolean }) => {
      const { extractCommand } = await import("./commands/extract.js");
      done(await extractCommand(file, options, io));
    });

  return cli;
}

/** The coded line for a parser error: `unknown_option: --foo (did you mean --force?)`. */
function usageProblem(error: CommanderError): [code: string, detail: string] {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const suggestion = /Did you mean (.+)\?/.exec(error.message)?.[1];
  const hint = suggestion ? ` (did you mean ${suggestion}?)` : "";
  switch (error.code) {
    case "commander.unknownOption":
      return ["unknown_option", `${quoted}${hint}`];
    case "commander.unknownCommand":
      return ["unknown_command", `${quoted}${hint}`];
    case "commander.missingArgument":
      return ["missing_argument", quoted];
    case "commander.optionMissingArgument":
      return ["missing_value", quoted];
    case "commander.invalidArgument": {
      const allowed = /Allowed choices are (.+)\./.exec(error.message)?.[1];
      const value = /argument '([^']*)' is invalid/.exec(error.message)?.[1] ?? "";
      return ["invalid_value", `${quoted.split(" ")[0]} ${value}${allowed ? ` (one of ${allowed})` : ""}`];
    }
    case "commander.missingMandatoryOptionValue":
      return ["missing_option", quoted.split(" ")[0] ?? ""];
    case "commander.conflictingOption":
      return ["conflicting_options", error.message.replace(/^error: /, "")];
    case "commander.excessArguments":
      return ["too_many_arguments", error.message.replace(/^error: /, "")];
    default:
      return ["usage_error", error.message.replace(/^error: /, "")];
  }
}

/**
 * **Runs** the `samverkan` command line with the given arguments (without `node` and the script,
 * as `process.argv.slice(2)`), writing to the given streams, and resolves to the exit code: 0 when
 * all is well, 1 when a document has errors, 2 for a usage or I/O problem. It never rejects and
 * never calls `process.exit`: every problem is one coded line on standard error
 * (`samverkan: file_not_found: avtal.json`), never a stack trace.
 *
 * @param argv - the arguments, e.g. `["validate", "avtal.json", "--lang", "en"]`
 * @param options - the streams and environment; each defaults to the process's own
 * @returns the exit code
 * @example
 * import { run } from "@samverkan/cli";
 *
 * process.exitCode = await run(["validate", "examples/agreements/"]);
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const io: IO = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    stdin: options.stdin ?? process.stdin,
    env: options.env ?? process.env,
  };
  let code: number = EXIT.ok;
  try {
    if (argv.length === 0) {
      program(io, () => undefined).outputHelp({ error: true });
      io.stderr.write(codedLine("missing_command", "choose one of validate, schedule, status, new, migrate, render, extract"));
      return EXIT.usage;
    }
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
      const [problem, detail] = usageProblem(error);
      io.stderr.write(codedLine(problem, detail));
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(codedLine(error.code, error.detail));
      return error.exit;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.stderr.write(codedLine("internal_error", message || "unexpected failure"));
    return EXIT.usage;
  }
}
