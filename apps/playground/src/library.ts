// Every call the page makes into the samverkan packages, and nothing else: the rest of the page
// talks to these functions only, so that a change in a package's API is an edit here.
//
// @samverkan/core       validateAgreement, migrate, formatIssue, formatPath, scheduleObligations,
//                       statusesOf, obligationStatuses, resolveValidity, ObligationKindSchema (the
//                       kinds), agreement.schema.json
// @samverkan/kommuner   kommuner, startAgreement, formatFinding, formatKommunLookupError, findKommun,
//                       getKommun, configurations, CONFIGURATION_KINDS
// @samverkan/calendar   toICalendar
// @samverkan/document   extractDraft, renderDocument, FACT_KINDS
// @samverkan/document/pdf  readPdfText (its own chunk, with pdf.js)
import { toICalendar } from "@samverkan/calendar";
import {
  ObligationKindSchema,
  formatIssue,
  formatPath,
  migrate,
  obligationStatuses,
  resolveValidity,
  scheduleObligations,
  statusesOf,
  validateAgreement,
  type AgreementDocument,
  type CivilDate,
  type Completion,
  type Issue,
  type Locale,
  type Obligation,
  type ObligationKind,
  type ObligationStatus,
} from "@samverkan/core";
import schema from "@samverkan/core/agreement.schema.json";
import { FACT_KINDS, FACT_LABELS, extractDraft, renderDocument, type ExtractedField, type Extraction, type FactKind } from "@samverkan/document";
import {
  CONFIGURATION_KINDS,
  configurations,
  findKommun,
  formatFinding,
  formatKommunLookupError,
  getKommun,
  kommuner,
  startAgreement,
  type ConfigurationFinding,
  type ConfigurationKind,
  type Kommun,
  type StartAgreementIssue,
} from "@samverkan/kommuner";

export type { AgreementDocument, CivilDate, Completion, ConfigurationFinding, ConfigurationKind, ExtractedField, Extraction, FactKind, Issue, Kommun, Locale, Obligation, ObligationKind, ObligationStatus };

/** The shipped JSON Schema of the document format (version 2), for the editor. */
export const agreementSchema: Record<string, unknown> = schema as Record<string, unknown>;

/** Every obligation kind, in the library's order. */
export const OBLIGATION_KINDS: readonly ObligationKind[] = ObligationKindSchema.options;

/** Every kind of fact the extraction reads, in its order. */
export const FACT_KIND_LIST: readonly FactKind[] = FACT_KINDS;

/** What each kind of fact is called, in Swedish and English (the report's own labels). */
export const FACT_NAMES: Readonly<Record<Locale, Readonly<Record<FactKind, string>>>> = FACT_LABELS;

/** Every configuration kind, with the library's own title for it. */
export const CONFIGURATIONS: readonly { readonly kind: ConfigurationKind; readonly title: { readonly sv: string; readonly en: string } }[] = CONFIGURATION_KINDS.map((kind) => ({
  kind,
  title: configurations[kind].title,
}));

/** The 290 kommuner. */
export const KOMMUNER: readonly Kommun[] = kommuner;

/** What validating gives: the document with its findings, or the findings that make it invalid. */
export type Checked = { readonly ok: true; readonly document: AgreementDocument; readonly findings: readonly Issue[] } | { readonly ok: false; readonly findings: readonly Issue[] };

/** Validates JSON text (a version 1 document is read through the migration). */
export function check(text: string): Checked {
  const result = validateAgreement(text);
  return result.ok ? { ok: true, document: result.value, findings: result.warnings } : { ok: false, findings: result.issues };
}

/** A document of version 1 or 2 in the current version, or the issues that stop it. */
export function toCurrentVersion(text: string): { ok: true; document: AgreementDocument; from: number } | { ok: false; issues: readonly Issue[] } {
  const result = migrate(text);
  return result.ok ? { ok: true, document: result.value, from: result.from } : { ok: false, issues: result.issues };
}

