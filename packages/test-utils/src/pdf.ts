// A small PDF writer for tests and benchmarks: PDF 1.4, uncompressed, with the standard Helvetica
// font in WinAnsiEncoding (so å ä ö Å Ä Ö é – are single bytes) and a correct cross-reference table.
// Plus the bad cases a PDF reader must survive: a page without text, an encrypted file, truncated
// bytes, a JavaScript OpenAction, a lying page count, a deeply nested object. No dependencies.

/**
 * How {@link makeTextPdf} writes its PDF.
 *
 * @example
 * const options: TextPdfOptions = { encrypt: true, fontSize: 12, leading: 16 };
 */
export interface TextPdfOptions {
  /**
   * Adds an `/Encrypt` dictionary (standard security handler, RC4 40-bit, revision 2) whose user
   * password is not empty, so a reader asks for a password. The content itself stays unencrypted:
   * without the password no reader gets that far.
   */
  readonly encrypt?: boolean;
  /** A JavaScript OpenAction (and the same script in the `/Names` JavaScript tree and a page action). */
  readonly openActionJavaScript?: string;
  /** The page count to declare in the page tree's `/Count`, instead of the real one. */
  readonly declaredPageCount?: number;
  /** Arrays nested this deep in an entry of the catalog (read as soon as the file is opened). */
  readonly nestedDepth?: number;
  /** Font size in points (default 11). */
  readonly fontSize?: number;
  /** Distance between baselines in points (default 14); an empty line leaves this much space. */
  readonly leading?: number;
}

const WIN_ANSI_HIGH: Readonly<Record<string, number>> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
  "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
  "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/** The line as a PDF literal string in WinAnsiEncoding (one char per byte); throws on a character WinAnsi lacks. */
function literal(line: string): string {
  let out = "(";
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\" || char === "(" || char === ")") out += `\\${char}`;
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) out += char;
    else if (WIN_ANSI_HIGH[char] !== undefined) out += String.fromCharCode(WIN_ANSI_HIGH[char]);
    else throw new RangeError(`makeTextPdf: U+${code.toString(16).toUpperCase().padStart(4, "0")} is not in WinAnsiEncoding`);
  }
  return `${out})`;
}

/** A PDF hex string of the bytes. */
const hex = (bytes: readonly number[]): string => `<${bytes.map((b) => b.toString(16).padStart(2, "0")).join("")}>`;

/** 32 fixed bytes that look like an RC4 result; no password (the empty one included) yields them. */
const opaque = (seed: number): number[] => Array.from({ length: 32 }, (_, i) => (seed * 131 + i * 97 + ((i * i) % 251)) & 0xff);

/**
 * Writes a PDF file from numbered objects. `objects[i]` is the body of object `i + 1` (without
 * `obj`/`endobj`), as a string of one char per byte. Returns the bytes, with the xref offsets right.
 *
 * @example
 * import { writePdf } from "@samverkan/test-utils";
 *
 * const blank = writePdf(
 *   ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"],
 *   "/Root 1 0 R",
 * );
 */
export function writePdf(objects: readonly string[], trailer: string): Uint8Array {
  let file = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(file.length);
    file += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, "0")} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(file.length);
  for (let i = 0; i < file.length; i++) bytes[i] = file.charCodeAt(i);
  return bytes;
}

/** A stream object's body. `data` is one char per byte. */
const stream = (data: string, dict = ""): string => `<< /Length ${data.length}${dict ? ` ${dict}` : ""} >>\nstream\n${data}\nendstream`;

/**
 * A valid PDF 1.4 with one A4 page per entry of `pages`, each line of an entry (split at `\n`) one
 * text line in Helvetica, from the top left, `leading` points apart. An empty line leaves a line's
 * space. Characters outside WinAnsiEncoding throw a `RangeError`.
 *
 * @example
 * import { makeTextPdf } from "@samverkan/test-utils";
 *
 * const bytes = makeTextPdf(["Samverkansöverenskommelse\nKävlinge kommun", "Sida två"]);
 * const locked = makeTextPdf(["Hemligt"], { encrypt: true });
 */
