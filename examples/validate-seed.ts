/**
 * Validates a samverkansöverenskommelse and prints a short summary: the README's main example.
 *
 *   pnpm example                           # examples/agreements/kristianstad-2025-2028.json
 *   pnpm example ostra-goinge-2023-2026    # another seed, by name
 *   pnpm example path/to/agreement.json    # any document, by path
 *   pnpm example kavlinge-2019-2022 --en   # messages in English
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { formatIssue, formatPath, resolveValidity, validateAgreement, type Agreement, type Issue, type Locale } from "@samverkan/core";

// The few words of the summary itself; the issue messages come from the library in either locale.
const labels = {
  sv: {
    parties: "Parter", validity: "Giltighet", contents: "Innehåll", counts: ["forum", "fokusområden", "uppföljningar"],
    valid: "Giltig", findings: "anmärkningar", invalid: "Ogiltig", unreadable: "Kan inte läsa",
  },
  en: {
    parties: "Parties", validity: "Validity", contents: "Contents", counts: ["forums", "focus areas", "follow-ups"],
    valid: "Valid", findings: "warnings and infos", invalid: "Invalid", unreadable: "Cannot read",
  },
} as const;

/**
 * Runs the example; exported so that a test can run it with its own arguments and `log`.
 *
 * @param args - a seed name (default `kristianstad-2025-2028`) or a path to a JSON file, and `--en`
 * @param log - where each output line goes
 * @returns the exit code: 0 when the document is valid (warnings allowed), 1 when it is not
 */
export function main(args: readonly string[] = process.argv.slice(2), log: (line: string) => void = console.log): number {
  const locale: Locale = args.includes("--en") ? "en" : "sv";
  const words = labels[locale];
  const target = args.find((arg) => !arg.startsWith("--")) ?? "kristianstad-2025-2028";
  // A bare name is a seed under examples/agreements/; anything with a slash or ending in .json is a path.
  const file = /[\\/]|\.json$/i.test(target) ? target : new URL(`./agreements/${target}.json`, import.meta.url);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    log(`${words.unreadable} ${String(file)}`);
    return 1;
  }

  // validateAgreement takes the JSON text as it is: broken JSON is an issue (invalid_json), never a throw.
  const result = validateAgreement(text);
  const describe = (issue: Issue) =>
    `  ${issue.severity.padEnd(7)} ${issue.code}  ${formatPath(issue.path)}: ${formatIssue(issue, { locale })}`;

  if (!result.ok) {
    log(`${words.invalid}: ${target}`);
    for (const issue of result.issues) log(describe(issue));
    return 1;
  }

  // A document is one agreement or a set of them (a del 1 with its del 2s): summarise each agreement.
  const doc = result.value;
  const agreements: readonly Agreement[] = doc.type === "agreement_set" ? doc.agreements : [doc];
  for (const agreement of agreements) {
    const { police, municipalities } = agreement.parties;
    const lpo = police.localPoliceArea ? ` (${police.localPoliceArea.displayName})` : "";
    const kommuner = municipalities.map((m) => `${m.code} ${m.name ?? ""}`.trim()).join(", ");
    // The validity in the text's own words; failing that, as civil dates ("?" for an unknown signing date).
    const { start, end } = resolveValidity(agreement);
    log(agreement.title);
    log(`  ${words.parties}: ${police.name}${lpo}; ${kommuner}`);
    log(`  ${words.validity}: ${agreement.validity.asWritten ?? `${start ?? "?"} – ${end}`}`);
    const lists = [agreement.forums, agreement.focusAreas, agreement.followUps];
    log(`  ${words.contents}: ${lists.map((list, i) => `${list?.length ?? 0} ${words.counts[i]}`).join(", ")}`);
  }

  // Valid means no errors; warnings and infos are things a person should look at.
  log(`${words.valid}, ${result.warnings.length} ${words.findings}`);
  for (const warning of result.warnings) log(describe(warning));
  return 0;
}

// Run only when executed directly (`tsx examples/validate-seed.ts`), not when a test imports main.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
