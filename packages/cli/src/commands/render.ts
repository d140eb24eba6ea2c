import { EXIT, codedLine } from "../errors.js";
import { findingLine, findingsOf, type Lang } from "../findings.js";
import { checkOutput, readSource, textOf, writeAtomically, type IO } from "../io.js";
import { painter } from "../terminal.js";

/** The options of `samverkan render`. */
export interface RenderCommandOptions {
  readonly format: "md" | "html";
  readonly lang: Lang;
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `samverkan render <file>`: renders an agreement, a set or a medborgarlöfte to Markdown or HTML
 * through `@samverkan/document`, to standard output or `--out`. Exit 1 when the document is not
 * valid (its findings on standard error).
 */
export async function renderCommand(file: string, options: RenderCommandOptions, io: IO): Promise<number> {
  if (options.out !== undefined) await checkOutput(options.out, options.force === true);
  const source = await readSource(file, io);
  const { renderDocument } = await import("@samverkan/document");
  const rendered = renderDocument(textOf(source), { format: options.format === "md" ? "markdown" : "html", lang: options.lang });
  if (!rendered.ok) {
    const paint = painter(io.stderr, io.env);
    for (const f of await findingsOf(rendered.issues ?? [], options.lang)) io.stderr.write(findingLine(source.name, f, paint));
    io.stderr.write(codedLine(rendered.error.code, source.name));
    return EXIT.invalid;
  }
  if (options.out === undefined) io.stdout.write(rendered.text);
  else await writeAtomically(options.out, rendered.text, { force: options.force === true });
  return EXIT.ok;
}

