import { describe, expectTypeOf, it } from "vitest";
import type { Obligation } from "@samverkan/core";
import { obligationUid, toICalendar, type CalendarExportError, type CalendarExportErrorCode, type CalendarOptions } from "@samverkan/calendar";

describe("the public types of @samverkan/calendar", () => {
  it("takes obligations and options and gives text", () => {
    expectTypeOf(toICalendar).parameters.toEqualTypeOf<[readonly Obligation[], CalendarOptions?]>();
    expectTypeOf(toICalendar).returns.toEqualTypeOf<string>();
    expectTypeOf(obligationUid).toEqualTypeOf<(id: string) => string>();
  });

  it("has options of known values only", () => {
    expectTypeOf<CalendarOptions["locale"]>().toEqualTypeOf<"sv" | "en" | undefined>();
    expectTypeOf<CalendarOptions["span"]>().toEqualTypeOf<"date" | "window" | undefined>();
    // @ts-expect-error: no Finnish catalogue
    toICalendar([], { locale: "fi" });
    // @ts-expect-error: the stamp is a Date
    toICalendar([], { stamp: "2025-01-01T00:00:00Z" });
  });

  it("codes its errors", () => {
    expectTypeOf<CalendarExportError["code"]>().toEqualTypeOf<CalendarExportErrorCode>();
    expectTypeOf<CalendarExportErrorCode>().toEqualTypeOf<"invalid_input" | "invalid_obligation" | "duplicate_obligation_id" | "invalid_option">();
  });
});
