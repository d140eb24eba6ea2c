// An app with its own zod (another 4.x minor than the repository's): npm must install one copy,
// which core then uses, and core's schemas must compose with the app's zod.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AgreementSchema, validateAgreement } from "@samverkan/core";
import * as z from "zod";

const wanted = JSON.parse(readFileSync("package.json", "utf8")).dependencies.zod;
const problems = [];

// Every copy of zod anywhere under node_modules (nested ones too).
function zodCopies(dir, found = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith("@")) zodCopies(path, found);
    else {
      if (entry.name === "zod") found.push(`${path}@${JSON.parse(readFileSync(join(path, "package.json"), "utf8")).version}`);
      zodCopies(join(path, "node_modules"), found);
    }
  }
  return found;
}
const copies = zodCopies("node_modules");
if (copies.length !== 1 || copies[0] !== `node_modules/zod@${wanted}`) problems.push(`${copies.length} copies of zod: ${copies.join(", ")}`);

const seed = readFileSync("seed.json", "utf8");
const result = validateAgreement(seed);
if (!result.ok) problems.push(`validateAgreement with zod ${wanted}: ${result.issues.map((i) => i.code).join(", ")}`);

// Core's exported schema inside the app's own zod schema.
const Envelope = z.object({ received: z.string(), agreement: AgreementSchema });
const parsed = Envelope.safeParse({ received: "2026-01-01", agreement: JSON.parse(seed) });
if (!parsed.success) problems.push(`core's AgreementSchema inside the app's z.object: ${parsed.error.issues[0]?.message}`);

if (problems.length > 0) throw new Error(problems.join("; "));
console.log(`one zod (${wanted}); validateAgreement and AgreementSchema work with it`);
