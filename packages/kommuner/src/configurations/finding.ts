import { InvalidArgumentError, type IssuePath, type Locale, type MunicipalityCode } from "@samverkan/core";

/**
 * The findings of a configuration check. A `problem` means the documents do not line up as the
 * configuration requires; `missing` is something the kommuner must still fill in.
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | `document_invalid` | problem | not an agreement or a set at all (a value of another shape, data that does not pass the schema): nothing else is checked |
 * | `wrong_document_type` | problem | an agreement where the configuration needs a set, or the reverse |
 * | `wrong_structure` | problem | an agreement of another structure than the configuration has (a del 2 in a single agreement's place) |
 * | `wrong_municipality_count` | problem | one kommun where the configuration needs several, or the reverse |
 * | `police_party_differs` | problem | the agreements of a set name different police parties |
 * | `local_police_area_differs` | problem | the agreements of one LPO name different lokalpolisområden |
 * | `local_police_area_repeated` | problem | two agreements of a kommun spanning several LPOs name the same one, or one names none |
 * | `municipality_differs` | problem | the agreements for one kommun name different kommuner |
 * | `municipality_repeated` | problem | two agreements of one LPO, or two del 2s, for the same kommun |
 * | `local_not_in_strategic` | problem | a del 2 whose kommun is not a party to the del 1, or that names another del 1 |
 * | `period_not_nested` | problem | a del 2 or plan whose period falls outside the agreement it belongs to |
 * | `strategic_missing` | problem | a set of del 2s without their del 1 |
 * | `municipality_without_local` | missing | a kommun of the del 1 without a del 2 |
 * | `local_without_citizen_promise` | missing | a del 2 without a medborgarlöfte |
 * | `party_without_signatory` | missing | a party nobody signs for |
 * | `contact_missing` | missing | a party with no contact person (kommunpolis, samordnare, säkerhetschef) |
 * | `goals_missing` | missing | an agreement (or del 2) with neither goals nor focus areas |
 * | `year_without_operational_plan` | missing | a year of a multi-year agreement without its handlingsplan |
 *
 * @example
 * const findings = single.check(agreement);
 * const toFillIn = findings.filter((f) => f.kind === "missing").map((f): ConfigurationFindingCode => f.code);
 */
export type ConfigurationFindingCode =
  | "document_invalid"
  | "wrong_document_type"
  | "wrong_structure"
  | "wrong_municipality_count"
  | "police_party_differs"
  | "local_police_area_differs"
  | "local_police_area_repeated"
  | "municipality_differs"
  | "municipality_repeated"
  | "local_not_in_strategic"
  | "period_not_nested"
  | "strategic_missing"
  | "municipality_without_local"
  | "local_without_citizen_promise"
  | "party_without_signatory"
  | "contact_missing"
  | "goals_missing"
  | "year_without_operational_plan";

/**
 * One finding of {@link ConfigurationAdapter.check}: a stable `code`, whether it is a `problem`
 * (the documents do not line up) or `missing` (to fill in), the `path` in the document, and the
 * kommun or year it is about where there is one.
 *
 * @example
 * for (const f of configurations.strategic_local.check(set)) console.log(f.kind, f.code, formatPath(f.path));
 */
export interface ConfigurationFinding {
  readonly code: ConfigurationFindingCode;
  readonly kind: "problem" | "missing";
  readonly path: IssuePath;
  readonly municipality?: MunicipalityCode;
  readonly year?: number;
}

const PROBLEMS: ReadonlySet<ConfigurationFindingCode> = new Set([
  "document_invalid",
  "wrong_document_type",
  "wrong_structure",
  "wrong_municipality_count",
  "police_party_differs",
  "local_police_area_differs",
  "local_police_area_repeated",
  "municipality_differs",
  "municipality_repeated",
  "local_not_in_strategic",
  "period_not_nested",
  "strategic_missing",
]);

/** Makes a finding, its kind from its code. */
export function finding(code: ConfigurationFindingCode, path: IssuePath, about: { municipality?: MunicipalityCode; year?: number } = {}): ConfigurationFinding {
  return { code, kind: PROBLEMS.has(code) ? "problem" : "missing", path, ...about };
}

