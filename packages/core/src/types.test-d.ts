import { describe, expectTypeOf, it } from "vitest";
import {
  validateAgreement,
  type Agreement,
  type AgreementDocument,
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

  it("checks obligations with a schema of exactly their shape", () => {
    expectTypeOf<z.infer<typeof ObligationSchema>>().toEqualTypeOf<Writable<Obligation>>();
  });
});
