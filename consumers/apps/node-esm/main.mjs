// Node ESM: `import` every package, the subpath entries and the JSON Schema, then run the scenario.
import { readFileSync } from "node:fs";
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import schema from "@samverkan/core/agreement.schema.json" with { type: "json" };
import { scenario } from "./scenario.mjs";

if (typeof schema.$id !== "string" || typeof schema !== "object") throw new Error("agreement.schema.json: no $id");
const seed = readFileSync("seed.json", "utf8");
console.log(await scenario({ core, kommuner, calendar, document, compiled: { module: compiled, expectCompiled: true }, pdf }, seed));
