// Writes packages/core/schema/agreement.v<SCHEMA_VERSION>.schema.json from the zod schema
// (`pnpm generate`); `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "@samverkan/core";
import { agreementJsonSchemaText, schemaFileName } from "./json-schema.js";

const name = `packages/core/schema/${schemaFileName(SCHEMA_VERSION)}`;
const file = fileURLToPath(new URL(`../${name}`, import.meta.url));
const text = agreementJsonSchemaText();
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (current === text) process.exit(0);
if (process.argv.includes("--check")) {
  console.error(`generate: ${name} is out of date; run pnpm generate`);
  process.exit(1);
}
writeFileSync(file, text);
console.log(`generate: wrote ${name}`);
