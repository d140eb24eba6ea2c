import { randomBytes } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { link, lstat, readdir, rename, stat, unlink, writeFile, chmod } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT, codedLine } from "./errors.js";

/**
 * Where the command line writes: a stream with `write`, and whether it is a terminal (which turns
 * on colour for standard output and the progress indicator for standard error).
 *
 * @example
 * const lines: string[] = [];
 * const stdout: CliOutput = { write: (text) => lines.push(text), isTTY: false };
 */
export interface CliOutput {
  /** Writes text as it is (lines end with `\n`). */
  write(text: string): unknown;
  /** `true` when the stream is a terminal. */
  readonly isTTY?: boolean;
}

/**
 * The streams and environment {@link run} uses; each defaults to the process's own.
 *
 * @example
 * const code = await run(["validate", "avtal.json"], { env: { NO_COLOR: "1" } });
 */
export interface RunOptions {
  /** Standard output: findings, rendered text, migrated JSON. Default `process.stdout`. */
  readonly stdout?: CliOutput;
  /** Standard error: coded problem lines and the progress indicator. Default `process.stderr`. */
  readonly stderr?: CliOutput;
  /** What `-` reads. Default `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** The environment (`NO_COLOR`). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The resolved streams of a run. */
export interface IO {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The largest input read: 10 MiB. A larger file is refused before it is read. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** How standard input is named in output. */
export const STDIN_NAME = "<stdin>";

/** Node's error code of a failed file operation. */
const errno = (error: unknown): string | undefined => (error as { code?: unknown } | null)?.code as string | undefined;

/** A failed file operation as a coded problem. */
function ioProblem(error: unknown, path: string): CliError {
  switch (errno(error)) {
    case "ENOENT":
      return new CliError("file_not_found", path);
    case "EACCES":
    case "EPERM":
      return new CliError("permission_denied", path);
    case "EISDIR":
      return new CliError("is_a_directory", path);
    case "ENOTDIR":
      return new CliError("file_not_found", path);
    default:
      return new CliError("read_error", path);
  }
}

/** A file read whole: its name as the user gave it and its bytes. */
export interface Source {
  readonly name: string;
  readonly bytes: Buffer;
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new CliError("file_too_large", `${STDIN_NAME} (over ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file (or standard input for `-`): stats it first and refuses a directory or a file over
 * {@link MAX_INPUT_BYTES} without reading it; refuses bytes with a NUL in them unless `binary`.
 */
export async function readSource(path: string, io: IO, options: { binary?: boolean } = {}): Promise<Source> {
  let bytes: Buffer;
  const name = path === "-" ? STDIN_NAME : path;
  if (path === "-") {
    bytes = await readStdin(io.stdin);
  } else {
    // Synchronous on purpose: a file is read whole before anything is done with it, and the
    // promise API's round trips through the thread pool (open, stat, read, close) cost more than
    // the reading itself on a folder of small documents (docs/performance.md, "The command line").
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      throw ioProblem(error, path);
    }
    if (info.isDirectory()) throw new CliError("is_a_directory", path);
    if (!info.isFile()) throw new CliError("not_a_file", path);
    if (info.size > MAX_INPUT_BYTES) throw new CliError("file_too_large", `${path} (${info.size} bytes, the limit is ${MAX_INPUT_BYTES})`);
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw ioProblem(error, path);
    }
    // The file may have grown between stat and read.
    if (bytes.length > MAX_INPUT_BYTES) throw new CliError("file_too_large", `${path} (over ${MAX_INPUT_BYTES} bytes)`);
  }
  if (!options.binary && bytes.includes(0)) throw new CliError("binary_file", name);
  return { name, bytes };
}

/** The bytes as text: UTF-8, without a byte order mark. */
export function textOf(source: Source): string {
  const text = source.bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What a list of paths names: the files to read, and the problems with the paths that name nothing to read. */
export interface Collected {
  readonly files: string[];
  readonly problems: CliError[];
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

async function jsonFilesUnder(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      // Hidden folders (.git) and node_modules hold no documents of the user's; symbolic links are not followed into folders.
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) await jsonFilesUnder(path, out);
    } else if (entry.name.toLowerCase().endsWith(".json") && (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()))) {
      out.push(path);
    }
  }
}

/**
 * The documents the paths name: a file as it is (whatever its name), `-` for standard input, and
 * for a folder every `.json` file under it, recursively, in name order. A path that does not exist
 * and a folder without a `.json` file are problems; the rest is still read.
 */
export async function collectDocuments(paths: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: CliError[] = [];
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push(ioProblem(error, path));
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    try {
      await jsonFilesUnder(path, found);
    } catch (error) {
      problems.push(ioProblem(error, path));
      continue;
    }
    if (found.length === 0) problems.push(new CliError("no_documents", `${path} (no .json file in the folder)`));
    files.push(...found);
  }
  return { files, problems };
}

/**
 * Refuses an output path that is a folder, or a file that exists when `force` is not given. Called
 * before the work, so that a refused run writes nothing.
 */
export async function checkOutput(path: string, force: boolean): Promise<void> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errno(error) === "ENOENT") return;
    throw new CliError("write_error", path);
  }
  if (info.isDirectory()) throw new CliError("is_a_directory", path);
  if (!force) throw new CliError("output_exists", `${path} (use --force to replace it)`);
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, which then
 * replaces the target in one step (`rename`), so an interrupted run leaves either the old file or
 * the new one, never half of one. Without `force` an existing file is never replaced: the
 * temporary file is linked to the name (which fails if the name is taken) instead of renamed.
 */
export async function writeAtomically(path: string, text: string, options: { force: boolean; mode?: number }): Promise<void> {
  await checkOutput(path, options.force);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    if (options.mode !== undefined) await chmod(temporary, options.mode & 0o7777);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (errno(error) === "ENOENT") throw new CliError("folder_not_found", dirname(path));
    if (errno(error) === "EACCES" || errno(error) === "EPERM") throw new CliError("permission_denied", path);
    throw new CliError("write_error", path);
  }
  try {
    if (options.force) {
      await rename(temporary, path);
      return;
    }
    try {
      await link(temporary, path);
    } catch (error) {
      if (errno(error) === "EEXIST") throw new CliError("output_exists", `${path} (use --force to replace it)`);
      // A file system without hard links: the name was free a moment ago (checkOutput).
      await rename(temporary, path);
      return;
    }
    await unlink(temporary).catch(() => undefined);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError("write_error", path);
  }
}

/** The mode bits of a file, to keep them when it is replaced. */
export async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode;
  } catch {
    return undefined;
  }
}

export { EXIT };

/**
 * A document's text and name for a command that goes on to the next file when one cannot be read:
 * the problem is written as its coded line on standard error and `undefined` returned.
 */
export async function readTextOrReport(path: string, io: IO): Promise<{ readonly text: string; readonly name: string } | undefined> {
  try {
    const source = await readSource(path, io);
    return { text: textOf(source), name: source.name };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(codedLine(error.code, error.detail));
    return undefined;
  }
}
