import { InvalidArgumentError, migrate, SCHEMA_VERSION, type AgreementDocument } from "@samverkan/core";
import { kommuner } from "../registry/registry.js";
import type { ConfigurationAdapter, StartResult } from "./adapter.js";
import { finding, type ConfigurationFinding } from "./finding.js";

const INVALID: readonly ConfigurationFinding[] = Object.freeze([Object.freeze(finding("document_invalid", []))]);

/**
 * Whether a value is a document of the current format by its shape (the schema, not the rules):
 * what the configurations and conversions read. Anything else (a value of another shape, data
 * from another version, a getter that throws, a list of billions) is `document_invalid`, never a
 * `TypeError` or a hang. `migrate` is the shape check: it never throws, and it reads a version 2
 * document without the rules.
 */
export function isDocumentShape(value: unknown): value is AgreementDocument {
  const migrated = migrate(value);
  return migrated.ok && migrated.from === SCHEMA_VERSION;
}

/**
 * The longest list of kommuner or lokalpolisområden a start reads: the registry's kommuner (290;
 * there are fewer lokalpolisområden). A longer list (a sparse list may claim billions of items) is
 * `invalid_input`, never a loop over its length.
 */
export const MAX_START_LIST = kommuner.length;

/** Whether a start input's lists are short enough to read item by item (a list that is not one is the adapter's to report). */
export function startListsWithin(input: { readonly kommuner?: unknown; readonly localPoliceAreas?: unknown }): boolean {
  const within = (list: unknown) => !Array.isArray(list) || list.length <= MAX_START_LIST;
  return within(input.kommuner) && within(input.localPoliceAreas);
}

/**
 * An adapter whose operations hold for any input: `check` and `read` give `document_invalid` for
 * what is not a document, `start` an `invalid_input` issue for input it cannot read (lists longer
 * than {@link MAX_START_LIST} included), and `build`
 * throws `InvalidArgumentError` for parts it cannot build from. What the adapter does with a
 * document is unchanged.
 *
 * @param adapter - the adapter as written
 * @returns the same adapter, guarded at its boundary
 */
export function guarded<P>(adapter: ConfigurationAdapter<P>): ConfigurationAdapter<P> {
  return {
    kind: adapter.kind,
    title: adapter.title,
    document: adapter.document,
    start(input): StartResult {
      try {
        if (input === null || typeof input !== "object" || !startListsWithin(input)) return { ok: false, issues: [{ code: "invalid_input", path: [] }] };
        return adapter.start(input);
      } catch {
        return { ok: false, issues: [{ code: "invalid_input", path: [] }] };
      }
    },
    check(document) {
      if (!isDocumentShape(document)) return INVALID;
      try {
        return adapter.check(document);
      } catch {
        return INVALID;
      }
    },
    read(document) {
      if (!isDocumentShape(document)) return { ok: false, findings: INVALID };
      try {
        return adapter.read(document);
      } catch {
        return { ok: false, findings: INVALID };
      }
    },
    build(parts) {
      try {
        return adapter.build(parts);
      } catch {
        throw new InvalidArgumentError(`${adapter.kind}.build`, "parts");
      }
    },
  };
}
