import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed agreements, as documents under `examples/agreements/`. */
export const seedNames = [
  "ostra-goinge-2016-2018",
  "ostra-goinge-2023-2026",
  "kavlinge-2019-2022",
  "kristianstad-2025-2028",
  "arjeplog-arvidsjaur-2023-2026",
] as const;

/** The name of a seed document. */
export type SeedName = (typeof seedNames)[number];

/** Reads a seed document as plain JSON (unvalidated), fresh on every call. */
export function loadSeed(name: SeedName): unknown {
  const file = fileURLToPath(new URL(`../../../examples/agreements/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, "utf8"));
}
