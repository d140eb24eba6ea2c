import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getResolvedPDFJS } from "unpdf";
import { describe, expect, it } from "vitest";
import { PDF_PAGE_SEPARATOR, readPdfText, type PdfTextResult } from "@samverkan/document/pdf";
import { damagedPdfs, makeImageOnlyPdf, makeScriptPdf, makeTextPdf, seedPages, truncatePdf, writePdf } from "@samverkan/test-utils";

/** The error code of a failed read (and that it failed). */
function codeOf(result: PdfTextResult): string {
  if (result.ok) throw new Error("expected the read to fail");
  return result.error.code;
}

/** A word that only the PDF's own text holds: no error may repeat it. */
const SECRET = "Hemligtordinnehåll";

describe("readPdfText: the text", () => {
  it("reads a 10-page agreement line for line, with å, ä and ö intact", async () => {
    const pages = seedPages("kavlinge-2019-2022", 10);
    expect(pages).toHaveLength(10);
    const result = await readPdfText(makeTextPdf(pages));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.pages).toEqual(pages);
    expect(result.value.text).toBe(pages.join(PDF_PAGE_SEPARATOR));
    expect(result.value.text.split(PDF_PAGE_SEPARATOR)).toEqual(pages);
    expect(result.value.text).toContain("Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022");
    expect(result.value.text).toMatch(/å.*ä.*ö/s);
  });

  it("reads every Swedish letter WinAnsi has, and escaped PDF characters", async () => {
    const line = "ÅÄÖ åäö é É ü – Polisen (LPO) \\ 100 %";
    const result = await readPdfText(makeTextPdf([line]));
    expect(result).toEqual({ ok: true, value: { text: line, pages: [line] } });
  });

  it("takes an ArrayBuffer, a Node Buffer and a view into a larger buffer", async () => {
    const pdf = makeTextPdf(["Kävlinge kommun"]);
    const expected = { ok: true, value: { text: "Kävlinge kommun", pages: ["Kävlinge kommun"] } };
    expect(await readPdfText(pdf.slice().buffer)).toEqual(expected);
    expect(await readPdfText(Buffer.from(pdf))).toEqual(expected);
    const larger = new Uint8Array(pdf.length + 20).fill(0x20);
    larger.set(pdf, 10);
    expect(await readPdfText(larger.subarray(10, 10 + pdf.length))).toEqual(expected);
  });

  it("keeps a page without text as an empty page when another has text", async () => {
    const result = await readPdfText(makeTextPdf(["Sida ett", "", "Sida tre"]));
    expect(result.ok && result.value.pages).toEqual(["Sida ett", "", "Sida tre"]);
  });
});

describe("readPdfText: the caller's bytes", () => {
  it("leaves a Uint8Array as it was (pdf.js detaches the buffer it gets: it gets a copy)", async () => {
    const pdf = makeTextPdf(seedPages("kavlinge-2019-2022", 2));
    const before = pdf.slice();
    expect((await readPdfText(pdf)).ok).toBe(true);
    expect(pdf.byteLength).toBe(before.byteLength);
    expect(pdf.buffer.byteLength).toBe(before.byteLength);
    expect(pdf).toEqual(before);
  });

  it("leaves an ArrayBuffer as it was, and reads it again", async () => {
    const buffer = makeTextPdf(["Överenskommelse"]).slice().buffer;
    const before = new Uint8Array(buffer).slice();
    expect((await readPdfText(buffer)).ok).toBe(true);
    expect(buffer.byteLength).toBe(before.byteLength);
    expect(new Uint8Array(buffer)).toEqual(before);
    expect((await readPdfText(buffer)).ok).toBe(true);
  });

  it("leaves the bytes of a failing read as they were too", async () => {
    const pdf = makeTextPdf([SECRET], { encrypt: true });
    const before = pdf.slice();
    expect(codeOf(await readPdfText(pdf))).toBe("pdf_encrypted");
    expect(pdf).toEqual(before);
  });
});

