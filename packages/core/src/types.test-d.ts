import { describe, expectTypeOf, it } from "vitest";
import {
  validateAgreement,
  assertValidAgreement,
  type Agreement,
  type AgreementDocument,
  type AgreementSet,
  type CitizenPromiseDocument,
  type DocumentType,
  type Cadence,
  type Issue,
  type IssueCode,
  type Obligation,
  type ObligationSchema,
  type RuleCode,
  type ValidateOptions,
} from "@samverkan/core";
import { compileAgreementValidator } from "@samverkan/core/compiled";
import type * as z from "zod/mini";

/** A type with every `readonly` taken off, arrays included: what zod infers for a shape. */
type Writable<T> = T extends readonly (infer U)[] ? Writable<U>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

describe("public types", () => {
  it("narrows the result on ok", () => {
    const result = validateAgreement({});
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<AgreementDocument>();
      expectTypeOf(result.warnings).toEqualTypeOf<readonly Issue[]>();
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
      // @ts-expect-error: no value on failure
      void result.value;
    }
  });

  it("narrows params on the issue code", () => {
    const issue = {} as Issue;
    if (issue.code === "too_big") expectTypeOf(issue.params.maximum).toEqualTypeOf<number>();
    if (issue.code === "invalid_type") expectTypeOf(issue.params).toEqualTypeOf<{ expected: string; received: string }>();
  });

  it("infers the model from the schemas", () => {
    expectTypeOf<Agreement["structure"]["type"]>().toEqualTypeOf<"single" | "strategic" | "local" | "framework">();
    expectTypeOf<Extract<Cadence, { type: "every_n_years" }>["years"]>().toEqualTypeOf<number>();
    expectTypeOf<Agreement["parties"]["municipalities"][number]["code"]>().toEqualTypeOf<string>();
  });

  it("accepts severity overrides for rule codes only", () => {
    expectTypeOf<RuleCode>().toExtend<IssueCode>();
    const ok: ValidateOptions = { severity: { missing_cadence: "off", party_without_signatory: "error" } };
    void ok;
    // @ts-expect-error: shape issues cannot be lowered
    const bad: ValidateOptions = { severity: { missing_field: "off" } };
    void bad;
  });

  it("gives the compiled validator the same contract", () => {
    expectTypeOf(compileAgreementValidator().validate).toEqualTypeOf(validateAgreement);
  });

  it("narrows value to the document type asked for with { type }", () => {
    for (const validate of [validateAgreement, compileAgreementValidator().validate]) {
      const single = validate({}, { type: "agreement" });
      if (single.ok) expectTypeOf(single.value).toEqualTypeOf<Agreement>();
      const set = validate({}, { type: "agreement_set", severity: { contact_missing: "off" } });
      if (set.ok) expectTypeOf(set.value).toEqualTypeOf<AgreementSet>();
      const promise = validate({}, { type: "citizen_promise" });
      if (promise.ok) expectTypeOf(promise.value).toEqualTypeOf<CitizenPromiseDocument>();
      const options: ValidateOptions = {};
      const any = validate({}, options);
      if (any.ok) expectTypeOf(any.value).toEqualTypeOf<AgreementDocument>();
      // @ts-expect-error: "set" is not a document type
      validate({}, { type: "set" });
    }
    expectTypeOf(assertValidAgreement({}, { type: "agreement" })).toEqualTypeOf<Agreement>();
    expectTypeOf(assertValidAgreement({})).toEqualTypeOf<AgreementDocument>();
    expectTypeOf<DocumentType>().toEqualTypeOf<AgreementDocument["type"]>();
  });

  it("checks obligations with a schema of exactly their shape", () => {
    expectTypeOf<z.infer<typeof ObligationSchema>>().toEqualTypeOf<Writable<Obligation>>();
  });
});
