import { extname } from "node:path";
import { CliError, EXIT, codedLine } from "../errors.js";
import { findingsOf, type Lang } from "../findings.js";
import { checkOutput, readSource, textOf, writeAtomically, type IO } from "../io.js";
import { painter } from "../terminal.js";

/** The options of `samverkan extract`. */
export interface ExtractCommandOptions {
  readonly lang: Lang;
  readonly out?: string;
  readonly force?: boolean;
  readonly json?: boolean;
}

type Format = "text" | "markdown" | "html" | "pdf";

const FORMATS: Readonly<Record<string, Format>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
};

const SAID: Record<Lang, { found: string; missing: string; none: string; valid: string; invalid: (errors: number, warnings: number) => string; written: string }> = {
  sv: {
    found: "Hittat",
    missing: "Saknas",
    none: "inget",
    valid: "Utkastet är ett giltigt dokument.",
    invalid: (errors, warnings) => `Utkastet har ${errors} fel och ${warnings} ${warnings === 1 ? "varning" : "varningar"}: det som saknas måste fyllas i.`,
    written: "Utkastet skrevs till",
  },
  en: {
    found: "Found",
    missing: "Missing",
    none: "nothing",
    valid: "The draft is a valid document.",
    invalid: (errors, warnings) => `The draft has ${errors} ${errors === 1 ? "error" : "errors"} and ${warnings} ${warnings === 1 ? "warning" : "warnings"}: what is missing must be filled in.`,
    written: "The draft was written to",
  },
};

/** Text on one line, shortened for the terminal (`--json` has it whole). */
function short(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * `samverkan extract <file>`: reads an agreement's text (`.txt`, `.md`, `.html` or `.pdf`, by the
 * extension; `-` reads text from standard input) into a draft through `@samverkan/document`, and
 * prints each fact found with its quote and what is missing; `--out` writes the draft.
 */
export async function extractCommand(file: string, options: ExtractCommandOptions, io: IO): Promise<number> {
  const format = file === "-" ? "text" : FORMATS[extname(file).toLowerCase()];
  if (!format) throw new CliError("unsupported_format", `${file} (read .txt, .md, .html or .pdf)`);
  if (options.out !== undefined) await checkOutput(options.out, options.force === true);
  const source = await readSource(file, io, { binary: format === "pdf" });
  let text: string;
  if (format === "pdf") {
    const { readPdfText } = await import("@samverkan/document/pdf");
    const read = await readPdfText(new Uint8Array(source.bytes.buffer, source.bytes.byteOffset, source.bytes.length));
    if (!read.ok) {
      io.stderr.write(codedLine(read.error.code, source.name));
      return EXIT.invalid;
    }
    text = read.value.text;
  } else {
    text = textOf(source);
  }
  const { extractDraft } = await import("@samverkan/document");
  const extracted = extractDraft(text, { format: format === "pdf" ? "text" : format });
  if (!extracted.ok) {
    io.stderr.write(codedLine(extracted.error.code, source.name));
    return EXIT.invalid;
  }
  const { draft, fields, missing, valid, issues } = extracted.value;
  const findings = await findingsOf(issues, options.lang);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ file: source.name, fields, missing, valid, issues: findings, draft }, null, 2)}\n`);
  } else {
    const said = SAID[options.lang];
    const paint = painter(io.stdout, io.env);
    const width = Math.max(0, ...fields.map((f) => f.kind.length));
    io.stdout.write(`${paint("bold", `${said.found} (${fields.length}):`)}\n`);
    for (const f of fields) io.stdout.write(`  ${f.kind.padEnd(width)}  ${short(f.value, 50)}  ${paint("dim", JSON.stringify(short(f.quote, 70)))}\n`);
    io.stdout.write(`${paint("bold", `${said.missing} (${missing.length}):`)} ${missing.length ? missing.join(", ") : said.none}\n`);
    const errors = findings.filter((f) => f.severity === "error").length;
    const warnings = findings.filter((f) => f.severity === "warning").length;
    io.stdout.write(`${valid ? paint("green", said.valid) : paint("yellow", said.invalid(errors, warnings))}\n`);
  }
  if (options.out !== undefined) {
    await writeAtomically(options.out, `${JSON.stringify(draft, null, 2)}\n`, { force: options.force === true });
    io.stderr.write(`${SAID[options.lang].written} ${options.out}\n`);
  }
  return EXIT.ok;
}