const MESSAGES: Record<ConfigurationFindingCode, { sv: string; en: string }> = {
  document_invalid: {
    sv: "Dokumentet är inte en överenskommelse eller en samling överenskommelser: validera det för att se vad som är fel.",
    en: "The document is not an agreement or a set of agreements: validate it to see what is wrong.",
  },
  wrong_document_type: {
    sv: "Upplägget kräver en annan sorts dokument: en enda överenskommelse eller flera som hör ihop.",
    en: "The configuration needs another kind of document: one agreement, or several that belong together.",
  },
  wrong_structure: { sv: "Överenskommelsen är uppbyggd på ett annat sätt än upplägget kräver.", en: "The agreement is built differently from what the configuration requires." },
  wrong_municipality_count: { sv: "Antalet kommuner passar inte upplägget.", en: "The number of kommuner does not fit the configuration." },
  police_party_differs: { sv: "Överenskommelserna anger olika polisparter.", en: "The agreements name different police parties." },
  local_police_area_differs: { sv: "Överenskommelserna anger olika lokalpolisområden.", en: "The agreements name different lokalpolisområden." },
  local_police_area_repeated: {
    sv: "Lokalpolisområdet saknas eller har redan en överenskommelse med kommunen.",
    en: "The lokalpolisområde is missing, or already has an agreement with the kommun.",
  },
  municipality_differs: { sv: "Överenskommelserna gäller olika kommuner.", en: "The agreements are with different kommuner." },
  municipality_repeated: {
    sv: "Kommunen har redan en överenskommelse eller en del 2 bland dem som granskas tillsammans.",
    en: "The kommun already has an agreement or a del 2 among those checked together.",
  },
  local_not_in_strategic: {
    sv: "Del 2 hör inte till del 1: kommunen är inte part i del 1, eller del 2 hänvisar till en annan del 1.",
    en: "The del 2 does not belong to the del 1: its kommun is not a party to the del 1, or it names another del 1.",
  },
  period_not_nested: { sv: "Perioden ligger utanför den överenskommelse den hör till.", en: "The period falls outside the agreement it belongs to." },
  strategic_missing: { sv: "Del 1 saknas bland de överenskommelser som granskas tillsammans.", en: "There is no del 1 among the agreements checked together." },
  municipality_without_local: { sv: "Del 2 saknas för kommunen.", en: "The kommun has no del 2." },
  local_without_citizen_promise: { sv: "Medborgarlöfte saknas för del 2.", en: "The del 2 has no medborgarlöfte." },
  party_without_signatory: { sv: "Undertecknare saknas för parten.", en: "Nobody signs for the party." },
  contact_missing: { sv: "Kontaktperson saknas för parten.", en: "The party has no contact person." },
  goals_missing: { sv: "Mål saknas för överenskommelsen.", en: "The agreement has no goals." },
  year_without_operational_plan: { sv: "Handlingsplan saknas för året.", en: "The year has no handlingsplan." },
};

/**
 * The sentence for a finding, in Swedish unless told otherwise. It never repeats text from the
 * document; the year, where the finding has one, is added.
 *
 * @param f - the finding
 * @param options - `locale`: `"sv"` (default) or `"en"`
 * @returns one sentence
 * @throws `InvalidArgumentError` (from `@samverkan/core`) when `f` is not a finding or the locale is neither `sv` nor `en`
 * @example
 * formatFinding({ code: "goals_missing", kind: "missing", path: ["goals"] }, { locale: "en" }); // "The agreement has no goals."
 */
export function formatFinding(f: ConfigurationFinding, options: { locale?: Locale } = {}): string {
  let locale: unknown;
  let code: unknown;
  let year: unknown;
  try {
    locale = options === null || typeof options !== "object" ? undefined : options.locale;
    code = f !== null && typeof f === "object" ? f.code : undefined;
    year = code === undefined ? undefined : f.year;
  } catch {
    throw new InvalidArgumentError("formatFinding", "f");
  }
  if (typeof code !== "string" || !Object.hasOwn(MESSAGES, code)) throw new InvalidArgumentError("formatFinding", "f");
  if (locale !== undefined && locale !== "sv" && locale !== "en") throw new InvalidArgumentError("formatFinding", "options");
  const text = MESSAGES[code as ConfigurationFindingCode][(locale as Locale | undefined) ?? "sv"];
  // The year is a whole number (a finding's own), never text the caller gave.
  return typeof year === "number" && Number.isInteger(year) ? `${text} (${year})` : text;
}

/**
 * Every finding code, for tests and catalogues.
 *
 * @example
 * for (const code of CONFIGURATION_FINDING_CODES) console.log(code, formatFinding({ code, kind: "missing", path: [] }));
 */
export const CONFIGURATION_FINDING_CODES = Object.keys(MESSAGES) as readonly ConfigurationFindingCode[];
