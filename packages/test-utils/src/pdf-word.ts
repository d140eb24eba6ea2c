import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";

const require = createRequire(import.meta.url);

/**
 * A PDF laid out the way a word processor exports an agreement: an embedded, subset TrueType font
 * (DejaVu Sans, with a bold face for headings), text placed word by word at measured positions,
 * A4 pages with margins. pdf.js reads such a file through its font program and ToUnicode map, as it
 * reads the agreements kommuner publish; {@link makeTextPdf}'s standard-font files are the fastest
 * PDFs there are and stand for none of them.
 *
 * @param pages - each page's text, lines separated by "\n" (as `seedPages` gives them)
 * @example
 * import { makeWordLikePdf, seedPages } from "@samverkan/test-utils";
 *
 * const bytes = await makeWordLikePdf(seedPages("kavlinge-2019-2022", 10));
 */
export async function makeWordLikePdf(pages: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  const regular = await doc.embedFont(font("DejaVuSans.ttf"), { subset: true });
  const bold = await doc.embedFont(font("DejaVuSans-Bold.ttf"), { subset: true });
  doc.setTitle("Samverkansöverenskommelse");
  for (const text of pages) {
    const page = doc.addPage([595.28, 841.89]);
    let y = 790;
    for (const line of text.split("\n")) {
      // A heading: a short line without a full stop, in bold.
      const heading = line.length > 0 && line.length <= 60 && !/[.,:;]$/u.test(line);
      const face = heading ? bold : regular;
      let x = 70;
      for (const word of line.split(" ").filter(Boolean)) {
        page.drawText(word, { x, y, size: 10.5, font: face, color: rgb(0, 0, 0) });
        x += face.widthOfTextAtSize(`${word} `, 10.5);
      }
      y -= 15;
    }
  }
  return doc.save({ useObjectStreams: true });
}
