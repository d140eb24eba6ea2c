// The scenario in a page built by Vite: the seed imported as text, the result reported on the console.
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as document from "@samverkan/document";
import * as pdf from "@samverkan/document/pdf";
import * as kommuner from "@samverkan/kommuner";
import seed from "./seed.json?raw";
import { scenario } from "./scenario";

scenario({ core, kommuner, calendar, document, pdf }, seed).then(
  (summary) => console.log(`consumer:ok ${summary}`),
  (error: unknown) => console.error(`consumer:fail ${error instanceof Error ? error.message : String(error)}`),
);
