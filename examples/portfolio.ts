/**
 * What is due in a polisregion, a län, an LPO or a set of kommuner, from a folder of agreements:
 * the obligations of every agreement and medborgarlöfte in the folders, each kommun's duties once,
 * in date order, and the agreements that expire or are to be renewed in the period.
 *
 *   tsx examples/portfolio.ts                                   # examples/corpus, polisregion Nord, Q1 2027
 *   tsx examples/portfolio.ts --quarter 2026-Q4 --folder examples/agreements --folder examples/corpus
 *   tsx examples/portfolio.ts --region Syd --from 2026-01-01 --to 2026-06-30 --en
 *   tsx examples/portfolio.ts --all --kind situational_picture --kind action_plan --from 2025-01-01 --to 2027-12-31
 *   tsx examples/portfolio.ts --lan "Skåne län" --side police --quarter 2026-Q2 --folder examples/agreements
 *   tsx examples/portfolio.ts --lpo "Lokalpolisområde Hässleholm" --kommun Kristianstad --quarter 2026-Q1 --folder examples/agreements
 *
 * Arguments (each filter may be repeated; within one filter any value matches, across filters all must):
 *
 *   --folder <dir>     a folder of .json documents (agreements, sets, medborgarlöften); repeat it.
 *                      Default: examples/corpus. A file whose agreement is also in a set file of the
 *                      folders is left out (the set holds it), and said so.
 *   --region <name>    polisregion (default Nord); --all for the whole country.
 *   --lan <län>        län, by name or länskod ("Norrbottens län", "25").
 *   --kommun <kommun>  kommun, by name or kommunkod.
 *   --lpo <name>       lokalpolisområde, written any way ("LPO Järva").
 *   --kind <kind>      obligation kind (forum_meeting, follow_up, situational_picture, …).
 *   --side <side>      responsible side: police, municipality, joint.
 *   --from, --to       the period (default 2027-01-01 – 2027-03-31); or --quarter 2027-Q1.
 *   --en               English.
 *
 * Exit code 0 when the portfolio could be made (with or without anything due), 1 otherwise, with
 * the reason.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatIssue, formatPath, type AgreementDocument, type Locale, type Obligation, type ObligationKind, type Side } from "@samverkan/core";
import { formatPortfolioIssue, getKommun, schedulePortfolio, type PortfolioEntry, type PortfolioFilter } from "@samverkan/kommuner";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

const TEXT = {
  sv: {
    title: "Att göra",
    region: (r: string) => `polisregion ${r}`,
    country: "hela landet",
    period: (from: string, to: string) => `${from} – ${to}`,
    sources: (documents: number, folders: string, selected: number) =>
      `Underlag: ${documents} dokument i ${folders}; ${selected} ${selected === 1 ? "överenskommelse eller medborgarlöfte" : "överenskommelser och medborgarlöften"} i urvalet.`,
    skipped: (file: string, set: string) => `Utelämnad: ${file} (överenskommelsen finns redan i ${set}).`,
    selection: "I urvalet:",
    head: ["Datum", "Kommun", "Ansvar", "Vad"],
    nothing: "Inget förfaller under perioden.",
    count: (n: number) => `${n} ${n === 1 ? "punkt" : "punkter"}.`,
    expiring: "Överenskommelser som löper ut eller ska förnyas under perioden:",
    noExpiring: "Ingen överenskommelse löper ut eller ska förnyas under perioden.",
    ends: (end: string) => (end === "open" ? "gäller tills vidare" : `gäller till och med ${end}`),
    renewal: (kind: string, start: string, end: string) => `${kind === "revision" ? "revidering" : "förnyelse"} ${start} – ${end}`,
    notes: "Anmärkningar:",
    refused: "Portföljen kunde inte tas fram:",
    noFolder: (dir: string) => `Kan inte läsa mappen ${dir}.`,
    badArgs: (message: string) => `Felaktiga argument: ${message}`,
    badQuarter: "Ange kvartalet som ÅÅÅÅ-Kn, till exempel 2027-K1 eller 2027-Q1.",
    sides: { police: "Polisen", municipality: "kommunen", joint: "gemensamt" } as Record<Side, string>,
  },
  en: {
    title: "Due",
    region: (r: string) => `police region ${r}`,
    country: "the whole country",
    period: (from: string, to: string) => `${from} – ${to}`,
    sources: (documents: number, folders: string, selected: number) =>
      `From ${documents} ${documents === 1 ? "document" : "documents"} in ${folders}; ${selected} ${selected === 1 ? "agreement or medborgarlöfte" : "agreements and medborgarlöften"} selected.`,
    skipped: (file: string, set: string) => `Left out: ${file} (the agreement is in ${set} already).`,
    selection: "Selected:",
    head: ["Date", "Kommun", "Who", "What"],
    nothing: "Nothing falls due in the period.",
    count: (n: number) => `${n} ${n === 1 ? "item" : "items"}.`,
    expiring: "Agreements that expire or are to be renewed in the period:",
    noExpiring: "No agreement expires or is to be renewed in the period.",
    ends: (end: string) => (end === "open" ? "open-ended" : `valid until ${end}`),
    renewal: (kind: string, start: string, end: string) => `${kind === "revision" ? "revision" : "renewal"} ${start} – ${end}`,
    notes: "Notes:",
    refused: "The portfolio could not be made:",
    noFolder: (dir: string) => `Cannot read the folder ${dir}.`,
    badArgs: (message: string) => `Bad arguments: ${message}`,
    badQuarter: "Give the quarter as YYYY-Qn, such as 2027-Q1.",
    sides: { police: "Police", municipality: "kommun", joint: "joint" } as Record<Side, string>,
  },
} as const;

/** A document read from a folder: its file (relative to the repository) and its text. */
interface DocumentFile {
  readonly file: string;
  readonly text: string;
}

