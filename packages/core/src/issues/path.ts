import type { IssuePath } from "./issue.js";

/**
 * Writes a path the way a person reads it: `parties.municipalities[0].code`; the root is `(root)`.
 *
 * @param path - the issue's path
 * @returns the path as text
 * @example
 * formatPath(["forums", 2, "cadence"]); // "forums[2].cadence"
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(root)" : out;
}