describe("readPdfText: bad PDFs", () => {
  const pdf = makeTextPdf([`Samverkan ${SECRET}`, "Sida två"]);
  const cases: [string, Uint8Array, string][] = [
    ["an empty file", new Uint8Array(), "pdf_malformed"],
    ["text that is not a PDF", new TextEncoder().encode(`Detta är ingen PDF: ${SECRET}`), "pdf_malformed"],
    ["a PDF header and nothing else", new TextEncoder().encode("%PDF-1.4\n"), "pdf_malformed"],
    ["a PDF cut in half", truncatePdf(pdf, 0.5), "pdf_malformed"],
    ["a PDF cut after a tenth", truncatePdf(pdf, 0.1), "pdf_malformed"],
    ["an encrypted PDF (needs a password)", makeTextPdf([SECRET], { encrypt: true }), "pdf_encrypted"],
    ["an image-only PDF (a scan without OCR)", makeImageOnlyPdf(3), "pdf_no_text"],
    ["a PDF without pages", makeTextPdf([]), "pdf_no_text"],
    ["a PDF whose pages are all blank", makeTextPdf(["", "   "]), "pdf_no_text"],
    ["a catalog nested 100 000 arrays deep", makeTextPdf([SECRET], { nestedDepth: 100_000 }), "pdf_malformed"],
  ];

  it.each(cases.map(([name, bytes, code]) => ({ name, bytes, code })))("$name → $code, with a message that does not quote the file", async ({ bytes, code }) => {
    const result = await readPdfText(bytes);
    expect(codeOf(result)).toBe(code);
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain("Samverkan");
  });

  it("reads a PDF that declares a billion pages as the page it has (pdf.js recounts), quickly", async () => {
    const started = performance.now();
    const result = await readPdfText(makeTextPdf(["Bara en sida"], { declaredPageCount: 1_000_000_000 }));
    expect(result.ok || codeOf(result)).toBe(true);
    expect(result.ok && result.value.pages).toEqual(["Bara en sida"]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  // The sixth of these leaves pdf.js with a rejected promise no one awaits (see guard.ts).
  const damaged = () => damagedPdfs(pdf, 60);

  it("never rejects on corrupted bytes: each of 60 damaged copies gives text or a coded error", async () => {
    const codes = new Set(["pdf_malformed", "pdf_no_text", "pdf_encrypted"]);
    for (const bytes of damaged()) {
      const result = await readPdfText(bytes);
      if (!result.ok) {
        expect(codes).toContain(result.error.code);
        expect(result.error.message).not.toContain(SECRET);
      }
    }
  });

  it("does not end a Node.js process that has no unhandledRejection listener (pdf.js leaves one rejection unhandled)", () => {
    const script = `
      const { readPdfText } = await import(process.env.READ_URL);
      const { damagedPdfs, makeTextPdf } = await import(process.env.PDF_URL);
      const codes = [];
      for (const bytes of damagedPdfs(makeTextPdf(${JSON.stringify([`Samverkan ${SECRET}`, "Sida två"])}), 60)) {
        const result = await readPdfText(bytes);
        codes.push(result.ok ? "ok" : result.error.code);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log(codes.join(" "));`;
    const env = {
      ...process.env,
      READ_URL: new URL("./index.ts", import.meta.url).href,
      PDF_URL: new URL("../../../test-utils/src/pdf.ts", import.meta.url).href,
    };
    // Throws when the child exits non-zero, as Node does on an unhandled rejection.
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env, encoding: "utf8" });
    expect(out.trim().split(" ")).toHaveLength(60);
  });
});

describe("readPdfText: hostile PDFs", () => {
  const flag = "__samverkanPdfScriptRan";
  const globals = globalThis as Record<string, unknown>;

  it("does not run a JavaScript OpenAction, name-tree script or page action", async () => {
    const result = await readPdfText(makeScriptPdf(`globalThis.${flag} = true; app.alert("${SECRET}");`, ["Text med skript"]));
    expect(result).toEqual({ ok: true, value: { text: "Text med skript", pages: ["Text med skript"] } });
    expect(globals[flag]).toBeUndefined();
  });

  it("does not run code from a font's FontMatrix (CVE-2024-4367)", async () => {
    const content = "BT /F1 11 Tf 56 786 Td (Typsnitt) Tj ET";
    const matrix = `[0.001 0 0 0.001 0 (0\\); globalThis.${flag} = true; //)]`;
    const bytes = writePdf(
      [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
        `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FontMatrix ${matrix} >>`,
      ],
      "/Root 1 0 R",
    );
    const result = await readPdfText(bytes);
    expect(result.ok || codeOf(result)).toBeTruthy();
    expect(globals[flag]).toBeUndefined();
  });

  it("runs pdf.js 4.2.67 or later (the FontMatrix fix); unpdf 1.7.0 bundles 5.6.205", async () => {
    const { version } = await getResolvedPDFJS();
    const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_067);
  });
});

