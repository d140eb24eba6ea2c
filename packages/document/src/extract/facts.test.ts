// How facts compare (sameFact, per kind) and how a list of facts found is scored against the
// expected ones (scoreFacts: one-to-one, recall and precision).
import { describe, expect, it } from "vitest";
import { FACT_KINDS, FACT_LABELS, normalizeFactText, sameFact, scoreFacts, type Fact, type FactKind } from "./facts.js";

const f = (kind: FactKind, value: string): Fact => ({ kind, value });

describe("sameFact", () => {
  it.each<FactKind>(["kommun", "start", "end", "forumCadence", "followUp", "signingDate"])("%s: codes compare exactly", (kind) => {
    expect(sameFact(kind, "1261", "1261")).toBe(true);
    expect(sameFact(kind, "2019", "2019-01")).toBe(false);
    expect(sameFact(kind, "1261", "1261 ")).toBe(false);
    expect(sameFact(kind, "weekly", "Weekly")).toBe(false);
    expect(sameFact(kind, "every_n_weeks:2", "every_n_weeks:3")).toBe(false);
  });

  it("reference: equal up to spaces and case", () => {
    expect(sameFact("reference", "KSN-2014-1450", "ksn-2014-1450")).toBe(true);
    expect(sameFact("reference", "KS 2019/123", "KS2019/123")).toBe(true);
    expect(sameFact("reference", "KS 2019 / 123", "ks2019/123")).toBe(true);
    expect(sameFact("reference", "KSN-2014-1450", "KSN 2014 1450")).toBe(false);
    expect(sameFact("reference", "KSN-2014-1450", "KSN-2014-1451")).toBe(false);
    expect(sameFact("reference", "KS 2019/123", "KS 2019/123 A")).toBe(false);
  });

  it.each<FactKind>(["police", "forum", "focusArea", "deliverable", "decisionBody", "signatory", "signatoryRole", "signingPlace"])(
    "%s: names equal once normalised, or one inside the other as whole words",
    (kind) => {
      expect(sameFact(kind, "EST", "Effektiv samordning för trygghet (EST)")).toBe(true);
      expect(sameFact(kind, "Effektiv samordning för trygghet (EST)", "EST")).toBe(true);
      expect(sameFact(kind, "Rådet för trygghet", "rådet  för trygghet.")).toBe(true);
      expect(sameFact(kind, "LPO Kävlinge", "Lokalpolisområde Kävlinge")).toBe(true);
      // Swedish endings aside ("strategiska samverkansgruppen" is the "Central strategisk samverkansgrupp").
      expect(sameFact(kind, "strategiska samverkansgruppen", "Central strategisk samverkansgrupp")).toBe(true);
      // Whole words only: "ES" is no word of it, "samverkan" none of "Rådet för samverkansfrågor".
      expect(sameFact(kind, "ES", "Effektiv samordning för trygghet (EST)")).toBe(false);
      expect(sameFact(kind, "samverkan", "Rådet för samverkansfrågor")).toBe(false);
      expect(sameFact(kind, "Trygghet", "Brottsförebyggande arbete")).toBe(false);
      // An empty name is inside every name, but names nothing.
      expect(sameFact(kind, "", "Rådet för trygghet")).toBe(false);
      expect(sameFact(kind, "()", "Rådet för trygghet")).toBe(false);
    },
  );

  it.each<FactKind>(["commitment", "citizenPromise"])("%s: sentences equal once normalised, or sharing at least 80% of the longer one's words", (kind) => {
    const ten = "Polisen ska genomföra fler trygghetsvandringar i centrum under året tillsammans";
    expect(ten.split(" ")).toHaveLength(10);
    expect(sameFact(kind, ten, `${ten.toUpperCase()}!`)).toBe(true);
    // 8 of the longer one's 10 words: the same.
    expect(sameFact(kind, ten, "Polisen ska genomföra fler trygghetsvandringar i centrum under")).toBe(true);
    expect(sameFact(kind, ten, "Polisen ska genomföra fler trygghetsvandringar i centrum under nästa vecka")).toBe(true);
    // 7 of 10: not.
    expect(sameFact(kind, ten, "Polisen ska genomföra fler trygghetsvandringar i centrum")).toBe(false);
    expect(sameFact(kind, ten, "Kommunen ska genomföra färre trygghetsvandringar i hamnen under året ensam")).toBe(false);
    // Word order does not matter; repeated words count as often as they occur.
    expect(sameFact(kind, "a b c d e", "e d c b a")).toBe(true);
    expect(sameFact(kind, "a a a a a", "a b c d e")).toBe(false);
    // Containment is not enough for a sentence.
    expect(sameFact(kind, "Polisen ska", ten)).toBe(false);
  });

  it("a commitment's side is one of its words", () => {
    expect(sameFact("commitment", "joint: ta fram en gemensam lägesbild varje år", "joint: ta fram en gemensam lägesbild varje år.")).toBe(true);
    expect(sameFact("commitment", "police: ta fram en lägesbild", "municipality: ordna ett möte")).toBe(false);
  });

  it("a list item of several sentences is the one that opens with the same sentence (of five words or more)", () => {
    const opening = "Polisen ska genomföra trygghetsvandringar i centrum.";
    expect(sameFact("commitment", opening, `${opening} Vandringarna planeras tillsammans med kommunen, föreningslivet och fastighetsägarna i området.`)).toBe(true);
    expect(sameFact("commitment", "Polisen ska vandra.", "Polisen ska vandra. Vandringarna planeras tillsammans med kommunen och föreningslivet.")).toBe(false);
  });
});

