// Scores extractDraft against the ground truth: per text, facts expected, found, recall, precision.
// `--verbose` lists what was missed and what was invented. Exits 1 when a target is not met.
import { extractDraft, scoreFacts, type Fact } from "@samverkan/document";
import { loadGroundTruth } from "@samverkan/test-utils";

const verbose = process.argv.includes("--verbose");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
let expected = 0;
let matched = 0;
let found = 0;
let correct = 0;
const imprecise: string[] = [];
for (const t of loadGroundTruth()) {
  if (only && !t.name.includes(only)) continue;
  const result = extractDraft(t.text);
  if (!result.ok) throw new Error(`${t.name}: ${result.error.code}`);
  const facts: Fact[] = result.value.fields.map((f) => ({ kind: f.kind, value: f.value }));
  const score = scoreFacts(t.facts as readonly Fact[], facts);
  expected += t.facts.length;
  matched += score.matched;
  found += facts.length;
  correct += facts.length - score.invented.length;
  if (score.invented.length > 0) imprecise.push(t.name);
  console.log(`${t.name.padEnd(52)} ${String(t.facts.length).padStart(3)} ${String(facts.length).padStart(3)}  recall ${(score.recall * 100).toFixed(0).padStart(3)}%  precision ${(score.precision * 100).toFixed(0).padStart(3)}%`);
  if (verbose) {
    for (const f of score.missed) console.log(`    missed   ${f.kind}: ${f.value}`);
    for (const f of score.invented) console.log(`    INVENTED ${f.kind}: ${f.value}`);
  }
}
console.log(`\noverall recall ${((matched / expected) * 100).toFixed(1)}% (${matched}/${expected}), precision ${((correct / found) * 100).toFixed(1)}% (${correct}/${found}); texts with an invented fact: ${imprecise.length}`);
