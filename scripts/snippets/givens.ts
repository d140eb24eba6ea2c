// The givens: what a snippet in the docs may name without declaring it, because the reader brings
// it (a document's JSON text, a validated agreement, a list of files' contents). A snippet that names
// one gets it imported from here, for type-checking and for running; CONTRIBUTING.md lists them.
// Each is real: the seeds under examples/agreements/, so a snippet that runs gives real results.
import { readFileSync } from "node:fs";
import {
  assertValidAgreement,
  scheduleObligations,
  type Agreement,
  type AgreementSet,
  type Completion,
  type Obligation,
  type Validity,
} from "@samverkan/core";
import { seedText } from "@samverkan/test-utils";
import { PORTFOLIO } from "./fixtures.js";

const agreements = new URL("../../examples/agreements/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, agreements), "utf8");

/** A document's JSON text, as read from a file: the Kristianstad 2025–2028 agreement (kommunkod 1290). */
export const json: string = read("kristianstad-2025-2028.json");

/** Input of unknown shape, as a program receives it: the same agreement, parsed from JSON. */
export const input: unknown = JSON.parse(json);

/** A validated agreement: Kristianstad 2025–2028. */
export const agreement: Agreement = assertValidAgreement(json, { type: "agreement" });

/** A validated set of agreements: Arjeplog and Arvidsjaur's del 1 with their two del 2s. */
export const set: AgreementSet = assertValidAgreement(read("arjeplog-arvidsjaur-set.json"), { type: "agreement_set" });

/** The JSON texts of several documents, as read from the folder of a portfolio: five seeds (fixtures.ts). */
export const documents: string[] = PORTFOLIO.map((name) => read(`${name}.json`));

/** An agreement's text, as a reader pastes it: Kävlinge's 2019–2022 agreement. */
export const text: string = seedText("kavlinge-2019-2022");

/** What was done, as a kommun records it: Kristianstad's yearly follow-up of 2026, done on 10 April. */
export const completions: Completion[] = [{ obligationId: "kristianstad-2025-2028/follow_up/arlig-uppfoljning/2026", completedOn: "2026-04-10" }];

/** An agreement's obligations: Kristianstad's in 2026. */
export const obligations: Obligation[] = (() => {
  const schedule = scheduleObligations(agreement, { window: { from: "2026-01-01", to: "2026-12-31" } });
  if (!schedule.ok) throw new Error("the Kristianstad seed could not be scheduled");
  return [...schedule.obligations];
})();

/** The validity of an agreement to start: 2027–2030. */
export const validity: Validity = { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } };
