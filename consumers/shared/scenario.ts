/**
 * The work every consumer app does with the installed packages, through their public entry points
 * only: validate the seed agreement (Kristianstad 2025–2028), schedule it, render it, export it as
 * iCalendar, look up its kommun, and, where the app passes them, the compiled validator and the PDF
 * reader. Each step asserts on the result, not only that nothing threw.
 *
 * The apps pass the packages in (imported, required or bundled as that app does it), so this file
 * has type imports only. TypeScript apps type-check it under their own module resolution; the
 * runner (scripts/consumers.mjs) strips the types for the JavaScript apps. When a public API
 * changes, this is the one file to change.
 */
import type * as Core from "@samverkan/core";
import type * as Compiled from "@samverkan/core/compiled";
import type * as Kommuner from "@samverkan/kommuner";
import type * as Calendar from "@samverkan/calendar";
import type * as Document from "@samverkan/document";
import type * as Pdf from "@samverkan/document/pdf";

/** The packages an app hands to {@link scenario}; `compiled` and `pdf` only where the app uses them. */
export interface Packages {
  core: typeof Core;
  kommuner: typeof Kommuner;
  calendar: typeof Calendar;
  document: typeof Document;
  compiled?: { module: typeof Compiled; expectCompiled: boolean };
  pdf?: typeof Pdf;
}

/** What the seed says; the assertions compare with these. */
const SEED = {
  id: "kristianstad-2025-2028",
  title: "Samverkansöverenskommelse mellan Kristianstads lokalpolisområde och Kristianstads kommun",
  kommunCode: "1290",
  kommunName: "Kristianstad",
  warning: "contact_missing",
} as const;

const WINDOW = { from: "2026-01-01", to: "2026-12-31" } as const;

function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

/**
 * The `.ics` text from `toICalendar`'s return value: today a string (it throws on bad input); a
 * result value `{ ok, value | text }` is accepted too, so that this suite keeps working when
 * calendar returns results like the other packages.
 */
function icsText(out: unknown): string {
  if (typeof out === "string") return out;
  const result = out as { ok?: boolean; value?: unknown; text?: unknown; error?: { code?: string } };
  check(result && result.ok === true, `toICalendar failed: ${result?.error?.code ?? JSON.stringify(out)}`);
  const text = typeof result.value === "string" ? result.value : result.text;
  check(typeof text === "string", "toICalendar's result has no text");
  return text;
}

/**
 * Runs the work on the seed's JSON text and throws an Error naming the first assertion that fails.
 *
 * @returns a one-line summary of what was checked
 */
