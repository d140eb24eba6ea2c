// The benchmark corpus generator (bench/generate.ts): what it makes must be what the benchmark
// claims to measure. Valid documents validate, invalid ones fail with the issue each defect must
// produce, every document is 5–50 KB, and the same seed gives the same corpus.
import { describe, expect, it } from "vitest";
import { validateAgreement } from "@samverkan/core";
import { compileAjv } from "../bench/ajv.js";
import { MAX_BYTES, MIN_BYTES, documentBytes, generateAgreements } from "../bench/generate.js";

const SEED = 20250207;
const corpus = generateAgreements({ seed: SEED, valid: 50, invalid: 50 });

describe("generateAgreements", () => {
  it("makes as many documents as asked", () => {
    expect(corpus.valid).toHaveLength(50);
    expect(corpus.invalid).toHaveLength(50);
    expect(corpus.defects).toHaveLength(50);
  });

  it("makes valid documents that validateAgreement accepts", () => {
    const rejected = corpus.valid.flatMap((doc, i) => {
      const result = validateAgreement(doc);
      return result.ok ? [] : [{ i, issues: result.issues }];
    });
    expect(rejected).toEqual([]);
  });

  it("makes realistic valid documents: 1–6 real kommuner, every part of the model in use", () => {
    const counts = corpus.valid.map((doc) => doc.parties.municipalities.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(new Set(counts).size).toBeGreaterThan(2);
    for (const doc of corpus.valid) {
      expect(doc.forums?.length).toBeGreaterThan(0);
      expect(doc.focusAreas?.length).toBeGreaterThan(0);
      expect(doc.goals?.length).toBeGreaterThan(0);
      expect(doc.plans?.some((p) => p.activities?.length)).toBe(true);
      expect(doc.followUps?.length).toBeGreaterThan(0);
      expect(doc.contacts?.length).toBeGreaterThan(0);
      expect(doc.signatories?.length).toBe(doc.parties.municipalities.length + 1);
    }
    expect(corpus.valid.some((doc) => doc.citizenPromises?.some((p) => (p.commitments?.length ?? 0) > 0))).toBe(true);
    expect(new Set(corpus.valid.map((doc) => doc.validity.end.type))).toEqual(new Set(["date", "year", "open_ended"]));
  });

  it("makes invalid documents with 1–3 defects, structural and semantic mixed", () => {
    for (const defects of corpus.defects) {
      expect(defects.length).toBeGreaterThanOrEqual(1);
      expect(defects.length).toBeLessThanOrEqual(3);
      expect(new Set(defects.map((d) => d.name)).size).toBe(defects.length);
    }
    const kinds = corpus.defects.map((defects) => new Set(defects.map((d) => d.kind)));
    expect(kinds.some((k) => k.has("structural") && !k.has("semantic"))).toBe(true);
    expect(kinds.some((k) => k.has("semantic") && !k.has("structural"))).toBe(true);
    expect(kinds.some((k) => k.has("semantic") && k.has("structural"))).toBe(true);
  });

  it("makes invalid documents that fail, each with the issue its defects must produce", () => {
    corpus.invalid.forEach((doc, i) => {
      const defects = corpus.defects[i]!;
      const result = validateAgreement(doc);
      expect(result.ok, `invalid[${i}] (${defects.map((d) => d.name).join(", ")})`).toBe(false);
      if (result.ok) return;
      // A document whose shape is wrong never reaches the rules: only the structural defects show.
      const structural = defects.some((d) => d.kind === "structural");
      for (const defect of defects.filter((d) => d.kind === (structural ? "structural" : "semantic"))) {
        const found = result.issues.some(
          (issue) => issue.code === defect.code && (defect.path === undefined || JSON.stringify(issue.path) === JSON.stringify(defect.path)),
        );
        expect(found, `invalid[${i}]: ${defect.name} should give ${defect.code} at ${defect.path?.join(".")}`).toBe(true);
      }
    });
  });

  it("uses every kind of defect, given enough documents", () => {
    const names = new Set(generateAgreements({ seed: SEED, valid: 0, invalid: 150 }).defects.flat().map((d) => d.name));
    expect([...names].sort()).toEqual(
      [
        "dangling_party_id",
        "duplicate_id",
        "end_before_start",
        "impossible_date",
        "missing_title",
        "short_municipality_code",
        "signature_after_validity",
        "unknown_enum_value",
        "unknown_key",
        "unknown_municipality_code",
        "wrong_type",
      ].sort(),
    );
  });

  it("sizes every document 5–50 KB", () => {
    for (const doc of [...corpus.valid, ...corpus.invalid]) {
      const bytes = documentBytes(doc);
      expect(bytes).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
    const sizes = corpus.valid.map(documentBytes);
    // Spread over the range, not bunched at one end.
    expect(Math.min(...sizes)).toBeLessThan(10 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(30 * 1024);
  });

  it("is deterministic: the same seed gives the same corpus, another seed another", () => {
    const again = generateAgreements({ seed: SEED, valid: 50, invalid: 50 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus));
    const other = generateAgreements({ seed: SEED + 1, valid: 5, invalid: 5 });
    expect(JSON.stringify(other.valid)).not.toBe(JSON.stringify(corpus.valid.slice(0, 5)));
  });

  it("makes document i the same whatever the corpus size", () => {
    const small = generateAgreements({ seed: SEED, valid: 5, invalid: 5 });
    expect(small.valid).toEqual(corpus.valid.slice(0, 5));
    expect(small.invalid).toEqual(corpus.invalid.slice(0, 5));
  });

  it("agrees with the shipped JSON Schema: ajv accepts the valid and the semantically invalid, rejects the structural", () => {
    const { validate } = compileAjv(true);
    corpus.valid.forEach((doc, i) => expect(validate(doc), `valid[${i}]`).toBe(true));
    corpus.invalid.forEach((doc, i) => {
      const structural = corpus.defects[i]!.some((d) => d.kind === "structural");
      expect(validate(doc), `invalid[${i}]`).toBe(!structural);
    });
  });
});
