// The examples the page offers one click away, gathered when the page is built (a Vite virtual
// module, `virtual:samverkan-examples`), so that no copy of them is committed to the app:
//
// - the seeds' texts, `../shared/seeds/*.txt` beside the checkout (as the repository's tests read them);
// - the corpus pages' verbatim sections, `../shared/corpus/*.md`, each with the address it was taken from;
// - the transcribed seeds and corpus documents, `examples/agreements/*.json` and `examples/corpus/*.json`;
// - version 1 fixtures, `packages/test-utils/fixtures/v1/`, to show the migration.
//
// Without `../shared` the page is built with the repository's JSON examples only, and says so.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import type { ExampleData } from "../src/examples.js";

/** The seeds by file name, as the page names them. */
const SEED_LABELS: Readonly<Record<string, string>> = {
  "arjeplog-arvidsjaur-2023-2026": "Arjeplog och Arvidsjaur 2023–2026",
  "kavlinge-2019-2022": "Kävlinge 2019–2022",
  "kristianstad-2025-2028": "Kristianstad 2025–2028",
  "ostra-goinge-2016-2018": "Östra Göinge 2016–2018",
  "ostra-goinge-2023-2026": "Östra Göinge 2023–2026",
  "arjeplog-arvidsjaur-set": "Arjeplog och Arvidsjaur 2023–2026, del 1 med två del 2",
};

/** The version 1 fixtures the page offers (the generated ones are for benches). */
const V1_FILES = ["kavlinge-2019-2022", "ostra-goinge-2016-2018", "arjeplog-arvidsjaur-set"];

const VIRTUAL_ID = "virtual:samverkan-examples";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function files(dir: string, extension: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .sort()
    : [];
}

/** A JSON file, minified (the page pretty-prints what it loads into the editor). */
function json(path: string): string {
  return JSON.stringify(JSON.parse(text(path)));
}

/** The files an example was read from, for the dev server to watch. */
const read: string[] = [];
function text(path: string): string {
  read.push(path);
  return readFileSync(path, "utf8");
}

/** The title of a JSON document, for its label. */
function titleOf(content: string, fallback: string): string {
  const doc = JSON.parse(content) as { title?: unknown; id?: unknown };
  return typeof doc.title === "string" ? doc.title : typeof doc.id === "string" ? doc.id : fallback;
}

/** The verbatim sections of a corpus page (as `@samverkan/test-utils`'s `corpusSections` reads them). */
export function corpusExamples(name: string, markdown: string): ExampleData[] {
  const heading = /^# (.*)$/m.exec(markdown)?.[1] ?? name;
  // "Grästorps kommun – Lokalpolisområde Västra Skaraborg: samverkansöverenskommelse …": the parties.
  const parties = heading.split(":")[0]!.trim();
  const sources = [...markdown.matchAll(/^- Source[^:]*?(?:\([^)]*\))?:\s*(\S+)/gm)].map((m) => m[1]!);
  const sections = markdown.split(/^## /m).slice(1).filter((part) => part.startsWith("Verbatim text"));
  return sections.map((part, i) => {
    const newline = part.indexOf("\n");
    const title = part.slice(0, newline).trim();
    const number = /Source (\d+)/.exec(title)?.[1];
    const source = number === undefined ? sources[0] : (sources[Number(number) - 1] ?? sources[0]);
    const years = /(\d{4}(?:-\d{4})?)/.exec(name)?.[1];
    const label = `${parties}${years ? ` (${years.replace("-", "–")})` : ""}${sections.length > 1 ? `, ${i + 1}/${sections.length}` : ""}`;
    return {
      id: `corpus-text/${name}${sections.length > 1 ? `-${i + 1}` : ""}`,
      group: "corpus-text",
      label,
      format: "text",
      content: part.slice(newline + 1).replace(/^\n+/, ""),
      ...(source !== undefined && { source }),
    } satisfies ExampleData;
  });
}

/** Every example, read from the repository at `root` and from `shared` (`../shared`). */
export function collectExamples(root: string, shared: string): { examples: ExampleData[]; sharedFound: boolean; files: string[] } {
  const examples: ExampleData[] = [];
  read.length = 0;
  const seeds = join(shared, "seeds");
  for (const file of files(seeds, ".txt")) {
    const name = file.slice(0, -".txt".length);
    examples.push({ id: `seed-text/${name}`, group: "seed-text", label: SEED_LABELS[name] ?? name, format: "text", content: text(join(seeds, file)) });
  }
  const agreements = join(root, "examples", "agreements");
  for (const file of files(agreements, ".json")) {
    const name = file.slice(0, -".json".length);
    const content = json(join(agreements, file));
    examples.push({ id: `seed-json/${name}`, group: "seed-json", label: SEED_LABELS[name] ?? titleOf(content, name), format: "json", content });
  }
  const v1 = join(root, "packages", "test-utils", "fixtures", "v1");
  for (const name of V1_FILES) {
    const path = join(v1, `${name}.json`);
    if (existsSync(path)) examples.push({ id: `v1/${name}`, group: "v1", label: SEED_LABELS[name] ?? name, format: "json", content: json(path) });
  }
  const corpus = join(shared, "corpus");
  for (const file of files(corpus, ".md").filter((f) => f !== "README.md")) {
    examples.push(...corpusExamples(file.slice(0, -".md".length), text(join(corpus, file))));
  }
  const corpusJson = join(root, "examples", "corpus");
  for (const file of files(corpusJson, ".json")) {
    const name = file.slice(0, -".json".length);
    const content = json(join(corpusJson, file));
    examples.push({ id: `corpus-json/${name}`, group: "corpus-json", label: titleOf(content, name), format: "json", content });
  }
  return { examples, sharedFound: existsSync(seeds), files: [...read] };
}

/**
 * The Vite plugin: `import { examples } from "virtual:samverkan-examples"` gives the examples, read
 * when the page is built (and again in the dev server when a file changes).
 */
export function examplesPlugin(root: string, shared: string): Plugin {
  return {
    name: "samverkan-examples",
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { examples, sharedFound, files } = collectExamples(root, shared);
      if (!sharedFound) this.warn(`no ${join(shared, "seeds")}: the page offers the repository's JSON examples only, not the seeds' and the corpus's texts`);
      for (const file of files) this.addWatchFile(file);
      return `export const examples = ${JSON.stringify(examples)};\nexport const sharedFound = ${JSON.stringify(sharedFound)};\n`;
    },
  };
}