describe("normalizeFactText", () => {
  it("lowers case, keeps Swedish letters, drops punctuation and extra space, reads LPO", () => {
    expect(normalizeFactText("  Rådet för Trygghet (RÅT)!  ")).toBe("rådet för trygghet råt");
    expect(normalizeFactText("LPO Järva")).toBe("lokalpolisområde järva");
    expect(normalizeFactText("lpo-Järva")).toBe("lokalpolisområde järva");
    expect(normalizeFactText("e\u0301n")).toBe("én");
  });
});

describe("scoreFacts", () => {
  it("matches each expected fact to at most one found fact", () => {
    const two = scoreFacts([f("kommun", "1261"), f("kommun", "1261")], [f("kommun", "1261")]);
    expect(two.matched).toBe(1);
    expect(two.missed).toEqual([f("kommun", "1261")]);
    expect(two.invented).toEqual([]);
    expect(two.recall).toBe(0.5);
    expect(two.precision).toBe(1);

    const once = scoreFacts([f("kommun", "1261")], [f("kommun", "1261"), f("kommun", "1261")]);
    expect(once.matched).toBe(1);
    expect(once.invented).toEqual([f("kommun", "1261")]);
    expect(once.recall).toBe(1);
    expect(once.precision).toBe(0.5);
  });

  it("matches only facts of the same kind", () => {
    const score = scoreFacts([f("start", "2019")], [f("end", "2019")]);
    expect(score.matched).toBe(0);
    expect(score.missed).toEqual([f("start", "2019")]);
    expect(score.invented).toEqual([f("end", "2019")]);
    expect(score.recall).toBe(0);
    expect(score.precision).toBe(0);
  });

  it("computes recall and precision", () => {
    const expected = [f("kommun", "1261"), f("start", "2019"), f("end", "2022"), f("forum", "Rådet för trygghet")];
    const found = [f("kommun", "1261"), f("start", "2019"), f("forum", "rådet för trygghet"), f("signingPlace", "Kävlinge"), f("end", "2023")];
    const score = scoreFacts(expected, found);
    expect(score.matched).toBe(3);
    expect(score.missed).toEqual([f("end", "2022")]);
    expect(score.invented).toEqual([f("signingPlace", "Kävlinge"), f("end", "2023")]);
    expect(score.recall).toBe(3 / 4);
    expect(score.precision).toBe(3 / 5);
  });

  it("handles the empty cases", () => {
    expect(scoreFacts([], [])).toEqual({ matched: 0, missed: [], invented: [], recall: 1, precision: 1 });
    expect(scoreFacts([], [f("kommun", "1261")])).toEqual({ matched: 0, missed: [], invented: [f("kommun", "1261")], recall: 1, precision: 0 });
    expect(scoreFacts([f("kommun", "1261")], [])).toEqual({ matched: 0, missed: [f("kommun", "1261")], invented: [], recall: 0, precision: 1 });
  });

  it("scores a list against itself as perfect, for every kind", () => {
    const facts = FACT_KINDS.map((kind) => f(kind, kind === "commitment" ? "joint: samverka kring trygghet" : `${kind}-värde`));
    expect(scoreFacts(facts, facts)).toMatchObject({ matched: facts.length, missed: [], invented: [], recall: 1, precision: 1 });
    expect(scoreFacts(facts, [...facts].reverse())).toMatchObject({ matched: facts.length, recall: 1, precision: 1 });
  });

  it("does not change its arguments", () => {
    const expected = Object.freeze([Object.freeze(f("kommun", "1261"))]);
    const found = Object.freeze([Object.freeze(f("kommun", "1261")), Object.freeze(f("kommun", "1262"))]);
    expect(() => scoreFacts(expected, found)).not.toThrow();
    expect(found).toHaveLength(2);
  });

  // Found by the fuzz run (`pnpm fuzz --only document:scoreFacts --index 406`): a hole passed the
  // check (`every` skips holes) and was then read as a fact.
  it("refuses a list with a hole, with its coded error", () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const holed = [f("kommun", "1261"), , f("kommun", "1262")] as Fact[];
    for (const [expected, found, name] of [[holed, [f("kommun", "1261")], "expected"], [[f("kommun", "1261")], holed, "found"]] as const) {
      const error = (() => {
        try {
          scoreFacts(expected, found);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toMatchObject({ code: "invalid_argument", functionName: "scoreFacts", parameter: name });
    }
  });

  it("reads a list's length once: a list that grows as it is read is walked no further than its first length", () => {
    let lengthReads = 0;
    let itemReads = 0;
    const growing = new Proxy([f("kommun", "1261")], {
      get(target, key, receiver) {
        if (key === "length") return ++lengthReads;
        if (typeof key === "string" && /^\d+$/.test(key)) itemReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const score = scoreFacts([f("kommun", "1261")], growing);
    expect(lengthReads).toBe(1);
    expect(itemReads).toBe(1);
    expect(score).toMatchObject({ matched: 1, recall: 1, precision: 1 });
  });

  it("reads each fact once: a getter that changes its answer does not change the score or throw", () => {
    let reads = 0;
    const fickle = {
      get kind() {
        reads++;
        return reads === 1 ? "kommun" : undefined;
      },
      value: "1261",
    } as unknown as Fact;
    const score = scoreFacts([f("kommun", "1261")], [fickle]);
    expect(reads).toBe(1);
    expect(score).toMatchObject({ matched: 1, invented: [], recall: 1, precision: 1 });
    expect(score.missed).toEqual([]);
  });
});

describe("FACT_LABELS", () => {
  it("names every kind, in both languages, with the words explainExtraction's report uses", () => {
    for (const lang of ["sv", "en"] as const) {
      expect(Object.keys(FACT_LABELS[lang])).toEqual([...FACT_KINDS]);
      const names = FACT_KINDS.map((kind) => FACT_LABELS[lang][kind]);
      expect(names.every((name) => name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(FACT_LABELS.sv.signingDate).toBe("Datum");
    expect(FACT_LABELS.en.police).toBe("Police");
  });
});