/** A finding's sentence in the language asked for. */
export function describeIssue(issue: Issue, lang: Locale): string {
  return formatIssue(issue, { locale: lang });
}

/** A finding's path as the command line writes it: `parties.municipalities[0]`. */
export function describePath(path: Issue["path"]): string {
  return formatPath(path);
}

/** Reads an agreement's text into a draft (`format` as `extractDraft` takes it). */
export function extract(text: string, format: "text" | "markdown" | "html"): { ok: true; value: Extraction } | { ok: false; code: string; message: string } {
  const result = extractDraft(text, { format });
  return result.ok ? { ok: true, value: result.value } : { ok: false, code: result.error.code, message: result.error.message };
}

/** The text layer of a PDF; pdf.js comes in its own chunk, loaded when this is first called. */
export async function pdfText(bytes: Uint8Array): Promise<{ ok: true; text: string; pages: number } | { ok: false; code: string; message: string }> {
  const { readPdfText } = await import("@samverkan/document/pdf");
  const result = await readPdfText(bytes);
  return result.ok ? { ok: true, text: result.value.text, pages: result.value.pages.length } : { ok: false, code: result.error.code, message: result.error.message };
}

/**
 * Loads pdf.js while the page is idle, so that reading a PDF later needs no file from the server:
 * the first read of any bytes loads it, and one byte is not a PDF (`pdf_malformed`).
 */
export async function preparePdfReader(): Promise<void> {
  await pdfText(new Uint8Array([0x25]));
}

/** A document to sign, as HTML (a complete page with a print stylesheet) or Markdown. */
export function render(document: AgreementDocument, format: "html" | "markdown", lang: Locale): { ok: true; text: string } | { ok: false; message: string } {
  const result = renderDocument(document, { format, lang });
  return result.ok ? { ok: true, text: result.text } : { ok: false, message: result.error.message };
}

/** Obligations as an iCalendar file, or the findings in the chosen language when it cannot be made. */
export function calendar(obligations: readonly Obligation[], lang: Locale, name: string): { ok: true; text: string } | { ok: false; message: string } {
  const result = toICalendar(obligations, { locale: lang, name });
  return result.ok ? { ok: true, text: result.value } : { ok: false, message: result.issues.map((issue) => describeIssue(issue, lang)).join(" ") };
}

/** The validity's first and last day over the document's agreements, and whether one has no fixed end. */
function validitySpan(document: AgreementDocument): { from: CivilDate | undefined; to: CivilDate | undefined; open: boolean } {
  const agreements = document.type === "agreement" ? [document] : document.type === "agreement_set" ? document.agreements : [];
  let from: CivilDate | undefined;
  let to: CivilDate | undefined;
  let open = false;
  for (const agreement of agreements) {
    const validity = resolveValidity(agreement);
    if (validity.start !== undefined && (from === undefined || validity.start < from)) from = validity.start;
    if (validity.end === "open" || validity.end === undefined) open = true;
    else if (to === undefined || validity.end > to) to = validity.end;
  }
  return { from, to, open };
}

/** What `statuses` gives: each obligation with its state, the completions that matched nothing, the schedule's notes, and the span it covers. */
export type Statuses =
  | { readonly ok: true; readonly statuses: readonly ObligationStatus[]; readonly unmatched: readonly Issue[]; readonly notes: readonly Issue[]; readonly window: { readonly from: CivilDate; readonly to: CivilDate } }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The document's obligations, each with its state on `today` given the completions. An agreement
 * whose validity has a fixed end, and a medborgarlöfte, are scheduled whole, as
 * `scheduleObligations` does without a window (with the follow-ups that fall due after the last
 * day); an open-ended agreement (or one whose end the text does not give) from a year before
 * `today` to two years after, or from its first day when that is later.
 */
