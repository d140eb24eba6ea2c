import { afterEach, describe, expect, it, vi } from "vitest";
import { agreement, citizenPromiseDocument } from "@samverkan/test-utils";
import { AgreementSchema, CitizenPromiseDocumentSchema } from "../model/agreement.js";
import { defaultParsers as browserParsers } from "./default-parsers.browser.js";
import { defaultParsers } from "./default-parsers.js";
import { generatedChecker } from "./fast-code.js";
import { GENERATE_AT, fastParsers } from "./parsers.js";

afterEach(() => vi.restoreAllMocks());

describe("the validators' parsers", () => {
  it("ask zod at the first call, and from the second on only about the parts that failed", () => {
    // Read first: some zod versions make `safeParse` an own property at its first read, through a
    // getter on the prototype, which a spy must not be the first to call.
    void AgreementSchema.safeParse;
    void AgreementSchema.shape.title.safeParse;
    const whole = vi.spyOn(AgreementSchema, "safeParse");
    const title = vi.spyOn(AgreementSchema.shape.title, "safeParse");
    const { parse } = fastParsers(AgreementSchema, CitizenPromiseDocumentSchema);
    const doc = agreement();
    for (let i = 0; i < 3; i++) expect(parse(doc)).toEqual({ success: true, data: doc });
    expect(whole).toHaveBeenCalledTimes(1);
    const broken = parse({ ...doc, title: 7 });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: ["title"] })]);
    expect(whole).toHaveBeenCalledTimes(1);
    expect(title).toHaveBeenCalledTimes(1);
  });

  it("generate code for the check once, at the thousandth document, and give the same results after", () => {
    // The generated check, watched: it must be what checks every document from the thousandth on.
    const checks: ReturnType<typeof vi.fn>[] = [];
    const generate = vi.fn((schema: Parameters<typeof generatedChecker>[0]) => {
      const check = generatedChecker(schema);
      if (!check) return undefined;
      const watched = vi.fn(check);
      checks.push(watched);
      return watched;
    });
    const { parse } = fastParsers(AgreementSchema, CitizenPromiseDocumentSchema, generate);
    const doc = agreement();
    for (let i = 1; i < GENERATE_AT; i++) parse(doc);
    expect(generate).not.toHaveBeenCalled();
    expect(parse(doc)).toEqual({ success: true, data: doc });
    expect(generate).toHaveBeenCalledTimes(1);
    expect(checks).toHaveLength(1);
    for (let i = 0; i < 3; i++) expect(parse(doc)).toEqual({ success: true, data: doc });
    expect(parse({ ...doc, title: 7 }).error?.issues).toEqual(AgreementSchema.safeParse({ ...doc, title: 7 }).error?.issues);
    expect(checks[0]).toHaveBeenCalledTimes(5);
    expect(generate).toHaveBeenCalledTimes(1);
  });

  it("are the same in the browser build, which leaves the fast path out, as in Node's", () => {
    const promiseDoc = citizenPromiseDocument();
    const docs = [agreement(), { ...agreement(), title: "" }, { nope: true }, null];
    for (const parsers of [defaultParsers(), browserParsers()]) {
      for (let round = 0; round < 2; round++) {
        for (const doc of docs) {
          const expected = AgreementSchema.safeParse(doc);
          const actual = parsers.parse(doc);
          expect(actual.success).toBe(expected.success);
          if (expected.success) expect(actual.data).toStrictEqual(expected.data);
          else expect(actual.error?.issues).toEqual(expected.error.issues);
        }
        expect(parsers.parsePromise(promiseDoc)).toEqual(CitizenPromiseDocumentSchema.safeParse(promiseDoc));
      }
    }
  });
});
