import { InvalidArgumentError } from "./invalid-argument.js";
import type { IssuePath } from "./issue.js";

// Longer than any path of a document (its depth is a few dozen): not a path.
const MAX_PATH_LENGTH = 10_000;

/**
 * Writes a path the way a person reads it: `parties.municipalities[0].code`; the root is `(root)`.
 *
 * @param path - the issue's path
 * @returns the path as text
 * @throws {@link InvalidArgumentError} when `path` is not a list of keys and indexes
 * @example
 * formatPath(["forums", 2, "cadence"]); // "forums[2].cadence"
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  try {
    // Inside the try: `Array.isArray` throws on a revoked proxy.
    if (!Array.isArray(path) || path.length > MAX_PATH_LENGTH) throw new TypeError("not a path");
    for (let i = 0; i < path.length; i++) {
      const part: unknown = path[i];
      if (typeof part === "number") out += `[${part}]`;
      else if (typeof part === "string") out += out === "" ? part : `.${part}`;
      else throw new TypeError("not a key");
    }
  } catch {
    throw new InvalidArgumentError("formatPath", "path");
  }
  return out === "" ? "(root)" : out;
}
