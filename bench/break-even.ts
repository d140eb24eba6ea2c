// When does the compiled path pay back its compilation? Each validator runs in a fresh process
// over the first N valid documents of the corpus (from the start: no warm-up), and the cumulative
// time, compiling included, is printed every few hundred documents.
//
//   pnpm exec tsx bench/break-even.ts [--docs 3000]
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const docsArg = argv.indexOf("--docs");
const DOCS = docsArg >= 0 ? Number(argv[docsArg + 1]) : 3000;
const STEP = 250;

async function child(which: "ordinary" | "compiled"): Promise<void> {
  const { generateAgreements } = await import("./generate.js");
  const { validateAgreement } = await import("@samverkan/core");
  // Documents arrive as parsed JSON, as they would in a program.
  const docs = JSON.parse(JSON.stringify(generateAgreements({ seed: 1, valid: DOCS, invalid: 0 }).valid)) as unknown[];
  const start = performance.now();
  let validate = validateAgreement;
  if (which === "compiled") validate = (await import("@samverkan/core/compiled")).compileAgreementValidator().validate;
  const marks: number[] = [performance.now() - start];
  docs.forEach((doc, i) => {
    if (!validate(doc).ok) throw new Error(`document ${i} is invalid`);
    if ((i + 1) % STEP === 0) marks.push(performance.now() - start);
  });
  process.stdout.write(JSON.stringify(marks));
}

function run(which: "ordinary" | "compiled"): number[] {
  const out = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", which, "--docs", String(DOCS)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (out.status !== 0) throw new Error(`${which} failed`);
  return JSON.parse(out.stdout) as number[];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = argv.indexOf("--child");
  if (i >= 0) await child(argv[i + 1] as "ordinary" | "compiled");
  else {
    const ordinary = run("ordinary");
    const compiled = run("compiled");
    console.log(`cumulative ms from a cold start (the compiled column includes compileAgreementValidator()):`);
    console.log(`${"documents".padStart(9)} ${"ordinary".padStart(9)} ${"compiled".padStart(9)}`);
    ordinary.forEach((o, k) => console.log(`${String(k * STEP).padStart(9)} ${o.toFixed(0).padStart(9)} ${compiled[k]!.toFixed(0).padStart(9)}`));
    const even = ordinary.findIndex((o, k) => k > 0 && compiled[k]! <= o);
    console.log(even > 0 ? `the compiled path is ahead from about ${even * STEP} documents` : `the compiled path is not ahead within ${DOCS} documents`);
  }
}
