// The writer against the one it replaced: toICalendar as it was through version 0.x, on
// ical-generator 10.2.0 (now a dev dependency, kept as this oracle), must give the same bytes on
// the seeds, on generated portfolios and on random text. docs/decisions.md, 30, says why the
// writer is our own.
import { ICalCalendar, ICalEventTransparency } from "ical-generator";
import { describe, expect, it } from "vitest";
import { assertValidAgreement, scheduleObligations, type Agreement, type AgreementSet, type Locale, type Obligation } from "@samverkan/core";
import { schedulePortfolio } from "@samverkan/kommuner";
import { generateAgreements, loadSeed, mulberry32, seedNames } from "@samverkan/test-utils";
import { toICalendar, type CalendarOptions } from "@samverkan/calendar";
import { describe as describeObligation } from "./describe.js";
import { obligation } from "./obligations.fixtures.js";
import { obligationUid } from "./uid.js";
import { STOCKHOLM_VTIMEZONE } from "./vtimezone.generated.js";

/** The export as it was written with ical-generator 10.2.0, the time zone spliced in before the first event. */
function oracle(obligations: readonly Obligation[], options: CalendarOptions = {}): string {
  const { locale = "sv", span = "date", name, prodId = "-//samverkan//calendar//SV", stamp = new Date(0) } = options;
  const clean = (text: string) => text.replace(/(?![\t\n\r])\p{Cc}/gu, "");
  const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
  const utcMidnight = (date: string, days = 0) => {
    const d = new Date(0);
    d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
    return d;
  };
  const calendar = new ICalCalendar({ prodId: escapeText(prodId).replace(/^-/, "") });
  if (name !== undefined && clean(name) !== "") calendar.name(escapeText(clean(name)));
  for (const o of obligations) {
    calendar.createEvent({
      id: obligationUid(o.id),
      allDay: true,
      start: utcMidnight(span === "window" ? o.window.start : o.date),
      end: utcMidnight(span === "window" ? o.window.end : o.date, 1),
      stamp,
      summary: clean(o.title[locale]),
      description: clean(describeObligation(o, locale as Locale, span)),
      categories: [{ name: o.kind }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const ics = calendar.toString();
  const event = ics.indexOf("\r\nBEGIN:VEVENT\r\n");
  const at = (event >= 0 ? event : ics.lastIndexOf("\r\nEND:VCALENDAR")) + 2;
  return `${ics.slice(0, at)}X-WR-TIMEZONE:Europe/Stockholm\r\n${STOCKHOLM_VTIMEZONE}\r\n${ics.slice(at)}\r\n`;
}

function ours(obligations: readonly Obligation[], options?: CalendarOptions): string {
  const result = toICalendar(obligations, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join(", "));
  return result.value;
}

const variants: CalendarOptions[] = [
  {},
  { locale: "en", span: "window", stamp: new Date("2025-06-01T12:34:56.789Z") },
  { name: "Östra Göinge, 2025; samverkan\\del 1\nrad två\u0007 med en lång rad som måste vikas någonstans efter sjuttiofem", prodId: "//Kommun//Planering, ett; två//SV" },
  { name: "\u0001\u0002", prodId: "--x" },
];

// The old writer takes about a millisecond an event (that is why it went): room for a loaded machine.
describe("toICalendar gives the bytes ical-generator gave", { timeout: 60_000 }, () => {
  it.each(seedNames)("for the seed %s", (seed) => {
    const schedule = scheduleObligations(assertValidAgreement(loadSeed(seed)) as Agreement | AgreementSet, { window: { from: "2016-01-01", to: "2030-12-31" } });
    if (!schedule.ok) throw new Error(seed);
    for (const options of variants) expect(ours(schedule.obligations, options)).toBe(oracle(schedule.obligations, options));
  });

  it("for a generated portfolio of 20 agreements over two years", () => {
    const portfolio = schedulePortfolio(generateAgreements(20, 7), { window: { from: "2025-01-01", to: "2026-12-31" } });
    if (!portfolio.ok) throw new Error("the portfolio does not schedule");
    expect(portfolio.obligations.length).toBeGreaterThan(250);
    for (const options of variants.slice(0, 2)) expect(ours(portfolio.obligations, options)).toBe(oracle(portfolio.obligations, options));
  });

  it("for random text: every width of character, escapes, control characters and lengths around each fold", () => {
    const r = mulberry32(2026);
    // One to four octets of UTF-8; TEXT's specials; controls; a combining mark; a lone low surrogate.
    const pieces = ["a", "Z", " ", "ö", "Å", "é", "–", "€", "漢", "😀", "👍🏽", ";", ",", "\\", "\n", "\r\n", "\r", "\t", "\u0000", "\u007f", "\u0085", "\u0301", "\udc00"];
    const textOf = (length: number) => Array.from({ length }, () => pieces[Math.floor(r() * pieces.length)]!).join("");
    const list = Array.from({ length: 400 }, (_, i) =>
      obligation({
        id: `slump/${i}/${textOf(i % 7)}`,
        period: textOf(Math.floor(r() * 90)),
        // A lone high surrogate last in the title: see the test below for one inside a line.
        title: { sv: textOf(Math.floor(r() * 160)) + (i % 5 === 0 ? "\ud83d" : ""), en: textOf(i % 80) },
        ...(i % 3 === 0 && { target: { count: i, unit: textOf(1 + (i % 40)), atLeast: i % 2 === 0 } }),
      }),
    ).filter((o) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(o.id));
    expect(list.length).toBeGreaterThan(300);
    for (const options of variants) {
      const encoded = Buffer.from(ours(list, options), "utf8");
      expect(encoded.equals(Buffer.from(oracle(list, options), "utf8"))).toBe(true);
    }
  });

  it("writes well-formed text where the old writer kept a lone surrogate (a fix)", () => {
    // ical-generator kept the lone high surrogate and counted it with the character after it; the
    // file then held a byte sequence no UTF-8 encoder writes. Now it is U+FFFD, as an encoder would
    // write it, and the line still folds within 75 octets.
    const title = `${"x".repeat(72)}\ud83dy${"z".repeat(10)}`;
    const ics = ours([obligation({ title: { sv: title, en: "x" } })]);
    expect(ics).toContain("\uFFFD");
    expect(ics).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
