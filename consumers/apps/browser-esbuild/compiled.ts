// The compiled validator where the CSP forbids `new Function`: zod must fall back to its ordinary
// parser (compiled: false) and give the same results. The runner allows the eval violations here.
import * as calendar from "@samverkan/calendar";
import * as core from "@samverkan/core";
import * as compiled from "@samverkan/core/compiled";
import * as document from "@samverkan/document";
import * as kommuner from "@samverkan/kommuner";
import { scenario } from "./scenario";

fetch("seed.json")
  .then((response) => response.text())
  .then((seed) => scenario({ core, kommuner, calendar, document, compiled: { module: compiled, expectCompiled: false } }, seed))
  .then(
    (summary) => console.log(`consumer:ok ${summary}`),
    (error: unknown) => console.error(`consumer:fail ${error instanceof Error ? error.message : String(error)}`),
  );
