// Node CommonJS: `require` every package, the subpath entries and the JSON Schema, then run the scenario.
const { readFileSync } = require("node:fs");
const calendar = require("@samverkan/calendar");
const core = require("@samverkan/core");
const compiled = require("@samverkan/core/compiled");
const document = require("@samverkan/document");
const pdf = require("@samverkan/document/pdf");
const kommuner = require("@samverkan/kommuner");
const schema = require("@samverkan/core/agreement.schema.json");
const { scenario } = require("./scenario.cjs");

if (typeof schema.$id !== "string") throw new Error("agreement.schema.json: no $id");
const seed = readFileSync("seed.json", "utf8");
scenario({ core, kommuner, calendar, document, compiled: { module: compiled, expectCompiled: true }, pdf }, seed).then(
  (summary) => console.log(summary),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
