import type { CivilDate, Issue, Obligation, ObligationKind } from "@samverkan/core";
import type { ExpiringAgreement, PortfolioFilter } from "@samverkan/kommuner";
import { CliError, EXIT, codedLine } from "../errors.js";
import { dateOption, entriesOf, issueFindings, kommunColumn, listOf, loadDocuments, optionProblem, reportInvalid } from "../documents.js";
import type { Lang } from "../findings.js";
import { checkOutput, writeAtomically, type IO } from "../io.js";
import { painter } from "../terminal.js";

/** The options of `samverkan schedule`. */
export interface ScheduleCommandOptions {
  readonly from: string;
  readonly to: string;
  readonly lang: Lang;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly ics?: boolean;
  readonly out?: string;
  readonly force?: boolean;
  readonly kommun?: readonly string[];
  readonly lpo?: readonly string[];
  readonly lan?: readonly string[];
  readonly region?: readonly string[];
  readonly kind?: readonly string[];
}

const SAID: Record<Lang, { header: readonly string[]; count: (n: number, from: string, to: string) => string; expiring: string }> = {
  sv: { header: ["datum", "typ", "titel", "kommun"], count: (n, from, to) => `${n} ${n === 1 ? "punkt" : "punkter"}, ${from} – ${to}`, expiring: "Löper ut eller ska förnyas" },
  en: { header: ["date", "kind", "title", "kommun"], count: (n, from, to) => `${n} ${n === 1 ? "item" : "items"}, ${from} – ${to}`, expiring: "Expiring or to be renewed" },
};

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The schedule as a table, CSV, iCalendar or JSON. */
interface Scheduled {
  readonly obligations: readonly Obligation[];
  readonly notes: readonly Issue[];
  readonly kommun: (o: Obligation) => string;
  readonly expiring?: readonly ExpiringAgreement[];
}

/**
 * `samverkan schedule <path> --from --to`: the obligations of one document (core's
 * `scheduleObligations`) or, for a folder or with a filter, of a portfolio (`schedulePortfolio` of
 * `@samverkan/kommuner`), as an aligned table, JSON, CSV or iCalendar. Exit 1 when a document is
 * not valid; 2 for a bad date, window, filter or path.
 */
export async function scheduleCommand(path: string, options: ScheduleCommandOptions, io: IO): Promise<number> {
  const from = await dateOption("--from", options.from);
  const to = await dateOption("--to", options.to);
  if (from > to) throw new CliError("invalid_window", `--from ${from} is after --to ${to}`);
  const { ObligationKindSchema } = await import("@samverkan/core");
  const kinds = listOf(options.kind);
  for (const kind of kinds) {
    if (!(ObligationKindSchema.options as readonly string[]).includes(kind)) throw new CliError("unknown_kind", `--kind ${kind} (one of ${ObligationKindSchema.options.join(", ")})`);
  }
  const filter: PortfolioFilter = {
    ...(listOf(options.kommun).length && { kommuner: listOf(options.kommun) }),
    ...(listOf(options.lpo).length && { localPoliceAreas: listOf(options.lpo) }),
    ...(listOf(options.lan).length && { counties: listOf(options.lan) }),
    ...(listOf(options.region).length && { policeRegions: listOf(options.region) }),
    ...(kinds.length && { kinds: kinds as ObligationKind[] }),
  };
  // An unknown kommun is a usage problem, found before anything is read.
  if (filter.kommuner) {
    const { findKommun, formatKommunLookupError } = await import("@samverkan/kommuner");
    for (const query of filter.kommuner) {
      const found = findKommun(query);
      if (!found.ok) throw new CliError(found.error.code, `--kommun ${query} (${formatKommunLookupError(found.error, { locale: options.lang })})`);
    }
  }
  if (options.out !== undefined) await checkOutput(options.out, options.force === true);

  const loaded = await loadDocuments(path, io);
  const window = { from, to };
  let scheduled: Scheduled;
  if (!loaded.folder && Object.keys(filter).length === 0) {
    const core = await import("@samverkan/core");
    const validated = core.validateAgreement(loaded.texts[0]);
    if (!validated.ok) return reportInvalid(loaded.names, validated.issues, options.lang, io, false);
    const result = core.scheduleObligations(validated.value, { window });
    if (!result.ok) return reportInvalid(loaded.names, result.issues, options.lang, io, false);
    scheduled = { obligations: result.obligations, notes: result.notes, kommun: await kommunColumn(entriesOf(validated.value)) };
  } else {
    const { schedulePortfolio } = await import("@samverkan/kommuner");
    const result = schedulePortfolio(loaded.texts, { window, filter });
    if (!result.ok) {
      for (const issue of result.issues) {
        const problem = await optionProblem(issue, options.lang, filter);
        if (problem) throw problem;
      }
      return reportInvalid(loaded.names, result.issues, options.lang, io, true);
    }
    scheduled = { obligations: result.obligations, notes: result.notes, kommun: await kommunColumn(result.agreements), expiring: result.expiring };
  }

  let text: string;
  if (options.ics) {
    const { toICalendar } = await import("@samverkan/calendar");
    const exported = toICalendar(scheduled.obligations, { locale: options.lang, name: `Samverkan ${from} – ${to}` });
    if (!exported.ok) {
      // The obligations are the schedule's, so a path names the obligation by its place in the schedule.
      const { formatIssue, formatPath } = await import("@samverkan/core");
      for (const issue of exported.issues) {
        io.stderr.write(codedLine("calendar_export_failed", `${issue.code} ${formatPath(issue.path)}: ${formatIssue(issue, { locale: options.lang })}`));
      }
      return EXIT.invalid;
    }
    text = exported.value;
  } else if (options.csv) {
    const rows = [["date", "kind", "title", "kommun", "agreement", "id"], ...scheduled.obligations.map((o) => [o.date, o.kind, o.title[options.lang], scheduled.kommun(o), o.agreementId, o.id])];
    text = rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
  } else if (options.json) {
    const out = {
      window,
      obligations: scheduled.obligations,
      ...(scheduled.expiring && { expiring: scheduled.expiring }),
      notes: await issueFindings(scheduled.notes, options.lang),
    };
    text = `${JSON.stringify(out, null, 2)}\n`;
  } else {
    text = table(scheduled, window, options.lang, painter(options.out === undefined ? io.stdout : { write: () => undefined }, io.env));
  }
  if (options.out === undefined) io.stdout.write(text);
  else await writeAtomically(options.out, text, { force: options.force === true });
  return EXIT.ok;
}

/** The table: aligned columns date, kind, title and kommun, then a count, and what expires. */
function table(scheduled: Scheduled, window: { from: CivilDate; to: CivilDate }, lang: Lang, paint: ReturnType<typeof painter>): string {
  const said = SAID[lang];
  const rows = scheduled.obligations.map((o) => [o.date, o.kind, o.title[lang], scheduled.kommun(o)]);
  const widths = said.header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ")}`.trimEnd();
  let out = `${paint("bold", line(said.header))}\n`;
  for (const row of rows) out += `${line(row)}\n`;
  out += `${paint("dim", said.count(rows.length, window.from, window.to))}\n`;
  if (scheduled.expiring?.length) {
    out += `${said.expiring}:\n`;
    for (const e of scheduled.expiring) out += `  ${e.end}  ${e.title ?? e.id}\n`;
  }
  return out;
}
