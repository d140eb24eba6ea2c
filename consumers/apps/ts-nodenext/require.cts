// TypeScript under `module: nodenext`, a CommonJS file: the packages' `require` types and code.
import { readFileSync } from "node:fs";
import { validateAgreement, scheduleObligations } from "@samverkan/core";
import { findKommun } from "@samverkan/kommuner";
import { renderDocument } from "@samverkan/document";

const result = validateAgreement(readFileSync("seed.json", "utf8"));
if (!result.ok) throw new Error(`invalid seed: ${result.issues.map((i) => i.code).join(", ")}`);
const schedule = scheduleObligations(result.value, { window: { from: "2026-01-01", to: "2026-12-31" } });
if (!schedule.ok || schedule.obligations.length === 0) throw new Error("no obligations (CommonJS)");
const kommun = findKommun("1290");
if (!kommun.ok || kommun.kommun.name !== "Kristianstad") throw new Error("findKommun(1290) (CommonJS)");
const page = renderDocument(result.value);
if (!page.ok || !page.text.startsWith("# Samverkansöverenskommelse")) throw new Error("renderDocument (CommonJS)");
