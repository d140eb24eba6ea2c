// Writes packages/core/schema/agreement.schema.json from the zod schema (`pnpm generate`);
// `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agreementJsonSchemaText } from "./json-schema.js";

const file = fileURLToPath(new URL("../packages/core/schema/agreement.schema.json", import.meta.url));
const text = agreementJsonSchemaText();
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (current === text) process.exit(0);
if (process.argv.includes("--check")) {
  console.error("generate: packages/core/schema/agreement.schema.json is out of date; run pnpm generate");
  process.exit(1);
}
writeFileSync(file, text);
console.log("generate: wrote packages/core/schema/agreement.schema.json");
