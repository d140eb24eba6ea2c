// The scenario in a browser page: the seed fetched, the result reported on the console for the runner.
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import { scenario } from "./scenario";

fetch("seed.json")
  .then((response) => response.text())
  .then((seed) => scenario({ core, kommuner, calendar, document, pdf }, seed))
  .then(
    (summary) => console.log(`consumer:ok ${summary}`),
    (error: unknown) => console.error(`consumer:fail ${error instanceof Error ? error.message : String(error)}`),
  );
