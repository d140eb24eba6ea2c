import { describe, expectTypeOf, it } from "vitest";
import type { Issue, Obligation } from "@samverkan/core";
import { obligationUid, toICalendar, type CalendarOptions, type CalendarResult } from "@samverkan/calendar";

describe("the public types of @samverkan/calendar", () => {
  it("takes obligations and options and gives a result", () => {
    expectTypeOf(toICalendar).parameters.toEqualTypeOf<[readonly Obligation[], CalendarOptions?]>();
    expectTypeOf(toICalendar).returns.toEqualTypeOf<CalendarResult>();
    expectTypeOf(obligationUid).toEqualTypeOf<(id: string) => string>();
  });

  it("narrows the result on ok: the text, or core's issues", () => {
    const result = toICalendar([]);
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<string>();
    else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
      // @ts-expect-error: no text on failure
      void result.value;
    }
  });

  it("has options of known values only", () => {
    expectTypeOf<CalendarOptions["locale"]>().toEqualTypeOf<"sv" | "en" | undefined>();
    expectTypeOf<CalendarOptions["span"]>().toEqualTypeOf<"date" | "window" | undefined>();
    // @ts-expect-error: no Finnish catalogue
    toICalendar([], { locale: "fi" });
    // @ts-expect-error: the stamp is a Date
    toICalendar([], { stamp: "2025-01-01T00:00:00Z" });
  });
});
