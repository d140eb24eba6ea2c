import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import * as z from "zod/mini";

// zod is a peer (docs/decisions.md, decision 29): the tests run on core's devDependency, and
// scripts/zod-range.mjs runs them again on the floor of the peer range, given in SAMVERKAN_ZOD. This
// makes sure each run really is on the zod it names.
it("runs on the zod the run asks for", () => {
  const folder = process.env.SAMVERKAN_ZOD ?? fileURLToPath(new URL("../node_modules/zod", import.meta.url));
  const { version } = JSON.parse(readFileSync(`${folder}/package.json`, "utf8")) as { version: string };
  const { major, minor, patch } = z.core.version;
  expect(`${major}.${minor}.${patch}`).toBe(version);
});
