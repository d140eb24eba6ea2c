// TypeScript under `moduleResolution: bundler`: named imports, typed results, then the scenario,
// bundled by esbuild for Node.
import { readFileSync } from "node:fs";
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import { validateAgreement, type Agreement } from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import { scenario } from "./scenario";

const seed = readFileSync("seed.json", "utf8");

// The README's narrowing: a valid document is an agreement, a set or a medborgarlöfte.
const result = validateAgreement(seed);
if (result.ok && result.value.type === "agreement") {
  const agreement: Agreement = result.value;
  const codes: string[] = agreement.parties.municipalities.map((m) => m.code);
  if (codes[0] !== "1290") throw new Error(`kommun ${codes[0]}`);
}

console.log(await scenario({ core, kommuner, calendar, document, compiled: { module: compiled, expectCompiled: true }, pdf }, seed));