/**
 * Reads the .json files of the folders, in name order, and leaves out every file whose agreement
 * is also in a set file among them (the set holds it).
 *
 * @param folders - the folders
 * @returns the files kept, and those left out with the set file that holds each
 */
export function readFolders(folders: readonly string[]): { files: DocumentFile[]; skipped: { file: string; set: string }[] } {
  const all: DocumentFile[] = [];
  for (const folder of folders) {
    const dir = resolve(root, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const path = join(dir, name);
      all.push({ file: relative(root, path), text: readFileSync(path, "utf8") });
    }
  }
  // Which set file holds each agreement id (a file that is not JSON is left for the portfolio to report).
  const parsed = all.map((f) => {
    try {
      return JSON.parse(f.text) as Partial<AgreementDocument>;
    } catch {
      return undefined;
    }
  });
  const inSet = new Map<string, string>();
  parsed.forEach((doc, i) => {
    if (doc?.type === "agreement_set" && Array.isArray(doc.agreements)) for (const a of doc.agreements) if (typeof a?.id === "string" && !inSet.has(a.id)) inSet.set(a.id, all[i]!.file);
  });
  const files: DocumentFile[] = [];
  const skipped: { file: string; set: string }[] = [];
  parsed.forEach((doc, i) => {
    const set = doc?.type === "agreement" && typeof doc.id === "string" ? inSet.get(doc.id) : undefined;
    if (set) skipped.push({ file: all[i]!.file, set });
    else files.push(all[i]!);
  });
  return { files, skipped };
}