export function makeTextPdf(pages: readonly string[], options: TextPdfOptions = {}): Uint8Array {
  const { fontSize = 11, leading = 14 } = options;
  // 1 catalog, 2 page tree, 3 font, then a page and its content per page, then the extras.
  const objects: string[] = ["", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  const kids: string[] = [];
  const script = options.openActionJavaScript;
  const scriptRef = script === undefined ? undefined : 3 + pages.length * 2 + 1;
  for (const page of pages) {
    const pageRef = objects.length + 1;
    kids.push(`${pageRef} 0 R`);
    let content = `BT\n/F1 ${fontSize} Tf\n${leading} TL\n56 786 Td\n`;
    for (const line of page.split("\n")) content += line === "" ? "T*\n" : `${literal(line)} Tj\nT*\n`;
    content += "ET";
    const action = scriptRef === undefined ? "" : ` /AA << /O ${scriptRef} 0 R >>`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageRef + 1} 0 R${action} >>`,
    );
    objects.push(stream(content));
  }
  let catalog = "/Type /Catalog /Pages 2 0 R";
  if (script !== undefined) {
    objects.push(`<< /Type /Action /S /JavaScript /JS ${literal(script)} >>`);
    catalog += ` /OpenAction ${scriptRef} 0 R /Names << /JavaScript << /Names [(start) ${scriptRef} 0 R] >> >>`;
  }
  if (options.nestedDepth !== undefined) catalog += ` /Nested ${"[".repeat(options.nestedDepth)}1${"]".repeat(options.nestedDepth)}`;
  objects[0] = `<< ${catalog} >>`;
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${options.declaredPageCount ?? pages.length} >>`;
  const id = hex(opaque(7).slice(0, 16));
  let trailer = `/Root 1 0 R /ID [${id} ${id}]`;
  if (options.encrypt === true) {
    objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(opaque(1))} /U ${hex(opaque(2))} /P -3904 >>`);
    trailer += ` /Encrypt ${objects.length} 0 R`;
  }
  return writePdf(objects, trailer);
}

/**
 * A valid PDF whose pages hold only an image (a grey square) and no text: a scan without OCR.
 *
 * @example
 * import { makeImageOnlyPdf } from "@samverkan/test-utils";
 *
 * const scan = makeImageOnlyPdf(2);
 */
export function makeImageOnlyPdf(pageCount = 1): Uint8Array {
  const pixels = "\x20\x80\xc0\xff".repeat(4); // 4 × 4 DeviceGray, 8 bits a pixel
  const objects: string[] = ["<< /Type /Catalog /Pages 2 0 R >>", "", stream(pixels, "/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8")];
  const kids: string[] = [];
  for (let i = 0; i < pageCount; i++) {
    const pageRef = objects.length + 1;
    kids.push(`${pageRef} 0 R`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents ${pageRef + 1} 0 R >>`);
    objects.push(stream("q 480 0 0 700 56 70 cm /Im1 Do Q"));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pageCount} >>`;
  return writePdf(objects, "/Root 1 0 R");
}

/**
 * The first `fraction` of the bytes (default a half): a download that stopped part way.
 *
 * @example
 * import { makeTextPdf, truncatePdf } from "@samverkan/test-utils";
 *
 * const broken = truncatePdf(makeTextPdf(["Text"]), 0.3);
 */
export function truncatePdf(bytes: Uint8Array, fraction = 0.5): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/**
 * A text PDF with a JavaScript OpenAction (also in the document's JavaScript name tree and as a
 * page-open action). A reader that ran it would execute `script`.
 *
 * @example
 * import { makeScriptPdf } from "@samverkan/test-utils";
 *
 * const hostile = makeScriptPdf("globalThis.pwned = true;");
 */
export function makeScriptPdf(script: string, pages: readonly string[] = ["Överenskommelse med skript"]): Uint8Array {
  return makeTextPdf(pages, { openActionJavaScript: script });
}

/**
 * `count` damaged copies of a PDF, the same on every run: bytes overwritten at random places
 * (1 to 8 of them), and every third copy also cut short.
 *
 * @example
 * import { readPdfText } from "@samverkan/document/pdf";
 * import { damagedPdfs, makeTextPdf } from "@samverkan/test-utils";
 *
 * for (const damaged of damagedPdfs(makeTextPdf(["Text"]))) await readPdfText(damaged);
 */
export function damagedPdfs(bytes: Uint8Array, count = 60, seed = 20190101): Uint8Array[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const damaged = bytes.slice();
    for (let j = 0; j < 1 + (i % 8); j++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
    return i % 3 === 0 ? damaged.subarray(0, Math.floor(random() * damaged.length)) : damaged;
  });
}
