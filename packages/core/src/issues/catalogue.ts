import { InvalidArgumentError } from "./invalid-argument.js";
import type { IssueCode, IssueParams } from "./issue.js";

/**
 * A message catalogue: one function per issue code that turns the issue's params into a sentence.
 * Typed so that a catalogue missing a code fails to compile.
 *
 * @example
 * const fi = { ...sv, invalid_json: () => "Syöte ei ole JSONia." } satisfies MessageCatalogue;
 */
export type MessageCatalogue = { readonly [K in IssueCode]: (params: IssueParams[K]) => string };

/** The longest list a message quotes (an issue's `allowed` values are a few dozen at most). */
const MAX_LIST = 1000;

/**
 * A shipped catalogue with every message guarded: params that are not an object of the issue's
 * params (`null`, a value that cannot be written, a list of more than 1,000 items) throw
 * {@link InvalidArgumentError}, never a `TypeError` of the message's own making, and never take
 * longer than their params are long (a sparse array may claim billions of items).
 *
 * @param name - the catalogue's name, for the error (`sv`)
 * @param messages - the catalogue as written
 * @returns the same messages, guarded
 */
export function guardCatalogue(name: string, messages: MessageCatalogue): MessageCatalogue {
  const out: Record<string, (params: never) => string> = {};
  for (const [code, message] of Object.entries(messages) as [string, (params: unknown) => string][]) {
    out[code] = (params: unknown) => {
      if (params === null || typeof params !== "object") throw new InvalidArgumentError(`${name}.${code}`, "params");
      try {
        for (const key of Object.keys(params)) {
          const value: unknown = (params as Record<string, unknown>)[key];
          if (Array.isArray(value) && value.length > MAX_LIST) throw new InvalidArgumentError(`${name}.${code}`, "params");
        }
        return message(params);
      } catch {
        throw new InvalidArgumentError(`${name}.${code}`, "params");
      }
    };
  }
  return out as unknown as MessageCatalogue;
}
