// The built `samverkan` binary, run as a subprocess as a user runs it (vitest.global-setup.ts builds
// it first when dist is missing or stale).
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ObligationKindSchema, migrate, scheduleObligations, validateAgreement } from "@samverkan/core";
import { generateAgreements, makeTextPdf, seedText } from "@samverkan/test-utils";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/cli/dist/bin.js");
const seedsDir = join(root, "examples/agreements");
const corpusDir = join(root, "examples/corpus");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".json"));
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith(".json"));
const v1Dir = join(root, "packages/test-utils/fixtures/v1");
const sharedCorpus = join(root, "../shared/corpus");
const version = (JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as { version: string }).version;

// Each test starts the binary, some of them dozens of times.
vi.setConfig({ testTimeout: 60_000 });

const temp = mkdtempSync(join(tmpdir(), "samverkan-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const dir = join(temp, `t${n++}`);
  mkdirSync(dir);
  return dir;
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function samverkan(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env, input: options.input ?? "", encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, concurrently: for running the binary on each file of a folder. */
function samverkanAsync(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

/** A failure: the exit code, one coded line per problem on stderr, no stack trace. */
function expectProblem(run: Run, exit: number, code: string): void {
  expect(run.code).toBe(exit);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines.some((l) => l.startsWith(`samverkan: ${code}: `))).toBe(true);
  for (const line of lines) expect(line).toMatch(/^samverkan: [a-z_]+: \S/);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

const files = (dir: string) => readdirSync(dir).sort();

describe("samverkan", () => {
  it("--version prints the package's version, fast enough to need no package", () => {
    const run = samverkan(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each([[["--help"]], [["-h"]]])("%j lists the seven commands and an example", (args) => {
    const run = samverkan(args);
    expect(run.code).toBe(0);
    for (const command of ["validate", "schedule", "status", "new", "migrate", "render", "extract"]) expect(run.stdout).toContain(`  ${command} `);
    expect(run.stdout).toContain("Example:\n  $ samverkan validate");
  });

  it.each(["validate", "schedule", "status", "new", "migrate", "render", "extract"])("%s --help has an example", (command) => {
    const run = samverkan([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: samverkan ${command}`);
    expect(run.stdout).toMatch(new RegExp(`Example:\\n  \\$ samverkan ${command} `));
  });

  it("without a command prints the help on stderr and exits 2", () => {
    const run = samverkan([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: samverkan");
    expect(run.stderr).toContain("samverkan: missing_command: ");
  });
});

describe("samverkan validate", () => {
  it.each(seeds)("validates the seed %s", (seed) => {
    const run = samverkan(["validate", join("examples/agreements", seed)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^1 dokument: 1 giltigt, 0 med fel; \d+ varning/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(new RegExp(`^examples/agreements/${seed.replace(/\./g, "\\.")}(:\\S+)?: [a-z_]+ (warning|info) \\S`));
  });

  it("validates the folder of seeds, and the corpus folder, recursively", () => {
    const seedRun = samverkan(["validate", "examples/agreements/"]);
    expect(seedRun.code).toBe(0);
    expect(seedRun.stdout.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${seeds.length} dokument: ${seeds.length} giltiga, 0 med fel; \\d+ varningar`));
    const run = samverkan(["validate", "examples/corpus"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${corpus.length} dokument: ${corpus.length} giltiga, 0 med fel; \\d+ varningar`));
  });

  it("--json gives an array of {file, ok, warnings} for machines, --lang en English", () => {
    const run = samverkan(["validate", "examples/agreements", "--json", "--lang", "en"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { file: string; ok: boolean; warnings: { code: string; severity: string; path: unknown[]; message: string }[] }[];
    expect(out.map((o) => o.file)).toEqual(seeds.map((s) => join("examples/agreements", s)));
    expect(out.every((o) => o.ok && Array.isArray(o.warnings))).toBe(true);
    expect(out.flatMap((o) => o.warnings).find((w) => w.code === "contact_missing")?.message).toBe("The kommun has no contact person.");
    const text = samverkan(["validate", "examples/agreements", "--lang", "en"]);
    expect(text.stdout.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${seeds.length} documents: ${seeds.length} valid, 0 with errors; \\d+ warnings`));
  });

  it("--severity raises a rule to an error (exit 1) and turns one off; a bad pair is a usage problem", () => {
    const seed = "examples/agreements/arjeplog-arvidsjaur-2023-2026.json";
    const raised = samverkan(["validate", seed, "--severity", "party_without_signatory=error"]);
    expect(raised.code).toBe(1);
    expect(raised.stdout).toContain(`${seed}:parties.police: party_without_signatory error `);
    expect(raised.stdout.trimEnd().split("\n").at(-1)).toMatch(/^1 dokument: 0 giltiga, 1 med fel; /);
    const off = samverkan(["validate", seed, "--severity", "party_without_signatory=off", "--severity", "signing_date_missing=off"]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain("party_without_signatory");
    expect(off.stdout).not.toContain("signing_date_missing");
    expectProblem(samverkan(["validate", seed, "--severity", "party_without_signatory"]), 2, "invalid_severity");
    expectProblem(samverkan(["validate", seed, "--severity", "party_without_signatory=fatal"]), 2, "invalid_severity");
    expectProblem(samverkan(["validate", seed, "--severity", "no_such_rule=error"]), 2, "unknown_rule");
  });

  it("--profile validates as the kommun has configured it; an unknown profile is a usage problem", () => {
    const run = samverkan(["validate", "examples/agreements/kristianstad-2025-2028.json", "--profile", "kristianstad"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 dokument: 1 giltigt/);
    const problem = samverkan(["validate", "examples/agreements/kristianstad-2025-2028.json", "--profile", "lund"]);
    expectProblem(problem, 2, "unknown_profile");
    expect(problem.stderr).toContain("kristianstad");
    expect(problem.stdout).toBe("");
  });

  it("--as-of turns on the rules of duties that fall due; a bad date is a usage problem", () => {
    const seed = "examples/agreements/ostra-goinge-2023-2026.json";
    const without = samverkan(["validate", seed]);
    const late = samverkan(["validate", seed, "--as-of", "2030-06-01"]);
    expect([0, 1]).toContain(late.code);
    expect(late.stdout).not.toBe(without.stdout);
    expectProblem(samverkan(["validate", seed, "--as-of", "2026-13-01"]), 2, "invalid_date");
    expectProblem(samverkan(["validate", seed, "--as-of", "1 juni"]), 2, "invalid_date");
  });

  it("reads standard input with -", () => {
    const run = samverkan(["validate", "-"], { input: readFileSync(join(seedsDir, "kristianstad-2025-2028.json")) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("<stdin>:parties.municipalities[0]: contact_missing warning ");
    expect(samverkan(["validate", "-"], { input: "{" }).stdout).toContain("<stdin>: invalid_json error ");
  });

  it("a document with errors exits 1; the others are still validated", () => {
    const dir = folder();
    copyFileSync(join(seedsDir, "kavlinge-2019-2022.json"), join(dir, "a.json"));
    writeFileSync(join(dir, "b.json"), JSON.stringify({ schemaVersion: 2, type: "agreement" }));
    writeFileSync(join(dir, "c.json"), "inte json");
    const run = samverkan(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(dir, "b.json")}:id: missing_field error `);
    expect(run.stdout).toContain(`${join(dir, "c.json")}: invalid_json error `);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^3 dokument: 1 giltigt, 2 med fel; /);
  });
});

describe("bad input: a coded line, the right exit code, nothing written", () => {
  it.each([
    ["a missing file", () => ["validate", "finns-inte.json"], 2, "file_not_found"],
    ["a folder without documents", () => ["validate", folder()], 2, "no_documents"],
    ["an unknown flag", () => ["validate", "--strict", "examples/agreements"], 2, "unknown_option"],
    ["an unknown command", () => ["valdate", "avtal.json"], 2, "unknown_command"],
    ["a missing argument", () => ["render"], 2, "missing_argument"],
    ["too many arguments", () => ["render", "a.json", "b.json"], 2, "too_many_arguments"],
    ["a bad choice", () => ["render", "examples/agreements/kavlinge-2019-2022.json", "--format", "pdf"], 2, "invalid_value"],
    ["an option without its value", () => ["render", "examples/agreements/kavlinge-2019-2022.json", "--out"], 2, "missing_value"],
    ["a folder to render", () => ["render", "examples/agreements"], 2, "is_a_directory"],
    ["a missing file to render", () => ["render", "finns-inte.json"], 2, "file_not_found"],
    ["a missing file to extract", () => ["extract", "finns-inte.txt"], 2, "file_not_found"],
    ["a missing file to migrate", () => ["migrate", "finns-inte.json"], 2, "file_not_found"],
    ["a file extract does not read", () => ["extract", "avtal.docx"], 2, "unsupported_format"],
  ] as const)("%s", (_, args, exit, code) => {
    const run = samverkan(args());
    expectProblem(run, exit, code);
  });

  it("suggests the command or flag that was probably meant", () => {
    expect(samverkan(["valdate", "x"]).stderr).toBe("samverkan: unknown_command: valdate (did you mean validate?)\n");
    expect(samverkan(["render", "x", "--forse"]).stderr).toBe("samverkan: unknown_option: --forse (did you mean --force?)\n");
  });

  it("refuses a binary file in every command", () => {
    const dir = folder();
    const file = join(dir, "bild.json");
    writeFileSync(file, Buffer.from([0x7b, 0x00, 0x7d, 0xff]));
    writeFileSync(join(dir, "bild.txt"), Buffer.from([0x41, 0x00, 0x42]));
    for (const args of [["validate", file], ["migrate", file], ["render", file], ["extract", join(dir, "bild.txt")]]) {
      const run = samverkan(args);
      expectProblem(run, 2, "binary_file");
      expect(run.stdout.replace(/^.*dokument.*\n$/, "")).toBe("");
    }
  });

  it("refuses a file over 10 MB without reading it, in every command", () => {
    const dir = folder();
    const big = join(dir, "stor.json");
    writeFileSync(big, "");
    truncateSync(big, 10 * 1024 * 1024 + 1); // sparse: the size is there, the bytes are not
    copyFileSync(big, join(dir, "stor.txt"));
    for (const args of [["validate", big], ["migrate", big], ["render", big], ["extract", join(dir, "stor.txt")]]) expectProblem(samverkan(args), 2, "file_too_large");
    expectProblem(samverkan(["validate", "-"], { input: Buffer.alloc(10 * 1024 * 1024 + 10, 0x20) }), 2, "file_too_large");
  });

  it("a missing file among good ones: coded line, the rest validated, exit 2", () => {
    const run = samverkan(["validate", "finns-inte.json", "examples/agreements/kavlinge-2019-2022.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("samverkan: file_not_found: finns-inte.json\n");
    expect(run.stdout).toMatch(/1 dokument: 1 giltigt, 0 med fel, 1 kunde inte läsas; /);
  });
});

describe("samverkan migrate", () => {
  it.each(readdirSync(v1Dir).filter((f) => f.endsWith(".json")))("migrates the version 1 document %s to standard output", (file) => {
    const text = readFileSync(join(v1Dir, file), "utf8");
    const run = samverkan(["migrate", join(v1Dir, file)]);
    expect(run.code).toBe(0);
    const expected = migrate(text);
    expect(expected.ok && expected.from).toBe(1);
    if (expected.ok) expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected.value)));
  });

  it.each(seeds)("prints the seed %s (already version 2) as a checked copy", (seed) => {
    const run = samverkan(["migrate", join("examples/agreements", seed)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: 2 });
  });

  it("--write replaces each version 1 file in place, atomically, and leaves version 2 files alone", () => {
    const dir = folder();
    for (const f of ["kavlinge-2019-2022.json", "started-joint.json"]) copyFileSync(join(v1Dir, f), join(dir, f));
    for (const f of corpus) copyFileSync(join(corpusDir, f), join(dir, f));
    const before = statSync(join(dir, corpus[0]!)).mtimeMs;
    const names = files(dir);
    const run = samverkan(["migrate", "--write", ...names.map((f) => join(dir, f))]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`${join(dir, "kavlinge-2019-2022.json")}: version 1 → 2, ersatt`);
    expect(run.stdout).toContain(`${join(dir, corpus[0]!)}: redan version 2, orörd`);
    expect(files(dir)).toEqual(names); // no temporary file left
    expect(JSON.parse(readFileSync(join(dir, "kavlinge-2019-2022.json"), "utf8"))).toMatchObject({ schemaVersion: 2 });
    expect(statSync(join(dir, corpus[0]!)).mtimeMs).toBe(before);
    expect(samverkan(["validate", dir]).code).toBe(0);
  });

  it("a document that cannot be migrated: its findings, exit 1, the file untouched", () => {
    const dir = folder();
    const file = join(dir, "avtal.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 7 }));
    const run = samverkan(["migrate", "--write", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:schemaVersion: unsupported_schema_version error `);
    expect(run.stderr).toContain(`samverkan: not_migrated: ${file}`);
    expect(readFileSync(file, "utf8")).toBe(JSON.stringify({ schemaVersion: 7 }));
    expect(files(dir)).toEqual(["avtal.json"]);
  });

  it("prints one document; several need --write; standard input cannot be written", () => {
    expectProblem(samverkan(["migrate", join(v1Dir, "kavlinge-2019-2022.json"), join(v1Dir, "started-joint.json")]), 2, "too_many_files");
    expectProblem(samverkan(["migrate", "--write", "-"]), 2, "stdin_not_writable");
    const run = samverkan(["migrate", "-"], { input: readFileSync(join(v1Dir, "kavlinge-2019-2022.json")) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: 2 });
  });
});

describe("samverkan render", () => {
  it.each(seeds)("renders the seed %s to Markdown", (seed) => {
    const run = samverkan(["render", join("examples/agreements", seed)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^# /);
  });

  it("renders every corpus document to HTML in English", async () => {
    const runs = await Promise.all(corpus.map((file) => samverkanAsync(["render", join("examples/corpus", file), "--format", "html", "--lang", "en"])));
    for (const [i, run] of runs.entries()) {
      expect(run.code, corpus[i]).toBe(0);
      expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
      expect(run.stdout).toContain('lang="en"');
    }
  });

  it("--out writes atomically, never over a file without --force", () => {
    const dir = folder();
    const out = join(dir, "avtal.html");
    const seed = "examples/agreements/kristianstad-2025-2028.json";
    const first = samverkan(["render", seed, "--format", "html", "--out", out]);
    expect(first).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/i);
    writeFileSync(out, "mitt eget");
    expectProblem(samverkan(["render", seed, "--out", out]), 2, "output_exists");
    expect(readFileSync(out, "utf8")).toBe("mitt eget");
    expect(samverkan(["render", seed, "--out", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^# /);
    expect(files(dir)).toEqual(["avtal.html"]);
    expectProblem(samverkan(["render", seed, "--out", join(dir, "saknas", "avtal.md")]), 2, "folder_not_found");
    expectProblem(samverkan(["render", seed, "--out", dir]), 2, "is_a_directory");
    expect(files(dir)).toEqual(["avtal.html"]);
  });

  it("an invalid document: its findings and a coded line, exit 1, nothing written", () => {
    const dir = folder();
    const run = samverkan(["render", "-", "--out", join(dir, "avtal.md")], { input: JSON.stringify({ schemaVersion: 2, type: "agreement" }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("<stdin>:id: missing_field error ");
    expect(run.stderr).toContain("samverkan: invalid_document: <stdin>\n");
    expect(files(dir)).toEqual([]);
    expect(samverkan(["render", "-"], { input: "inte json" }).code).toBe(1);
  });
});

describe("samverkan extract", () => {
  it.each(["kristianstad-2025-2028", "kavlinge-2019-2022"] as const)("reads the seed text %s: facts with quotes, and what is missing", (seed) => {
    const dir = folder();
    const file = join(dir, `${seed}.txt`);
    writeFileSync(file, seedText(seed));
    const run = samverkan(["extract", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Hittat \(\d+\):\n/);
    expect(run.stdout).toMatch(/^ {2}kommun +\d{4} {2}".+"$/m);
    expect(run.stdout).toMatch(/^Saknas \(\d+\): /m);
    expect(files(dir)).toEqual([`${seed}.txt`]);
  });

  it("reads the corpus texts (Markdown) of ../shared/corpus", async () => {
    if (!existsSync(sharedCorpus)) return; // the shared data sits beside the clone in CI
    const texts = readdirSync(sharedCorpus).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(texts.length).toBeGreaterThan(10);
    const runs = await Promise.all(texts.map((file) => samverkanAsync(["extract", join(sharedCorpus, file), "--json"])));
    for (const [i, run] of runs.entries()) {
      expect(run.code, texts[i]).toBe(0);
      const out = JSON.parse(run.stdout) as { fields: { quote: string }[]; missing: string[]; draft: { schemaVersion: number } };
      expect(out.draft.schemaVersion).toBe(2);
      expect(Array.isArray(out.missing)).toBe(true);
    }
  });

  it("reads a PDF, and a draft it writes with --out validates", () => {
    const dir = folder();
    const pdf = join(dir, "avtal.pdf");
    writeFileSync(pdf, makeTextPdf([seedText("kristianstad-2025-2028")]));
    const out = join(dir, "utkast.json");
    const run = samverkan(["extract", pdf, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Found \(\d+\):\n/);
    expect(run.stderr).toBe(`The draft was written to ${out}\n`);
    expect(samverkan(["validate", out]).code).toBe(0);
    expectProblem(samverkan(["extract", pdf, "--out", out]), 2, "output_exists");
    expect(samverkan(["extract", pdf, "--out", out, "--force"]).code).toBe(0);
    expect(files(dir)).toEqual(["avtal.pdf", "utkast.json"]);
    writeFileSync(join(dir, "trasig.pdf"), "%PDF-1.4 inte mer");
    expectProblem(samverkan(["extract", join(dir, "trasig.pdf")]), 1, "pdf_malformed");
  });

  it("reads text from standard input", () => {
    const run = samverkan(["extract", "-", "--json"], { input: seedText("kristianstad-2025-2028") });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { file: string }).file).toBe("<stdin>");
  });
});

describe("290 generated agreements in a folder", () => {
  it("are validated in one run: exit code and summary, no progress on a pipe", () => {
    const dir = folder();
    const docs = generateAgreements(290, 11);
    docs.forEach((doc, i) => writeFileSync(join(dir, `avtal-${String(i).padStart(3, "0")}.json`), JSON.stringify(doc)));
    const run = samverkan(["validate", dir]);
    const summary = run.stdout.trimEnd().split("\n").at(-1) ?? "";
    const [, valid = "", invalid = ""] = /^290 dokument: (\d+) giltiga, (\d+) med fel; \d+ varningar/.exec(summary) ?? [];
    expect(Number(valid) + Number(invalid)).toBe(290);
    expect(run.code).toBe(Number(invalid) > 0 ? 1 : 0);
    expect(run.stderr).toBe("");
    const json = JSON.parse(samverkan(["validate", dir, "--json"]).stdout) as { ok: boolean }[];
    expect(json).toHaveLength(290);
    expect(json.filter((o) => o.ok)).toHaveLength(Number(valid));
  });
});

describe("colour", () => {
  it("is never written to a pipe, with or without NO_COLOR", () => {
    for (const env of [{}, { NO_COLOR: "1" }]) {
      const run = samverkan(["validate", "examples/agreements/"], { env });
      expect(run.stdout).not.toContain("\u001b[");
      expect(run.stderr).not.toContain("\u001b[");
    }
  });
});

const seedPath = (seed: string) => join("examples/agreements", seed);

describe("samverkan schedule", () => {
  it.each(seeds)("lists the seed %s's obligations as an aligned table: date, kind, title, kommun", (seed) => {
    const run = samverkan(["schedule", seedPath(seed), "--from", "2025-01-01", "--to", "2025-12-31"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^datum +typ +titel +kommun$/);
    const titleAt = lines[0]!.indexOf("titel");
    const rows = lines.slice(1, -1).filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
    for (const row of rows) expect(row[titleAt - 1]).toBe(" ");
    expect(lines.find((l) => / punkt(er)?, 2025-01-01 – 2025-12-31$/.test(l))).toBeDefined();
    const document = validateAgreement(readFileSync(join(seedsDir, seed), "utf8"));
    if (!document.ok) throw new Error(seed);
    const expected = scheduleObligations(document.value, { window: { from: "2025-01-01", to: "2025-12-31" } });
    expect(expected.ok && rows.length).toBe(expected.ok && expected.obligations.length);
  });

  it("--json, --csv (RFC 4180) and --ics give the same obligations; --lang en English", () => {
    const seed = seedPath("kristianstad-2025-2028.json");
    const window = ["--from", "2026-01-01", "--to", "2026-12-31"];
    const json = JSON.parse(samverkan(["schedule", seed, ...window, "--json"]).stdout) as { window: unknown; obligations: { id: string; title: { en: string } }[] };
    expect(json.window).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(json.obligations.length).toBeGreaterThan(0);
    const csv = samverkan(["schedule", seed, ...window, "--csv", "--lang", "en"]);
    expect(csv.code).toBe(0);
    const records = csv.stdout.split("\r\n");
    expect(records[0]).toBe("date,kind,title,kommun,agreement,id");
    expect(records.at(-1)).toBe("");
    expect(records).toHaveLength(json.obligations.length + 2);
    expect(records[1]!.endsWith(`,${json.obligations[0]!.id}`)).toBe(true);
    const ics = samverkan(["schedule", seed, ...window, "--ics"]);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(json.obligations.length);
    expectProblem(samverkan(["schedule", seed, ...window, "--csv", "--json"]), 2, "conflicting_options");
  });

  it("quotes CSV fields with commas and quotes", () => {
    const run = samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--csv"]);
    expect(run.code).toBe(0);
    for (const record of run.stdout.split("\r\n").slice(1, -1)) expect(record).toMatch(/^\d{4}-\d{2}-\d{2},[a-z_]+,("([^"]|"")*"|[^",]*),("([^"]|"")*"|[^",]*),[^,]+,[^,]+$/);
  });

  it("schedules the corpus folder as one portfolio, merged and sorted, with filters", () => {
    const all = samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--json"]);
    expect(all.code).toBe(0);
    const out = JSON.parse(all.stdout) as { obligations: { date: string; kind: string; municipality?: string; agreementId: string }[]; expiring: unknown[] };
    expect(out.obligations.length).toBeGreaterThan(50);
    expect(Array.isArray(out.expiring)).toBe(true);
    const dates = out.obligations.map((o) => o.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(out.obligations.map((o) => o.agreementId)).size).toBeGreaterThan(3);
    const nord = JSON.parse(samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--region", "Nord", "--json"]).stdout) as typeof out;
    expect(nord.obligations.length).toBeGreaterThan(0);
    expect(nord.obligations.length).toBeLessThan(out.obligations.length);
    const kinds = JSON.parse(samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--kind", "forum_meeting,renewal", "--kind", "safety_survey", "--json"]).stdout) as typeof out;
    expect(new Set(kinds.obligations.map((o) => o.kind))).toEqual(new Set(["forum_meeting", "renewal", "safety_survey"].filter((k) => out.obligations.some((o) => o.kind === k))));
    const lan = samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--lan", "Skåne", "--kommun", "Tomelilla"]);
    expect(lan.code).toBe(0);
    const rows = lan.stdout.split("\n").filter((l) => /^\d{4}-/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Tomelilla$/);
    const kommun = samverkan(["schedule", "examples/corpus", "--from", "2024-01-01", "--to", "2024-12-31", "--kommun", "1270"]);
    expect(kommun.stdout).toBe(lan.stdout);
  });

  it("--out writes atomically, never over a file without --force", () => {
    const dir = folder();
    const out = join(dir, "schema.ics");
    const args = ["schedule", seedPath("kavlinge-2019-2022.json"), "--from", "2020-01-01", "--to", "2020-12-31", "--ics", "--out", out];
    expect(samverkan(args)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^BEGIN:VCALENDAR/);
    writeFileSync(out, "mitt eget");
    expectProblem(samverkan(args), 2, "output_exists");
    expect(readFileSync(out, "utf8")).toBe("mitt eget");
    expect(samverkan([...args, "--force"]).code).toBe(0);
    expect(files(dir)).toEqual(["schema.ics"]);
  });

  it("an invalid document: its findings and a coded line, exit 1", () => {
    const run = samverkan(["schedule", "-", "--from", "2025-01-01", "--to", "2025-12-31"], { input: JSON.stringify({ schemaVersion: 2, type: "agreement" }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("<stdin>:id: missing_field error ");
    expect(run.stderr).toContain("samverkan: invalid_document: <stdin>\n");
    expect(run.stdout).toBe("");
  });
});

describe("samverkan status", () => {
  const seed = seedPath("ostra-goinge-2023-2026.json");

  it.each(seeds)("judges the seed %s on a day: overdue, due and coming", (file) => {
    const run = samverkan(["status", seedPath(file), "--today", "2026-03-01"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Läget 2026-03-01 \(schemat \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}\)\n/);
    for (const heading of ["Försenat (", "Ska göras nu (", "Kommande ("]) expect(run.stdout).toContain(heading);
  });

  it("counts completions and lists those that match nothing; --json for machines", () => {
    const dir = folder();
    const completions = join(dir, "klart.json");
    writeFileSync(
      completions,
      JSON.stringify([
        { obligationId: "ostra-goinge-2023-2026/follow_up/arlig-uppfoljning/2024", completedOn: "2025-01-20" },
        { obligationId: "ostra-goinge-2023-2026/safety_survey/trygghetsmatning/2024", outcome: "not_done" },
        { obligationId: "finns-inte/2030" },
      ]),
    );
    const run = samverkan(["status", seed, "--today", "2025-02-15", "--completions", completions, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Done: 1, partly: 0, not done: 1\n");
    expect(run.stdout).toContain("Completions that match nothing: 1\n");
    expect(run.stdout).toContain(`  ${completions}:[2]: completion_unmatched warning `);
    const json = JSON.parse(samverkan(["status", seed, "--today", "2025-02-15", "--completions", completions, "--json"]).stdout) as {
      today: string;
      statuses: { state: string; obligation: { id: string } }[];
      unmatched: { code: string; path: unknown[] }[];
    };
    expect(json.today).toBe("2025-02-15");
    expect(json.statuses.find((s) => s.obligation.id === "ostra-goinge-2023-2026/follow_up/arlig-uppfoljning/2024")?.state).toBe("done");
    expect(json.statuses.some((s) => s.state === "overdue")).toBe(true);
    expect(json.unmatched).toEqual([expect.objectContaining({ code: "completion_unmatched", path: [2] })]);
  });

  it("judges the corpus folder as one portfolio", () => {
    const run = samverkan(["status", "examples/corpus", "--today", "2024-06-01", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { window: { from: string; to: string }; statuses: { state: string; obligation: { date: string } }[] };
    expect(json.window).toEqual({ from: "2023-06-01", to: "2025-06-01" });
    expect(json.statuses.filter((s) => s.state === "overdue").every((s) => s.obligation.date < "2024-06-01")).toBe(true);
    expect(json.statuses.some((s) => s.state === "upcoming")).toBe(true);
  });
});

describe("samverkan new", () => {
  it.each(["single", "lpo_group", "joint", "strategic_local", "multi_lpo", "framework"] as const)("starts a %s agreement that validates, with what is left to fill in", (kind) => {
    const examples: Record<string, string[]> = {
      single: ["Kävlinge"],
      lpo_group: ["Östra Göinge,Osby,Hässleholm", "--lpo", "Lokalpolisområde Hässleholm"],
      joint: ["Sorsele", "Storuman", "Lycksele"],
      strategic_local: ["Arjeplog", "Arvidsjaur"],
      multi_lpo: ["Göteborg", "--lpo", "LPO Centrum", "--lpo", "LPO Hisingen"],
      framework: ["Kristianstad"],
    };
    const dir = folder();
    const run = samverkan(["new", ...examples[kind]!, "--kind", kind, "--from", "2027", "--out", `${dir}/`]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Att fylla i \(\d+\):$/m);
    expect(run.stdout).toMatch(/^Första året, 2027-01-01 – 2027-12-31: \d+ punkt/m);
    const [written] = files(dir);
    expect(run.stderr).toBe(`Sparad: ${join(dir, written!)}\n`);
    expect(samverkan(["validate", join(dir, written!)]).code).toBe(0);
  });

  it("--json gives the document and what is missing; without --out nothing is written", () => {
    const dir = folder();
    const run = samverkan(["new", "1290", "--from", "2027-03-01", "--years", "3", "--json", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { document: { id: string; validity: unknown }; missing: { code: string }[]; obligations: unknown[] };
    expect(json.document.validity).toEqual({ start: { type: "date", date: "2027-03-01" }, end: { type: "date", date: "2030-02-28" } });
    expect(json.missing.map((m) => m.code)).toContain("party_without_signatory");
    expect(json.obligations.length).toBeGreaterThan(0);
    expect(files(dir)).toEqual([]);
    const empty = samverkan(["new", "Falun", "--lpo", "Lokalpolisområde Falun", "--from", "2020-03-10", "--empty", "--no-profile"], { cwd: dir });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe("Inte sparad: ange --out <fil eller mapp/> för att spara dokumentet.\n");
    expect(files(dir)).toEqual([]);
  });

  it("never writes over a file without --force", () => {
    const dir = folder();
    const out = join(dir, "avtal.json");
    writeFileSync(out, "mitt eget");
    expectProblem(samverkan(["new", "Kävlinge", "--from", "2027", "--out", out]), 2, "output_exists");
    expect(readFileSync(out, "utf8")).toBe("mitt eget");
    expect(samverkan(["new", "Kävlinge", "--from", "2027", "--out", out, "--force"]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ id: "kavlinge-2027-2030" });
    expect(files(dir)).toEqual(["avtal.json"]);
  });
});

describe("bad input to schedule, status and new: a coded line, the right exit code, nothing written", () => {
  const seed = seedPath("kristianstad-2025-2028.json");
  const window = ["--from", "2026-01-01", "--to", "2026-12-31"];
  it.each([
    ["an unknown kommun", ["schedule", "examples/corpus", ...window, "--kommun", "Kristiansstad"], "unknown_kommun"],
    ["an unknown län", ["schedule", "examples/corpus", ...window, "--lan", "Atlantis"], "unknown_lan"],
    ["an unknown polisregion", ["schedule", "examples/corpus", ...window, "--region", "Väst-Nord"], "unknown_region"],
    ["an unknown kind", ["schedule", seed, ...window, "--kind", "meeting"], "unknown_kind"],
    ["a bad date", ["schedule", seed, "--from", "2026-02-30", "--to", "2026-12-31"], "invalid_date"],
    ["a date that is no date", ["schedule", seed, "--from", "i går", "--to", "2026-12-31"], "invalid_date"],
    ["--from after --to", ["schedule", seed, "--from", "2026-12-31", "--to", "2026-01-01"], "invalid_window"],
    ["a missing --to", ["schedule", seed, "--from", "2026-01-01"], "missing_option"],
    ["a missing file", ["schedule", "finns-inte.json", ...window], "file_not_found"],
    ["a missing --today", ["status", seed], "missing_option"],
    ["a bad --today", ["status", seed, "--today", "2026-13-01"], "invalid_date"],
    ["a missing completions file", ["status", seed, "--today", "2026-03-01", "--completions", "finns-inte.json"], "file_not_found"],
    ["an unknown kommun to start", ["new", "Kristiansstad", "--from", "2027"], "unknown_kommun"],
    ["an ambiguous kommun to start", ["new", "Häbo", "--from", "2027"], "ambiguous_kommun"],
    ["an unknown configuration", ["new", "Osby", "--kind", "regional"], "invalid_value"],
    ["too few lokalpolisområden", ["new", "Göteborg", "--kind", "multi_lpo", "--lpo", "LPO Centrum", "--from", "2027"], "wrong_local_police_area_count"],
    ["one kommun for several", ["new", "Osby", "--kind", "joint", "--from", "2027"], "wrong_municipality_count"],
    ["a bad --from", ["new", "Osby", "--from", "nästa år"], "invalid_date"],
    ["a bad --years", ["new", "Osby", "--from", "2027", "--years", "11"], "invalid_years"],
  ] as const)("%s", (_, args, code) => {
    const dir = folder();
    const run = samverkan([...args, ...(args[0] === "status" ? [] : ["--out", join(dir, "ut")])]);
    expectProblem(run, 2, code);
    expect(run.stdout).toBe("");
    expect(files(dir)).toEqual([]);
  });

  it("a completions file that is not JSON, or not completions", () => {
    const dir = folder();
    writeFileSync(join(dir, "klart.json"), "inte json");
    expectProblem(samverkan(["status", seed, "--today", "2026-03-01", "--completions", join(dir, "klart.json")]), 2, "invalid_completions");
    writeFileSync(join(dir, "klart.json"), JSON.stringify([{ completedOn: "igår" }]));
    const run = samverkan(["status", seed, "--today", "2026-03-01", "--completions", join(dir, "klart.json")]);
    expectProblem({ ...run, stderr: run.stderr.split("\n").filter((l) => l.startsWith("samverkan:")).join("\n") }, 2, "invalid_completions");
    expect(run.stderr).toContain(`${join(dir, "klart.json")}:[0].obligationId: missing_field error `);
    expect(files(dir)).toEqual(["klart.json"]);
  });

  it("suggests every kind of obligation when the kind is unknown", () => {
    const run = samverkan(["schedule", seed, ...window, "--kind", "meeting"]);
    for (const kind of ObligationKindSchema.options) expect(run.stderr).toContain(kind);
  });
});
