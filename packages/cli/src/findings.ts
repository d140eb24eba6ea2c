import type { Issue, IssuePath, Severity } from "@samverkan/core";
import type { Colour } from "./terminal.js";

/** The languages of the output. */
export type Lang = "sv" | "en";

/** One finding as the command line prints it and as `--json` gives it. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly message: string;
}

const SEVERITY_COLOUR: Record<Severity, Colour> = { error: "red", warning: "yellow", info: "cyan" };

/** A path the way core writes it (`forums[2].cadence`); the root is left out. */
function pathText(path: IssuePath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

/** Core's `formatIssue`, passed in so that a loop over many documents loads core once. */
export type IssueFormatter = (issue: Issue, options: { locale: Lang }) => string;

/** Core's issues as findings, each with its sentence in `lang`, written by `format`. */
export function findingsWith(format: IssueFormatter, issues: readonly Issue[], lang: Lang): Finding[] {
  return issues.map((issue) => ({ code: issue.code, severity: issue.severity, path: issue.path, message: format(issue, { locale: lang }) }));
}

/** Core's issues as findings, each with its sentence in `lang`. */
export async function findingsOf(issues: readonly Issue[], lang: Lang): Promise<Finding[]> {
  const { formatIssue } = await import("@samverkan/core");
  return findingsWith(formatIssue, issues, lang);
}

/** `file:path: code severity message`, one line (the path is left out at the document's root). */
export function findingLine(file: string, finding: Finding, paint: (colour: Colour, text: string) => string): string {
  const where = pathText(finding.path);
  const location = where ? `${file}:${where}` : file;
  return `${location}: ${paint("bold", finding.code)} ${paint(SEVERITY_COLOUR[finding.severity], finding.severity)} ${finding.message}\n`;
}
