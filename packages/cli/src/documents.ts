import type { AgreementDocument, CivilDate, Issue, IssuePath, Obligation } from "@samverkan/core";
import type { PortfolioEntry, PortfolioFilter, PortfolioIssue } from "@samverkan/kommuner";
import { CliError, EXIT, codedLine } from "./errors.js";
import { findingLine, type Finding, type Lang } from "./findings.js";
import { collectDocuments, readSource, textOf, type IO } from "./io.js";
import { painter } from "./terminal.js";

/** A date option: `YYYY-MM-DD` and a real day, or a usage problem. */
export async function dateOption(flag: string, value: string): Promise<CivilDate> {
  const { isCivilDate } = await import("@samverkan/core");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCivilDate(value)) throw new CliError("invalid_date", `${flag} ${value} (write YYYY-MM-DD)`);
  return value;
}

/** Values of a repeatable option, each of which may hold several comma-separated. */
export const listOf = (values: readonly string[] | undefined): string[] =>
  (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");

/** What the schedule and status commands read: one document from a file, or every document of folders. */
export interface Loaded {
  /** The file names, in the order of `texts`. */
  readonly names: readonly string[];
  /** The texts of the documents. */
  readonly texts: readonly string[];
  /** Whether a folder was named: the documents are a portfolio. */
  readonly folder: boolean;
}

/** Reads a file (or `-`) or every `.json` file under a folder; a problem with a path is a usage problem. */
export async function loadDocuments(path: string, io: IO): Promise<Loaded> {
  const { stat } = await import("node:fs/promises");
  const folder = path !== "-" && (await stat(path).then((s) => s.isDirectory(), () => false));
  const { files, problems } = await collectDocuments([path]);
  if (problems[0]) throw problems[0];
  const names: string[] = [];
  const texts: string[] = [];
  for (const file of files) {
    const source = await readSource(file, io);
    names.push(source.name);
    texts.push(textOf(source));
  }
  return { names, texts, folder };
}

/** Core's (or the portfolio's) issues with a document as finding lines on standard error, and exit 1. */
export async function reportInvalid(names: readonly string[], issues: readonly PortfolioIssue[], lang: Lang, io: IO, portfolio: boolean): Promise<number> {
  const { formatPortfolioIssue } = await import("@samverkan/kommuner");
  const paint = painter(io.stderr, io.env);
  const bad = new Set<string>();
  for (const issue of issues) {
    const [first, ...rest] = issue.path;
    const name = portfolio && typeof first === "number" ? (names[first] ?? "") : (names[0] ?? "");
    const path: IssuePath = portfolio && typeof first === "number" ? rest : issue.path;
    const finding: Finding = { code: issue.code, severity: issue.severity, path, message: formatPortfolioIssue(issue, { locale: lang }) };
    io.stderr.write(findingLine(name, finding, paint));
    bad.add(name);
  }
  for (const name of bad) io.stderr.write(codedLine("invalid_document", name));
  return EXIT.invalid;
}

/** A portfolio issue about the options (a filter or the window) as a usage problem; `undefined` for an issue with a document. */
export async function optionProblem(issue: PortfolioIssue, lang: Lang, given: PortfolioFilter): Promise<CliError | undefined> {
  const [first, list, index] = issue.path;
  if (first === "window") return new CliError("invalid_window", `${String(list)} (${issue.code})`);
  if (first !== "filter") return undefined;
  const { formatPortfolioIssue } = await import("@samverkan/kommuner");
  const flags: Record<string, [code: string, flag: string]> = {
    kommuner: ["unknown_kommun", "--kommun"],
    counties: ["unknown_lan", "--lan"],
    policeRegions: ["unknown_region", "--region"],
    localPoliceAreas: ["unknown_lpo", "--lpo"],
    kinds: ["unknown_kind", "--kind"],
  };
  const [code, flag] = flags[String(list)] ?? ["invalid_filter", String(list)];
  const value = (given[list as keyof PortfolioFilter] as readonly string[] | undefined)?.[index as number] ?? "";
  return new CliError(code, `${flag} ${value} (${formatPortfolioIssue(issue, { locale: lang })})`);
}

/** The kommun column: the obligation's own kommun, else its agreement's kommuner, by name. */
export async function kommunColumn(entries: readonly Pick<PortfolioEntry, "id" | "kommuner">[]): Promise<(o: Obligation) => string> {
  const { getKommun } = await import("@samverkan/kommuner");
  const name = (code: string) => getKommun(code)?.name ?? code;
  const byAgreement = new Map(entries.map((e) => [e.id, e.kommuner.map(name).join(", ")]));
  return (o) => (o.municipality ? name(o.municipality) : (byAgreement.get(o.agreementId) ?? ""));
}

/** The agreements of one document with their kommuner, as the portfolio lists them. */
export function entriesOf(document: AgreementDocument): Pick<PortfolioEntry, "id" | "kommuner">[] {
  const agreements = document.type === "agreement_set" ? document.agreements : [document];
  return agreements.map((a) => ({ id: a.id, kommuner: a.parties.municipalities.flatMap((m) => (m.code ? [m.code] : [])) }));
}

/** Issues as findings (for `--json`). */
export async function issueFindings(issues: readonly Issue[], lang: Lang): Promise<Finding[]> {
  const { formatIssue } = await import("@samverkan/core");
  return issues.map((issue) => ({ code: issue.code, severity: issue.severity, path: issue.path, message: formatIssue(issue, { locale: lang }) }));
}
