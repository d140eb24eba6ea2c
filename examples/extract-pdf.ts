/**
 * From a PDF to a draft agreement: reads a PDF's text layer with readPdfText
 * (`@samverkan/document/pdf`), extracts a draft from the text with extractDraft, and prints a
 * summary: pages, facts by kind, what is missing, whether the draft validates. Writes nothing.
 *
 *   node_modules/.bin/tsx examples/extract-pdf.ts                     # a PDF made in memory (below)
 *   node_modules/.bin/tsx examples/extract-pdf.ts overenskommelse.pdf # your own PDF
 *
 * Without a file, the example makes a 10-page PDF in memory from the Kävlinge seed's text
 * (`../shared/seeds/`, beside the checkout) with the few lines of PDF writing at the bottom, so
 * that it runs anywhere without a PDF to hand.
 */
import { readFileSync } from "node:fs";
import { extractDraft, type FactKind } from "@samverkan/document";
import { readPdfText } from "@samverkan/document/pdf";

const file = process.argv[2];
const bytes = file ? new Uint8Array(readFileSync(file)) : textPdf(pagesOf(readFileSync(new URL("../../shared/seeds/kavlinge-2019-2022.txt", import.meta.url), "utf8"), 10));

const read = await readPdfText(bytes, { maxPages: 200 });
if (!read.ok) {
  // pdf_no_text: a scan without a text layer; run OCR on it first.
  console.error(`${file ?? "the PDF"}: ${read.error.code}: ${read.error.message}`);
  process.exit(1);
}
console.log(`${file ?? "a PDF of the Kävlinge seed (made in memory)"}: ${bytes.length} bytes, ${read.value.pages.length} pages, ${read.value.text.length} characters of text`);

const result = extractDraft(read.value.text);
if (!result.ok) {
  console.error(`extractDraft: ${result.error.code}: ${result.error.message}`);
  process.exit(1);
}
const { draft, fields, missing, valid, issues } = result.value;
const byKind = new Map<FactKind, number>();
for (const field of fields) byKind.set(field.kind, (byKind.get(field.kind) ?? 0) + 1);
console.log(`draft: ${draft.type === "citizen_promise" ? "a medborgarlöfte" : "an agreement"}, "${draft.title}"`);
console.log(`facts: ${fields.length} (${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(", ")})`);
for (const kind of ["kommun", "police", "start", "end"] as const) {
  for (const field of fields.filter((f) => f.kind === kind)) console.log(`  ${kind.padEnd(7)} ${field.value.padEnd(26)} ← "${field.quote.replace(/\s+/g, " ")}"`);
}
console.log(`missing: ${missing.length ? missing.join(", ") : "nothing"}`);
const count = (severity: string) => issues.filter((i) => i.severity === severity).length;
console.log(valid ? `the draft validates, with ${count("warning")} warning(s)` : `the draft does not validate yet: ${count("error")} error(s), ${count("warning")} warning(s)`);

/** The text's lines, wrapped at 90 characters, shared out over `pageCount` pages. */
function pagesOf(text: string, pageCount: number): string[][] {
  const lines = text.split(/\r?\n/).flatMap((line) => (line.trim() === "" ? [""] : (line.match(/.{1,90}(?:\s+|$)/g) ?? [line]).map((l) => l.trimEnd())));
  const perPage = Math.ceil(lines.length / pageCount);
  return Array.from({ length: pageCount }, (_, i) => lines.slice(i * perPage, (i + 1) * perPage));
}

/**
 * A minimal PDF 1.4: one A4 page per entry, its lines in 11-point Helvetica. Latin-1 text only
 * (å, ä and ö are single bytes in the font's WinAnsiEncoding); enough for this example, not a PDF
 * library.
 */
function textPdf(pages: readonly (readonly string[])[]): Uint8Array {
  const escape = (line: string) => line.replace(/[^\x20-\x7e\xa0-\xff]/g, "?").replace(/[\\()]/g, "\\$&");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  pages.forEach((lines, i) => {
    const content = `BT /F1 11 Tf 14 TL 56 790 Td\n${lines.map((l) => `(${escape(l)}) '`).join("\n")}\nET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(pdf, (c) => c.charCodeAt(0));
}
