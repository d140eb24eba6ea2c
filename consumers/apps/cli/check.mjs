// Runs the installed `samverkan` bin as a user would, through npx (never from the registry: --no),
// and checks its version, a validation of the seed and a coded error for a missing file.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const npx = (...args) => spawnSync("npx", ["--no", "--", "samverkan", ...args], { encoding: "utf8" });
const fail = (what, run) => {
  throw new Error(`${what} (exit ${run.status}): ${(run.stderr || run.stdout).trim().split("\n")[0]}`);
};

const { version } = JSON.parse(readFileSync("node_modules/@samverkan/cli/package.json", "utf8"));
const shown = npx("--version");
if (shown.status !== 0 || shown.stdout.trim() !== version) fail(`samverkan --version is not ${version}`, shown);

const valid = npx("validate", "seed.json");
if (valid.status !== 0) fail("samverkan validate seed.json", valid);
for (const expected of ["seed.json:parties.municipalities[0]: contact_missing warning", "1 dokument: 1 giltigt, 0 med fel"]) {
  if (!valid.stdout.includes(expected)) fail(`samverkan validate seed.json: no "${expected}" in the output`, valid);
}

const missing = npx("validate", "missing.json");
if (missing.status !== 2 || !missing.stderr.includes("file_not_found")) fail("samverkan validate missing.json: not exit 2 with file_not_found", missing);
console.log(`samverkan ${version}: --version, validate, file_not_found`);