describe("readPdfText: limits and options", () => {
  const pdf = makeTextPdf(["En", "Två", "Tre", "Fyra"]);

  it("refuses a file over maxBytes before parsing, and takes one of exactly maxBytes", async () => {
    expect((await readPdfText(pdf, { maxBytes: pdf.length - 1 })).ok).toBe(false);
    expect(await readPdfText(pdf, { maxBytes: pdf.length - 1 })).toMatchObject({ ok: false, error: { code: "pdf_too_large", limit: pdf.length - 1 } });
    expect((await readPdfText(pdf, { maxBytes: pdf.length })).ok).toBe(true);
    // Not parsed: random bytes over the limit are too large, not malformed.
    expect(await readPdfText(new Uint8Array(2048), { maxBytes: 1024 })).toMatchObject({ ok: false, error: { code: "pdf_too_large" } });
  });

  it("refuses more than 20 MiB by default", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await readPdfText(big)).toMatchObject({ ok: false, error: { code: "pdf_too_large", limit: 20 * 1024 * 1024 } });
  });

  it("refuses more pages than maxPages, and takes exactly maxPages", async () => {
    expect(await readPdfText(pdf, { maxPages: 3 })).toMatchObject({ ok: false, error: { code: "pdf_too_many_pages", limit: 3 } });
    expect((await readPdfText(pdf, { maxPages: 4 })).ok).toBe(true);
  });

  it("refuses more than 200 pages by default", async () => {
    const pages = Array.from({ length: 201 }, (_, i) => `Sida ${i + 1}`);
    expect(await readPdfText(makeTextPdf(pages))).toMatchObject({ ok: false, error: { code: "pdf_too_many_pages", limit: 200 } });
    const read = await readPdfText(makeTextPdf(pages.slice(0, 200)));
    expect(read.ok && read.value.pages.length).toBe(200);
  });

  it.each([
    ["options", null],
    ["options", 5],
    ["options", "maxPages"],
    ["options.maxBytes", { maxBytes: 0 }],
    ["options.maxBytes", { maxBytes: -1 }],
    ["options.maxBytes", { maxBytes: 1.5 }],
    ["options.maxBytes", { maxBytes: Number.NaN }],
    ["options.maxBytes", { maxBytes: Number.POSITIVE_INFINITY }],
    ["options.maxBytes", { maxBytes: "1000" }],
    ["options.maxPages", { maxPages: 0 }],
    ["options.maxPages", { maxPages: 2.5 }],
    ["options.maxPages", { maxPages: null }],
    ["options", { get maxPages(): number { throw new Error("getter"); } }],
  ])("an invalid option → invalid_option at %s", async (field, options) => {
    expect(await readPdfText(pdf, options as never)).toMatchObject({ ok: false, error: { code: "invalid_option", field } });
  });

  it.each([["a string", "%PDF-1.4"], ["null", null], ["undefined", undefined], ["an array", [37, 80, 68, 70]], ["a DataView", new DataView(new ArrayBuffer(8))], ["an Int8Array", new Int8Array(8)], ["a Blob-like object", { byteLength: 10 }]])(
    "%s as data → invalid_input",
    async (_, data) => {
      expect(await readPdfText(data as never)).toMatchObject({ ok: false, error: { code: "invalid_input", field: "data" } });
    },
  );
});

describe("the pdf entry point's boundary", () => {
  const src = fileURLToPath(new URL("../", import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));

  it("nothing outside src/pdf imports src/pdf or unpdf, so the main entry does not load pdf.js", () => {
    const outside = files(src).filter((file) => !file.startsWith(join(src, "pdf")) && !file.endsWith(".test.ts"));
    for (const file of outside) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s+["'](unpdf|[./]+pdf(\/[\w.-]*)?)["']|import\(\s*["'](unpdf|[./]+pdf)/);
  });

  it("src/pdf imports no Node built-ins (it runs in browsers)", () => {
    const inside = files(join(src, "pdf")).filter((file) => !file.endsWith(".test.ts"));
    for (const file of inside) expect(readFileSync(file, "utf8"), file).not.toMatch(/from\s+["'](node:|fs|path|os|buffer)/);
  });
});
