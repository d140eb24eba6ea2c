/**
 * Reads a document of format version 1 into version 2, and compiles an agreement with a recorded
 * change into the agreement as it stands: the two new calls of format version 2.
 *
 *   tsx examples/migrate-and-compile.ts                      # Kävlinge 2019–2022 as written for version 1
 *   tsx examples/migrate-and-compile.ts path/to/v1.json      # any version 1 (or 2) document
 *   tsx examples/migrate-and-compile.ts --en                 # messages in English
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compileAgreement, formatIssue, formatPath, migrate, validateAgreement, type Agreement, type Locale } from "@samverkan/core";

const DEFAULT = new URL("../packages/test-utils/fixtures/v1/kavlinge-2019-2022.json", import.meta.url);

/**
 * Runs the example; exported so that a test can run it with its own arguments and `log`.
 *
 * @param args - a path to a document (default: Kävlinge 2019–2022 in format version 1), and `--en`
 * @param log - where each output line goes
 * @returns the exit code: 0 when the document was migrated and compiled, 1 otherwise
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const path = args.find((arg) => !arg.startsWith("--"));
  let text: string;
  try {
    text = readFileSync(path ?? DEFAULT, "utf8");
  } catch {
    log(locale === "sv" ? `Kan inte läsa ${path}` : `Cannot read ${path}`);
    return 1;
  }

  // 1. Migrate: version 1 in, version 2 out, nothing lost.
  const migrated = migrate(text);
  if (!migrated.ok) {
    for (const issue of migrated.issues) log(`  ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`);
    return 1;
  }
  const document = migrated.value;
  log(`${document.id}: formatversion ${migrated.from} → ${document.schemaVersion}`);
  if (document.type !== "agreement") {
    log(locale === "sv" ? "Dokumentet är ingen enskild överenskommelse: inget att kompilera." : "The document is not one agreement: nothing to compile.");
    return 0;
  }

  // 2. Record a change, as the parties decided it later: the agreement extended by a year.
  const end = document.validity.end;
  const year = end.type === "year" ? end.year + 1 : end.type === "date" ? Number(end.date.slice(0, 4)) + 1 : undefined;
  if (year === undefined) {
    log(locale === "sv" ? "Giltighetstiden har inget slut att förlänga." : "The validity has no end to extend.");
    return 0;
  }
  const changed: Agreement = {
    ...document,
    changes: [{ type: "extension", id: "forlangning", end: { type: "year", year }, asWritten: `Överenskommelsen förlängs till och med ${year}.` }],
  };
  const valid = validateAgreement(changed);
  if (!valid.ok) return 1;

  // 3. Compile: the agreement as it stands, with the change applied.
  const current = compileAgreement(changed);
  if (!current.ok) {
    for (const issue of current.issues) log(`  ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`);
    return 1;
  }
  log(`${locale === "sv" ? "Ändringar" : "Changes"}: ${current.applied.join(", ")}`);
  log(`${locale === "sv" ? "Giltighetstid" : "Validity"}: ${JSON.stringify(document.validity.end)} → ${JSON.stringify(current.value.validity.end)}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main();
