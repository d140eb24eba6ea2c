import type { Completion, Issue, ObligationState, ObligationStatus } from "@samverkan/core";
import { CliError, EXIT } from "../errors.js";
import { dateOption, entriesOf, issueFindings, kommunColumn, loadDocuments, reportInvalid } from "../documents.js";
import { findingLine, type Finding, type Lang } from "../findings.js";
import { readSource, textOf, type IO } from "../io.js";
import { painter, type Colour } from "../terminal.js";

/** The options of `samverkan status`. */
export interface StatusCommandOptions {
  readonly today: string;
  readonly completions?: string;
  readonly lang: Lang;
  readonly json?: boolean;
}

const SECTIONS: readonly { state: ObligationState; colour: Colour; sv: string; en: string }[] = [
  { state: "overdue", colour: "red", sv: "Försenat", en: "Overdue" },
  { state: "due", colour: "yellow", sv: "Ska göras nu", en: "Due" },
  { state: "upcoming", colour: "cyan", sv: "Kommande", en: "Coming" },
];

const SAID: Record<Lang, { none: string; closed: (done: number, partly: number, notDone: number) => string; unmatched: (n: number) => string; today: (d: string, from: string, to: string) => string }> = {
  sv: {
    none: "inget",
    closed: (done, partly, notDone) => `Utfört: ${done}, delvis: ${partly}, inte utfört: ${notDone}`,
    unmatched: (n) => `Utförda punkter som inte matchar något: ${n}`,
    today: (d, from, to) => `Läget ${d} (schemat ${from} – ${to})`,
  },
  en: {
    none: "nothing",
    closed: (done, partly, notDone) => `Done: ${done}, partly: ${partly}, not done: ${notDone}`,
    unmatched: (n) => `Completions that match nothing: ${n}`,
    today: (d, from, to) => `Status on ${d} (the schedule ${from} – ${to})`,
  },
};

/** The completions file: a JSON array of completions, or a usage problem. */
async function readCompletions(file: string, io: IO): Promise<{ name: string; completions: unknown }> {
  const source = await readSource(file, io);
  try {
    return { name: source.name, completions: JSON.parse(textOf(source)) as unknown };
  } catch {
    throw new CliError("invalid_completions", `${source.name} (not JSON: write an array of {obligationId, completedOn?, outcome?, …})`);
  }
}

/**
 * `samverkan status <path> --today`: where each obligation stands on a day (core's
 * `obligationStatuses` for one document; for a folder, the portfolio's obligations judged with
 * `statusesOf`), with the completions of `--completions`: what is overdue, due and coming, and the
 * completions that match nothing. Exit 1 when a document is not valid; 2 for a bad date, path or
 * completions file.
 */
export async function statusCommand(path: string, options: StatusCommandOptions, io: IO): Promise<number> {
  const today = await dateOption("--today", options.today);
  const given = options.completions === undefined ? undefined : await readCompletions(options.completions, io);
  const loaded = await loadDocuments(path, io);
  const core = await import("@samverkan/core");
  const completionsProblem = async (issues: readonly Issue[]) => {
    const paint = painter(io.stderr, io.env);
    for (const f of await issueFindings(issues, options.lang)) io.stderr.write(findingLine(given?.name ?? "", { ...f, path: f.path.slice(1) }, paint));
    return new CliError("invalid_completions", `${given?.name ?? ""} (${issues.length} ${issues.length === 1 ? "problem" : "problems"})`);
  };
  const onlyCompletions = (issues: readonly Issue[]) => issues.length > 0 && issues.every((i) => i.path[0] === "completions");
  const completions = (given?.completions ?? []) as Completion[];

  let statuses: readonly ObligationStatus[];
  let unmatched: readonly Issue[];
  let notes: readonly Issue[];
  let window: { from: string; to: string };
  let kommun: Awaited<ReturnType<typeof kommunColumn>>;
  if (!loaded.folder) {
    const validated = core.validateAgreement(loaded.texts[0]);
    if (!validated.ok) return reportInvalid(loaded.names, validated.issues, options.lang, io, false);
    const result = core.obligationStatuses(validated.value, { today, completions });
    if (!result.ok) {
      if (onlyCompletions(result.issues)) throw await completionsProblem(result.issues);
      return reportInvalid(loaded.names, result.issues, options.lang, io, false);
    }
    ({ statuses, unmatched, notes, window } = result);
    kommun = await kommunColumn(entriesOf(validated.value));
  } else {
    // A portfolio has no validity of its own: the window looks back and ahead as obligationStatuses does.
    window = { from: core.addMonthsToDate(today, -core.DEFAULT_STATUS_LOOKBACK_MONTHS), to: core.addMonthsToDate(today, core.DEFAULT_STATUS_HORIZON_MONTHS) };
    const { schedulePortfolio } = await import("@samverkan/kommuner");
    const portfolio = schedulePortfolio(loaded.texts, { window });
    if (!portfolio.ok) return reportInvalid(loaded.names, portfolio.issues, options.lang, io, true);
    const result = core.statusesOf(portfolio.obligations, { today, completions });
    if (!result.ok) throw await completionsProblem(result.issues);
    ({ statuses, unmatched } = result);
    notes = portfolio.notes;
    kommun = await kommunColumn(portfolio.agreements);
  }

  const unmatchedFindings: Finding[] = (await issueFindings(unmatched, options.lang)).map((f) => ({ ...f, path: f.path.slice(1) }));
  if (options.json) {
    const out = {
      today,
      window,
      statuses: statuses.map((s) => ({ state: s.state, ...(s.progress && { progress: s.progress }), obligation: s.obligation, ...(s.completions && { completions: s.completions }) })),
      unmatched: unmatchedFindings,
      notes: await issueFindings(notes, options.lang),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }
  const said = SAID[options.lang];
  const paint = painter(io.stdout, io.env);
  io.stdout.write(`${paint("bold", said.today(today, window.from, window.to))}\n`);
  for (const section of SECTIONS) {
    const rows = statuses.filter((s) => s.state === section.state);
    io.stdout.write(`${paint(section.colour, `${section[options.lang]} (${rows.length}):`)}${rows.length ? "" : ` ${said.none}`}\n`);
    const kinds = Math.max(0, ...rows.map((s) => s.obligation.kind.length));
    for (const s of rows) {
      const progress = s.progress ? ` ${s.progress.done}/${s.progress.target}` : "";
      const where = kommun(s.obligation);
      io.stdout.write(`  ${s.obligation.date}  ${s.obligation.kind.padEnd(kinds)}  ${s.obligation.title[options.lang]}${progress}${where ? `  ${paint("dim", where)}` : ""}\n`);
    }
  }
  const count = (state: ObligationState) => statuses.filter((s) => s.state === state).length;
  io.stdout.write(`${said.closed(count("done"), count("partly"), count("not_done"))}\n`);
  if (unmatchedFindings.length) {
    io.stdout.write(`${paint("yellow", said.unmatched(unmatchedFindings.length))}\n`);
    for (const f of unmatchedFindings) io.stdout.write(`  ${findingLine(given?.name ?? "", f, paint)}`);
  }
  return EXIT.ok;
}
