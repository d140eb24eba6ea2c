// The benchmark's corpus at real sizes (bench/real-corpus.ts): the targets of issue 13 are judged on
// it, so it must be what it claims: the real documents, all valid, at their real sizes; invalid
// copies that fail with the issue each defect must produce, split between ajv and the rules as the
// defects say; the same seed, the same corpus; and no copy shared between two places.
import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { compileAjv } from "../bench/ajv.js";
import { documentBytes } from "../bench/generate.js";
import { realDocuments, realSizeCorpus } from "../bench/real-corpus.js";

const accepts = (d: unknown) => validateAgreement(d).ok;
const corpus = realSizeCorpus({ seed: 7, valid: 90, invalid: 60 }, accepts);

describe("realSizeCorpus", () => {
  it("repeats every real document, each valid, as objects of their own", () => {
    const real = realDocuments();
    expect(real.length).toBeGreaterThanOrEqual(29);
    expect(corpus.sources).toBe(real.length);
    expect(corpus.valid).toHaveLength(90);
    expect(corpus.valid[0]).toEqual(real[0]!.document);
    expect(corpus.valid[real.length]).toEqual(real[0]!.document);
    expect(corpus.valid[real.length]).not.toBe(corpus.valid[0]);
    expect(corpus.valid.filter((d) => !accepts(d))).toEqual([]);
  });

  it("has the sizes of real agreements: a median of a few kilobytes, none over 50 KB", () => {
    const sizes = realDocuments()
      .map((r) => documentBytes(r.document as never))
      .sort((a, b) => a - b);
    const median = sizes[sizes.length >> 1]!;
    expect(median).toBeGreaterThan(2 * 1024);
    expect(median).toBeLessThan(8 * 1024);
    expect(sizes.at(-1)).toBeLessThan(50 * 1024);
  });

  it("makes invalid copies that fail with each defect's issue, ajv seeing only the structural ones", () => {
    const ajv = compileAjv(true);
    expect(corpus.invalid).toHaveLength(60);
    corpus.invalid.forEach((doc, i) => {
      const defects = corpus.defects[i]!;
      expect(defects.length).toBeGreaterThanOrEqual(1);
      const result = validateAgreement(doc);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      // A document whose shape is wrong never reaches the rules: only the structural defects show.
      const structural = defects.some((d) => d.kind === "structural");
      for (const defect of defects.filter((d) => d.kind === (structural ? "structural" : "semantic"))) {
        const found = result.issues.some((issue) => issue.code === defect.code && (defect.path === undefined || JSON.stringify(issue.path) === JSON.stringify(defect.path)));
        expect(found, `invalid[${i}]: ${defect.name} should give ${defect.code} at ${defect.path?.join(".")}`).toBe(true);
      }
      expect(ajv.validate(doc)).toBe(!structural);
    });
  });

  it("gives the same corpus for the same seed, another for another", () => {
    expect(realSizeCorpus({ seed: 7, valid: 90, invalid: 60 }, accepts)).toEqual(corpus);
    expect(realSizeCorpus({ seed: 8, valid: 90, invalid: 60 }, accepts).defects).not.toEqual(corpus.defects);
  });
});
