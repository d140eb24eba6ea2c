import type { Issue } from "../issues/issue.js";
import { AgreementSchema, SCHEMA_VERSION, type AgreementDocument } from "../model/agreement.js";
import { parseDocument, readInput } from "../validate/validate.js";
import { upgradeV1 } from "./upgrade.js";

/** The result of {@link migrate}: the document in the current format and the version it came from, or the issues that stopped it. */
export type MigrationResult =
  | { readonly ok: true; readonly value: AgreementDocument; readonly from: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * **Migrates** a document to the current format (version 2): a version 1 agreement, set of
 * agreements, or a document that is already version 2 (returned as a checked copy). Nothing is
 * lost: every fact of a version 1 document has its place in version 2 (see `docs/model.md`,
 * "From version 1"). The result's shape is checked, not its rules: validate it for those.
 * Never throws and never changes its input.
 *
 * @param input - the document as a value, or as JSON text
 * @returns `{ ok: true, value, from }`, or `{ ok: false, issues }` (an unreadable input, a version
 *   this library does not read, or a document whose shape is wrong)
 * @example
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { migrate } from "@samverkan/core";
 *
 * const migrated = migrate(readFileSync("avtal-v1.json", "utf8"));
 * if (migrated.ok) writeFileSync("avtal.json", JSON.stringify(migrated.value, null, 2));
 */
export function migrate(input: unknown): MigrationResult {
  try {
    const read = readInput(input);
    if ("issue" in read) return { ok: false, issues: [read.issue] };
    const value = read.value;
    const version = value !== null && typeof value === "object" ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version !== 1 && version !== SCHEMA_VERSION) {
      const present = value !== null && typeof value === "object" && version !== undefined;
      return {
        ok: false,
        issues: [
          present
            ? { code: "unsupported_schema_version", severity: "error", path: ["schemaVersion"], params: { supported: SCHEMA_VERSION } }
            : value !== null && typeof value === "object" && !Array.isArray(value)
              ? { code: "missing_field", severity: "error", path: ["schemaVersion"], params: { expected: "number" } }
              : { code: "invalid_type", severity: "error", path: [], params: { expected: "object", received: value === null ? "null" : Array.isArray(value) ? "array" : typeof value } },
        ],
      };
    }
    const parsed = parseDocument((v) => AgreementSchema.safeParse(v), version === 1 ? upgradeV1(value) : value);
    return parsed.ok ? { ok: true, value: parsed.value, from: version } : { ok: false, issues: parsed.issues };
  } catch {
    return { ok: false, issues: [{ code: "unreadable_input", severity: "error", path: [], params: {} }] };
  }
}