export function statuses(document: AgreementDocument, today: CivilDate, completions: readonly Completion[]): Statuses {
  const span = validitySpan(document);
  if (!span.open) {
    const whole = scheduleObligations(document);
    if (!whole.ok) return { ok: false, issues: whole.issues };
    const judged = statusesOf(whole.obligations, { today, completions });
    if (!judged.ok) return { ok: false, issues: judged.issues };
    const first = whole.obligations[0]?.date;
    const last = whole.obligations[whole.obligations.length - 1]?.date;
    const from = [span.from, first].filter((d): d is CivilDate => d !== undefined).sort()[0] ?? today;
    const to = [span.to, last].filter((d): d is CivilDate => d !== undefined).sort().pop() ?? today;
    return { ok: true, statuses: judged.statuses, unmatched: judged.unmatched, notes: whole.notes, window: { from, to } };
  }
  const year = Number(today.slice(0, 4));
  const from = span.from !== undefined && span.from > `${year - 1}-01-01` ? span.from : `${year - 1}-01-01`;
  const result = obligationStatuses(document, { today, completions, window: { from, to: `${year + 2}-12-31` } });
  return result.ok ? { ok: true, statuses: result.statuses, unmatched: result.unmatched, notes: result.notes, window: result.window } : { ok: false, issues: result.issues };
}

/** What `start` gives: the new document and what the kommuner must still fill in, or why it could not start. */
export type Started =
  | { readonly ok: true; readonly document: AgreementDocument; readonly missing: readonly ConfigurationFinding[]; readonly profile: string | undefined }
  | { readonly ok: false; readonly messages: readonly string[] };

/** Starts a new agreement as `samverkan new` does. */
export function start(
  input: { kommuner: readonly string[]; kind: ConfigurationKind; localPoliceAreas: readonly string[]; from: CivilDate; years: number; empty: boolean; profile: boolean },
  lang: Locale,
): Started {
  const started = startAgreement(input);
  if (started.ok) return { ok: true, document: started.document, missing: started.missing, profile: started.profile?.id };
  return { ok: false, messages: started.issues.map((issue) => startMessage(issue, input.kommuner, lang)) };
}

function startMessage(issue: StartAgreementIssue, queries: readonly string[], lang: Locale): string {
  const en = lang === "en";
  switch (issue.code) {
    case "unknown_kommun":
    case "ambiguous_kommun":
    case "invalid_query": {
      const query = queries[issue.path[1]] ?? "";
      const found = findKommun(query);
      return `${query}: ${found.ok ? issue.code : formatKommunLookupError(found.error, { locale: lang })}`;
    }
    case "wrong_municipality_count":
      return issue.expected === "one" ? (en ? "This configuration takes one kommun." : "Den här formen gäller en kommun.") : en ? "This configuration takes two or more kommuner." : "Den här formen gäller två eller fler kommuner.";
    case "wrong_local_police_area_count":
      return issue.expected === "several"
        ? en
          ? "Give two or more lokalpolisområden, separated by commas."
          : "Ange två eller fler lokalpolisområden, åtskilda med komma."
        : en
          ? "Give one lokalpolisområde."
          : "Ange ett lokalpolisområde.";
    case "municipality_repeated":
      return `${queries[issue.path[1]] ?? ""}: ${en ? "given twice" : "angiven två gånger"}`;
    case "local_police_area_repeated":
      return en ? "A lokalpolisområde is given twice." : "Ett lokalpolisområde är angivet två gånger.";
    case "invalid_value":
      return `${issue.path[0]}: ${en ? "not a valid value" : "ogiltigt värde"}`;
    case "document_invalid":
      return issue.issues.map((i) => formatIssue(i, { locale: lang })).join(" ");
    case "invalid_input":
      return en ? "The form's values could not be read." : "Formulärets värden gick inte att läsa.";
  }
}

/** A configuration finding's sentence (what is left to fill in). */
export function describeFinding(finding: ConfigurationFinding, lang: Locale): string {
  return formatFinding(finding, { locale: lang });
}

/** The name of a kommun by kommunkod, or the code when it is unknown. */
export function kommunName(code: string): string {
  return getKommun(code)?.name ?? code;
}
