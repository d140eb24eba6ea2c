import { CliError, EXIT, codedLine } from "../errors.js";
import { findingLine, findingsOf, type Lang } from "../findings.js";
import { modeOf, readTextOrReport, writeAtomically, type IO } from "../io.js";
import { painter } from "../terminal.js";

/** The options of `samverkan migrate`. */
export interface MigrateCommandOptions {
  readonly lang: Lang;
  readonly write?: boolean;
}

const SAID: Record<Lang, { migrated: (from: number) => string; current: string }> = {
  sv: { migrated: (from) => `version ${from} → 2, ersatt`, current: "redan version 2, orörd" },
  en: { migrated: (from) => `version ${from} → 2, replaced`, current: "already version 2, left as it is" },
};

/**
 * `samverkan migrate <files…>`: reads each document through core's `migrate` (version 1 to 2).
 * Without `--write` it prints the one migrated document to standard output; with `--write` it
 * replaces each file of version 1 in place, atomically. Exit 1 when a document cannot be migrated.
 */
export async function migrateCommand(files: readonly string[], options: MigrateCommandOptions, io: IO): Promise<number> {
  if (!options.write && files.length > 1) throw new CliError("too_many_files", "migrate prints one document; use --write to migrate several in place");
  if (options.write && files.includes("-")) throw new CliError("stdin_not_writable", "- cannot be replaced in place; leave out --write");
  const { migrate } = await import("@samverkan/core");
  const paint = painter(io.stdout, io.env);
  const errPaint = painter(io.stderr, io.env);
  let exit: number = EXIT.ok;
  for (const file of files) {
    const read = await readTextOrReport(file, io);
    if (!read) {
      exit = EXIT.usage;
      continue;
    }
    const { text, name } = read;
    const result = migrate(text);
    if (!result.ok) {
      for (const f of await findingsOf(result.issues, options.lang)) io.stderr.write(findingLine(name, f, errPaint));
      io.stderr.write(codedLine("not_migrated", name));
      if (exit === EXIT.ok) exit = EXIT.invalid;
      continue;
    }
    const json = `${JSON.stringify(result.value, null, 2)}\n`;
    if (!options.write) {
      io.stdout.write(json);
      continue;
    }
    if (result.from === 2) {
      io.stdout.write(`${name}: ${SAID[options.lang].current}\n`);
      continue;
    }
    try {
      const mode = await modeOf(file);
      await writeAtomically(file, json, { force: true, ...(mode !== undefined && { mode }) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr.write(codedLine(error.code, error.detail));
      exit = EXIT.usage;
      continue;
    }
    io.stdout.write(`${name}: ${paint("green", SAID[options.lang].migrated(result.from))}\n`);
  }
  return exit;
}
