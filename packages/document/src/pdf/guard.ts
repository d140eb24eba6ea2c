// pdf.js can leave a promise rejected with no one listening when a file is damaged (seen at 6.1.200;
// the guard stays for every version): Catalog.getPageDict prefetches the kids of the top-level page tree and does not await the ones
// it no longer needs, so one that fails to parse (an XRefEntryException) is an unhandled
// rejection. unpdf's serverless build runs pdf.js in the calling thread, and Node.js ends the
// process on an unhandled rejection by default: one damaged upload would stop a server. So while a
// read runs (and for a second after, for work pdf.js finishes late), a listener takes the
// unhandled rejections that come from pdf.js and leaves the others as Node would treat them.
// Browsers only log unhandled rejections; there is nothing to do there.

type Listener = (reason: unknown) => void;

/** The part of Node's `process` used here; read from globalThis, so nothing is imported. */
interface ProcessLike {
  on(event: "unhandledRejection", listener: Listener): unknown;
  off(event: "unhandledRejection", listener: Listener): unknown;
  listenerCount(event: "unhandledRejection"): number;
}

/** How long the listener stays after the last read, in ms, for pdf.js work that settles late. */
const LINGER_MS = 1000;

/** The names pdf.js gives its own exceptions (core and display). */
const PDFJS_EXCEPTIONS = new Set([
  "AbortException",
  "FormatError",
  "InvalidPDFException",
  "MissingDataException",
  "ParserEOFException",
  "PasswordException",
  "ResponseException",
  "UnknownErrorException",
  "XRefEntryException",
  "XRefParseException",
]);

/** The timer functions every runtime has (the package's lib has no DOM or Node types). */
const timers = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
};

let running = 0;
let installed: ProcessLike | undefined;
let removal: unknown;

/** A rejection reason that pdf.js made: one of its exceptions, or an error thrown in its bundle. */
function fromPdfJs(reason: unknown): boolean {
  if (typeof reason !== "object" || reason === null) return false;
  const { name, stack } = reason as { name?: unknown; stack?: unknown };
  return (typeof name === "string" && PDFJS_EXCEPTIONS.has(name)) || (typeof stack === "string" && /unpdf[\\/]dist[\\/]pdfjs\.mjs/.test(stack));
}

const listener: Listener = (reason) => {
  if (fromPdfJs(reason)) return;
  // Not ours. With no other listener, Node would raise it as an uncaught exception: do the same.
  if (installed !== undefined && installed.listenerCount("unhandledRejection") === 1) throw reason;
};

function nodeProcess(): ProcessLike | undefined {
  const candidate = (globalThis as { process?: Partial<ProcessLike> }).process;
  return typeof candidate?.on === "function" && typeof candidate.off === "function" && typeof candidate.listenerCount === "function"
    ? (candidate as ProcessLike)
    : undefined;
}

/** Runs `read` with pdf.js's stray rejections kept from ending a Node.js process. */
export async function withPdfJsRejectionsContained<T>(read: () => Promise<T>): Promise<T> {
  const process = nodeProcess();
  if (process === undefined) return read();
  running++;
  if (removal !== undefined) timers.clearTimeout(removal);
  removal = undefined;
  if (installed === undefined) {
    process.on("unhandledRejection", listener);
    installed = process;
  }
  try {
    return await read();
  } finally {
    running--;
    if (running === 0) {
      removal = timers.setTimeout(() => {
        removal = undefined;
        if (running === 0 && installed !== undefined) {
          installed.off("unhandledRejection", listener);
          installed = undefined;
        }
      }, LINGER_MS);
      // Do not keep a Node.js process alive just to remove the listener.
      (removal as { unref?: () => void } | undefined)?.unref?.();
    }
  }
}
