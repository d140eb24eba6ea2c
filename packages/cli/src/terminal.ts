import type { CliOutput } from "./io.js";

/** The colours the command line uses. */
export type Colour = "red" | "yellow" | "cyan" | "green" | "bold" | "dim";

const CODES: Record<Colour, readonly [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  bold: [1, 22],
  dim: [2, 22],
};

/**
 * Colours text for a stream: only when the stream is a terminal and `NO_COLOR` is not set to a
 * non-empty value (https://no-color.org); otherwise the text as it is.
 */
export function painter(stream: CliOutput, env: Readonly<Record<string, string | undefined>>): (colour: Colour, text: string) => string {
  const on = stream.isTTY === true && !env.NO_COLOR;
  return (colour, text) => {
    if (!on) return text;
    const [open, close] = CODES[colour];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

/** A progress indicator: `tick` after each item, `done` at the end. */
export interface Progress {
  tick(): void;
  done(): void;
}

/**
 * A progress indicator on a stream (standard error): shown only when the stream is a terminal, and
 * only once the work has taken `delayMs` (a second), redrawn at most ten times a second and erased
 * at the end. On a pipe or a file it writes nothing.
 */
export function progress(stream: CliOutput, label: string, total: number, options: { delayMs?: number; now?: () => number } = {}): Progress {
  if (stream.isTTY !== true) return { tick() {}, done() {} };
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const start = now();
  let count = 0;
  let drawn = -Infinity;
  let shown = false;
  return {
    tick() {
      count++;
      const t = now();
      if (t - start < delay || t - drawn < 100) return;
      drawn = t;
      shown = true;
      stream.write(`\r${label} ${count}/${total}\u001b[K`);
    },
    done() {
      if (shown) stream.write("\r\u001b[K");
    },
  };
}