const pad = (text: string, width: number) => (text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/**
 * Runs the example; exported so that a test can run it with its own arguments and `log`.
 *
 * @param args - the arguments (see the file's comment)
 * @param log - where each output line goes
 * @returns the exit code: 0 when the portfolio was made, 1 otherwise
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const t = TEXT[locale];
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        folder: { type: "string", multiple: true },
        region: { type: "string", multiple: true },
        all: { type: "boolean" },
        lan: { type: "string", multiple: true },
        kommun: { type: "string", multiple: true },
        lpo: { type: "string", multiple: true },
        kind: { type: "string", multiple: true },
        side: { type: "string", multiple: true },
        from: { type: "string" },
        to: { type: "string" },
        quarter: { type: "string" },
        en: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    log(t.badArgs((error as Error).message));
    return 1;
  }

  let window = { from: values.from ?? "2027-01-01", to: values.to ?? "2027-03-31" };
  if (values.quarter !== undefined) {
    const match = /^(\d{4})-[QK]([1-4])$/i.exec(values.quarter);
    if (!match) {
      log(t.badQuarter);
      return 1;
    }
    const q = Number(match[2]);
    const last = ["03-31", "06-30", "09-30", "12-31"][q - 1]!;
    window = { from: `${match[1]}-${String(q * 3 - 2).padStart(2, "0")}-01`, to: `${match[1]}-${last}` };
  }
  const regions = values.all ? [] : (values.region ?? ["Nord"]);
  const filter: PortfolioFilter = {
    policeRegions: regions,
    counties: values.lan ?? [],
    kommuner: values.kommun ?? [],
    localPoliceAreas: values.lpo ?? [],
    // Checked by the portfolio: a kind or side it does not know is an issue with its path.
    kinds: (values.kind ?? []) as ObligationKind[],
    sides: (values.side ?? []) as Side[],
  };

  const folders = values.folder ?? ["examples/corpus"];
  let read: ReturnType<typeof readFolders>;
  try {
    read = readFolders(folders);
  } catch {
    log(t.noFolder(folders.join(", ")));
    return 1;
  }
  const { files, skipped } = read;
  const result = schedulePortfolio(
    files.map((f) => f.text),
    { window, filter },
  );
  // An issue's path starts with the document's index (or names an option).
  const where = (path: readonly (string | number)[]) =>
    typeof path[0] === "number" ? `${files[path[0]]?.file ?? path[0]} ${path.length > 1 ? formatPath(path.slice(1)) : ""}`.trim() : formatPath(path);
  if (!result.ok) {
    log(t.refused);
    for (const issue of result.issues) log(`  ${where(issue.path)}: ${formatPortfolioIssue(issue, { locale })}`);
    return 1;
  }

  const scope = [...regions.map(t.region), ...(values.lan ?? []), ...(values.kommun ?? []), ...(values.lpo ?? [])].join("; ") || t.country;
  log(`${t.title}: ${scope}, ${t.period(window.from, window.to)}`);
  log(t.sources(files.length + skipped.length, folders.join(", "), result.agreements.length));
  for (const s of skipped) log(t.skipped(s.file, s.set));
  const names = (codes: readonly string[]) => codes.map((code) => getKommun(code)?.name ?? code).join(", ");
  if (result.agreements.length) {
    log(t.selection);
    for (const a of result.agreements) log(`  ${names(a.kommuner)}: ${a.title ?? a.id} (${files[a.document]?.file ?? a.document})`);
  }
  log("");

  const byId = new Map<string, PortfolioEntry>(result.agreements.map((a) => [a.id, a]));
  const kommunOf = (o: Obligation) => names(o.municipality !== undefined ? [o.municipality] : (byId.get(o.agreementId)?.kommuner ?? []));
  if (result.obligations.length === 0) log(t.nothing);
  else {
    log(`${pad(t.head[0], 12)}${pad(t.head[1], 22)}${pad(t.head[2], 12)}${t.head[3]}`);
    for (const o of result.obligations) {
      log(`${pad(o.date, 12)}${pad(kommunOf(o), 22)}${pad(o.responsible ? t.sides[o.responsible.side] : "–", 12)}${o.title[locale]}`);
    }
    log(t.count(result.obligations.length));
  }
  log("");

  if (result.expiring.length === 0) log(t.noExpiring);
  else {
    log(t.expiring);
    for (const e of result.expiring) {
      const renewal = e.renewal ? `; ${t.renewal(e.renewal.kind, e.renewal.window.start, e.renewal.window.end)}` : "";
      log(`  ${names(e.kommuner)}: ${e.title ?? e.id}, ${t.ends(e.end)}${renewal}`);
    }
  }
  if (result.notes.length) {
    log("");
    log(t.notes);
    for (const note of result.notes) log(`  ${where(note.path)}: ${formatIssue(note, { locale })}`);
  }
  return 0;
}

// Run only when executed directly (`tsx examples/portfolio.ts`), not when a test imports main.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
