import { describe, expect, it } from "vitest";
import { documentText, pageLines, pageText, type PdfTextItem } from "./lines.js";

/** An upright item at baseline `y`, 11 pt. */
const at = (str: string, y: number, hasEOL = false, x = 56): PdfTextItem => ({ str, hasEOL, transform: [11, 0, 0, 11, x, y], height: 11 });

describe("pageText", () => {
  it("ends a line where pdf.js marks the end of a line", () => {
    expect(pageText([at("Första raden", 786, true), at("Andra raden", 772)])).toBe("Första raden\nAndra raden");
  });

  it("ends a line where the baseline moves, when pdf.js does not mark it", () => {
    expect(pageText([at("Polisen", 786), at("Kommunen", 772)])).toBe("Polisen\nKommunen");
  });

  it("keeps items on one baseline on one line, and a small raise (a footnote mark) too", () => {
    expect(pageText([at("Kävlinge", 786), at(" ", 786), at("kommun", 786, false, 120), at("1", 789, false, 160)])).toBe("Kävlinge kommun1");
  });

  it("makes a paragraph gap a blank line, relative to the page's line spacing", () => {
    const items = [at("a", 786, true), at("b", 772, true), at("c", 744, true), at("d", 730, true), at("e", 716)];
    expect(pageText(items)).toBe("a\nb\n\nc\nd\ne");
    // Spacing of 20 points everywhere: no gap stands out, no blank lines.
    expect(pageText([at("a", 786, true), at("b", 766, true), at("c", 746)])).toBe("a\nb\nc");
  });

  it("does not start a line with an end-of-line item or leading spaces, and drops empty lines", () => {
    expect(pageText([at("", 786, true), at(" ", 786), at("Text", 772, true), at("", 758, true), at("Mer", 744)])).toBe("Text\nMer");
  });

  it("removes control characters and trailing spaces and composes ä from a + diaeresis", () => {
    expect(pageText([at("Ka\u0308vlinge \f\u0000  ", 786, true), at("a\tb", 772)])).toBe("Kävlinge\na\tb");
  });

  it("uses the marked line ends alone for rotated text", () => {
    const rotated = (str: string, x: number, hasEOL: boolean): PdfTextItem => ({ str, hasEOL, transform: [0, 11, -11, 0, x, 100], height: 11 });
    expect(pageText([rotated("upp", 100, true), rotated("och", 114, false), rotated("ner", 128, false)])).toBe("upp\nochner");
  });

  it("is empty for a page without text", () => {
    expect(pageText([])).toBe("");
    expect(pageText([at(" ", 786, true), at("", 772, true)])).toBe("");
  });
});

describe("documentText", () => {
  it("measures the line spacing over the document, so a page of one-line paragraphs keeps its blank lines", () => {
    const body = pageLines([at("Brödtext", 786, true), at("fortsätter", 772, true), at("här", 758)]);
    const signatures = pageLines([at("Pia Almström", 786, true), at("Kommunstyrelsens ordförande", 758, true), at("Patrik Ahrlin", 730)]);
    expect(documentText([body, signatures])).toEqual(["Brödtext\nfortsätter\nhär", "Pia Almström\n\nKommunstyrelsens ordförande\n\nPatrik Ahrlin"]);
    // On its own the signature page has no ordinary line break to compare with.
    expect(documentText([signatures])).toEqual(["Pia Almström\nKommunstyrelsens ordförande\nPatrik Ahrlin"]);
  });

  it("takes the smallest full line gap when paragraph gaps are most of the gaps", () => {
    const page = pageLines([at("a", 786, true), at("b", 772, true), at("c", 744, true), at("d", 716, true), at("e", 688, true), at("f", 660)]);
    expect(documentText([page])).toEqual(["a\nb\n\nc\n\nd\n\ne\n\nf"]);
  });
});
