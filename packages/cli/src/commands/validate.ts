import type { CivilDate, Issue, RuleCode, Severity, ValidateOptions } from "@samverkan/core";
import type { KommunProfile, ProfileFinding } from "@samverkan/kommuner";
import { CliError, EXIT, codedLine } from "../errors.js";
import { findingLine, findingsWith, type Finding, type Lang } from "../findings.js";
import { collectDocuments, readTextOrReport, type IO } from "../io.js";
import { painter, progress } from "../terminal.js";

/** The options of `samverkan validate`. */
export interface ValidateCommandOptions {
  readonly lang: Lang;
  readonly severity: readonly string[];
  readonly profile?: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/** One document's result, as `--json` gives it. */
type Outcome = { file: string; ok: true; warnings: Finding[] } | { file: string; ok: false; issues: Finding[] };

const LEVELS = new Set(["error", "warning", "info", "off"]);

/** `code=level` pairs as core's severity overrides; a pair that names no rule or level is a usage problem. */
function severitiesOf(pairs: readonly string[], ruleCodes: ReadonlySet<string>): Partial<Record<RuleCode, Severity | "off">> {
  const out: Partial<Record<RuleCode, Severity | "off">> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const code = at < 0 ? pair : pair.slice(0, at);
    const level = at < 0 ? "" : pair.slice(at + 1);
    if (at < 0 || !LEVELS.has(level)) throw new CliError("invalid_severity", `${pair} (write code=level, level one of error, warning, info, off)`);
    if (!ruleCodes.has(code)) throw new CliError("unknown_rule", `${code} (see docs/validation.md for the rules' codes)`);
    out[code as RuleCode] = level as Severity | "off";
  }
  return out;
}

const SUMMARY: Record<Lang, (documents: number, valid: number, invalid: number, unread: number, warnings: number, infos: number) => string> = {
  sv: (documents, valid, invalid, unread, warnings, infos) =>
    `${documents} dokument: ${valid} ${valid === 1 ? "giltigt" : "giltiga"}, ${invalid} med fel` +
    (unread ? `, ${unread} kunde inte läsas` : "") +
    `; ${warnings} ${warnings === 1 ? "varning" : "varningar"}` +
    (infos ? `, ${infos} ${infos === 1 ? "upplysning" : "upplysningar"}` : ""),
  en: (documents, valid, invalid, unread, warnings, infos) =>
    `${documents} ${documents === 1 ? "document" : "documents"}: ${valid} valid, ${invalid} with errors` +
    (unread ? `, ${unread} could not be read` : "") +
    `; ${warnings} ${warnings === 1 ? "warning" : "warnings"}` +
    (infos ? `, ${infos} ${infos === 1 ? "info" : "infos"}` : ""),
};

/**
 * `samverkan validate <paths…>`: validates every document the paths name and prints one line per
 * finding and a summary. Exit 0 when every document is valid, 1 when one has errors, 2 when a path
 * could not be read (the others are still validated).
 */
export async function validateCommand(paths: readonly string[], options: ValidateCommandOptions, io: IO): Promise<number> {
  const core = await import("@samverkan/core");
  const ruleCodes = new Set<string>(core.rules.map((r) => r.code));
  const severity = severitiesOf(options.severity, ruleCodes);
  if (options.asOf !== undefined && !core.isCivilDate(options.asOf)) throw new CliError("invalid_date", `--as-of ${options.asOf} (write YYYY-MM-DD)`);
  let profile: KommunProfile | undefined;
  let validateWithProfile: ((input: unknown, profile: KommunProfile, options?: ValidateOptions) => { result: ReturnType<typeof core.validateAgreement>; findings: readonly ProfileFinding[] }) | undefined;
  if (options.profile !== undefined) {
    const kommuner = await import("@samverkan/kommuner");
    profile = kommuner.profiles.find((p) => p.id === options.profile);
    if (!profile) throw new CliError("unknown_profile", `${options.profile} (one of ${kommuner.profiles.map((p) => p.id).join(", ")})`);
    validateWithProfile = kommuner.validateWithProfile;
  }
  const validateOptions: ValidateOptions = {
    ...(Object.keys(severity).length > 0 && { severity }),
    ...(options.asOf !== undefined && { asOf: options.asOf as CivilDate }),
  };

  const { files, problems } = await collectDocuments(paths);
  for (const problem of problems) io.stderr.write(codedLine(problem.code, problem.detail));
  let unread = problems.length;

  const paint = painter(io.stdout, io.env);
  const outcomes: Outcome[] = [];
  const bar = progress(io.stderr, options.lang === "sv" ? "validerar" : "validating", files.length);
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    const read = await readTextOrReport(file, io);
    if (!read) {
      unread++;
      bar.tick();
      continue;
    }
    const { text, name } = read;
    let result: ReturnType<typeof core.validateAgreement>;
    let extra: readonly ProfileFinding[] = [];
    if (profile && validateWithProfile) ({ result, findings: extra } = validateWithProfile(text, profile, validateOptions));
    else result = core.validateAgreement(text, validateOptions);
    const issues: readonly Issue[] = result.ok ? result.warnings : result.issues;
    const found = [...findingsWith(core.formatIssue, issues, options.lang), ...extra.map((f) => ({ code: f.code, severity: f.severity, path: f.path, message: f.message[options.lang] }))];
    const ok = result.ok && !extra.some((f) => f.severity === "error");
    outcomes.push(ok ? { file: name, ok, warnings: found } : { file: name, ok, issues: found });
    for (const f of found) {
      if (f.severity === "warning") warnings++;
      else if (f.severity === "info") infos++;
    }
    // One write per document: a write per line costs more than the validation on a folder of small documents.
    if (!options.json && found.length) io.stdout.write(found.map((f) => findingLine(name, f, paint)).join(""));
    bar.tick();
  }
  bar.done();

  const invalid = outcomes.filter((o) => !o.ok).length;
  if (options.json) {
    io.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
  } else {
    const line = SUMMARY[options.lang](outcomes.length, outcomes.length - invalid, invalid, unread, warnings, infos);
    io.stdout.write(`${paint(invalid ? "red" : "green", line)}\n`);
  }
  return unread ? EXIT.usage : invalid ? EXIT.invalid : EXIT.ok;
}
