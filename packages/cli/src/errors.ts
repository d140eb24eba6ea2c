/** Exit codes: all is well, a document has errors, a usage or I/O problem. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * A problem the command line reports as one coded line on standard error
 * (`samverkan: file_not_found: avtal.json`) and ends with `exit`.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly exit: number = EXIT.usage,
  ) {
    super(`${code}: ${detail}`);
    this.name = "CliError";
  }
}

/** The one line a problem is reported with; control characters of the detail are escaped. */
export function codedLine(code: string, detail: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = detail.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return `samverkan: ${code}: ${safe}\n`;
}