export async function scenario(pkgs: Packages, seedText: string): Promise<string> {
  const { core, kommuner, calendar, document } = pkgs;

  // Validate: the seed is a valid single agreement with one known warning.
  const result = core.validateAgreement(seedText);
  check(result.ok, `validateAgreement: the seed is invalid: ${result.ok ? "" : result.issues.map((i) => i.code).join(", ")}`);
  const doc = result.value;
  check(doc.type === "agreement", `validateAgreement: expected type "agreement", got "${doc.type}"`);
  check(doc.id === SEED.id, `validateAgreement: id ${doc.id}`);
  const code = doc.parties.municipalities[0]?.code;
  check(code === SEED.kommunCode, `validateAgreement: kommun code ${String(code)}`);
  const warning = result.warnings.find((w) => w.code === SEED.warning);
  check(warning, `validateAgreement: no ${SEED.warning} warning among ${result.warnings.map((w) => w.code).join(", ")}`);
  check(core.formatIssue(warning).length > 0 && core.formatIssue(warning, { locale: "en" }) !== core.formatIssue(warning), "formatIssue: no Swedish and English message");

  // Bad input is a coded issue, never a throw.
  const broken = core.validateAgreement("{ not json");
  check(!broken.ok && broken.issues.some((i) => i.code === "invalid_json"), "validateAgreement: broken JSON is not invalid_json");

  // Schedule one year: obligations in the window, in date order, each with a Swedish title.
  const schedule = core.scheduleObligations(doc, { window: WINDOW });
  check(schedule.ok, `scheduleObligations failed: ${schedule.ok ? "" : schedule.issues.map((i) => i.code).join(", ")}`);
  const obligations = schedule.obligations;
  check(obligations.length > 0, "scheduleObligations: no obligations in 2026");
  check(obligations.every((o) => o.date >= WINDOW.from && o.date <= WINDOW.to), "scheduleObligations: a date outside the window");
  check(obligations.every((o, i) => i === 0 || obligations[i - 1]!.date <= o.date), "scheduleObligations: not in date order");
  check(obligations.every((o) => o.title.sv.length > 0 && o.agreementId === SEED.id), "scheduleObligations: an obligation without title or agreement");

  // Render: Markdown opens with the title; HTML is a whole page with it.
  const markdown = document.renderDocument(doc, { format: "markdown" });
  check(markdown.ok, `renderDocument(markdown) failed: ${markdown.ok ? "" : markdown.error.code}`);
  check(markdown.text.startsWith(`# ${SEED.title}\n`), `renderDocument(markdown): does not open with the title: ${markdown.text.slice(0, 80)}`);
  const html = document.renderDocument(doc, { format: "html", lang: "en" });
  check(html.ok, `renderDocument(html) failed: ${html.ok ? "" : html.error.code}`);
  check(html.text.startsWith("<!DOCTYPE html>") && html.text.includes(SEED.title), "renderDocument(html): not a page with the title");
  const invalid = document.renderDocument({});
  check(!invalid.ok && invalid.error.code === "invalid_document", "renderDocument({}): not invalid_document");

  // iCalendar: one VEVENT per obligation, with the VTIMEZONE and the calendar's name.
  const ics = icsText(calendar.toICalendar(obligations, { name: "Samverkan 2026" }));
  const events = ics.split("\r\nBEGIN:VEVENT\r\n").length - 1;
  check(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), "toICalendar: not a VCALENDAR");
  check(events === obligations.length, `toICalendar: ${events} events for ${obligations.length} obligations`);
  check(ics.includes("\r\nTZID:Europe/Stockholm\r\n") && ics.includes("\r\nNAME:Samverkan 2026\r\n"), "toICalendar: no VTIMEZONE or name");

  // Kommuner: the seed's kommun by code and by a loose name, and a coded miss.
  const byCode = kommuner.findKommun(code);
  check(byCode.ok && byCode.kommun.name === SEED.kommunName, `findKommun(${code}): ${JSON.stringify(byCode)}`);
  const byName = kommuner.findKommun("kristianstads kommun");
  check(byName.ok && byName.kommun.code === SEED.kommunCode, `findKommun("kristianstads kommun"): ${JSON.stringify(byName)}`);
  const miss = kommuner.findKommun("Atlantis");
  check(!miss.ok && miss.error.code === "unknown_kommun", `findKommun("Atlantis"): ${JSON.stringify(miss)}`);

  const done = [`${code} ${SEED.kommunName}`, `${obligations.length} obligations`, `${events} events`];

  // The compiled validator gives the same result; `compiled` says whether zod could generate code.
  if (pkgs.compiled) {
    const { validate, compiled } = pkgs.compiled.module.compileAgreementValidator();
    check(compiled === pkgs.compiled.expectCompiled, `compileAgreementValidator: compiled is ${compiled}, expected ${pkgs.compiled.expectCompiled}`);
    const again = validate(seedText);
    check(again.ok && JSON.stringify(again) === JSON.stringify(result), "compileAgreementValidator: another result than validateAgreement");
    done.push(compiled ? "compiled" : "not compiled");
  }

  // The PDF reader loads pdf.js and gives a coded error for bytes that are no PDF.
  if (pkgs.pdf) {
    const read = await pkgs.pdf.readPdfText(new TextEncoder().encode("this is not a PDF"));
    check(!read.ok && read.error.code === "pdf_malformed", `readPdfText(not a PDF): ${JSON.stringify(read)}`);
    done.push("pdf");
  }
  return done.join(", ");
}
